"""Combine both where one place clashes: each place is merged on its own, as Get latest does,
so the other program's changes elsewhere still join the page shown; only the clashing place
keeps the author's words alone. Before, one clash had the whole text merged again line by
line, and a paragraph removed on disk came back beside the author's new last paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from window_helpers import check_disk_now, open_writable_page, shown_window

from editor_app.ui.main_window import MainWindow
from editor_app.ui.safety import ChangedOnDiskDialog

PAGE = "_resources/case-study-cag.md"
LAST = "To build public confidence and promote accountability"


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    yield from shown_window(qtbot, settings, monkeypatch)


def test_combine_both_takes_a_removal_beside_a_clash(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    site_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_writable_page(qtbot, window, site_copy, PAGE)
    asked = []
    monkeypatch.setattr(
        ChangedOnDiskDialog,
        "ask",
        classmethod(lambda cls, parent, name, change: asked.append(change) or cls.COMBINE),
    )
    editor = window.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("The Health ") + len("The Health "))
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "Mine ")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Typed at the end.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    doc = window.current_document()
    qtbot.waitUntil(lambda: "Typed at the end." in doc.body)
    # On disk: the same words changed (a clash), and the last paragraph removed.
    data = page.read_bytes()
    last = data[data.index(LAST.encode()) :]
    on_disk = data.replace("The Health Research Authority’s".encode(), "The HRA’s".encode(), 1)
    page.write_bytes(on_disk.replace(b"\n\n" + last, b"\n"))
    check_disk_now(window)

    assert len(asked) == 1 and asked[0].combined is not None
    assert not asked[0].combined.clean and len(asked[0].combined.conflicts) == 1
    text = editor.markdown()
    assert "The Health Mine Research" in text and "The HRA’s" not in text  # the clash: mine
    assert "Typed at the end." in text
    assert LAST not in text  # removed on disk: stays removed
