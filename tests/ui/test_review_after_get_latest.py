"""The editor gets the author's shared change, opens the review window, and sees what changed.

Every change shared by others arrives as a commit: "since the last commit" alone showed the
editor an empty comparison on the page the author had just sent.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor_app.core import gitutil, sync
from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
from editor_app.ui.main_window import MainWindow
from editor_app.ui.review import install_review

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import sync_site  # noqa: E402
from sync_site import (  # noqa: E402
    OTHER,
    POST,
    git,
    replace_in,
)

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errors):  # noqa: ANN001, ANN201
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    if getattr(w, "review", None) is None:
        install_review(w)
    w.show()
    yield w
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD))
    if w.review.review_window is not None:
        w.review.review_window.close()
    w.close_document()
    w.close()
    qtbot.wait(50)
    w.deleteLater()


def test_the_editor_sees_the_authors_shared_change(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001
    _server, author, editor = team
    # The author rewrites a sentence and shares it.
    replace_in(author / POST, "on a wet Tuesday", "on a bright Monday")
    assert sync.push(author, None, "Ada Author").shared

    # The editor opens the site, gets the latest, and opens the review window on the page.
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(editor)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.get_latest_action.isEnabled(), timeout=20000)
    bar.get_latest_action.trigger()
    qtbot.waitUntil(lambda: "bright Monday" in (editor / POST).read_text(), timeout=20000)
    qtbot.waitUntil(lambda: not bar.busy and not window.jobs.busy, timeout=20000)
    assert window.open_document(editor / POST)
    review_window = window.review.open_queue()
    panel = review_window.panel
    qtbot.waitUntil(lambda: panel.current is not None and panel.current.relative == POST, timeout=20000)

    modes = [panel.compare_combo.itemText(i) for i in range(panel.compare_combo.count())]
    assert "commit" not in " ".join(modes).lower()  # plain words, not git's
    shown = panel.diff_view.toPlainText()
    assert "bright Monday" in shown and "wet Tuesday" in shown
    assert "Ada Author" in shown  # whose change it is
    assert "No changes" not in shown


def test_notes_and_suggestions_made_in_review_are_counted_to_share(
    qtbot, window: MainWindow, team, monkeypatch  # noqa: ANN001
) -> None:
    from PySide6.QtGui import QTextCursor

    from editor_app.ui.review import ReviewPanel

    _server, _author, editor = team
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(editor)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.isVisible() and not window.jobs.busy, timeout=20000)
    assert bar.status_label.text() == "Up to date: everything is shared"
    assert window.open_document(editor / POST)
    review_window = window.review.open_queue()
    panel = review_window.panel
    qtbot.waitUntil(lambda: panel.current is not None and panel.current.relative == POST, timeout=20000)

    # The editor suggests other words: it is a change to share, said in both windows.
    body = panel._body
    start = body.index("wet")
    cursor = panel.text_view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("wet"), QTextCursor.MoveMode.KeepAnchor)
    panel.text_view.setTextCursor(cursor)
    monkeypatch.setattr(ReviewPanel, "ask_suggestion", classmethod(lambda cls, p, q: "rainy"))
    panel.author_edit.setText("Ed Editor")
    panel.suggest_on_selection()
    qtbot.waitUntil(
        lambda: bar.status_label.text() == "1 page changed here, not shared yet", timeout=20000
    )
    assert "Share my changes" in review_window.statusBar().currentMessage()
    # The page open in the main window shows the suggestion at once.
    assert window.review.notes.suggestions.list.count() == 1


def test_the_author_sees_the_editors_notes_after_get_latest(
    qtbot, window: MainWindow, team  # noqa: ANN001
) -> None:
    from editor_app.core import review

    _server, author, editor = team
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(author)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.isVisible() and not window.jobs.busy, timeout=20000)
    assert window.open_document(author / POST)  # the author has the page open
    hook = window.review
    assert not hook.notes_dock.isVisible()

    # Meanwhile the editor sends it back with a suggested edit, and shares.
    review.suggest(editor / POST, "wet Tuesday", "rainy Tuesday", author="Ed Editor")
    review.send_back(editor / POST, "Nearly there.", "Ed Editor")
    assert sync.push(editor, None, "Ed Editor").shared

    qtbot.waitUntil(lambda: bar.get_latest_action.isEnabled(), timeout=20000)
    bar.get_latest_action.trigger()
    qtbot.waitUntil(lambda: (author / POST).parent.joinpath(".review").is_dir(), timeout=20000)
    qtbot.waitUntil(lambda: not bar.busy and not window.jobs.busy, timeout=20000)
    # Shown on the open page at once: the message, the suggestion, struck in the editor.
    assert hook.notes_dock.isVisible()
    assert [n.text for n in hook.notes.notes()] == ["Nearly there."]
    assert hook.notes.suggestions.list.count() == 1
    assert window.editor.extraSelections()
    # The author accepts it: the page changed on disk, counted to share at once.
    window.settings.setValue("review/author", "Ada Author")
    suggestions = hook.notes.suggestions
    suggestions.list.setCurrentRow(0)
    suggestions.accept_button.click()
    qtbot.waitUntil(lambda: "rainy Tuesday" in window.editor.toPlainText(), timeout=20000)
    qtbot.waitUntil(
        lambda: bar.status_label.text() == "1 page changed here, not shared yet", timeout=20000
    )


def test_the_review_window_tells_of_a_draft_sent_on_its_own(
    qtbot, window: MainWindow, team  # noqa: ANN001
) -> None:
    from editor_app.core import sync_drafts

    _server, author, editor = team
    git(author, "config", "editor-app.draftBranches", "true")  # the author's copy only
    # A page the queue does not list (final here); a draft of one it lists is told of on its
    # row (tests/core/test_review_queue_newer_draft.py).
    replace_in(author / OTHER, "A finished page.", "A finished page, revised.")
    assert sync_drafts.send_for_review(author, author / OTHER).shared
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(editor)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    panel = window.review.open_queue().panel
    qtbot.waitUntil(lambda: "Drafts" in panel.queue.queue_label.text(), timeout=20000)
    # Where to find it, in the words of the window (there is no Sharing menu).
    assert "1 more draft sent for review: see Drafts in the Sharing bar" in (
        panel.queue.queue_label.text()
    )


def test_the_review_window_says_when_newer_versions_wait(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001
    _server, author, editor = team
    replace_in(author / POST, "on a wet Tuesday", "on a bright Monday")
    assert sync.push(author, None, "Ada Author").shared
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(editor)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.state.incoming == 1 and not window.jobs.busy, timeout=20000)
    # The editor opens the review window before Get latest: the draft shown is the old one.
    review_window = window.review.open_queue()
    assert "press Get latest" in review_window.statusBar().currentMessage()
    panel = review_window.panel
    qtbot.waitUntil(lambda: panel.current is not None, timeout=20000)
    assert panel.select_path(editor / POST)
    assert "bright Monday" not in panel.text_view.toPlainText()
    # Get latest: the review window shows the newest version, and stops saying to get it.
    bar.get_latest_action.trigger()
    qtbot.waitUntil(lambda: not bar.busy and not window.jobs.busy, timeout=20000)
    qtbot.waitUntil(lambda: "bright Monday" in panel.text_view.toPlainText(), timeout=20000)
    assert "Get latest" not in review_window.statusBar().currentMessage()
