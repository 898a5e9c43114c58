"""style: the edges of `style-word` (the house word list in its spellings, British and American
spelling against the site's language or the page's majority), exact words and lines.

Equivalent survivors (no test can tell them apart), grouped, with why:
- `_house_words`' `continue` as `break` after a word not in the list: the pattern is made of
  the list's words and matched without regard to case, as they are looked up (casefolded),
  so every match has its rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.checks.style import StyleRule, _rules_from
from editor_app.core.site import Site
from editor_app.core.validate import SUGGESTION, validate_site


def _found(
    root: Path,
    body: str,
    config: str = "title: x\n",
    schema: str = "",
    style: str | None = None,
    front: str = "",
) -> list:
    """Sorted (line, code, message) of the problems on one planted page."""
    (root / "_config.yml").write_text(config)
    if schema:
        (root / "_schema.yml").write_text(schema)
    if style is not None:
        (root / "_data").mkdir()
        (root / "_data" / "style.yml").write_text(style)
    (root / "page.md").write_text(f"---\ntitle: T\n{front}---\n{body}")
    problems = [p for p in validate_site(Site.open(root), content=True) if p.path == "page.md"]
    assert all(p.severity == SUGGESTION for p in problems)
    return sorted((p.line, p.code, p.message) for p in problems)


def test_a_house_word_in_capitals_with_its_reason(tmp_path: Path) -> None:
    style = "- use: use\n  not: [utilise]\n  why: Plain English.\n"
    assert _found(tmp_path, "Intro.\n\nWe Utilise data.\n", style=style) == [
        (6, "style-word", "The house style says 'use', not 'Utilise'. Plain English.")
    ]


def test_house_words_as_a_mapping_and_under_words_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    assert _found(tmp_path / "a", "Click here now.\n", schema="style:\n  click here: select\n") == [
        (4, "style-word", "The house style says 'select', not 'Click here'.")
    ]
    (tmp_path / "b").mkdir()
    schema = "style:\n  words:\n    - use: choose\n      avoid: click here\n      reason: clearer\n"
    assert _found(tmp_path / "b", "Click here now.\n", schema=schema) == [
        (4, "style-word", "The house style says 'choose', not 'Click here'. clearer.")
    ]


def test_house_words_from_the_schema_and_the_data_file_both_count(tmp_path: Path) -> None:
    found = _found(
        tmp_path,
        "We utilise it.\n\nWe leverage it.\n",
        schema="style:\n  - use: use\n    not: utilise\n",
        style="- use: use\n  not: [leverage]\n",
    )
    assert [(line, code) for line, code, _m in found] == [(4, "style-word"), (6, "style-word")]


def test_a_broken_style_file_is_left_alone(tmp_path: Path) -> None:
    assert _found(tmp_path, "We utilise it.\n", style="- use: [unclosed\n") == []


def test_only_whole_words_are_house_words(tmp_path: Path) -> None:
    assert _found(tmp_path, "Utilisers utilised.\n", style="- use: use\n  not: utilise\n") == []


def test_house_word_lists_in_every_spelling() -> None:
    assert _rules_from({"a": "b", 1: "c", "d": 2}) == [StyleRule("b", "a", "")]
    assert _rules_from({"words": [{"use": "x", "not": "y"}]}) == [StyleRule("x", "y", "")]
    assert _rules_from(
        [
            "text",
            {"not": "y"},
            {"use": 1, "not": "y"},
            {"use": "x", "avoid": ["y ", "", "  ", 3], "reason": "R"},
            {"use": "z", "not": ["w"], "why": None},
            {"use": "z", "not": None},
            {"use": "q", "not": "p", "why": "W", "reason": "R"},
        ]
    ) == [StyleRule("x", "y", "R"), StyleRule("z", "w", ""), StyleRule("q", "p", "W")]
    assert _rules_from("text") == [] and _rules_from(None) == []


@pytest.mark.parametrize(
    "config",
    [
        "lang: en-GB\n",
        "lang: en_GB\n",
        "locale: en-uk\n",
        "language: en-IE\n",
        "languageCode: en-AU\n",
        "defaultContentLanguage: en-nz\n",
    ],
)
def test_a_british_site_is_told_about_american_spellings(tmp_path: Path, config: str) -> None:
    assert _found(tmp_path, "Intro.\n\nThe color is nice.\n", config=config) == [
        (
            6,
            "style-word",
            "'color' is the American spelling; the site's language is British English: 'colour'.",
        )
    ]


def test_a_british_site_keeps_british_words(tmp_path: Path) -> None:
    assert _found(tmp_path, "The colour is grey.\n", config="lang: en-GB\n") == []


def test_an_american_site_is_told_about_british_spellings(tmp_path: Path) -> None:
    assert _found(tmp_path, "The colour is grey.\n", config="lang: en-US\n") == [
        (
            4,
            "style-word",
            "'colour' is the British spelling; the site's language is American English: 'color'.",
        ),
        (
            4,
            "style-word",
            "'grey' is the British spelling; the site's language is American English: 'gray'.",
        ),
    ]
    (tmp_path / "b").mkdir()
    assert _found(tmp_path / "b", "The color is gray.\n", config="lang: en-US\n") == []


def test_a_site_language_of_no_variety_goes_by_the_page(tmp_path: Path) -> None:
    found = _found(
        tmp_path, "The colour and the behaviour.\n\nThe color.\n", config="lang: en\nlocale: 5\n"
    )
    assert found == [
        (
            6,
            "style-word",
            "'color' is the American spelling; as the rest of the page is British English: 'colour'.",
        )
    ]


def test_the_page_majority_american(tmp_path: Path) -> None:
    assert _found(tmp_path, "The color, the behavior.\n\nThe organisation.\n") == [
        (
            6,
            "style-word",
            "'organisation' is the British spelling; as the rest of the page is American "
            "English: 'organization'.",
        )
    ]


def test_no_majority_or_one_spelling_says_nothing(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    assert _found(tmp_path / "a", "The colour and the color.\n") == []
    (tmp_path / "b").mkdir()
    assert _found(tmp_path / "b", "The colour and the grey.\n") == []
    (tmp_path / "c").mkdir()
    assert _found(tmp_path / "c", "The color and the gray.\n") == []


def test_capitalised_words_are_names_and_keep_their_spelling(tmp_path: Path) -> None:
    assert _found(tmp_path, "The Color Company.\n", config="lang: en-GB\n") == []


def test_spelling_is_left_alone_on_pages_in_other_languages(tmp_path: Path) -> None:
    assert (
        _found(tmp_path, "The color is nice.\n", config="lang: en-GB\n", front="lang: fr\n") == []
    )


def test_a_reason_ending_in_a_capital_x_keeps_it(tmp_path: Path) -> None:
    style = "- use: LaTeX\n  not: [latex]\n  why: We write LaTeX.\n"
    assert _found(tmp_path, "Use latex.\n", style=style) == [
        (4, "style-word", "The house style says 'LaTeX', not 'latex'. We write LaTeX.")
    ]


def test_a_british_site_is_told_only_about_the_american_words_of_a_mixed_page(
    tmp_path: Path,
) -> None:
    body = "The colour.\n\nThe color, the color.\n\nThe grey behaviour.\n"
    assert _found(tmp_path, body, config="lang: en-GB\n") == [
        (
            6,
            "style-word",
            "'color' is the American spelling; the site's language is British English: 'colour'.",
        )
    ]
