"""The approve question takes what holds an approval back and what Check warns about apart,
as one record (`review.ApprovalFindings`): the review window and the Drafts dialog pass them
so, never joined into one list for the dialog to split again by kind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from editor_app.core import review
from editor_app.core.site import Site
from editor_app.ui.review import ReviewPanel
from editor_app.ui.review.approve_dialog import ApproveDialog
from editor_app.ui.review.window import ReviewWindow

BRAND = "_resources/brand-narrative.md"  # status: draft, nothing open


def test_the_dialog_lists_blockers_and_warnings_given_apart(qtbot) -> None:  # noqa: ANN001
    error = review.Blocker("error", "Error on line 3: The date is not a date.", 3)
    warning = review.Blocker("warning", "Warning on line 4: 'author' is given more than once", 4)
    dialog = ApproveDialog("Brand narrative", review.ApprovalFindings([error], [warning]))
    qtbot.addWidget(dialog)
    rows = [dialog.checklist.item(i).text() for i in range(dialog.checklist.count())]
    assert [r[0] for r in rows] == ["✓", "✓", "✗", "⚠"], rows
    assert not dialog.approve_button.isEnabled()  # the error holds it back, not the warning
    assert dialog.anyway_box.isVisibleTo(dialog)

    warned = ApproveDialog("Brand narrative", review.ApprovalFindings([], [warning]))
    qtbot.addWidget(warned)
    assert warned.approve_button.isEnabled()
    assert warned.approve_button.text() == "Approve with 1 warning"


def test_the_window_passes_the_findings_apart(  # noqa: ANN001
    qtbot, site_copy: Path, settings, monkeypatch
) -> None:
    path = site_copy / BRAND
    text = path.read_text(encoding="utf-8")  # the author line twice: a warning, no error
    path.write_text(text.replace("author: ", "author: Ann\nauthor: ", 1), encoding="utf-8")
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=30000):
        window.set_site(Site.open(site_copy))
    panel = window.panel
    panel.select_path(path)
    asked: list = []

    def ask(cls, parent, title, findings):  # noqa: ANN001, ANN202
        asked.append(findings)
        return None  # cancelled

    monkeypatch.setattr(ReviewPanel, "ask_approval", classmethod(ask))
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    (findings,) = asked
    assert isinstance(findings, review.ApprovalFindings)
    assert findings.blockers == []
    assert [w.kind for w in findings.warnings] == ["warning"]
