"""The editor colours bold and italics within a line: a stray `*` or `_` on one line and
another on a later line never colour everything between (Markdown never runs emphasis over a
blank line, and the site's renderer decides within a paragraph)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from editor_app.core.soft_wrap import JOIN_MARK
from editor_app.ui.editor import MarkdownEditor


def _styled(editor: MarkdownEditor) -> list[tuple[int, str]]:
    """(line, styled text) for each italic or bold run the editor shows (next to each other:
    one run, whatever else changes within it, such as a misspelt word)."""
    runs = []
    block = editor.document().begin()
    while block.isValid():
        text = block.text()
        end = -1
        for r in sorted(block.layout().formats(), key=lambda r: r.start):
            f = r.format
            if f.fontItalic() or f.fontWeight() >= QFont.Weight.Bold:
                if r.start == end:
                    line, before = runs.pop()
                    runs.append((line, before + text[r.start : r.start + r.length]))
                else:
                    runs.append((block.blockNumber(), text[r.start : r.start + r.length]))
                end = r.start + r.length
        block = block.next()
    return runs


def test_a_line_s_own_emphasis_is_coloured(editor: MarkdownEditor) -> None:
    editor.set_markdown("Plain *italic* and _also_ and **bold** words.\n")
    assert _styled(editor) == [(0, "*italic*"), (0, "_also_"), (0, "**bold**")]


def test_stars_on_two_lines_of_a_paragraph_shown_joined(editor: MarkdownEditor) -> None:
    text = (
        "Fees are 2 *net of tax,\nwhile the 5* in the table is gross.\n"
        "A file_name here,\nanother_one there and **half\nbold** text.\n"
    )
    editor.set_markdown(text)
    assert _styled(editor) == []
    editor.set_join_wrapped(True)
    assert JOIN_MARK in editor.document().toPlainText()  # one line per paragraph on screen
    assert _styled(editor) == []
    assert editor.markdown() == text


def test_a_line_break_typed_with_shift_enter_ends_emphasis(qtbot, editor: MarkdownEditor) -> None:
    editor.set_markdown("Intro.\n\n")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Some *words")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "more* here")
    assert _styled(editor) == []
    # A line separator already in a file is kept, and ends emphasis too.
    editor.set_markdown("Some *words\u2028more* here and *these*\n")
    assert _styled(editor) == [(0, "*these*")]


# Lines of words, some opening or closing emphasis, as a paragraph's lines or apart.
_words = st.sampled_from(["word", "*a", "b*", "_c", "d_", "**e", "f**", "__g", "h__", "2 * 3"])
_lines = st.lists(st.lists(_words, min_size=1, max_size=6).map(" ".join), min_size=1, max_size=6)


# The editor is set afresh by each example (set_markdown), so one serves them all.
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_lines, st.lists(st.sampled_from(["\n", "\n\n", "\u2028"]), min_size=6, max_size=6))
def test_no_emphasis_ever_runs_over_a_line(
    editor: MarkdownEditor, lines: list[str], breaks: list[str]
) -> None:
    text = "".join(line + brk for line, brk in zip(lines, breaks, strict=False))
    editor.set_join_wrapped(False)
    editor.set_markdown(text)
    editor.set_join_wrapped(True)
    for _line, styled in _styled(editor):
        assert JOIN_MARK not in styled and "\u2028" not in styled
    assert editor.markdown() == text


def test_stars_pair_as_commonmark_pairs_them(editor: MarkdownEditor) -> None:
    # The second line of a paragraph whose italics began on the line above.
    editor.set_markdown(
        "source files, rendering templates*, and finally *writing files to disk*.\n\n"
        "2 * 3 * 4, x*y*z, (*see*) and say *“hi”* now\n\n"
        # Bold ending in CJK punctuation before a letter: not bold (the star can only open).
        "**这件事很复杂。**确定许可协议的兼容性。\n\n"
        "它就是由你这样的人所浇铸和打造。**“开源”只是一个梦幻术语罢了。**\n"
    )
    assert _styled(editor) == [
        (0, "*writing files to disk*"),
        (2, "*y*"),
        (2, "*see*"),
        (2, "*“hi”*"),
        (6, "**“开源”只是一个梦幻术语罢了。**"),
    ]


_SKIP_LINE = re.compile(r"[`<>{}\[\]|\\]|https?:|^\s*([-*+]|\d+[.)])[ \t]|^#|^\s*>|^ {4}")


def _renderer_runs(line: str) -> list[str] | None:
    """The bold and italic words markdown-it makes of the line (None: one inside another)."""
    rendered = MarkdownIt("commonmark").renderInline(line)
    found = [
        html.unescape(inner) for _tag, inner in re.findall(r"<(strong|em)>(.*?)</\1>", rendered)
    ]
    return None if any("<" in inner for inner in found) else sorted(found)


def test_each_line_of_the_shared_sites_is_coloured_as_markdown_it_renders_it(
    editor: MarkdownEditor, shared_site: Path
) -> None:
    # Every prose line with a star or underscore (not code, links or HTML, which the
    # colouring leaves to their own colours), each alone as a paragraph.
    lines = []
    for site in sorted(shared_site.parent.iterdir()):
        for page in sorted(site.rglob("*.md")):
            fenced = False
            for line in page.read_text(encoding="utf-8", errors="replace").split("\n"):
                if line.lstrip().startswith(("```", "~~~")):
                    fenced = not fenced
                elif not fenced and ("*" in line or "_" in line) and not _SKIP_LINE.search(line):
                    lines.append(line.strip())
    assert len(lines) > 1000
    styled: dict[int, list[str]] = {}
    step = 200  # a short page each time: a long one is coloured only where it is in view
    for first in range(0, len(lines), step):
        editor.set_markdown("\n\n".join(lines[first : first + step]))
        for number, text in _styled(editor):
            marks = 2 if text[:2] in ("**", "__") else 1
            inner = html.unescape(text[marks:-marks])  # as the renderer reads entities
            styled.setdefault(first + number // 2, []).append(inner)
    compared = [
        (line, sorted(styled.get(i, [])), _renderer_runs(line)) for i, line in enumerate(lines)
    ]
    compared = [c for c in compared if c[2] is not None]  # nested: the editor shows one run
    assert len(compared) > 1000
    differ = [c for c in compared if c[1] != c[2]]
    assert not differ, f"{len(differ)} lines, e.g. {differ[:30]}"


def test_shift_enter_types_a_new_line_into_the_page(qtbot, editor: MarkdownEditor) -> None:
    editor.set_markdown("")
    qtbot.keyClicks(editor, "First line")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "second line")
    qtbot.keyClick(editor, Qt.Key.Key_Enter, Qt.KeyboardModifier.ShiftModifier)
    assert editor.markdown() == "First line\nsecond line\n"
    assert editor.blockCount() == 3
    editor.undo()
    assert editor.markdown() == "First line\nsecond line"
