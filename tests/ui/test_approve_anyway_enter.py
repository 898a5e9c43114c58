"""In the Approve dialog with something still open, Enter after the reason approves anyway,
as the box asks; with no reason typed it does nothing (the reason is needed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor_app.core import review
from editor_app.ui.review.approve_dialog import ApproveDialog

OPEN_NOTE = review.Blocker("note", "Open note by Ed: Say why.")


def test_enter_after_the_reason_approves_anyway(qtbot) -> None:  # noqa: ANN001
    dialog = ApproveDialog("A page", review.ApprovalFindings([OPEN_NOTE], []))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.result_choice() is None and dialog.isVisible()  # no reason yet
    QTest.keyClicks(dialog.reason_edit, "The author is away")
    QTest.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.result_choice() == (True, "The author is away")
    assert not dialog.isVisible()
