"""What Get latest did is said once, in the window's status bar, with what happened to the
open page: it was said, then said again with the open page's news (or replaced by the words
about the open page). Offline, the Sharing bar's line says so beside the button (it said "Up
to date" after an offline Get latest, the status bar "Offline")."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QTextCursor

from editor_app.core import sync
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import wait_disk_looked  # noqa: E402
from sync_site import OTHER, POST, drive_not_mounted, git, replace_in  # noqa: E402
from test_sync_window import open_clone, team, wait_idle, window  # noqa: E402, F401

OFFLINE = "Offline: changes will be shared when the server is reachable"


def said_in_status_bar(main: MainWindow) -> list[str]:
    seen: list[str] = []
    main.statusBar().messageChanged.connect(lambda m: seen.append(m) if m else None)
    return seen


def test_get_latest_removing_the_open_page_says_it_once(qtbot, window, team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    open_clone(qtbot, window, editor)
    assert window.open_document(editor / OTHER)
    git(author, "rm", "-q", OTHER)
    git(author, "commit", "-qm", "Remove the second post")
    git(author, "push", "-q")
    seen = said_in_status_bar(window)
    window.sync_bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    # The removed page closed, and no look at the disk pending that could say it again.
    qtbot.waitUntil(
        lambda: window.current_document() is None and not window.guard.disk.timer.isActive(),
        timeout=20000,
    )
    assert [m for m in seen if m.startswith("Got the latest")] == [
        "Got the latest: 1 page changed by others. “Second post” was removed as others "
        "removed it, and closed."
    ]


def test_get_latest_into_unsaved_text_keeps_its_result_in_the_line(qtbot, window, team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    open_clone(qtbot, window, editor)
    assert window.open_document(editor / POST)
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.toPlainText().index("wet Tuesday"))
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, "very ")
    replace_in(author / POST, "wet Tuesday", "cold Tuesday")
    assert sync.push(author).shared
    seen = said_in_status_bar(window)
    window.sync_bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    wait_disk_looked(qtbot, window, editor / POST)  # its look at the page Get latest changed
    # Both said, in one line: the result was replaced by the words about the open page.
    assert seen[-1] == (
        "Got the latest: 1 page changed by others. Your unsaved words stay where others "
        "changed the same place; theirs is in File > Page History…"
    )
    assert sum(m.startswith("Got the latest") for m in seen) == 1
    assert "very wet Tuesday" in window.editor.toPlainText()


def test_offline_get_latest_is_said_once_in_the_line(qtbot, window, team) -> None:  # noqa: ANN001, F811
    _server, _author, editor = team
    open_clone(qtbot, window, editor)
    bar = window.sync_bar
    seen = said_in_status_bar(window)
    with drive_not_mounted(editor):
        bar.get_latest_action.trigger()
        wait_idle(qtbot, window)
        qtbot.waitUntil(lambda: bar.status_label.text() == OFFLINE, timeout=20000)
        assert bar.status_label.text() == OFFLINE  # not "Up to date: everything is shared"
        assert not any(OFFLINE in m for m in seen)  # not said twice
        # Saving a page (the line asked again, here alone) still says it is offline.
        assert window.open_document(editor / POST)
        window.editor.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(window.editor, "A new last line.")
        assert window.save_document()
        qtbot.waitUntil(
            lambda: bar.status_label.text() == f"{OFFLINE} · 1 page changed here, not shared yet",
            timeout=20000,
        )
    bar.get_latest_action.trigger()  # the drive is back
    wait_idle(qtbot, window)
    qtbot.waitUntil(
        lambda: bar.status_label.text() == "1 page changed here, not shared yet", timeout=20000
    )


def test_keep_theirs_of_a_picture_adds_no_page_to_the_list(qtbot, window, team) -> None:  # noqa: ANN001, F811
    """A picture put back by Keep theirs (beside the posts, as sites keep them) is not read as
    a page of the site (the list counted one more document)."""
    _server, author, editor = team
    (author / "_posts" / "park.png").write_bytes(b"\x89PNG\r\n\x1a\nthe first park")
    git(author, "add", "_posts")
    git(author, "commit", "-qm", "Add the park")
    git(author, "push", "-q")
    git(editor, "pull", "-q")
    (author / "_posts" / "park.png").write_bytes(b"\x89PNG\r\n\x1a\na greener park")
    git(author, "commit", "-qam", "A greener park")
    git(author, "push", "-q")
    (editor / "_posts" / "park.png").unlink()
    open_clone(qtbot, window, editor)
    bar = window.sync_bar
    pages = len(window.site.entries())
    bar.get_latest_action.trigger()
    qtbot.waitUntil(lambda: getattr(bar, "choice_dialog", None) is not None, timeout=20000)
    dialog = bar.choice_dialog
    assert (
        dialog.where.text()
        == "The picture “_posts/park.png” was removed here and changed by others."
    )
    dialog.keep_theirs.click()
    wait_idle(qtbot, window)
    assert (editor / "_posts" / "park.png").read_bytes().endswith(b"a greener park")
    assert len(window.site.entries()) == pages
    assert window.statusBar().currentMessage() == "1 choice made."


def test_keep_both_pictures_says_where_theirs_went(qtbot, window, team) -> None:  # noqa: ANN001, F811
    """Two pictures of one name added by both: after Keep both pictures the status bar says
    the other's picture's new name and how to show it."""
    _server, author, editor = team
    for clone, data in ((author, b"\x89PNG\r\n\x1a\nhers"), (editor, b"\x89PNG\r\n\x1a\nmine")):
        page = clone / OTHER
        page.write_text(page.read_text() + "\n![Park](/_posts/park.png)\n")
        (clone / "_posts" / "park.png").write_bytes(data)
    assert sync.push(author).shared
    open_clone(qtbot, window, editor)
    bar = window.sync_bar
    bar.get_latest_action.trigger()
    qtbot.waitUntil(lambda: getattr(bar, "choice_dialog", None) is not None, timeout=20000)
    bar.choice_dialog.keep_both.click()
    wait_idle(qtbot, window)
    assert (editor / "_posts" / "park-2.png").read_bytes().endswith(b"hers")
    assert window.statusBar().currentMessage() == (
        "Kept both pictures: theirs as _posts/park-2.png; the pages still show yours (write "
        "park-2.png there to show theirs). Share my changes to send both."
    )
