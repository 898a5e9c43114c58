"""Enter at the end of a list item left the next line bare: the author typed "- " again for
every item (Return after "- Residents were asked first" on a new connectedbydata case study).
Enter now starts the next item, numbered ones counting on; Enter on an empty item ends the
list, leaving a blank line (a line typed right below an item would be read as part of it) and
the caret below it; in fenced code Enter is a plain new line. Saved, the file holds what was typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import open_site

from editor_app.core.markdown_edit import new_line_in_list
from editor_app.ui.main_window import MainWindow


def _type_at_end(qtbot, editor, words: str) -> None:  # noqa: ANN001
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    for part in words.split("\n"):
        if part:
            qtbot.keyClicks(editor, part)
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_enter_continues_and_ends_lists_in_a_saved_page(
    qtbot, quiet_window: MainWindow, site_copy: Path
) -> None:  # noqa: ANN001
    window = quiet_window
    open_site(qtbot, window, site_copy)
    page = site_copy / "_resources/case-study-dfe.md"
    before = page.read_text(encoding="utf-8")
    assert window.open_document(page)
    editor = window.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    _type_at_end(qtbot, editor, "\n- Residents were asked\nConsent was kept\n")
    _type_at_end(qtbot, editor, "1. First\nSecond\n")
    _type_at_end(qtbot, editor, "```\n- code\n```")
    qtbot.keyClicks(editor, "End.")
    assert window.save_document()
    added = page.read_text(encoding="utf-8")[len(before) :]
    assert added.endswith(
        "\n- Residents were asked\n- Consent was kept\n\n"
        "1. First\n2. Second\n\n"
        "```\n- code\n```\nEnd."
    ), added


def test_new_line_in_list_rules() -> None:
    assert new_line_in_list("  * [x] done", 12) == (12, "\n  * [ ] ")
    assert new_line_in_list("9) nine", 7) == (7, "\n10) ")
    assert new_line_in_list("- middle", 4) == (4, "\n- ")  # the rest goes to the new item
    assert new_line_in_list("- ", 2) == (0, "\n")
    assert new_line_in_list("- item", 1) is None  # caret in the marker
    assert new_line_in_list("* * *", 5) is None  # a rule across the page
    assert new_line_in_list("Plain words", 11) is None


def test_shift_enter_and_enter_on_a_selection_are_plain_new_lines(
    qtbot, quiet_window: MainWindow, site_copy: Path
) -> None:  # noqa: ANN001
    window = quiet_window
    open_site(qtbot, window, site_copy)
    page = site_copy / "_resources/case-study-dfe.md"
    before = page.read_text(encoding="utf-8")
    assert window.open_document(page)
    editor = window.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "- First words")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "more of them")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "- Second gone")
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.KeepAnchor, len(" gone"))
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the selection replaced by a plain new line
    assert window.save_document()
    added = page.read_text(encoding="utf-8")[len(before) :]
    assert added.endswith("\n- First words\nmore of them\n- Second\n"), added
