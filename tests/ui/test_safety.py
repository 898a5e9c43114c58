"""The document guard: recovery copies, changes by other programs, safe saves, caught errors."""

from __future__ import annotations

import errno
import os
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from editor_app.core import document, errors, store
from editor_app.core.document import Document
from editor_app.core.store import RecoveryStore
from editor_app.ui import safety
from editor_app.ui.safety import ChangedOnDiskDialog, DocumentGuard, OverwriteDialog

PAGE = "_resources/case-study-cag.md"


class Holder:
    """Stands in for the window: holds the open document, reloads it when asked."""

    def __init__(self, path: Path) -> None:
        self.doc: Document | None = Document.load(path)
        self.reloads = 0

    def current(self) -> Document | None:
        return self.doc

    def reload(self, path: Path) -> None:
        self.doc = Document.load(path)
        self.reloads += 1


@pytest.fixture
def page(site_copy: Path) -> Path:
    path = site_copy / PAGE
    os.chmod(path, 0o644)  # the shared site is read-only; an author's copy is not
    return path


@pytest.fixture
def guarded(qtbot, page: Path):
    parent = QWidget()
    qtbot.addWidget(parent)
    holder = Holder(page)
    guard = DocumentGuard(holder.current, parent)
    guard.reloadRequested.connect(holder.reload)
    guard.watch(page)
    return holder, guard


@pytest.fixture
def notices():
    got: list[errors.Notice] = []
    stop = errors.notifier.subscribe(got.append)
    yield got
    stop()


def _edit(holder: Holder, words: str = "A sentence typed but never saved.") -> bytes:
    holder.doc.body = holder.doc.body + "\n" + words + "\n"
    return holder.doc.to_bytes()


def _site_files(site: Path) -> list[Path]:
    return sorted(p.relative_to(site) for p in site.rglob("*"))


def test_unsaved_edits_are_copied_to_the_data_folder_never_the_site(
    guarded, page: Path, site_copy: Path
) -> None:
    holder, guard = guarded
    before = _site_files(site_copy)
    assert not guard.autosave_now(), "nothing to keep before any edit"
    edited = _edit(holder)
    assert guard.autosave_now()
    assert not guard.autosave_now(), "the same text is not written again"
    (rec,) = RecoveryStore().pending()  # as the next session would see it
    assert rec.path == page and rec.data == edited
    assert "+A sentence typed but never saved." in rec.diff()
    assert _site_files(site_copy) == before
    assert page.read_bytes() == holder.doc.original, "the page itself is untouched"

    assert guard.save_document(holder.doc) == page
    assert RecoveryStore().pending() == [], "saved: the copy is gone"


def test_autosave_runs_by_itself_and_when_the_app_loses_focus(qtbot, page: Path) -> None:
    holder = Holder(page)
    guard = DocumentGuard(holder.current, interval_ms=50)
    guard.watch(page)
    _edit(holder, "Typed, then the timer ran.")
    qtbot.waitUntil(lambda: len(RecoveryStore().pending()) == 1, timeout=5000)

    guard.autosave_timer.stop()
    edited = _edit(holder, "Typed, then switched to another program.")
    app = QApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    (rec,) = RecoveryStore().pending()
    assert rec.data == edited


