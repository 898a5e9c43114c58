"""The Drafts dialog's Approve runs Check on the draft for its question, and that run is the
approval gate's too (`approve_draft(findings=...)`), as the review window's Approve does: the
merged page is checked again only when the merge made other bytes of it. It ran three times
(the question, the gate, the merged page)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil, sync
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import (  # noqa: E402
    DRAFT_WAITS,
    click_and_wait,
    count_checks,
    open_drafts,
    send_draft,
)
from sharing_helpers import team, wait_idle, window  # noqa: E402, F401
from sync_site import POST, replace_in  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def approve_in_drafts(qtbot, shown: MainWindow, editor: Path, monkeypatch):  # noqa: ANN001, ANN201
    """The draft sent approved in the editor's Drafts dialog; Check's runs from the click."""
    dialog = open_drafts(qtbot, shown, editor, waiting=DRAFT_WAITS)
    wait_idle(qtbot, shown)
    runs = count_checks(monkeypatch)
    approved = dialog.current.title
    click_and_wait(qtbot, shown, dialog.approve_button, lambda: dialog.list.count() == 0)
    assert dialog.message.text() == f"“{approved}”: approved and shared. No other draft waits."
    return runs


def test_a_draft_merged_as_sent_is_checked_once(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = team
    send_draft(author)
    runs = approve_in_drafts(qtbot, window, editor, monkeypatch)
    page = (editor / POST).resolve()
    assert runs == [page]
    assert "windy Tuesday" in page.read_text() and "status: final" in page.read_text()


def test_a_draft_merged_with_others_changes_is_checked_again(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = team
    send_draft(author)
    # The shared copy's page changed elsewhere after the draft was sent: the merged page's
    # bytes are not the ones the question checked, so Check runs on them again.
    replace_in(editor / POST, "kept its trees", "kept all its trees")
    assert sync.push(editor).shared
    runs = approve_in_drafts(qtbot, window, editor, monkeypatch)
    page = (editor / POST).resolve()
    assert runs == [page, page]
    text = page.read_text()
    assert "windy Tuesday" in text and "kept all its trees" in text and "status: final" in text
