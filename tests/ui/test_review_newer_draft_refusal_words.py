"""Approving or sending back the shared copy while a newer draft waits on a review branch (the
queue was listed before the Sharing bar's check brought the draft) is refused in the window's
own terms, "in Drafts (Sharing bar)", not naming the command line; the command line keeps
"editor-app sync drafts". One core message (`review.NewerDraftWaits.said`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil, review
from editor_app.ui.main_window import MainWindow
from editor_app.ui.review import ReviewPanel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import open_copy, send_draft  # noqa: E402
from sharing_helpers import team, window  # noqa: E402, F401
from sync_site import POST, git  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_the_window_says_where_the_newer_draft_is_in_its_own_terms(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = team
    open_copy(qtbot, window, editor)
    errors: list[str] = []
    monkeypatch.setattr(ReviewPanel, "show_error", classmethod(lambda cls, p, m: errors.append(m)))
    monkeypatch.setattr(ReviewPanel, "ask_send_back_note", classmethod(lambda cls, p, t="": ""))
    monkeypatch.setattr(ReviewPanel, "_author", lambda self: "Ed Editor")
    panel = window.review.open_queue().panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and not panel._listing, timeout=20000)
    assert panel.select_path(editor / POST)
    # The author sends a draft; this copy's check with the server brings it, the queue as it was.
    send_draft(author)
    git(editor, "fetch", "-q")
    panel.approve_current()
    panel.send_back_current()
    assert len(errors) == 2, errors
    for said in errors:
        assert "A newer draft of this page, sent by Ada Author on " in said
        assert said.endswith("review that one, in Drafts (Sharing bar); this is the shared copy.")
        assert "editor-app" not in said
    assert errors[0].startswith("This page could not be approved: ")
    with pytest.raises(review.NewerDraftWaits, match=r"in Drafts \(editor-app sync drafts\)"):
        review.approve(editor / POST, None, author="Ed Editor")
    panel.window().close()
