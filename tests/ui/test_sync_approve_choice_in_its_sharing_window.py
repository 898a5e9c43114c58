"""Approve in the Drafts dialog when the server moves on between Approve's Get latest and its
sharing, another author changing the words the draft changed: the approval is not shared over
the choice that comes up (it was, with the draft's words); the dialog says which page waits
and the Choices window opens on it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import open_clone, team, wait_idle, window  # noqa: E402, F401
from sync_site import POST, git, replace_in  # noqa: E402

from editor_app.core import sync_draft_approve, sync_drafts  # noqa: E402


def test_approve_waits_for_the_choice_its_sharing_found(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, author, editor = team
    for clone in (author, editor):
        git(clone, "config", "editor-app.draftBranches", "true")
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    real_push = sync_draft_approve.push

    def others_share_first(*args: object, **kwargs: object) -> object:
        git(server.parent, "clone", "-q", str(server), "jo")
        jo = server.parent / "jo"
        replace_in(jo / POST, "wet Tuesday", "stormy Tuesday")
        git(jo, "-c", "user.name=Jo", "-c", "user.email=jo@example.org", "commit", "-qam", "Jo")
        git(jo, "push", "-q")
        return real_push(*args, **kwargs)

    monkeypatch.setattr(sync_draft_approve, "push", others_share_first)
    open_clone(qtbot, window, editor)
    bar = window.sync_bar
    bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bar.drafts_action.isVisible(), timeout=20000)
    bar.drafts_action.trigger()
    dialog = bar.drafts_dialog
    approved = dialog.current.title

    dialog.approve_button.click()

    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=20000)
    assert dialog.message.text().startswith(
        f"“{approved}”: approved here, not shared: 1 page waits for your choice: {POST} "
        "(make the choice, then Share my changes)"
    )
    qtbot.waitUntil(lambda: getattr(bar, "choice_dialog", None) is not None, timeout=20000)
    assert "stormy Tuesday" in bar.choice_dialog.theirs.toPlainText()
    assert "stormy Tuesday" in git(server, "show", f"main:{POST}")
    bar.choice_dialog.later.click()
