"""The part of a long page the preview shows: around the cursor, whole paragraphs, code kept
whole at its start, and the right line numbers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.excerpt import excerpt_around


def _page(paragraphs: int) -> str:
    return "\n\n".join(f"Paragraph {i} says something." for i in range(paragraphs)) + "\n"


def test_a_short_text_is_shown_whole() -> None:
    text = _page(3)
    ex = excerpt_around(text, 10, 10_000)
    assert ex.text == text and ex.whole and (ex.first_line, ex.last_line) == (1, 6)


def test_the_excerpt_holds_the_cursor_and_whole_paragraphs() -> None:
    text = _page(2000)
    position = text.index("Paragraph 1000 ")
    ex = excerpt_around(text, position, 3000)
    assert "Paragraph 1000 says" in ex.text
    assert ex.text.startswith("Paragraph ") and ex.text.endswith("something.\n")
    assert 2500 <= len(ex.text) <= 3200
    assert text[ex.start : ex.end] == ex.text
    # Line numbers: paragraph N is on line 2N + 1.
    first_paragraph = int(ex.text.split()[1])
    assert ex.first_line == 2 * first_paragraph + 1
    assert ex.last_line == text.count("\n", 0, ex.end - 1) + 1
    assert not ex.whole and ex.total_lines == 4000  # an editor shows the empty last line


def test_the_ends_of_the_page() -> None:
    text = _page(2000)
    assert excerpt_around(text, 0, 3000).first_line == 1
    end = excerpt_around(text, len(text), 3000)
    assert end.text.endswith("Paragraph 1999 says something.\n") and end.last_line == 3999


def test_an_excerpt_never_starts_inside_fenced_code() -> None:
    code = "```python\n" + "\n\n".join(f"x = {i}" for i in range(300)) + "\n```\n"
    text = _page(50) + "\n" + code + "\n" + _page(50)
    inside = text.index("x = 250")
    ex = excerpt_around(text, inside, 1000)
    assert ex.text.startswith("```python\n")
    assert "x = 250" in ex.text


@given(st.integers(0, 60_000), st.integers(200, 20_000))
@settings(max_examples=200, deadline=None)
def test_any_position_gives_a_slice_with_its_lines(position: int, size: int) -> None:
    text = _page(3000)
    ex = excerpt_around(text, position, size)
    assert text[ex.start : ex.end] == ex.text
    assert ex.start <= min(max(position, 0), len(text)) <= ex.end or len(ex.text) >= size
    assert ex.first_line == text.count("\n", 0, ex.start) + 1


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["`", "``", "```", "````", "~~~", " ", "   ", "    ", "\t", "\n", "a"]),
        max_size=40,
    ),
    st.integers(0, 200),
)
def test_fence_lines_are_found_as_the_pattern_finds_them(pieces: list[str], end: int) -> None:
    from editor_app.core import excerpt

    text = "".join(pieces)
    end = min(end, len(text))
    expected = [m.start() for m in excerpt._FENCE_LINE.finditer(text, 0, end)]
    original = excerpt._STRETCH
    excerpt._STRETCH = 5  # short stretches: a mark across a stretch's end is found too
    try:
        assert excerpt.fence_lines(text, end) == expected
    finally:
        excerpt._STRETCH = original
    assert excerpt.fence_lines(text, end) == expected
