"""The review window's Approve runs Check once on the page: the approve question's run is the
approval's too (`approve_page(findings=...)`), as `review approve` runs it once; it ran a
second time inside the approval. A page changed between the two is checked again."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor_app.core import gitutil, review
from editor_app.ui.review import ReviewPanel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import count_checks, open_panel  # noqa: E402
from review_site import BRAND, BRIEFING, replace_in  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_approve_runs_check_once(qtbot, git_site: Path, settings, monkeypatch) -> None:  # noqa: ANN001
    path = (git_site / BRIEFING).resolve()
    panel = open_panel(qtbot, git_site, settings)
    assert panel.select_path(path)
    runs = count_checks(monkeypatch)
    before = path.read_bytes()
    with qtbot.waitSignal(panel.approved, timeout=5000):
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert path.read_bytes() == before.replace(b"status: draft", b"status: final", 1)
    assert runs == [path]


def test_approve_with_a_warning_asks_and_runs_check_once(
    qtbot, git_site: Path, settings, monkeypatch
) -> None:  # noqa: ANN001
    path = (git_site / BRAND).resolve()
    replace_in(path, "author: ", "author: Ann\nauthor: ")  # given twice: Check warns
    panel = open_panel(qtbot, git_site, settings)
    assert panel.select_path(path)
    asked: list = []

    def ask_approval(cls, parent, title, findings):  # noqa: ANN001, ANN202
        asked.append([w.kind for w in findings.warnings])
        return False, ""

    monkeypatch.setattr(ReviewPanel, "ask_approval", classmethod(ask_approval))
    runs = count_checks(monkeypatch)
    with qtbot.waitSignal(panel.approved, timeout=5000):
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert asked == [["warning"]]
    assert runs == [path]
    (decision,) = review.NoteStore(path).decisions  # the question's warnings kept with it
    assert decision.decision == "approved" and len(decision.warnings) == 1


def test_a_page_changed_after_the_question_is_checked_again(git_site: Path, monkeypatch) -> None:  # noqa: ANN001
    from editor_app.core.site import Site

    path = (git_site / BRAND).resolve()
    site = Site.open(git_site)
    findings = review.approval_findings(path, site)
    assert findings.warnings == []
    replace_in(path, "author: ", "author: Ann\nauthor: ")  # changed since: Check now warns
    runs = count_checks(monkeypatch)
    approval = review.approve_page(path, site, findings=findings)
    assert runs.count(path) == 1  # the question's findings were of other bytes: run again
    assert [w.kind for w in approval.warnings] == ["warning"]
