"""A note on words the author has since replaced says so: 'on “windy Tuesday” (since
changed)', in the Drafts dialog's list of notes and in `editor-app sync drafts` alike (one
rule, `review.note_words_changed`); before, both read 'on “windy Tuesday”' as if the words were
still there. A note on words still there reads as before."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import gitutil, sync, sync_draft_review, sync_drafts
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import DRAFT_WAITS, open_drafts, send_draft  # noqa: E402
from sharing_helpers import team, wait_idle, window  # noqa: E402, F401
from sync_site import POST, replace_in  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")

# The Drafts list gives the quoted words and the note a line each, as the review window does.
GONE = "Ed Editor on these words (since changed):\n“windy Tuesday”\nWhich Tuesday?"
KEPT = "Ed Editor on these words:\n“three hundred letters”\nHow many?"


def test_a_note_on_replaced_words_says_they_changed(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    _server, author, editor = team
    send_draft(author)  # "wet Tuesday" made "windy Tuesday", sent for review
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    for words, text in (
        ("windy Tuesday", "Which Tuesday?"),
        ("three hundred letters", "How many?"),
    ):
        sync_draft_review.note_on_draft(editor, draft.branch, text, "Ed Editor", on=words)
    # The author replaces the words of the first note and sends the draft again.
    replace_in(author / POST, "windy Tuesday", "sunny Wednesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)

    assert main(["sync", "drafts", str(editor)]) == 0
    listed = capsys.readouterr().out
    assert "by Ed Editor on “windy Tuesday” (since changed): Which Tuesday?" in listed
    assert "by Ed Editor on “three hundred letters”: How many?" in listed
    # The JSON says it too, for scripts: words_changed per note (false on words still there).
    assert main(["sync", "drafts", "--json", "--no-fetch", str(editor)]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    changed = {n["text"]: n["words_changed"] for n in row["notes"]}
    assert changed == {"Which Tuesday?": True, "How many?": False}

    dialog = open_drafts(qtbot, window, editor, waiting=DRAFT_WAITS)
    wait_idle(qtbot, window)
    shown = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert GONE in shown and KEPT in shown