class SlowSaves:
    """Replaces `RecoveryStore.save`: records the thread of each write, holds it until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, hold: float = 5.0) -> None:
        self.threads: list[threading.Thread] = []
        self.release = threading.Event()
        self.hold = hold
        self.most_at_once = 0
        self._active = 0
        self._lock = threading.Lock()
        real = RecoveryStore.save

        def save(store_: RecoveryStore, path, data: bytes, base: bytes | None = None) -> None:
            with self._lock:
                self._active += 1
                self.most_at_once = max(self.most_at_once, self._active)
                self.threads.append(threading.current_thread())
            try:
                self.release.wait(self.hold)
                real(store_, path, data, base=base)
            finally:
                with self._lock:
                    self._active -= 1

        monkeypatch.setattr(RecoveryStore, "save", save)


def _recovery_files() -> list[str]:
    return sorted(p.name for p in RecoveryStore().folder.iterdir())


def test_autosave_writes_off_the_ui_thread_one_write_per_page_at_a_time(
    qtbot, guarded, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder, guard = guarded
    guard.autosave_timer.stop()
    saves = SlowSaves(monkeypatch)
    _edit(holder, "First words.")
    started = time.monotonic()
    guard.autosave_timer.timeout.emit()  # the timer's autosave, as while typing
    assert time.monotonic() - started < 1.0, "the UI thread did not wait for the write"
    _edit(holder, "Second words.")
    assert guard.autosave_now(wait=False), "waits behind the running write"
    latest = _edit(holder, "Third words.")
    assert guard.autosave_now(wait=False), "replaces the snapshot still waiting"
    assert not guard.autosave_now(wait=False), "the same text is already on its way"
    assert time.monotonic() - started < 1.0
    saves.release.set()
    qtbot.waitUntil(lambda: len(saves.threads) == 2 and not guard.copies.writing, timeout=5000)
    assert RecoveryStore().get(page).data == latest
    assert all(t is not threading.main_thread() for t in saves.threads)
    assert saves.most_at_once == 1, "never two writes of the page at once"


def test_closing_right_after_an_edit_leaves_the_copy_whole(
    qtbot, guarded, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder, guard = guarded
    guard.autosave_timer.stop()
    saves = SlowSaves(monkeypatch, hold=0.3)
    _edit(holder, "Typed first.")
    guard.autosave_now(wait=False)
    latest = _edit(holder, "Typed just before the window closed.")
    guard.autosave_now(wait=False)  # still waiting when the page goes
    page.unlink()  # the page was deleted: its copy is the only one left and must outlive us
    guard.document_closed(page)
    guard.session_ended()
    (rec,) = RecoveryStore().pending()
    assert rec.path == page and rec.data == latest, "the latest text, whole"
    assert not any(store.is_temp_file(Path(n)) for n in _recovery_files())
    assert saves.threads[0] is not threading.main_thread() and saves.most_at_once == 1
    qtbot.wait(100)
    assert RecoveryStore().get(page).data == latest, "no late write changed it"


def test_saving_while_a_copy_is_being_written_leaves_no_copy_behind(
    qtbot, guarded, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder, guard = guarded
    guard.autosave_timer.stop()
    SlowSaves(monkeypatch, hold=0.3)
    _edit(holder, "Typed, then saved at once.")
    guard.autosave_now(wait=False)
    assert guard.save_document(holder.doc) == page
    qtbot.wait(400)
    assert RecoveryStore().pending() == [], "the write finished before the copy was dropped"


def test_closing_after_deciding_drops_the_copy_but_not_an_older_sessions(
    guarded, page: Path
) -> None:
    holder, guard = guarded
    crashed = RecoveryStore()  # a session that ended badly, earlier
    crashed.save(page, b"text from a crashed session\n")
    _edit(holder)
    guard.autosave_now()
    assert len(RecoveryStore().pending()) == 2, "the older copy was moved aside, not replaced"
    guard.document_closed(page)
    (left,) = RecoveryStore().pending()
    assert left.data == b"text from a crashed session\n"


def test_a_change_on_disk_without_local_edits_reloads(qtbot, guarded, page: Path) -> None:
    holder, guard = guarded
    theirs = page.read_bytes().replace(b"title:", b"title: Changed by git pull\nold_title:", 1)
    with qtbot.waitSignal(guard.reloadRequested, timeout=5000):
        page.write_bytes(theirs)  # the watcher notices by itself
    assert holder.reloads == 1
    assert holder.doc.original == theirs
    guard.check_disk()
    assert holder.reloads == 1, "one change, one reload"


def test_a_change_on_disk_with_local_edits_asks_and_keeps_mine(
    guarded, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder, guard = guarded
    asked: list[str] = []

    def answer(cls, parent, name, difference):
        asked.append(difference.unified())
        return ChangedOnDiskDialog.MINE

    monkeypatch.setattr(ChangedOnDiskDialog, "ask", classmethod(answer))
    mine = _edit(holder, "My paragraph.")
    page.write_bytes(page.read_bytes() + b"\nTheir paragraph.\n")
    guard.check_disk()
    assert len(asked) == 1
    assert "-Their paragraph." in asked[0] and "+My paragraph." in asked[0]
    assert holder.reloads == 0 and holder.doc.to_bytes() == mine
    # Having chosen, saving does not ask again and writes mine.
    monkeypatch.setattr(OverwriteDialog, "ask", classmethod(lambda *a: pytest.fail("asked")))
    assert guard.save_document(holder.doc) == page
    assert page.read_bytes() == mine


def test_a_change_on_disk_with_local_edits_can_take_theirs(
    guarded, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder, guard = guarded
    monkeypatch.setattr(
        ChangedOnDiskDialog, "ask", classmethod(lambda *a: ChangedOnDiskDialog.THEIRS)
    )
    _edit(holder, "My paragraph.")
    theirs = page.read_bytes() + b"\nTheir paragraph.\n"
    page.write_bytes(theirs)
    guard.check_disk()
    assert holder.reloads == 1 and holder.doc.to_bytes() == theirs
    assert not holder.doc.is_modified


def test_touching_the_file_is_not_a_change(guarded, page: Path, monkeypatch) -> None:
    holder, guard = guarded
    monkeypatch.setattr(ChangedOnDiskDialog, "ask", classmethod(lambda *a: pytest.fail("asked")))
    _edit(holder)
    os.utime(page, ns=(10**18, 10**18))
    guard.check_disk()
    assert holder.reloads == 0


def test_saving_over_a_newer_file_asks_first(
    guarded, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder, guard = guarded
    mine = _edit(holder, "Mine.")
    theirs = page.read_bytes() + b"\nWritten by someone else.\n"
    page.write_bytes(theirs)
    answers = iter([False, True])
    monkeypatch.setattr(OverwriteDialog, "ask", classmethod(lambda *a: next(answers)))
    assert guard.save_document(holder.doc) is None
    assert page.read_bytes() == theirs, "not overwritten when the answer is no"
    assert guard.save_document(holder.doc) == page
    assert page.read_bytes() == mine


def test_a_deleted_file_is_told_and_save_puts_it_back(
    guarded, page: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder, guard = guarded
    told: list[str] = []
    monkeypatch.setattr(
        safety.FileDeletedNotice, "tell", classmethod(lambda c, p, n: told.append(n))
    )
    text = holder.doc.to_bytes()
    with qtbot.waitSignal(guard.fileDeleted, timeout=5000):
        page.unlink()
    assert told == [page.name]
    guard.check_disk()
    assert told == [page.name], "told once"
    assert holder.doc is not None and holder.doc.to_bytes() == text, "the text stays open"
    (rec,) = RecoveryStore().pending()
    assert rec.data == text, "and a copy is kept in case the app is closed or crashes"
    assert guard.save_document(holder.doc) == page
    assert page.read_bytes() == text
    assert RecoveryStore().pending() == []


def _record_failure(monkeypatch: pytest.MonkeyPatch, save_as: Path | None = None) -> list:
    shown: list[tuple[str, bool]] = []

    def failed(cls, parent, message, offer):
        shown.append((message, offer))
        return save_as is not None

    monkeypatch.setattr(safety.SaveFailedDialog, "ask", classmethod(failed))
    monkeypatch.setattr(safety.SaveAsDialog, "ask", classmethod(lambda cls, p, s: save_as))
    return shown


def test_a_full_disk_keeps_the_original_and_says_why(
    guarded, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder, guard = guarded
    original = page.read_bytes()
    edited = _edit(holder)

    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "atomic_write", full)
    monkeypatch.setattr(document, "atomic_write", full)  # the name Document.save calls
    shown = _record_failure(monkeypatch)
    assert guard.save_document(holder.doc) is None
    assert page.read_bytes() == original
    ((message, offer),) = shown
    assert "disk is full" in message and "not changed" in message and not offer
    assert holder.doc.to_bytes() == edited, "the text is still open"


def test_a_read_only_file_says_so_and_offers_save_as(
    guarded, page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder, guard = guarded
    original = page.read_bytes()
    edited = _edit(holder)
    os.chmod(page, 0o444)
    real_access = os.access
    # The tests run as root, who may write anything: answer as for an ordinary author.
    monkeypatch.setattr(
        store.os,
        "access",
        lambda p, mode: False if Path(p) == page and mode & os.W_OK else real_access(p, mode),
    )
    elsewhere = tmp_path / "my-copy.md"
    shown = _record_failure(monkeypatch, save_as=elsewhere)
    assert guard.save_document(holder.doc) == elsewhere
    ((message, offer),) = shown
    assert "read-only" in message and offer
    assert page.read_bytes() == original
    assert elsewhere.read_bytes() == edited
    assert holder.doc.path == elsewhere


def test_a_vanished_folder_says_so_and_offers_save_as(
    guarded, page: Path, site_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder, guard = guarded
    edited = _edit(holder)
    site_copy.rename(tmp_path / "moved-away")
    shown = _record_failure(monkeypatch)
    assert guard.save_document(holder.doc) is None
    ((message, offer),) = shown
    assert "no longer exists" in message and offer
    (rec,) = RecoveryStore().pending()
    assert rec.data == edited, "the text is safe in the recovery folder meanwhile"


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_handler_is_told_and_the_app_keeps_running(
    qtbot, notices, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(errors, "_told", set())
    errors.install_excepthook()
    try:
        after: list[bool] = []

        def broken_slot() -> None:
            raise ZeroDivisionError("division by zero in a slot")

        QTimer.singleShot(0, broken_slot)
        QTimer.singleShot(10, lambda: after.append(True))
        qtbot.waitUntil(lambda: bool(notices and after), timeout=5000)
    finally:
        errors.uninstall_excepthook()
    (notice,) = notices
    assert "your work is safe" in notice.message and "ZeroDivisionError" not in notice.message
    assert str(errors.log_path()) in notice.detail
    assert "division by zero in a slot" in errors.log_path().read_text(encoding="utf-8")


def test_a_normal_end_drops_this_sessions_copies_but_keeps_a_deleted_pages(
    guarded, page: Path, site_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder, guard = guarded
    _edit(holder)
    guard.autosave_now()
    guard.session_ended()
    assert RecoveryStore().pending() == []

    other = site_copy / "_resources/case-study-dfe.md"
    holder.doc = Document.load(other)
    guard.watch(other)
    text = holder.doc.to_bytes()
    other.unlink()
    monkeypatch.setattr(safety.FileDeletedNotice, "tell", classmethod(lambda *a: None))
    guard.check_disk()
    guard.document_closed(other)
    guard.session_ended()
    (rec,) = RecoveryStore().pending()
    assert rec.path == other and rec.data == text, "the only copy of a deleted page stays"
