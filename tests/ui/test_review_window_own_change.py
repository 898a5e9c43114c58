"""The review window's Approve of a page whose last change is the reviewer's own: asked first
(the site's default), refused when the site leaves it to another person."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from editor_app.core import gitutil
from editor_app.core.document import Document
from editor_app.ui.review import ReviewPanel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import open_panel  # noqa: E402
from review_site import BRIEFING  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_approving_ones_own_change_is_asked_first(
    qtbot,  # noqa: ANN001
    git_site: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = [False, True]
    asked: list[str] = []

    def answer(cls, parent, title):  # noqa: ANN001, ANN202
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(ReviewPanel, "ask_own_approval", classmethod(answer))
    path = git_site / BRIEFING
    before = path.read_bytes()
    panel = open_panel(qtbot, git_site, settings)
    panel.text_notes.author_edit.setText("Ada Editor")  # who made the page's last commit
    assert panel.select_path(path)
    title = panel.current.title

    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)  # Cancel
    assert asked == [title] and path.read_bytes() == before
    assert not panel.undo_button.isEnabled()

    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)  # Approve it myself
    assert Document.load(path).front_matter["status"] == "final"


def test_another_reviewer_is_not_asked(
    qtbot,  # noqa: ANN001
    git_site: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        ReviewPanel, "ask_own_approval", classmethod(lambda c, p, t: pytest.fail("asked"))
    )
    path = git_site / BRIEFING
    panel = open_panel(qtbot, git_site, settings)
    panel.text_notes.author_edit.setText("Bo Reviewer")
    assert panel.select_path(path)
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert Document.load(path).front_matter["status"] == "final"


def test_the_site_leaves_ones_own_change_to_another_person(
    qtbot,  # noqa: ANN001
    git_site: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = git_site / "_config.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "\neditor_app:\n  approve_own_drafts: no\n",
        encoding="utf-8",
    )
    said: list[str] = []
    monkeypatch.setattr(ReviewPanel, "show_error", classmethod(lambda c, p, m: said.append(m)))
    monkeypatch.setattr(
        ReviewPanel, "ask_own_approval", classmethod(lambda c, p, t: pytest.fail("asked"))
    )
    path = git_site / BRIEFING
    before = path.read_bytes()
    panel = open_panel(qtbot, git_site, settings)
    panel.text_notes.author_edit.setText("Ada Editor")
    assert panel.select_path(path)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert len(said) == 1 and "approve_own_drafts: no" in said[0]
    assert "ask someone else to review it" in said[0]
    assert path.read_bytes() == before
