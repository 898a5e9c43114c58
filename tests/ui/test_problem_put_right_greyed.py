"""A row of "This page:" whose problem the page no longer has is greyed once the author stops
typing (it stayed as if still wrong until the next F7), and shows as before when the problem is
back (the fix undone)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from window_helpers import click_document, open_site

from editor_app.ui.main_window import MainWindow


def test_a_row_put_right_by_typing_is_greyed_and_back_when_undone(
    qtbot,
    quiet_window: MainWindow,
    site_copy: Path,  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, site_copy / "_people/guest.md")
    window.checks.validate_current()
    listed = window.problems.problems()
    assert [p.field for p in listed] == ["role"], listed  # "Role is missing…"
    assert window.problems.put_right() == [False]
    window.form.focus_field("role")
    box = QApplication.focusWidget()
    qtbot.keyClicks(box, "Guest writer")
    qtbot.waitUntil(lambda: window.problems.put_right() == [True], timeout=10000)
    item = window.problems.tree.topLevelItem(0)
    assert item.text(3).startswith("Put right since the check: Role is missing")
    box.clear()  # the role taken away again: the problem is back
    qtbot.keyClicks(box, "x")
    qtbot.keyClick(box, "\b")
    qtbot.waitUntil(lambda: window.problems.put_right() == [False], timeout=10000)
    assert item.text(3).startswith("Role is missing")
