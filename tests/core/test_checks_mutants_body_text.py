"""Edges of the page text the content checks blank before reading (`checks/body_text.py`) and
of the link-text rule's quoted lines, found by mutation testing after both changed (quotes,
indented code, tables and headings written in capitals, embedded posts).

Surviving mutants named as equivalent, with why:
- the one-character screens turned from `and` into `or` (`"<" in text or ...`, `"{" in text or
  "{{" in text`, `"]" in text or "]:" in text`, `"`" in body or "```" in body`, `"~" in body or
  "~~~" in body`, `"{{" in body or "/*" in body`, `"|" in text or "-" in text`) and the
  `not in` screens (`"<TABLE" not in text`, `"<H" not in text`, `"\n\t" not in source`): they only
  let more pages reach a pattern that then finds nothing where the mark is missing;
- `without_code_shortcodes_and_definitions`' `source = None` when none is given: every caller
  gives the page as written;
- `link_text._may_have_links` with `"<" in body or ...`: more pages reach the rule, which finds
  the same links; `check_link_text`'s quoted lines asked for on every link (`or quoted is
  None`): the same lines, asked once more; `unclear_text = None` or `True` for `False` on a
  quoted line: the value is not read again for that link (the other branches are skipped);
  `_names_its_address` with `rpartition("://")`: an address holds one `://`.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

LONG = (
    "This sentence goes on and on with one clause after another because its author wanted "
    "to put the history, the options, the dates, the rules and every reason for them into "
    "one single place without ever stopping for breath at all."
)
LONG_CELL = " ".join(["word"] * 45)


def _found(tmp_path: Path, body: str) -> list[tuple[int, str]]:
    (tmp_path / "_config.yml").write_text("title: T\ncollections:\n  docs:\n    output: true\n")
    folder = tmp_path / "_docs"
    folder.mkdir()
    (folder / "page.md").write_text("---\ntitle: A page\n---\n" + body)
    return [
        (p.line, p.code)
        for p in validate_site(Site.open(tmp_path), cache=False)
        if p.severity == "suggestion"
    ]


def test_a_table_in_capitals_is_no_sentence(tmp_path: Path) -> None:
    table = f"<TABLE>\n<TR><TD>{LONG_CELL}</TD></TR>\n</TABLE>\n"
    assert _found(tmp_path, f"Intro.\n\n{table}\n{LONG}\n") == [(10, "sentence-long")]


def test_a_heading_line_in_capitals_is_no_sentence(tmp_path: Path) -> None:
    heading = f"<H2>{LONG_CELL}</H2>\n"
    assert _found(tmp_path, f"Intro.\n\n{heading}\n{LONG}\n") == [(8, "sentence-long")]


def test_the_line_after_a_quote_is_the_page_s_own(tmp_path: Path) -> None:
    quote = f'> "{LONG}"\n'
    # The quote's long sentence is someone else's; the list item right under it is the page's
    # (a plain line there would be the quote's own lazy continuation).
    assert _found(tmp_path, f"Intro.\n\n{quote}- {LONG}\n") == [(7, "sentence-long")]


def test_a_code_block_indented_with_a_tab_is_code(tmp_path: Path) -> None:
    code = f"\t{LONG_CELL}\n"
    assert _found(tmp_path, f"Intro.\n\n{code}\n{LONG}\n") == [(8, "sentence-long")]


def test_text_between_two_indented_code_blocks_is_read(tmp_path: Path) -> None:
    block = f"    {LONG_CELL}\n"
    body = f"Intro.\n\n{block}\n{LONG}\n\n{block}\nEnd.\n"
    assert _found(tmp_path, body) == [(8, "sentence-long")]


def test_unclear_link_text_inside_an_embedded_post_is_not_told(tmp_path: Path) -> None:
    post = (
        '<blockquote class="twitter-tweet"><p>Look <a href="https://t.co/x">here</a></p>'
        "</blockquote>\n"
    )
    body = f"Intro.\n\n{post}\nAnd [click here](https://example.org/a).\n"
    assert _found(tmp_path, body) == [(8, "link-text-unclear")]
