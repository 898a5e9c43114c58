"""The Drafts dialog's note, Send back and Undo send back are signed as Share, Send for review
and Approve sign: the app's name and e-mail (Tools > Your Name and E-mail…), not git's
e-mail beside the app's name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil
from editor_app.ui.main_window import MainWindow
from editor_app.ui.sync_identity import remember_answer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import answer, click_and_wait, open_sent_draft  # noqa: E402
from sharing_helpers import team, window  # noqa: E402, F401
from sync_site import git  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_send_back_and_its_undo_sign_with_the_app_s_e_mail(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, author, editor = team
    remember_answer(window.settings, "Ed Editor", "ed@editors.example")
    dialog = open_sent_draft(qtbot, window, author, editor)
    branch = dialog.current.branch

    def signed() -> str:
        return git(server, "log", "-1", "--format=%an <%ae>", branch).strip()

    answer(monkeypatch, "ask_send_back_note", "Name the park")
    click_and_wait(
        qtbot, window, dialog.send_back_button, lambda: "sent back" in dialog.list.item(0).text()
    )
    assert signed() == "Ed Editor <ed@editors.example>"  # git's was ed.editor@example.org
    qtbot.waitUntil(lambda: dialog.undo_button.isVisible() and dialog.undo_button.isEnabled())
    click_and_wait(
        qtbot, window, dialog.undo_button, lambda: "sent back" not in dialog.list.item(0).text()
    )
    assert signed() == "Ed Editor <ed@editors.example>"
