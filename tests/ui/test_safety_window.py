"""The guard inside the real main window: saves, changes on disk, errors in handlers."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QTextCursor
from window_helpers import open_writable_page, shown_window

from editor_app.core import document, errors
from editor_app.core.store import RecoveryStore
from editor_app.ui import safety
from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
from editor_app.ui.main_window import MainWindow
from editor_app.ui.safety import ChangedOnDiskDialog, OverwriteDialog

PAGE = "_resources/case-study-cag.md"


@pytest.fixture
def shown(errors: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Error boxes are recorded instead of shown (conftest's `errors`)."""
    return errors


@pytest.fixture
def window(qtbot, settings: QSettings, shown, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    # Not qtbot.addWidget: its clean-up closes the window before this fixture's teardown
    # and would ask a real question about the unsaved text these tests leave behind.
    yield from shown_window(qtbot, settings, monkeypatch)


@pytest.fixture
def page(qtbot, window: MainWindow, site_copy: Path) -> Path:  # noqa: ANN001
    return open_writable_page(qtbot, window, site_copy, PAGE)


def _type(qtbot, window: MainWindow, words: str) -> None:
    window.editor.setFocus()
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, words)
    assert window.current_document().is_modified


def test_the_window_owns_a_guard_that_keeps_unsaved_text(qtbot, window, page: Path) -> None:
    _type(qtbot, window, " Typed in the window.")
    assert window.guard.autosave_now()
    (rec,) = RecoveryStore().pending()
    assert rec.path == page and b"Typed in the window." in rec.data
    assert window.save_document()
    assert RecoveryStore().pending() == [], "saving drops the copy"


def test_declining_to_save_at_close_leaves_no_copy(qtbot, window, page: Path, monkeypatch) -> None:
    _type(qtbot, window, " Not wanted after all.")
    window.guard.autosave_now()
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD))
    window.close()
    assert RecoveryStore().pending() == []


def test_saving_over_a_newer_file_asks_in_the_window(
    qtbot, window, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        ChangedOnDiskDialog, "ask", classmethod(lambda *a: ChangedOnDiskDialog.MINE)
    )
    _type(qtbot, window, " Mine.")
    window.guard.check_disk()  # nothing changed yet: nothing asked
    theirs = page.read_bytes() + b"\nFrom a git pull.\n"
    page.write_bytes(theirs)
    window.guard.disk.timer.stop()  # the save comes first, as when Ctrl+S is quicker
    asked: list[str] = []
    monkeypatch.setattr(
        OverwriteDialog, "ask", classmethod(lambda c, p, n, d: asked.append(n) or False)
    )
    assert not window.save_document()
    assert asked == [page.name] and page.read_bytes() == theirs
    assert window.current_document().is_modified, "still unsaved, nothing lost"


def test_a_full_disk_in_the_window_keeps_the_file_and_says_why(
    qtbot, window, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = page.read_bytes()
    _type(qtbot, window, " More words.")

    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(document, "atomic_write", full)
    told: list[str] = []
    monkeypatch.setattr(
        safety.SaveFailedDialog, "ask", classmethod(lambda c, p, m, o: told.append(m) or False)
    )
    assert not window.save_document()
    assert page.read_bytes() == original
    assert len(told) == 1 and "disk is full" in told[0]
    assert window.current_document().is_modified
    assert RecoveryStore().pending(), "the text was copied to the recovery folder meanwhile"


def test_a_change_on_disk_reloads_an_untouched_page_in_the_window(
    qtbot, window, page: Path
) -> None:
    theirs = page.read_bytes().replace(b"status: final", b"status: draft", 1)
    assert theirs != page.read_bytes()
    with qtbot.waitSignal(window.guard.reloadRequested, timeout=5000):
        page.write_bytes(theirs)
    qtbot.waitUntil(lambda: window.current_document().original == theirs, timeout=5000)
    assert not window.current_document().is_modified


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_window_handler_is_told_and_the_window_keeps_working(
    qtbot, window, page: Path, shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(errors, "_told", set())
    errors.install_excepthook()
    try:

        def broken(*_args) -> None:
            raise RuntimeError("a handler failed")

        window.documentSaved.connect(broken)
        _type(qtbot, window, " Saved despite a broken handler.")
        QTimer.singleShot(0, window.save_document)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    finally:
        errors.uninstall_excepthook()
        window.documentSaved.disconnect(broken)
    ((title, text),) = shown
    assert "your work is safe" in text and "RuntimeError" not in text
    assert b"Saved despite a broken handler." in page.read_bytes()
    _type(qtbot, window, " Still typing.")
    assert window.save_document()
