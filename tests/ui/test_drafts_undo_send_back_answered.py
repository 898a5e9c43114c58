"""A send back its author answered (the case study sent again with the words changed) is not
offered for Undo in the Drafts dialog, and `sync undo-send-back` refuses it, nothing changed:
taking it back then took its message away from under the author's answer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import gitutil, review, sync, sync_draft_review, sync_drafts
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import open_drafts  # noqa: E402
from sharing_helpers import (
    shared_site_team,  # noqa: E402
    window,  # noqa: E402, F401
)
from sync_site import git, replace_in  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")

CASE_STUDY = "_resources/case-study-dfe.md"
SHARED = "It routinely shares this information with third parties."


def test_an_answered_send_back_is_not_undone(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server, author, editor = shared_site_team("connectedbydata", tmp_path, monkeypatch)
    replace_in(author / CASE_STUDY, "status: final", "status: draft")
    replace_in(author / CASE_STUDY, SHARED, SHARED.replace("third", "many third"))
    assert sync_drafts.send_for_review(author, author / CASE_STUDY).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    sync_draft_review.send_back_draft(editor, draft.branch, "Add a source.", "Ed Editor")

    sync.pull(author)  # the author answers: new words, the note resolved, sent again
    replace_in(author / CASE_STUDY, "many third parties.", "many third parties (ICO, 2020).")
    (note,) = review.NoteStore(author / CASE_STUDY).open_notes()
    review.NoteStore(author / CASE_STUDY).set_resolved(note.id, True)
    assert sync_drafts.send_for_review(author, author / CASE_STUDY).shared

    sync.pull(editor)
    sent = git(server, "rev-parse", draft.branch)
    capsys.readouterr()
    assert main(["sync", "undo-send-back", draft.branch, str(editor)]) == 2
    err = capsys.readouterr().err
    assert "changed since it was sent back" in err and err.count("\n") == 1
    assert git(server, "rev-parse", draft.branch) == sent  # nothing sent

    dialog = open_drafts(qtbot, window, editor)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=20000)
    assert "changed since sent back" in dialog.message.text()
    assert not dialog.undo_button.isVisible()
    assert dialog.send_back_button.isVisible() and dialog.approve_button.isEnabled()
