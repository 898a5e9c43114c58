"""Hard-wrapped paragraphs joined for display, and split back to the file's own text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.core.soft_wrap import JOIN_MARK, join_lines, line_start, split_lines

PAGE = """Intro line one wraps
at eighty characters
and ends here.

# A heading
Text under it
runs on.

- first item
- second item
  indented continuation

> quoted line
> another quoted line

```
code line one
code line two
```

A hard break<TWO SPACES>
stays a break\\
and so does this.

| a | b |
|---|---|
| 1 | 2 |

{% include x.html %}
Liquid above
""".replace("<TWO SPACES>", "  ")


def test_paragraph_lines_are_joined_and_blocks_keep_their_lines() -> None:
    joined = join_lines(PAGE)
    assert joined is not None and len(joined) == len(PAGE)
    lines = joined.split("\n")
    assert f"Intro line one wraps{JOIN_MARK}at eighty characters{JOIN_MARK}and ends here." in lines
    assert "# A heading" in lines  # a heading is a line of its own
    assert f"Text under it{JOIN_MARK}runs on." in lines
    assert "- first item" in lines and "- second item" in lines
    assert "  indented continuation" in lines
    assert "> quoted line" in lines and "> another quoted line" in lines
    assert "code line one" in lines and "code line two" in lines
    assert "A hard break  " in lines and "stays a break\\" in lines
    assert "| a | b |" in lines and "|---|---|" in lines
    assert "{% include x.html %}" in lines
    assert split_lines(joined) == PAGE


def test_a_text_already_holding_the_mark_is_not_joined() -> None:
    assert join_lines(f"one{JOIN_MARK}two\nthree") is None


def test_line_start_counts_a_mark_as_the_break_it_stands_for() -> None:
    joined = join_lines(PAGE)
    assert joined is not None
    for n, line in enumerate(PAGE.split("\n"), start=1):
        assert PAGE[line_start(joined, n) :].startswith(line)
    assert line_start(PAGE, 10_000) == PAGE.rindex("\n") + 1


@given(st.text(alphabet=st.sampled_from(list("ab #>-*1.|`~ \n\\{%<")), max_size=200))
def test_splitting_a_joined_text_gives_the_text_back(text: str) -> None:
    joined = join_lines(text)
    assert joined is not None
    assert len(joined) == len(text)
    assert split_lines(joined) == text


def test_every_page_of_a_real_site_comes_back_as_it_was(shared_site: Path) -> None:
    pages = sorted(shared_site.rglob("*.md"))
    if not pages:
        pytest.skip("no pages")
    joined_somewhere = False
    for page in pages:
        text = page.read_text(encoding="utf-8", errors="surrogateescape")
        joined = join_lines(text)
        if joined is None:
            continue
        joined_somewhere |= JOIN_MARK in joined
        assert split_lines(joined) == text
    assert joined_somewhere
