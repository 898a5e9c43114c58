"""The editor's formatting commands as pure text operations (no window needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.core import markdown_edit as me


def run(command, text: str, start: int, end: int | None = None, *args) -> tuple[str, str]:
    """Apply a command; return the new text and the selected text afterwards."""
    edit = command(text, start, start if end is None else end, *args)
    new = edit.apply(text)
    return new, new[edit.sel_start : edit.sel_end]


def test_bold_wraps_selection_and_selects_the_words() -> None:
    text = "The council met on Tuesday."
    start = text.index("met")
    assert run(me.toggle_bold, text, start, start + 3) == ("The council **met** on Tuesday.", "met")


def test_bold_twice_gives_back_the_original() -> None:
    text = "The council met on Tuesday."
    edit = me.toggle_bold(text, 4, 11)
    once = edit.apply(text)
    again = me.toggle_bold(once, edit.sel_start, edit.sel_end).apply(once)
    assert again == text


def test_bold_on_a_caret_inside_a_word_wraps_the_word() -> None:
    text = "a community panel"
    new, selected = run(me.toggle_bold, text, text.index("unity"))
    assert new == "a **community** panel"
    assert selected == "community"


def test_bold_selection_including_the_markers_unwraps() -> None:
    text = "a **strong** word"
    assert run(me.toggle_bold, text, 2, 12)[0] == "a strong word"


def test_bold_keeps_spaces_outside_the_markers() -> None:
    assert run(me.toggle_bold, "say hello world", 3, 10)[0] == "say **hello** world"


def test_bold_with_nothing_selected_between_words_leaves_caret_inside() -> None:
    text = "end. "
    edit = me.toggle_bold(text, 5, 5)
    assert edit.apply(text) == "end. ****"
    assert edit.sel_start == edit.sel_end == 7


def test_italic_inside_bold_is_told_apart() -> None:
    text = "a **strong** word"
    start = text.index("strong")
    # Italic on a bold word adds emphasis; it does not strip one star of the bold.
    new, _ = run(me.toggle_italic, text, start, start + 6)
    assert new == "a ***strong*** word"
    assert run(me.toggle_italic, "an *odd* word", 4, 7)[0] == "an odd word"


def test_link_leaves_the_address_selected_to_type() -> None:
    text = "Read the report today."
    start = text.index("the report")
    new, selected = run(me.make_link, text, start, start + 10)
    assert new == "Read [the report](https://) today."
    assert selected == "https://"


def test_link_on_a_selected_address_leaves_the_words_to_type() -> None:
    text = "see https://example.org/x now"
    start = text.index("https")
    end = start + len("https://example.org/x")
    new, selected = run(me.make_link, text, start, end)
    assert new == "see [link text](https://example.org/x) now"
    assert selected == "link text"


def test_the_address_to_fill_is_found_from_the_links_words() -> None:
    text = "Read the [jury report](https://) and [done](https://x.org) now.\nNext [a](https://)"
    address = (text.index("https://"), text.index("https://") + len("https://"))
    for pos in (text.index("jury"), text.index("report"), text.index("](https://)")):
        assert me.link_address_to_fill(text, pos) == address
    assert me.link_address_to_fill(text, text.index("Read")) is None  # outside a link
    assert me.link_address_to_fill(text, text.index("done")) is None  # its address is typed
    assert me.link_address_to_fill(text, text.index("now")) is None
    line_two = text.index("[a]") + 1  # the link on the caret's own line, not another's
    assert me.link_address_to_fill(text, line_two) == (text.rindex("https://"), len(text) - 1)
    assert me.link_address_to_fill("[](https://)", 1) == (3, 11)


def test_link_with_a_given_address() -> None:
    new, _ = run(me.make_link, "go home", 3, 7, "/index.html")
    assert new == "go [home](/index.html)"


@pytest.mark.parametrize(
    ("line", "level", "expected"),
    [
        ("Our approach", 2, "## Our approach"),
        ("## Our approach", 2, "Our approach"),
        ("## Our approach", 3, "### Our approach"),
        ("# Our approach", 0, "Our approach"),
        ("- item", 1, "# - item"),
    ],
)
def test_heading(line: str, level: int, expected: str) -> None:
    text = f"Intro\n\n{line}\n\nMore"
    pos = text.index(line) + len(line)
    new, _ = run(me.set_heading, text, pos, pos, level)
    assert new == f"Intro\n\n{expected}\n\nMore"


def test_heading_keeps_the_caret_in_the_same_word() -> None:
    text = "Our approach"
    edit = me.set_heading(text, 4, 4, 2)
    new = edit.apply(text)
    assert new[edit.sel_start :].startswith("approach")


def test_bullet_list_over_several_lines_and_back() -> None:
    text = "Intro\nfirst\nsecond\n\nthird\nOutro"
    start, end = text.index("first"), text.index("third") + 5
    edit = me.toggle_bullet_list(text, start, end)
    new = edit.apply(text)
    assert new == "Intro\n- first\n- second\n\n- third\nOutro"
    back = me.toggle_bullet_list(new, edit.sel_start, edit.sel_end).apply(new)
    assert back == text


def test_numbered_list_counts() -> None:
    new, _ = run(me.toggle_numbered_list, "a\nb\nc", 0, 5)
    assert new == "1. a\n2. b\n3. c"


def test_quote_keeps_blank_lines_inside_the_quote() -> None:
    text = "one\n\ntwo"
    new, _ = run(me.toggle_quote, text, 0, len(text))
    assert new == "> one\n>\n> two"
    assert run(me.toggle_quote, new, 0, len(new))[0] == "one\n\ntwo"


def test_whole_line_selection_does_not_touch_the_next_line() -> None:
    text = "first\nsecond\n"
    new, _ = run(me.toggle_quote, text, 0, 6)  # "first\n" selected, as triple-click does
    assert new == "> first\nsecond\n"


def test_image_markdown_escapes() -> None:
    assert me.image_markdown("A [big] map", "/assets/my map.png") == (
        "![A \\[big\\] map](/assets/my%20map.png)"
    )


def test_real_case_study_paragraph_bold_round_trip(shared_site: Path) -> None:
    path = next((shared_site / "_resources").glob("*.md"))
    text = path.read_text(encoding="utf-8")
    body_start = text.index("\n---", 3) + 4
    para_end = text.find("\n", body_start + 1)
    if para_end < 0:
        para_end = len(text)
    edit = me.toggle_quote(text, body_start + 1, para_end)
    quoted = edit.apply(text)
    assert quoted[: body_start + 1] == text[: body_start + 1]  # the header is untouched
    back = me.toggle_quote(quoted, edit.sel_start, edit.sel_end).apply(quoted)
    assert back == text


words = st.text(alphabet="abcdefghij ", min_size=1, max_size=30)


@given(words, st.data())
def test_bold_then_bold_again_is_identity_on_plain_words(text: str, data) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if not text[start:end].strip():
        return  # nothing to make bold but spaces: markers are inserted instead
    edit = me.toggle_bold(text, start, end)
    once = edit.apply(text)
    assert once[edit.sel_start : edit.sel_end] == text[start:end].strip()
    assert me.toggle_bold(once, edit.sel_start, edit.sel_end).apply(once) == text


@given(st.lists(st.text(alphabet="abc #>-", max_size=8), min_size=1, max_size=6))
def test_line_commands_only_change_the_selected_lines(lines: list[str]) -> None:
    text = "\n".join(["before", *lines, "after"])
    start = len("before") + 1
    end = len(text) - len("after") - 1
    for command in (me.toggle_quote, me.toggle_bullet_list, me.toggle_numbered_list):
        new = command(text, start, end).apply(text)
        assert new.startswith("before\n")
        assert new.endswith("\nafter")
        assert new.count("\n") == text.count("\n")


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        # At the end of a sentence: below it, in a paragraph of its own.
        ("Today we release v4.", 20, "Today we release v4.\n\n![p](/p.jpg)"),
        # Within a sentence: the sentence is split around it.
        ("Before after.", 7, "Before \n\n![p](/p.jpg)\n\nafter."),
        # On the empty line between two paragraphs: a blank line on each side, so Markdown
        # joins it to neither (it read "Before\n![p](/p.jpg)\nAfter", one paragraph).
        ("Before\n\nAfter", 7, "Before\n\n![p](/p.jpg)\n\nAfter"),
        # At the end of a paragraph with the next one right under it: apart from both.
        ("Para\nNext", 4, "Para\n\n![p](/p.jpg)\n\nNext"),
        # On the empty last line under a paragraph: a blank line added, none doubled.
        ("Para\n", 5, "Para\n\n![p](/p.jpg)"),
        ("Para\n\n", 6, "Para\n\n![p](/p.jpg)"),
        ("A\n\n\nB", 3, "A\n\n![p](/p.jpg)\n\nB"),
        # At a line's start before words: below it a blank line.
        ("Words", 0, "![p](/p.jpg)\n\nWords"),
        ("", 0, "![p](/p.jpg)"),
    ],
)
def test_a_picture_goes_in_a_paragraph_of_its_own(text: str, at: int, expected: str) -> None:
    new, _selected = run(me.insert_block, text, at, at, "![p](/p.jpg)")
    assert new == expected
    edit = me.insert_block(text, at, at, "![p](/p.jpg)")
    assert new[: edit.sel_start].endswith("![p](/p.jpg)")  # the caret just after it


def test_a_picture_replacing_selected_words_stays_where_they_were() -> None:
    text = "See the bus map here."
    start = text.index("bus map")
    new, _ = run(me.insert_block, text, start, start + 7, "![bus map](/m.png)")
    assert new == "See the ![bus map](/m.png) here."
