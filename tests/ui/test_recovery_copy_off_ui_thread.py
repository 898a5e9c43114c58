"""The recovery copy while typing: the text is made bytes, hashed and written by a worker, never
on the UI thread (on a 5 MB page that stalled typing every few seconds), and an older text
never lands in the recovery file over a newer one. Typed in the real window, read back from
the recovery file itself."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from window_helpers import open_site

from editor_app.core.store import RecoveryStore
from editor_app.ui import recovery_copies
from editor_app.ui.main_window import MainWindow

PAGE = "_resources/case-study-cag.md"


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    quiet_window.resize(1000, 700)
    quiet_window.guard.autosave_timer.stop()  # the tests tick it themselves
    return quiet_window


def recovery_file(page: Path) -> Path:
    """The file the copy of `page` is kept in (the user's data folder)."""
    return RecoveryStore().folder / f"{RecoveryStore.key_for(page)}.data"


def copy_text(page: Path) -> str:
    try:
        return recovery_file(page).read_bytes().decode("utf-8")
    except FileNotFoundError:
        return ""


def type_words(qtbot, window: MainWindow, words: str) -> None:  # noqa: ANN001
    window.editor.setFocus()
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, words)
    # a long page takes the typing in after a pause; the copy waits for it too
    qtbot.waitUntil(lambda: not window.documents.typing_pending, timeout=5000)


def tick(window: MainWindow) -> None:
    """The autosave timer firing, as it does every few seconds."""
    window.guard.autosave_timer.timeout.emit()


def test_typing_then_the_timer_copies_the_text_off_the_ui_thread(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch
) -> None:
    page = site_copy / PAGE
    os.chmod(page, 0o644)
    hashed_on: list[threading.Thread] = []
    real_digest = recovery_copies.digest

    def digest(data: bytes) -> str:
        hashed_on.append(threading.current_thread())
        return real_digest(data)

    monkeypatch.setattr(recovery_copies, "digest", digest)
    open_site(qtbot, window, site_copy)
    assert window.open_document(page)
    type_words(qtbot, window, " Typed while the timer ran.")
    tick(window)
    qtbot.waitUntil(lambda: "Typed while the timer ran." in copy_text(page), timeout=10000)
    assert copy_text(page) == window.current_document().text
    assert hashed_on and threading.main_thread() not in hashed_on
    type_words(qtbot, window, " And more.")
    tick(window)
    qtbot.waitUntil(lambda: "And more." in copy_text(page), timeout=10000)
    assert copy_text(page) == window.current_document().text
    assert threading.main_thread() not in hashed_on


class HeldSaves:
    """Recovery writes recorded, the first held until released (a slow disk)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.written: list[bytes] = []
        self.release = threading.Event()
        real = RecoveryStore.save

        def save(store: RecoveryStore, path, data: bytes, base: bytes | None = None) -> None:
            if not self.written:
                self.release.wait(10)
            self.written.append(data)
            real(store, path, data, base=base)

        monkeypatch.setattr(RecoveryStore, "save", save)


@pytest.fixture
def long_page(tmp_path: Path, shared_site: Path) -> Path:
    """A real site with one very long page (the window's long-page ways are on)."""
    site = tmp_path / "site"
    shutil.copytree(shared_site, site)
    for folder, _dirs, files in os.walk(site):
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o644)
    page = site / PAGE
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "".join(f"\nParagraph {i} of a long page.\n" for i in range(12_000)))
    return page


def test_an_older_text_never_lands_over_a_newer_one(
    qtbot, window: MainWindow, long_page: Path, monkeypatch
) -> None:
    saves = HeldSaves(monkeypatch)
    open_site(qtbot, window, long_page.parents[1])
    assert window.open_document(long_page)
    guard = window.guard
    type_words(qtbot, window, " One.")
    tick(window)  # its write starts and is held by the slow disk
    qtbot.waitUntil(lambda: bool(guard.copies.writing), timeout=5000)
    type_words(qtbot, window, " Two.")
    tick(window)  # waits behind the running write
    type_words(qtbot, window, " Three.")
    tick(window)  # replaces the one waiting: "Two." alone is never written
    newest = window.current_document().text
    saves.release.set()
    qtbot.waitUntil(lambda: not guard.copies.writing and not guard.copies.queued, timeout=10000)
    assert len(saves.written) == 2
    assert saves.written[0].decode().endswith(" One.")
    assert saves.written[1].decode().endswith(" Three.")
    assert copy_text(long_page) == newest
    # Nothing typed since: the timer's next copy finds the same bytes and writes nothing.
    tick(window)
    qtbot.waitUntil(lambda: not guard.copies.writing, timeout=10000)
    assert len(saves.written) == 2 and copy_text(long_page) == newest
    type_words(qtbot, window, " Four.")
    tick(window)
    qtbot.waitUntil(lambda: copy_text(long_page).endswith(" Four."), timeout=10000)
    assert copy_text(long_page) == window.current_document().text
