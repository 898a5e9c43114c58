"""sections: the quick scan that infers a collection's usual sections (`quick_sections`)
finds what reading the page finds (`page_sections`), on pinned bodies and generated ones.

Equivalent survivors (no test can tell them apart), grouped, with why:
- The screens before the scans (`underline` true whenever the body holds "=" or "-", the
  underline looked for after "XX\\nXX", `lead` true for a body with one "*" or one "_",
  `atx or "#" in text`): they only let more bodies be
  scanned; the scans find the same (a body's first line, the only one the odd start hides,
  has no line above to underline; prose never adds a "#").
- The third item of each found section (`""` or `"XXXX"`) and the sort without its key: the
  item is never read, and no two sections start at the same offset.
- The underline's line above at offset 0 (`end <= 0`, `end < 1`) and `rfind` from `None`:
  an empty first line is no heading; `None` is 0 for `rfind`.
- The labels' scan run when `"**" in text` alone (`lead or ...`): blanking examples never
  adds one; a label at offset 1 taken as starting a paragraph without looking (`start > 1`):
  the text's first line is blank there, so it does.

A bold label starting an underlined heading (`__Method__: B` over `---`) is the heading alone,
as Markdown reads it, here and in the page's own reading (`content_text._read_lines`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.core.checks.page import make_page
from editor_app.core.checks.sections import page_sections, quick_sections
from editor_app.core.site import Site
from editor_app.core.validate import validate_site


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Intro\n=====\n", [("intro", "Intro")]),
        ("\nIntro\n=====\n\nx\n", [("intro", "Intro")]),  # after one blank line
        ("\n**Lead:** x\n", [("lead", "Lead")]),
        ("__Method__: B.\n", [("method", "Method")]),
        (" # Title\n\n## A\n", [("a", "A")]),  # the title again, indented
        ("#\tTitle\n\n## A\n", [("a", "A")]),  # the title again, after a tab
        ("---\n\nIntro\n=====\n", [("intro", "Intro")]),  # a rule on the first line
        ("A\n===\n", [("a", "A")]),
        ("A b\n===\n", [("a b", "A b")]),
        ("- item\n---\n\nIntro\n=====\n", [("intro", "Intro")]),
        ("**Lead:** x\n", [("lead", "Lead")]),
        ("a\n**Not:** y\n\n**Lead:** x\n", [("lead", "Lead")]),
        ("## Done:\n", [("done", "Done")]),
        ("Para.\n\nTwo words\n---\n", [("two words", "Two words")]),
        ("## Appendix X\n", [("appendix x", "Appendix X")]),
    ],
)
def test_quick_sections_of_pinned_bodies(body: str, expected: list) -> None:
    assert quick_sections(body, "Title") == expected
    page = make_page("a.md", None, None, f"---\ntitle: Title\n---\n{body}")
    assert [(key, name) for key, name, _line in page_sections(page)] == expected


BLOCKS = [
    "# Title",
    "#\tTitle",
    " # Title",
    "## Aims",
    "   ## Aims",
    "## Done:",
    "### Results ##",
    "Intro\n=====",
    "Two words\n---",
    "A\n===",
    "- item",
    "**Lead:** x",
    "__Method__: y",
    "text **Not:** y",
    "a\n**Not:** y",
    "**Bold** text",
    "> quote",
    "plain text.",
    "---",
    "```\n## Not\n```",
]


@given(
    start=st.sampled_from(["", "\n", "\n\n"]),
    blocks=st.lists(st.sampled_from(BLOCKS), max_size=6),
    end=st.sampled_from(["", "\n"]),
)
def test_quick_sections_find_what_reading_the_page_finds(
    start: str, blocks: list[str], end: str
) -> None:
    body = start + "\n\n".join(blocks) + end
    page = make_page("a.md", None, None, f"---\ntitle: Title\n---\n{body}")
    expected = [(key, name) for key, name, _line in page_sections(page)]
    assert quick_sections(page.body, "Title") == expected


def test_a_bold_label_underlined_is_a_heading_not_a_label() -> None:
    body = "Intro.\n\n__Method__: B\n---\n"
    assert quick_sections(body) == [("method: b", "Method: B")]
    page = make_page("a.md", None, None, f"---\ntitle: T\n---\n{body}")
    assert [(key, name) for key, name, _line in page_sections(page)] == quick_sections(body)


def test_a_bold_label_after_a_blank_line_is_a_usual_section(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections:\n  notes:\n    output: true\n")
    (tmp_path / "_notes").mkdir()
    pages = {f"n{i}": "\n**Summary:** S.\n\n## Aims\n\nA.\n" for i in range(5)}
    pages["odd"] = "\n## Aims\n\nA.\n"
    for name, body in pages.items():
        (tmp_path / "_notes" / f"{name}.md").write_text(f"---\ntitle: {name}\n---\n{body}")
    found = [
        (p.path, p.line, p.code, p.message)
        for p in validate_site(Site.open(tmp_path), content=True)
        if p.code.startswith("section-")
    ]
    assert found == [
        (
            "_notes/odd.md",
            5,
            "section-missing",
            "This page has no 'Summary' section (5 of 6 notes have it). Add it as a heading, "
            "or as a bold label starting a paragraph (**Summary:** ...).",
        )
    ]
