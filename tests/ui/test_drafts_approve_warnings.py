"""The Drafts dialog's Approve says Check's warnings on the draft (as its branch holds it)
first, as the review window's Approve does: listed in the approve question, which does not
hold the approval back; the draft went through without a word before."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil, review, sync, sync_drafts
from editor_app.ui.main_window import MainWindow
from editor_app.ui.sync_drafts import DraftsDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import click_and_wait, open_sent_draft, send_draft  # noqa: E402
from sharing_helpers import team, window  # noqa: E402, F401
from sync_site import POST  # noqa: E402

# The author's draft gives its title twice: a warning, no error.
TITLE, TITLE_TWICE = "title: ", "title: Draft title\ntitle: "

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_drafts_approve_names_the_warnings(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = team
    asked: list[list[str]] = []

    def ask(cls, parent, title, findings):  # noqa: ANN001, ANN202
        asked.append([b.kind for b in findings.blockers + findings.warnings])
        return False, ""  # Approve (with the warning)

    monkeypatch.setattr(DraftsDialog, "ask_approval", classmethod(ask))
    dialog = open_sent_draft(qtbot, window, author, editor, TITLE, TITLE_TWICE)
    approved = dialog.current.title
    click_and_wait(qtbot, window, dialog.approve_button, lambda: dialog.list.count() == 0)
    assert asked == [["warning"]]
    # The result says the approval was made with the warning, as its summary does.
    assert dialog.message.text() == f"“{approved}”: approved with 1 warning and shared. No other draft waits."


def test_sync_approve_prints_the_warnings(
    team,  # noqa: ANN001, F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    from editor_app.cli import main

    _server, author, editor = team
    send_draft(author, TITLE, TITLE_TWICE)
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    assert main(["sync", "approve", draft.branch, str(editor), "--own"]) == 0
    out = capsys.readouterr().out
    assert f"{draft.branch}: approved with 1 warning from Check:" in out
    assert "'title' is given more than once" in out
    # The draft's review record keeps the warning with the approval.
    (decision,) = review.NoteStore(editor / POST).decisions
    assert [w for w in decision.warnings if "'title' is given more than once" in w]
