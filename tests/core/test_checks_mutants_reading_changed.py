"""The functions of the page's reading changed since the reading part's run, against their
mutants (`tools/mutation.py checks-body --part content_text,reading,sections,style`, their
mutants run again at 20:50): `sections.quick_sections` (bold words over an underline are a
heading), `content_text._read_lines` and `_runs_on` (a quote's lines wrapped with `>` are one
paragraph), `style.spelling_variety` (a Hugo site's declared language).

Equivalent survivors, with why:

- `quick_sections`: its screens letting more bodies through (`or` for `and` in the tests for
  an underline, a bold label's marks and a `#`; the underline searched after "XX\\nXX"
  rather than "\\n", which only hides an underline on the body's first line, which underlines
  nothing); the line before an underline skipped when it ends at 0 or 1 rather than below 0
  (that line is then empty: skipped either way) and looked for from None rather than 0; a
  label's paragraph start tested from 1 rather than 0 (offset 1 holds a line break only
  when the text's first line is blank, and then starts a paragraph either way); the raw name
  kept beside each section written "XXXX" (never read); the sections sorted by the whole
  tuple rather than by their offset (no two start at the same offset); `strip(None)` for
  `strip("* \\t")` in the test for bold words over an underline (a line of only stars and
  spaces has no words: its section has no name, and is dropped).
- `_read_lines`: the first paragraph's line starting at None or 1 (set when a paragraph
  starts, before it is read); the `#` and `*`/`_` screens before the heading and lead-in
  patterns letting every line through (`or True`, "XX*_XX"): the patterns decide.
- `spelling_variety`: the variety of no declared language looked up under "XXXX" rather
  than "" (neither is a language: no variety either way); `None` for `""` as the variety
  of a language it has none for (`.get(..., None)`, no default): it answers `... or None`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_checks_mutants_reading_style import _found

from editor_app.core.checks.content_text import read_body
from editor_app.core.checks.page import make_page
from editor_app.core.checks.sections import quick_sections


def test_bold_words_over_an_underline_are_a_section_whatever_their_letters() -> None:
    assert quick_sections("**XX**\n------\n\nText.\n") == [("xx", "XX")]
    assert quick_sections("Intro.\n\n**Xerxes X**\n---\n\nText.\n") == [("xerxes x", "Xerxes X")]
    # a line of stars over an underline is a rule, no section
    assert quick_sections("Intro.\n\n***\n---\n\nText.\n") == []


def _paragraphs(body: str) -> list[tuple[str, int]]:
    page = make_page("page.md", None, None, f"---\ntitle: T\n---\n{body}")
    return [(p.text, p.line) for p in read_body(page).paragraphs]


def test_a_quote_of_two_lines_right_under_a_paragraph_is_one_paragraph() -> None:
    assert _paragraphs("Intro.\n> one two\n> three four\n") == [
        ("Intro.", 4),
        ("one two three four", 5),
    ]


def test_an_indented_quotes_lines_run_on() -> None:
    assert _paragraphs("Intro.\n\n  > one two\n  > three four\n") == [
        ("Intro.", 4),
        ("one two three four", 6),
    ]


def test_an_alert_mark_inside_a_quote_stands_apart_from_the_line_above() -> None:
    assert _paragraphs("Intro.\n\n> one two\n> [!NOTE] three\n") == [
        ("Intro.", 4),
        ("one two", 6),
        ("[!NOTE] three", 7),
    ]


@pytest.mark.parametrize("config", ["languageCode: en-CA\n", "defaultContentLanguage: en-ca\n"])
def test_a_site_in_canadian_english_by_hugos_names_is_told_no_spelling(
    tmp_path: Path, config: str
) -> None:
    # Canada's English mixes both spellings: no variety, so one American word is no slip
    # (the spelling dictionaries alone would take it for the default, British).
    assert _found(tmp_path, "Intro.\n\nThe color is nice.\n", config=config) == []
