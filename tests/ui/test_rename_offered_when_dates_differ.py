"""File > Rename File to Match Date is enabled only when the post's file name's day is not its
date field's: on a post whose dates agree it was offered, then refused ("already has the date
of its date field"). A date edited but not saved yet counts as the File menu opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.ui.main_window import MainWindow

POST = "_posts/2013-05-12-jekyll-1-0-2-released.markdown"


def test_rename_is_offered_only_when_the_days_differ(
    qtbot, quiet_window: MainWindow, tmp_path: Path
) -> None:  # noqa: ANN001
    window = quiet_window
    root = copy_shared_site("jekyll-docs", tmp_path)
    open_site(qtbot, window, root)
    assert window.open_document(root / POST)
    action = window.post_rename.action
    assert action in window.file_menu.actions()
    assert not action.isEnabled()
    # The date typed in the form, not saved: the menu offers the rename.
    box = window.form.widgets["date"].edit
    window.form.focus_field("date")
    qtbot.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "2013-05-19")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.current_document().is_modified, timeout=5000)
    window.file_menu.aboutToShow.emit()
    assert action.isEnabled()
