"""A Persian page of the Open Source Guide (`lang: fa`) reads right to left in the Markdown
editor and in the form's text boxes, as in the preview: each Persian line (a `## ` heading
too) starts at the right edge, Latin lines (HTML, English quotes) stay at the left, and the
cursor keys move as the line reads. Persian lines started at the left edge. An English page
looks as before: every line at the left."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextBlock
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from shared_sites import shared_site_path
from window_helpers import click_document, open_site

PERSIAN_PAGE = "_articles/fa/how-to-contribute.md"
ENGLISH_PAGE = "_articles/how-to-contribute.md"


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    source = shared_site_path("opensource-guide")
    dest = tmp_path / "guide"
    (dest / "_articles" / "fa").mkdir(parents=True)
    for name in (PERSIAN_PAGE, ENGLISH_PAGE, "_config.yml"):
        shutil.copy(source / name, dest / name)
    return dest


def _block_starting(edit: QPlainTextEdit, start: str) -> QTextBlock:
    block = edit.document().begin()
    while block.isValid():
        if block.text().startswith(start):
            return block
        block = block.next()
    raise AssertionError(f"no line starts with {start!r}")


def _line_left(edit: QPlainTextEdit, block: QTextBlock) -> float:
    """Where the first line of `block` starts on screen (its left edge, in the text)."""
    edit.blockBoundingGeometry(block)  # laid out
    return block.layout().lineAt(0).naturalTextRect().left()


def _open(qtbot, window, site: Path, page: str) -> None:  # noqa: ANN001
    window.resize(1024, 700)
    open_site(qtbot, window, site)
    click_document(qtbot, window, site / page)
    qtbot.waitUntil(lambda: window.editor.blockCount() > 10, timeout=10000)


def test_persian_page_lines_start_at_the_right(qtbot, guide: Path, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    _open(qtbot, window, guide, PERSIAN_PAGE)
    editor = window.editor
    width = editor.viewport().width()
    heading = _block_starting(editor, "## چرایی")
    assert heading.textDirection() == Qt.LayoutDirection.RightToLeft
    left = _line_left(editor, heading)
    right = left + heading.layout().lineAt(0).naturalTextWidth()
    assert left > 20, "the Persian heading starts at the left edge"
    assert right > width - 20, "the Persian heading does not reach the right edge"
    # A Latin line of the same page (HTML) stays at the left.
    aside = _block_starting(editor, '<aside markdown="1"')
    assert _line_left(editor, aside) < 10

    # The cursor keys move as the line reads: Left goes on into the heading's words.
    cursor = editor.textCursor()
    cursor.setPosition(heading.position() + 3)
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Left)
    assert editor.textCursor().position() == heading.position() + 4

    # The form's description box: its Persian text at the right as well.
    box = window.form.widgets["description"].focus_target()
    assert isinstance(box, QPlainTextEdit)
    box.resize(400, box.height())
    first = box.document().begin()
    line = (box.blockBoundingGeometry(first), first.layout().lineAt(0))[1]
    assert line.naturalTextRect().right() > box.viewport().width() - 20


def test_english_page_lines_stay_at_the_left(qtbot, guide: Path, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    _open(qtbot, window, guide, PERSIAN_PAGE)
    _open(qtbot, window, guide, ENGLISH_PAGE)  # the Persian page's alignment not kept
    editor = window.editor
    block = editor.document().begin()
    while block.isValid():
        if block.text():
            assert _line_left(editor, block) < 10, block.text()
        block = block.next()
    box = window.form.widgets["description"].focus_target()
    first = box.document().begin()
    box.blockBoundingGeometry(first)
    assert first.layout().lineAt(0).naturalTextRect().left() < 10


def test_typing_fa_into_lang_turns_the_lines_at_once(qtbot, guide: Path, quiet_window) -> None:  # noqa: ANN001
    """A new Persian page, its language typed into the form: its lines read right to left
    at once, as the preview does, not once the page is opened again."""
    page = guide / PERSIAN_PAGE
    page.write_text(page.read_text("utf-8").replace("lang: fa\n", "lang: en\n", 1), "utf-8")
    window = quiet_window
    _open(qtbot, window, guide, PERSIAN_PAGE)
    editor = window.editor
    heading = _block_starting(editor, "## چرایی")
    assert _line_left(editor, heading) < 10  # said to be English: laid out as before
    box = window.form.widgets["lang"].focus_target()
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "fa")
    qtbot.waitUntil(lambda: _line_left(editor, heading) > 20, timeout=5000)


def test_undoing_the_language_turns_the_lines_back(qtbot, guide: Path, quiet_window) -> None:  # noqa: ANN001
    """`lang: fa` typed over with `en`, then Edit > Undo from the page list: the language is
    `fa` again and its lines read right to left again (they stayed left to right)."""
    window = quiet_window
    _open(qtbot, window, guide, PERSIAN_PAGE)
    editor = window.editor
    heading = _block_starting(editor, "## چرایی")
    assert _line_left(editor, heading) > 20
    box = window.form.widgets["lang"].focus_target()
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "en")
    qtbot.waitUntil(lambda: _line_left(editor, heading) < 10, timeout=5000)
    window.library.view.setFocus()
    window.documents.undo()
    assert window.documents.doc.front_matter.get("lang") == "fa"
    qtbot.waitUntil(lambda: _line_left(editor, heading) > 20, timeout=5000)


def _type(edit: QPlainTextEdit, text: str) -> None:
    """Key presses carrying letters no key of a US keyboard types (QTest takes only those)."""
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter))


def _cursor_x(editor: QPlainTextEdit) -> int:
    editor.viewport().repaint()  # the lines on show laid out as they are painted
    return editor.cursorRect().x()


def test_an_empty_line_waits_at_the_right_and_a_latin_first_line_reads_as_the_preview(
    qtbot, guide: Path, quiet_window
) -> None:  # noqa: ANN001
    """Enter at the end of a Persian line: the cursor of the new, empty line is at the right,
    as on the lines around it (it was at the left until a letter was typed). A Persian line
    whose first word is Latin ('GitHub در ...') reads right to left, as the preview draws its
    paragraph on this page, not left to right by its first letter; HTML stays at the left."""
    window = quiet_window
    _open(qtbot, window, guide, PERSIAN_PAGE)
    editor = window.editor
    width = editor.viewport().width()
    heading = _block_starting(editor, "## چرایی")
    cursor = editor.textCursor()
    cursor.setPosition(heading.position() + heading.length() - 1)  # the line's end
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.textCursor().block().text() == ""
    qtbot.waitUntil(lambda: _cursor_x(editor) > width - 30, timeout=3000)

    qtbot.keyClicks(editor, "GitHub ")
    _type(editor, "در")  # Persian letters, as a Persian keyboard sends them
    line = editor.textCursor().block()
    assert line.text() == "GitHub در"
    qtbot.waitUntil(
        lambda: _cursor_x(editor) > 0
        and line.layout().textOption().textDirection() == Qt.LayoutDirection.RightToLeft,
        timeout=3000,
    )
    # Drawn from the right: the line's words end at the right edge.
    drawn = line.layout().lineAt(0).naturalTextRect()
    assert drawn.right() > width - 20 and drawn.left() > width / 2
    # The page's HTML, of Latin alone, still reads left to right at the left.
    aside = _block_starting(editor, '<aside markdown="1"')
    cursor.setPosition(aside.position())
    editor.setTextCursor(cursor)
    qtbot.waitUntil(lambda: _cursor_x(editor) < 10, timeout=3000)
    # Laid out only: the text is what was typed.
    assert editor.markdown().count("GitHub در") == 1


def test_a_line_put_back_left_to_right_is_not_laid_out_again_on_each_paint(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Persian line that would change height laid out from the right is put back as Qt had
    it, once: the repaints that follow (a cursor blink) do not lay it out twice again, until
    its text changes."""
    from editor_app.ui import text_direction

    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.resize(500, 200)
    edit.setPlainText("GitHub در این راهنما\nhello")
    text_direction.align_lines_by_direction(edit, True)
    edit.show()
    qtbot.waitExposed(edit)
    lines = edit.findChild(text_direction.RightToLeftLines)
    laid_out = []
    real = text_direction._lay_out

    def narrower_from_the_right(layout, option, width, origin):  # noqa: ANN001, ANN202
        # Laid out from the right, the line would take more room than Qt counted for it.
        laid_out.append(option.textDirection())
        rtl = option.textDirection() == Qt.LayoutDirection.RightToLeft
        real(layout, option, width / 10 if rtl else width, origin)

    monkeypatch.setattr(text_direction, "_lay_out", narrower_from_the_right)
    first = edit.document().begin()
    edit.document().markContentsDirty(0, first.length())  # laid out afresh by Qt
    lines.turn_lines_on_show()
    assert len(laid_out) == 2  # tried from the right, put back
    assert first.layout().lineCount() == 1  # as Qt had it
    for _ in range(3):
        lines.turn_lines_on_show()
    assert len(laid_out) == 2, "tried again on each paint"
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    cursor.insertText("و ")
    lines.turn_lines_on_show()
    assert len(laid_out) == 4  # its text changed: tried once again
