"""Approving a page Check warns about says so first: the Approve question lists the
warnings and its button reads "Approve with 1 warning" (it went through without a word);
cancelling leaves the page as it was. `editor-app review approve` prints them after approving
(errors still refuse without --anyway, as before). At 1024 wide, where the queue hides its
Problems column, the count leads the title ("⚠ 1")."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor_app.cli import main
from editor_app.core import review
from editor_app.core.site import Site
from editor_app.ui.review import ReviewPanel
from editor_app.ui.review.approve_dialog import ApproveDialog
from editor_app.ui.review.common import ITEM_ROLE
from editor_app.ui.review.window import ReviewWindow

BRAND = "_resources/brand-narrative.md"
WARNING = "'author' is given more than once"


def _warned(site_copy: Path) -> Path:
    """The page with its author line given twice: a warning, no error."""
    path = site_copy / BRAND
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("author: ", "author: Ann\nauthor: ", 1), encoding="utf-8")
    return path


def _window(qtbot, site_copy: Path, settings, size=(1300, 800)) -> ReviewWindow:  # noqa: ANN001
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=30000):
        window.set_site(Site.open(site_copy))
    return window


def test_approve_names_the_warnings_first(qtbot, site_copy: Path, settings, monkeypatch) -> None:  # noqa: ANN001
    path = _warned(site_copy)
    before = path.read_bytes()
    window = _window(qtbot, site_copy, settings)  # kept: the panel lives in it
    panel = window.panel
    panel.select_path(path)
    assert panel.approve_button.text() == "Approve… (1 warning)"
    shown: list[ApproveDialog] = []

    def ask(cls, parent, title, findings):  # noqa: ANN001, ANN202
        dialog = ApproveDialog(title, findings, parent)
        shown.append(dialog)
        return None  # cancelled

    monkeypatch.setattr(ReviewPanel, "ask_approval", classmethod(ask))
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    (dialog,) = shown
    rows = [dialog.checklist.item(i).text() for i in range(dialog.checklist.count())]
    assert any(WARNING in r and r.startswith("⚠") for r in rows)
    assert dialog.approve_button.isEnabled()  # a warning does not hold the approval back
    assert dialog.approve_button.text() == "Approve with 1 warning"
    assert not dialog.anyway_box.isVisibleTo(dialog)
    assert path.read_bytes() == before  # cancelled: nothing approved

    monkeypatch.setattr(ReviewPanel, "ask_approval", classmethod(lambda c, p, t, b: (False, "")))
    with qtbot.waitSignal(panel.approved, timeout=5000):
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    decision = review.NoteStore(path).decisions[-1]
    assert (decision.decision, decision.anyway) == ("approved", False)


def test_review_approve_prints_the_warnings(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _warned(site_copy)
    assert main(["review", "approve", str(path), "--author", "Ed"]) == 0
    out = capsys.readouterr().out
    assert "approved with 1 warning from Check:" in out and WARNING in out

    path.write_bytes(path.read_bytes().replace(b"status: final", b"status: draft"))
    assert main(["review", "approve", str(path), "--author", "Ed", "--format", "json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert [w["kind"] for w in said["warnings"]] == ["warning"]
    assert WARNING in said["warnings"][0]["text"]


def test_the_problem_count_shows_at_1024_wide(qtbot, site_copy: Path, settings) -> None:  # noqa: ANN001
    path = _warned(site_copy)
    window = _window(qtbot, site_copy, settings, (1024, 700))
    queue = window.panel.queue
    # A row saying "changed since sent back" leaves no room for the Problems column.
    items = [dataclasses.replace(it, state=review.CHANGED_SINCE) for it in queue.model._items]
    queue.set_items(items, queue.model.labels())
    rows = [queue.proxy.index(r, 0) for r in range(queue.proxy.rowCount())]
    (row,) = [i for i in rows if i.data(ITEM_ROLE).path == path.resolve()]
    problems = queue.model.PROBLEMS
    assert queue.table.isColumnHidden(problems)  # 1024 wide: no room for the column
    assert row.data().startswith("⚠ 1  ")  # so the title says it
    assert "⚠ = problems Check finds." in queue.queue_label.text()


def test_approve_counts_the_warnings_beside_what_is_open(qtbot, site_copy: Path, settings) -> None:  # noqa: ANN001
    # An open note and a warning: the button counts both, as the question lists both (it
    # read "Approve… (1 open)", the warning unsaid until the question). At 1024 wide (the
    # window as a 1024x700 screen places it) the queue keeps its half all the same.
    path = _warned(site_copy)
    review.NoteStore(path).add(review.make_note("", 0, 0, "Check the dates", "Ed"))
    window = _window(qtbot, site_copy, settings, size=(942, 644))
    panel = window.panel
    panel.select_path(path)
    assert panel.approve_button.text() == "Approve… (1 open, 1 warning)"
    assert "warnings are listed too" in panel.approve_button.toolTip()
    queue, page = panel.splitter.sizes()
    assert queue >= page - 40, (queue, page)
