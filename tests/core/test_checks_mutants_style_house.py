"""style: the house word file saved as UTF-16, the spelling variety of a page on a site in
another language with the reading rule switched off, quotations keeping their words (mutation testing: `tools/mutation.py
checks-body --part reading,content_text,sections,style`).

Equivalent survivors (no test can tell them apart), grouped, with why:
- `_rules_from`: an item's missing `not`/`avoid` taken as None instead of `[]` (`avoid or []`
  makes it `[]` all the same), its missing `why`/`reason` as None instead of `""`
  (`str(why or "")` makes it `""` all the same).
- `house_style`: the rules remembered under another name (`None`, `"XXhouse_styleXX"`,
  `"HOUSE_STYLE"`): only a memo; nothing else asks for it by name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

RULE = "- use: use\n  not: [utilise]\n  why: Plain English.\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-8"])
def test_a_house_word_file_in_any_unicode_encoding_gives_its_rules(
    tmp_path: Path, encoding: str
) -> None:
    # Windows Notepad saves "Unicode" as UTF-16 with its mark: its words count all the same.
    (tmp_path / "_config.yml").write_text("title: x\n")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "style.yml").write_bytes(RULE.encode(encoding))
    (tmp_path / "page.md").write_text("---\ntitle: T\n---\nWe utilise data.\n")
    found = [(p.line, p.code, p.message) for p in validate_site(Site.open(tmp_path), content=True)]
    assert found == [(4, "style-word", "The house style says 'use', not 'utilise'. Plain English.")]


@pytest.mark.parametrize(
    "schema",
    ["", "checks:\n  off: [sentence-long, paragraph-long, reading-level]\n"],
    ids=["reading-on", "reading-off"],
)
def test_a_page_of_a_french_site_is_not_told_about_english_spellings(
    tmp_path: Path, schema: str
) -> None:
    # The page says nothing of its language and is plain ASCII: the site's decides. With the
    # reading rule off, the spelling rule is the first to ask.
    (tmp_path / "_config.yml").write_text("title: x\nlang: fr\n")
    if schema:
        (tmp_path / "_schema.yml").write_text(schema)
    (tmp_path / "page.md").write_text(
        "---\ntitle: T\n---\nThe colour of the organisation.\n\nThe color.\n"
    )
    assert validate_site(Site.open(tmp_path), content=True) == []


def test_the_same_page_on_a_site_in_english_with_the_reading_rule_off(tmp_path: Path) -> None:
    # The test above can fail: the same page is told about its odd spelling out.
    (tmp_path / "_config.yml").write_text("title: x\nlang: en\n")
    (tmp_path / "_schema.yml").write_text(
        "checks:\n  off: [sentence-long, paragraph-long, reading-level]\n"
    )
    (tmp_path / "page.md").write_text(
        "---\ntitle: T\n---\nThe colour of the organisation.\n\nThe color.\n"
    )
    found = [(p.line, p.code, p.message) for p in validate_site(Site.open(tmp_path), content=True)]
    assert found == [
        (
            6,
            "style-word",
            "'color' is the American spelling; as the rest of the page is British English: "
            "'colour'.",
        )
    ]


def _style_found(root: Path, body: str) -> list:
    (root / "_config.yml").write_text("title: x\n")
    (root / "_data").mkdir()
    (root / "_data" / "style.yml").write_text(RULE)
    (root / "page.md").write_text(f"---\ntitle: T\n---\n{body}")
    return [(p.line, p.code, p.message) for p in validate_site(Site.open(root), content=True)]


def test_a_quotation_keeps_its_words_and_the_page_after_it_is_read(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    assert _style_found(tmp_path / "a", '> "We utilise it," she said.\n\nWe utilise data.\n') == [
        (6, "style-word", "The house style says 'use', not 'utilise'. Plain English.")
    ]
    (tmp_path / "b").mkdir()
    body = (
        '<aside class="pquote">The colour of it.</aside>\n\nThe colour, the behaviour.\n\n'
        "The color.\n"
    )
    assert _style_found(tmp_path / "b", body) == [
        (
            8,
            "style-word",
            "'color' is the American spelling; as the rest of the page is British English: "
            "'colour'.",
        )
    ]
