"""Get latest or Keep theirs removes the open page: said in sharing terms, never as
"deleted or moved by another program"; closed when it had no unsaved text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor

from editor_app.cli import main
from editor_app.core import sync
from editor_app.ui import disk_watch
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import sync_site  # noqa: E402
from sharing_helpers import shown_window  # noqa: E402
from sync_site import OTHER, replace_in  # noqa: E402

# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


@pytest.fixture
def deleted_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(
        disk_watch.FileDeletedNotice, "tell", classmethod(lambda cls, _p, name: seen.append(name))
    )
    return seen


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, errors, deleted_boxes):  # noqa: ANN001, ANN201
    yield from shown_window(qtbot, settings, monkeypatch)


def open_page_with_choice(qtbot, window: MainWindow, team, typed: str = ""):  # noqa: ANN001, ANN201
    """Others removed OTHER, this copy changed it; the page open; Get latest's choice shown."""
    _server, author, editor = team
    (author / OTHER).unlink()
    assert sync.push(author).shared
    replace_in(editor / OTHER, "A finished page.", "A finished page, edited.")
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(editor)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.isVisible() and not window.jobs.busy, timeout=20000)
    assert window.open_document(editor / OTHER)
    if typed:
        window.editor.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(window.editor, typed)
    bar.get_latest_action.trigger()
    qtbot.waitUntil(lambda: getattr(bar, "choice_dialog", None) is not None, timeout=20000)
    return bar, editor


def settle(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.sync_bar.busy and not window.jobs.busy, timeout=20000)
    qtbot.wait(disk_watch.DISK_CHECK_DELAY_MS * 3)  # the watch on disk has looked


def test_keep_theirs_closes_the_removed_open_page(qtbot, window, team, deleted_boxes) -> None:  # noqa: ANN001
    bar, editor = open_page_with_choice(qtbot, window, team)
    assert "removed by others" in bar.choice_dialog.where.text()
    bar.choice_dialog.keep_theirs.click()
    settle(qtbot, window)
    assert not (editor / OTHER).exists()
    assert deleted_boxes == []
    assert window.current_document() is None  # the page list shows
    message = window.statusBar().currentMessage()
    assert "was removed as others removed it, and closed." in message
    assert "another program" not in message


def test_keep_theirs_keeps_unsaved_text_of_the_removed_page(
    qtbot, window, team, deleted_boxes  # noqa: ANN001
) -> None:
    bar, editor = open_page_with_choice(qtbot, window, team, typed="Typed but not saved.")
    bar.choice_dialog.keep_theirs.click()
    settle(qtbot, window)
    assert not (editor / OTHER).exists()
    assert deleted_boxes == []
    assert "Typed but not saved." in window.editor.toPlainText()
    assert window.isWindowModified()
    message = window.statusBar().currentMessage()
    assert "your unsaved text is still open: save to keep the page, or close it." in message


def test_get_latest_removing_the_open_page_says_so(qtbot, window, team, deleted_boxes) -> None:  # noqa: ANN001
    _server, author, editor = team
    (author / OTHER).unlink()
    assert sync.push(author).shared
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(editor)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.isVisible() and not window.jobs.busy, timeout=20000)
    assert window.open_document(editor / OTHER)
    bar.get_latest_action.trigger()
    settle(qtbot, window)
    assert not (editor / OTHER).exists()
    assert deleted_boxes == []
    assert window.current_document() is None
    assert "was removed as others removed it, and closed." in window.statusBar().currentMessage()


def open_page_then_pull_beside(qtbot, window: MainWindow, team, typed: str = ""):  # noqa: ANN001, ANN201
    """Others removed OTHER; the page open; `editor-app sync pull` run beside the window."""
    _server, author, editor = team
    (author / OTHER).unlink()
    assert sync.push(author).shared
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(editor)
    qtbot.waitUntil(lambda: window.sync_bar.isVisible() and not window.jobs.busy, timeout=20000)
    assert window.open_document(editor / OTHER)
    if typed:
        window.editor.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(window.editor, typed)
    assert main(["sync", "pull", str(editor)]) == 0
    assert not (editor / OTHER).exists()
    window.guard.check_disk()
    return editor


def test_sync_pull_beside_the_window_removing_the_open_page_says_so(
    qtbot, window, team, deleted_boxes  # noqa: ANN001
) -> None:
    open_page_then_pull_beside(qtbot, window, team)
    assert deleted_boxes == []
    assert window.current_document() is None  # closed: the page list shows
    message = window.statusBar().currentMessage()
    assert "was removed as others removed it, and closed." in message


def test_sync_pull_beside_the_window_keeps_unsaved_text_of_the_removed_page(
    qtbot, window, team, deleted_boxes  # noqa: ANN001
) -> None:
    open_page_then_pull_beside(qtbot, window, team, typed="Typed but not saved.")
    assert deleted_boxes == []
    assert "Typed but not saved." in window.editor.toPlainText()
    assert window.isWindowModified()
    message = window.statusBar().currentMessage()
    assert "your unsaved text is still open: save to keep the page, or close it." in message


def test_a_page_deleted_by_another_program_is_still_told(
    qtbot, window, team, deleted_boxes  # noqa: ANN001
) -> None:
    _server, _author, editor = team
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(editor)
    qtbot.waitUntil(lambda: window.sync_bar.isVisible() and not window.jobs.busy, timeout=20000)
    assert window.open_document(editor / OTHER)
    (editor / OTHER).unlink()
    window.guard.check_disk()
    assert deleted_boxes == [Path(OTHER).name]
