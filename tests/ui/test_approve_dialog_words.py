"""The approve dialog's checklist speaks of Check, as the window's button does, not of
"validation"."""

from __future__ import annotations

from editor_app.core.review import ApprovalFindings
from editor_app.ui.review.approve_dialog import ApproveDialog


def test_the_checklist_names_check(qtbot) -> None:
    dialog = ApproveDialog("Brand narrative", ApprovalFindings([], []))
    qtbot.addWidget(dialog)
    lines = [dialog.checklist.item(i).text() for i in range(dialog.checklist.count())]
    assert any("No errors found by Check" in line for line in lines), lines
    assert not any("validation" in line.lower() for line in lines), lines
