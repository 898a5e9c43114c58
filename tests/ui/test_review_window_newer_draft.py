"""The review window's queue row of a page whose newer draft waits on a review branch: it
says so plainly, makes no decision on the shared copy, and opens the newer draft."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import DRAFT_WAITS, open_copy, send_draft  # noqa: E402
from sharing_helpers import team, wait_for_status, wait_idle, window  # noqa: E402, F401
from sync_site import POST  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_the_queue_opens_the_newer_draft(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    send_draft(author)
    open_copy(qtbot, window, editor, waiting=DRAFT_WAITS)
    bar = window.sync_bar

    review_window = window.review.open_queue()
    panel = review_window.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and not panel._listing, timeout=20000)
    assert panel.select_path(editor / POST)
    qtbot.waitUntil(lambda: panel.current is not None and panel.current.relative == POST)
    row = panel.model.items().index(panel.current)
    assert panel.model.index(row, panel.model.REVIEW).data() == "newer draft waits"
    shown = panel.detail_label.text()
    assert shown.startswith("Out of date. A newer draft waits: sent by Ada Author, "), shown
    assert "(review/2025-03-01-council-listens) · " in shown
    # "What changed" shows the newer draft's changes first, not the shared copy's history.
    assert panel.compare_combo.currentText() == "The newer draft"
    shown = panel.diff_view.toPlainText()
    assert "A newer draft of this page, sent by Ada Author" in shown
    assert "windy" in shown and "wet" in shown
    # No decision, note or suggestion on the shared copy's old words.
    for button in (
        panel.approve_button,
        panel.send_back_button,
        panel.add_note_button,
        panel.mark_button,
    ):
        assert not button.isEnabled()
    assert not panel.text_notes.suggest_button.isEnabled()
    # Told on its row, not again under the queue as "1 more draft".
    assert "more draft" not in panel.queue_label.text()

    assert panel.newer_button.isVisible()
    panel.newer_button.click()
    dialog = bar.drafts_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.current is not None and dialog.current.path == POST
    assert "windy" in dialog.changes.toPlainText()
    # Approved there, the review window's queue is read again: the page is final, gone.
    dialog.approve_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=20000)
    wait_idle(qtbot, window)
    qtbot.waitUntil(
        lambda: not panel._listing and POST not in {it.relative for it in panel.model.items()},
        timeout=20000,
    )
    dialog.reject()
    review_window.close()


def test_opening_the_shared_copy_says_a_newer_draft_waits(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
) -> None:
    _server, author, editor = team
    send_draft(author)
    open_copy(qtbot, window, editor, waiting=DRAFT_WAITS)
    assert window.open_document(editor / POST)
    said = window.statusBar().currentMessage()
    assert said.startswith("A newer draft of this page, sent by Ada Author on "), said
    assert said.endswith("waits in Drafts (Sharing bar): this is the shared copy.")


def test_the_queue_opens_drafts_waiting_on_branches(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001, F811
    # A draft of a page not in the queue (final here): the queue counts it and opens Drafts.
    _server, author, editor = team
    from sync_site import OTHER, replace_in

    from editor_app.core import sync_drafts

    replace_in(author / OTHER, "A finished page.", "A finished page, again.")
    assert sync_drafts.send_for_review(author, author / OTHER).shared
    open_copy(qtbot, window, editor, waiting=DRAFT_WAITS)
    panel = window.review.open_queue().panel
    qtbot.waitUntil(lambda: "more draft" in panel.queue_label.text(), timeout=20000)
    assert panel.queue.drafts_button.isVisible()
    panel.queue.drafts_button.click()
    dialog = window.sync_bar.drafts_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.current is not None and dialog.current.path == OTHER
    wait_idle(qtbot, window)


def test_the_app_opened_on_the_shared_copy_says_a_newer_draft_waits_once_known(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
) -> None:
    # `editor-app PAGE`: the page opens before the Sharing bar's first check knows that a
    # draft from others waits; told once the check knows, not only on the next page opened.
    _server, author, editor = team
    send_draft(author)
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(editor, then_open=editor / POST)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    assert not window.sync_bar.state.drafts_to_review  # not known yet as the page opened
    wait_for_status(qtbot, window.sync_bar, DRAFT_WAITS)
    said = window.statusBar().currentMessage()
    assert said.startswith("A newer draft of this page, sent by Ada Author on "), said
    wait_idle(qtbot, window)
