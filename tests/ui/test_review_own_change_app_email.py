"""The review window's Approve knows a change shared under the app's e-mail (Share signs with
it before git's) as the reviewer's own: asked first, as for a change signed with git's
e-mail. It was taken for another person's when the two e-mails differ."""

from __future__ import annotations

import subprocess
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


def git(root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(root), *args], check=True, capture_output=True, text=True
    ).stdout


def test_a_change_shared_under_the_app_s_email_is_one_s_own(
    qtbot,  # noqa: ANN001
    git_site: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def answer(cls, parent, title):  # noqa: ANN001, ANN202
        asked.append(title)
        return True

    monkeypatch.setattr(ReviewPanel, "ask_own_approval", classmethod(answer))
    path = git_site / BRIEFING
    with path.open("a", encoding="utf-8") as f:
        f.write("\nOne more line.\n")
    git(git_site, "add", BRIEFING)
    git(
        git_site,
        "-c", "user.name=Ada Editor", "-c", "user.email=ada@app.example",
        "commit", "-qm", "Update the briefing",
    )  # fmt: skip
    git(git_site, "config", "user.name", "Ada Editor")
    git(git_site, "config", "user.email", "ada@git.example")  # this copy's: another one
    settings.setValue("sharing/email", "ada@app.example")
    panel = open_panel(qtbot, git_site, settings)
    panel.text_notes.author_edit.setText("Ada Editor")
    assert panel.select_path(path)
    title = panel.current.title
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert asked == [title]
    assert Document.load(path).front_matter["status"] == "final"
