"""View > Join Hand-Wrapped Lines of Paragraphs: paragraphs flow, the file keeps its breaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from window_helpers import open_site

from editor_app.ui.main_window import MainWindow

WRAPPED = """---
layout: resource
title: A page wrapped by hand
---
Councils asked residents how data about their streets
should be used, and the answers changed how the
service was planned.

## What we learned

People trusted the process more when they could see
what happened to their views.
"""


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


@pytest.fixture
def wrapped_page(site_copy: Path) -> Path:
    path = site_copy / "_resources" / "hand-wrapped.md"
    path.write_bytes(WRAPPED.encode("utf-8"))
    return path


def lines_shown(window: MainWindow) -> list[str]:
    return window.editor.document().toPlainText().split("\n")


def test_joining_shows_paragraphs_flowing_and_saves_the_file_as_it_was(
    qtbot, window: MainWindow, site_copy: Path, wrapped_page: Path, settings: QSettings
) -> None:
    open_site(qtbot, window, site_copy)
    assert window.join_lines_action in window.view_menu.actions()
    assert not window.join_lines_action.isChecked()  # off until asked for
    assert window.open_document(wrapped_page)
    assert window.editor.blockCount() == 9  # the file's own lines (and the empty one after the last)
    window.join_lines_action.trigger()
    # Each paragraph is one line of the editor (wrapped at its edge), the heading its own.
    shown = lines_shown(window)
    assert window.editor.blockCount() == 6
    assert shown[0].startswith("Councils asked") and shown[0].endswith("service was planned.")
    assert "## What we learned" in shown
    assert not window.isWindowModified()  # a way of showing, not an edit
    assert settings.value("view/joinLines") in (True, "true")
    # The page itself is untouched: saved now, it is written byte for byte.
    assert window.current_document().body == WRAPPED.split("---\n", 2)[2]
    window.current_document().save()
    assert wrapped_page.read_bytes() == WRAPPED.encode("utf-8")

    # An edit inside a joined paragraph changes only its own line of the file.
    cursor = window.editor.document().find("the answers")
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart())
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "all ")
    assert window.isWindowModified()
    assert window.save_document()
    assert wrapped_page.read_text(encoding="utf-8") == WRAPPED.replace(
        "and the answers", "and all the answers"
    )


def test_joined_lines_go_back_to_the_files_lines_and_problems_find_their_line(
    qtbot, window: MainWindow, site_copy: Path, wrapped_page: Path
) -> None:
    open_site(qtbot, window, site_copy)
    window.join_lines_action.setChecked(True)
    assert window.open_document(wrapped_page)  # opened already joined
    assert window.editor.blockCount() == 6
    # The page's line 7 ("People trusted...") is found in its joined paragraph.
    window.editor.go_to_line(7)
    cursor = window.editor.textCursor()
    block_text = cursor.block().text()
    assert block_text[cursor.positionInBlock() :].startswith("People trusted")
    window.join_lines_action.setChecked(False)
    assert window.editor.blockCount() == 9
    assert lines_shown(window)[6] == "People trusted the process more when they could see"
    assert not window.isWindowModified()
    # Typing at the end and taking it out again leaves nothing to save; the file is as it was.
    qtbot.keyClick(window.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor, "x")
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    assert not window.isWindowModified()
    window.current_document().save()
    assert wrapped_page.read_bytes() == WRAPPED.encode("utf-8")


def test_find_matches_words_across_a_joined_line_break(
    qtbot, window: MainWindow, site_copy: Path, wrapped_page: Path
) -> None:
    open_site(qtbot, window, site_copy)
    window.join_lines_action.setChecked(True)
    assert window.open_document(wrapped_page)
    editor = window.editor
    editor.show_find()
    bar = editor.find_bar
    qtbot.keyClicks(bar.find_edit, "their streets should")  # "streets" ends a line of the file
    assert editor.find_next()
    assert editor.textCursor().selectedText().replace("\u2004", " ") == "their streets should"
    assert bar.status.text() == "1 of 1"
    bar.case_box.setChecked(True)
    bar.find_edit.setText("Their streets should")
    assert not editor.find_next()
