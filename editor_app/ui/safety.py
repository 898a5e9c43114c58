"""Keeps the open document safe: recovery copies, changes made by other programs, safe saving.

The main window owns one `DocumentGuard`. It copies unsaved text to the recovery folder every
few seconds and when the app loses focus, notices when another program changes or deletes the
open file, makes sure a save never overwrites a newer file without asking, and turns save
failures (read-only file, vanished folder, full disk) into plain words with Save As offered.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from editor_app.core import errors
from editor_app.core.document import Document, TextSnapshot
from editor_app.core.store import DiskStamp, Recovery, RecoveryStore
from editor_app.ui.difference import Difference, DifferenceDialog, DifferenceView
from editor_app.ui.recovery import RecoveryDialog
from editor_app.ui.safety_questions import (
    ChangedOnDiskDialog,
    FileDeletedNotice,
    OverwriteDialog,
    SaveAsDialog,
    SaveFailedDialog,
)
from editor_app.ui.translation import translator
from editor_app.ui.workers import JobRunner

AUTOSAVE_MS = 5000  # how often unsaved text is copied to the recovery folder
DISK_CHECK_DELAY_MS = 300  # other programs write in steps: look once they are done

# The questions and the difference view live in their own modules; they are named here too,
# so callers and tests reach every question of the guard through this module.
__all__ = [
    "ChangedOnDiskDialog",
    "Difference",
    "DifferenceDialog",
    "DifferenceView",
    "DocumentGuard",
    "FileDeletedNotice",
    "OverwriteDialog",
    "SaveAsDialog",
    "SaveFailedDialog",
    "document_bytes",
]


tr = translator("safety")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def document_bytes(doc: Document) -> bytes:
    """What saving `doc` would write (UTF-8 when its old encoding cannot hold a new character)."""
    return snapshot_bytes(doc.snapshot())


def snapshot_bytes(snapshot: TextSnapshot) -> bytes:
    """`document_bytes` of the document as it was when `snapshot` was taken (any thread)."""
    try:
        return snapshot.to_bytes()
    except ValueError:
        return snapshot.text.encode("utf-8", "surrogatepass")


@dataclass(eq=False)
class _CopyWrite:
    """One recovery copy to write: the text taken on the UI thread (no copy, no encoding: a
    5 MB page's would stall typing), made bytes and written on any thread."""

    path: Path
    snapshot: TextSnapshot
    base: bytes | None
    done: threading.Event
    previous: str | None = None  # digest of the page's copy already written when this starts
    digest: str | None = None  # the snapshot's bytes' digest, once made
    written: bool = False  # False: the same bytes were there already, nothing written
    error: OSError | None = None
    handled: bool = False  # the UI thread has taken the result into account


def _home_for(path: Path) -> Path:
    """A folder that exists for Save As: the page's own, else the nearest parent, else home."""
    folder = path.parent
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    return (folder if folder.is_dir() else Path.home()) / path.name


class DocumentGuard(QObject):
    """Guards the open document: autosave to the recovery folder, changes on disk, safe saves."""

    reloadRequested = Signal(Path)  # the file changed on disk and nothing is lost by reading it
    fileDeleted = Signal(Path)  # the file vanished; the text stays open so Save puts it back
    restoreRequested = Signal(Path, str)  # recovered text the window should show, unsaved

    def __init__(
        self,
        current_document: Callable[[], Document | None],
        parent: QWidget | None = None,
        recovery: RecoveryStore | None = None,
        interval_ms: int = AUTOSAVE_MS,
    ) -> None:
        super().__init__(parent)
        self._current = current_document
        self._parent = parent
        # The open site's folder (set by guard_window): a page that is a link leading out of
        # it is not written through.
        self.site_root: Callable[[], Path | None] = lambda: None
        # True while a long page's typing has not reached the page yet (set by guard_window):
        # its copy is then taken in the next pause, not mid-word (copying a 5 MB page's text
        # out of the editor and hashing it stalled typing for ~100 ms every few seconds).
        self.typing: Callable[[], bool] = lambda: False
        self._put_off = 0
        self.recovery = recovery if recovery is not None else RecoveryStore()
        self._stamps: dict[Path, DiskStamp] = {}
        self._bases: dict[Path, bytes] = {}
        self._copied: dict[Path, str] = {}  # path -> digest of the recovery copy written
        self._asking = False
        self._deleted_told: set[Path] = set()
        # Pages the user chose not to save: their copies go even with no file on disk (a new
        # page never saved), where a deleted file's copy is kept as the only one left.
        self._declined: set[Path] = set()
        self._autosave_failed = False
        self._offered = False
        self._restoring: tuple[Recovery, str] | None = None  # a copy on its way to the window
        # True while Get latest, Share or a choice between versions runs: the open page read
        # again is no other program's doing, and the sharing bar says what happened.
        self.sharing = False
        # Recovery copies are written off the UI thread, one page at a time: the write running
        # for a page, and the latest snapshot waiting to be written after it (older ones dropped).
        self._writer = JobRunner(1, self)
        self._writing: dict[Path, _CopyWrite] = {}
        self._queued: dict[Path, _CopyWrite] = {}

        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_disk_event)
        self.watcher.directoryChanged.connect(self._on_disk_event)
        self._disk_timer = QTimer(self)
        self._disk_timer.setSingleShot(True)
        self._disk_timer.setInterval(DISK_CHECK_DELAY_MS)
        self._disk_timer.timeout.connect(self.check_disk)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(interval_ms)
        self.autosave_timer.timeout.connect(self._autosave_tick)
        self.autosave_timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)

    # -- the open document ------------------------------------------------------------------
    def _parent_widget(self) -> QWidget | None:
        return self._parent if isinstance(self._parent, QWidget) else None

    def _doc_at(self, path: Path) -> Document | None:
        doc = self._current()
        if doc is None or doc.path is None or Path(doc.path) != Path(path):
            return None
        return doc

    def watch(self, path: str | os.PathLike) -> None:
        """Start guarding the document just opened at `path` (connect to `documentOpened`)."""
        path = Path(path)
        for old in self.watcher.files():
            if Path(old) != path:
                self.watcher.removePath(old)
        for old in self.watcher.directories():
            if Path(old) != path.parent:
                self.watcher.removePath(old)
        self._stamps = {p: s for p, s in self._stamps.items() if p == path}
        self._stamps[path] = DiskStamp.of(path)
        doc = self._doc_at(path)
        self._bases[path] = doc.original if doc is not None else self._read(path)
        self._deleted_told.discard(path)
        self._declined.discard(path)
        self._add_watch(path)
        if self._restoring is not None and Path(self._restoring[0].path) == path:
            self._adopt_restored()

    def _add_watch(self, path: Path) -> None:
        if path.exists() and str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))
        # The folder too: a save by another program often replaces the file (a new file).
        if path.parent.is_dir() and str(path.parent) not in self.watcher.directories():
            self.watcher.addPath(str(path.parent))

    @staticmethod
    def _read(path: Path) -> bytes:
        try:
            return path.read_bytes()
        except OSError:
            return b""

    def document_saved(self, path: str | os.PathLike) -> None:
        """The window saved the page: what is on disk is now the user's; the copy can go."""
        path = Path(path)
        self._stamps[path] = DiskStamp.of(path)
        self._bases[path] = self._read(path)
        self._deleted_told.discard(path)
        self._add_watch(path)
        self._drop_copy(path)

    def document_closed(self, path: str | os.PathLike) -> None:
        """The user closed the page (after saving or choosing not to): its copy can go.

        Unless the file itself is gone: then the copy is the only one left, and it waits for
        the user in the recovery dialog.
        """
        path = Path(path)
        declined = path in self._declined
        self._declined.discard(path)
        if path.exists() or declined:
            self._drop_copy(path)
        else:
            self.flush(path)  # the copy stays for the recovery dialog: make it the latest, whole
        self._stamps.pop(path, None)
        self._bases.pop(path, None)
        if str(path) in self.watcher.files():
            self.watcher.removePath(str(path))

    def session_ended(self) -> None:
        """The window closed normally (unsaved changes were saved or declined): tidy up."""
        self.autosave_timer.stop()
        self._disk_timer.stop()
        self.flush()  # nothing half-written or still waiting when the window goes
        for path in list(self._copied):
            if path.exists() or path in self._declined:
                self._drop_copy(path)

    def declined(self, path: str | os.PathLike) -> None:
        """The user chose "Don't save" for the page: its copy goes, even a new page's, whose
        file was never created (there is no crash to offer it back from). Should the page
        stay open after all, the next autosave copies it again."""
        path = Path(path)
        self._declined.add(path)
        self._drop_copy(path)

    def _drop_copy(self, path: Path) -> None:
        # A write still running would bring the copy back after it is discarded: finish it
        # first; a snapshot still waiting is not needed any more.
        self._settle(path, write_queued=False)
        # Only copies written in this session: one kept from a crash waits for the user.
        if self._copied.pop(path, None) is not None:
            try:
                self.recovery.discard(path)
            except OSError as exc:
                errors.log_exception(type(exc), exc, exc.__traceback__)

    # -- autosave -------------------------------------------------------------------------
    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            # The user is leaving (perhaps to log out): the copy is on disk before we return.
            self.autosave_now()

    PUT_OFF_MS = 300
    PUT_OFF_AT_MOST = 10  # then the copy is taken anyway (3 s of typing without a pause)

    def _autosave_tick(self) -> None:
        if self.typing() and self._put_off < self.PUT_OFF_AT_MOST:
            self._put_off += 1
            QTimer.singleShot(self.PUT_OFF_MS, self._autosave_tick)
            return
        self._put_off = 0
        self.autosave_now(wait=False)  # while typing: never stall the UI thread

    def autosave_now(self, wait: bool = True) -> bool:
        """Copy the open document's unsaved text to the recovery folder.

        The text is taken now (on the UI thread, without copying or encoding it); with `wait`
        the copy is on disk on return (True if written: False when the same text was there),
        otherwise it is made bytes and written by a worker thread (True if one was started or
        queued; the worker writes nothing when the bytes are those already there). A page never
        has two writes at once: a snapshot taken while its write runs waits, replacing any older
        waiting one, and is written after it, so an older text never lands over a newer one.
        """
        doc = self._current()
        if doc is None or doc.path is None:
            return False
        path = Path(doc.path)
        if not doc.is_modified and path.exists():
            self._drop_copy(path)  # edits undone: nothing to keep
            return False
        snapshot = doc.snapshot()
        latest = self._queued.get(path) or self._writing.get(path)
        if latest is not None and latest.snapshot.same_text_as(snapshot):
            if wait:  # the same text is on its way: on disk before returning, as promised
                self._settle(path, write_queued=True)
            return False
        write = _CopyWrite(path, snapshot, self._bases.get(path), threading.Event())
        if wait:
            self._settle(path, write_queued=False)  # this snapshot is newer than a waiting one
            write.previous = self._copied.get(path)
            self._write(write)
            self._write_finished(write)
            return write.error is None and write.written
        if path in self._writing:
            self._queued[path] = write
        else:
            self._start(write)
        return True

    def flush(self, path: Path | None = None) -> None:
        """Finish every pending recovery copy (of `path` only, if given) before returning."""
        paths = [path] if path is not None else list({*self._writing, *self._queued})
        for each in paths:
            self._settle(Path(each), write_queued=True)

    def _start(self, write: _CopyWrite) -> None:
        self._writing[write.path] = write
        write.previous = self._copied.get(write.path)  # the page's earlier writes are done
        self._writer.start(
            self._write,
            write,
            on_done=lambda _result, w=write: self._write_finished(w),
            on_error=lambda reason, w=write: self._write_crashed(w, reason),
        )

    def _write(self, write: _CopyWrite) -> None:
        """Runs on the worker thread (or the UI thread when waiting): only touches `write`."""
        try:
            data = snapshot_bytes(write.snapshot)
            write.digest = _digest(data)
            if write.digest != write.previous:
                self.recovery.save(write.path, data, base=write.base)
                write.written = True
        except OSError as exc:
            write.error = exc
        finally:
            write.done.set()

    def _settle(self, path: Path, write_queued: bool) -> None:
        """Wait for the write running for `path`; then write or forget the waiting snapshot."""
        queued = self._queued.pop(path, None)
        running = self._writing.get(path)
        if running is not None:
            running.done.wait()
            self._write_finished(running)
        if queued is not None and write_queued:
            queued.previous = self._copied.get(path)
            self._write(queued)
            self._write_finished(queued)

    def _write_crashed(self, write: _CopyWrite, reason: str) -> None:
        write.error = write.error or OSError(reason)
        write.done.set()
        self._write_finished(write)

    def _write_finished(self, write: _CopyWrite) -> None:
        """On the UI thread, once per write (the worker's report may come after a wait)."""
        if write.handled:
            return
        write.handled = True
        if self._writing.get(write.path) is write:
            del self._writing[write.path]
        exc = write.error
        if exc is not None:
            if not self._autosave_failed:  # say it once, not every few seconds
                self._autosave_failed = True
                errors.notifier.warning(
                    tr(
                        "Your unsaved changes could not be copied to the recovery folder ({reason}). "
                        "Save your page to be safe."
                    ).format(reason=exc.strerror or exc),
                )
        elif write.digest is not None:
            self._autosave_failed = False
            self._copied[write.path] = write.digest
        following = self._queued.pop(write.path, None)
        if following is not None and write.path not in self._writing:
            if following.snapshot.same_text_as(write.snapshot):
                return
            self._start(following)

    # -- changes on disk --------------------------------------------------------------------
    def _on_disk_event(self, _path: str) -> None:
        self._disk_timer.start()

    def check_disk(self) -> None:
        """Look at the open file on disk and react if another program changed or deleted it."""
        doc = self._current()
        if doc is None or doc.path is None or self._asking:
            return
        path = Path(doc.path)
        stamp = self._stamps.get(path)
        if stamp is None:
            return
        if not stamp.changed(path):
            self._add_watch(path)
            return
        if not path.exists():
            self._stamps[path] = DiskStamp(exists=False)
            if path not in self._deleted_told:
                self._deleted_told.add(path)
                self._keep_deleted_text(doc, path)
                self.fileDeleted.emit(path)
                self._asking = True
                try:
                    FileDeletedNotice.tell(self._parent_widget(), path.name)
                finally:
                    self._asking = False
            return
        self._deleted_told.discard(path)
        self._add_watch(path)
        if not doc.is_modified:
            self._stamps[path] = DiskStamp.of(path)
            self.reloadRequested.emit(path)
            if not self.sharing:
                errors.notifier.info(
                    tr("“{name}” was changed by another program; showing the new version.").format(
                        name=path.name
                    )
                )
            return
        self._asking = True
        try:
            disk = self._read(path)
            choice = ChangedOnDiskDialog.ask(
                self._parent_widget(), path.name, self.difference(disk, document_bytes(doc))
            )
        finally:
            self._asking = False
        self._stamps[path] = DiskStamp.of(path)
        if choice == ChangedOnDiskDialog.THEIRS:
            self._drop_copy(path)
            self.reloadRequested.emit(path)
        else:
            # Mine: what is on disk now is the base the user knowingly saves over.
            self._bases[path] = self._read(path)

    def _keep_deleted_text(self, doc: Document, path: Path) -> None:
        # With the file gone the open text is the only copy: keep one in the recovery folder.
        self._settle(path, write_queued=False)  # the open text is newer than any waiting copy
        data = document_bytes(doc)
        try:
            self.recovery.save(path, data, base=b"")
            self._copied[path] = _digest(data)
        except OSError as exc:
            errors.log_exception(type(exc), exc, exc.__traceback__)

    @staticmethod
    def difference(disk: bytes | None, mine: bytes) -> Difference:
        """The file on disk against the text here."""
        return Difference.of(disk, mine)

    # -- saving -------------------------------------------------------------------------------
    def check_before_save(self, path: str | os.PathLike) -> bool:
        """True when saving to `path` may go ahead (asks first if the file on disk is newer)."""
        path = Path(path)
        stamp = self._stamps.get(path)
        if stamp is None or not path.exists() or not stamp.changed(path):
            return True
        doc = self._doc_at(path)
        mine = document_bytes(doc) if doc is not None else b""
        if not OverwriteDialog.ask(
            self._parent_widget(), path.name, self.difference(self._read(path), mine)
        ):
            return False
        self._stamps[path] = DiskStamp.of(path)
        return True

    def save_document(self, doc: Document) -> Path | None:
        """Save `doc` safely; on failure say why and offer Save As. The path saved, or None."""
        if doc.path is None:
            return self.save_as(doc)
        path = Path(doc.path)
        if not self.check_before_save(path):
            return None
        root = self.site_root()
        try:
            if root is not None and not path.resolve().is_relative_to(Path(root).resolve()):
                doc.save(inside=root)  # a link out of the site: the core refuses, in words
            else:
                doc.save()
        except (OSError, ValueError) as exc:
            return self._save_failed(doc, path, exc)
        self.document_saved(path)
        return path

    def _save_failed(self, doc: Document, path: Path, exc: Exception) -> Path | None:
        if isinstance(exc, OSError):
            message = errors.explain_os_error(exc, path)
            offer = isinstance(exc, PermissionError | FileNotFoundError) or exc.errno in (
                getattr(os, "EROFS", 30),
                30,  # EROFS on every platform we ship
            )
        else:
            message = str(exc)
            offer = False
        self.autosave_now()  # whatever happens next, the text is in the recovery folder
        if SaveFailedDialog.ask(self._parent_widget(), message, offer):
            return self.save_as(doc, path)
        return None

    def save_as(self, doc: Document, suggested: Path | None = None) -> Path | None:
        """Ask for a file and save `doc` there (File > Save As); the path saved, or None."""
        return self._save_as(doc, suggested if suggested is not None else doc.path)

    def _save_as(self, doc: Document, suggested: Path | None = None) -> Path | None:
        start = _home_for(Path(suggested)) if suggested is not None else Path.home() / "page.md"
        target = SaveAsDialog.ask(self._parent_widget(), start)
        if target is None:
            return None
        old = Path(doc.path) if doc.path is not None else None
        try:
            doc.save(target)
        except (OSError, ValueError) as exc:
            return self._save_failed(doc, target, exc)
        if old is not None and old != target:
            self._drop_copy(old)
        self.watch(target)
        self.document_saved(target)
        return target

    # -- recovery -----------------------------------------------------------------------------
    def pending_recoveries(self) -> list[Recovery]:
        """Copies left by an earlier session that crashed or was killed (not this one's)."""
        mine = {RecoveryStore.key_for(p) for p in self._copied}
        return [r for r in self.recovery.pending() if r.key not in mine]

    def offer_recovery(self, parent: QWidget | None = None) -> Recovery | None:
        """Show the recovery dialog if copies are waiting; restores the one the user picks."""
        waiting = self.pending_recoveries()
        if not waiting:
            return None
        chosen = RecoveryDialog.ask(parent or self._parent_widget(), waiting, self.recovery)
        if chosen is not None:
            self.restore(chosen)
        return chosen

    def offer_recovery_once(self, *_args: object) -> Recovery | None:
        """`offer_recovery()` the first time only (connect to the window's `siteOpened`)."""
        if self._offered:
            return None
        self._offered = True
        return self.offer_recovery()

    def restore(self, rec: Recovery) -> bool:
        """Put the recovered text back into the window, unsaved; the copy stays until saved."""
        text = Document.from_bytes(rec.data, rec.path).text
        self._restoring = (rec, text)
        self.restoreRequested.emit(rec.path, text)
        if self._restoring is None:
            return True  # taken as the page was shown (`watch`)
        return self._adopt_restored()

    def _adopt_restored(self) -> bool:
        """Make the copy being restored this session's own once the window shows its text: at
        once, or when a page of another site is shown after that site opened (left waiting,
        the copy was offered again after the page was saved)."""
        if self._restoring is None:
            return False
        rec, text = self._restoring
        doc = self._doc_at(rec.path)
        if doc is None or doc.text != text:
            return False  # the window did not take it (e.g. the user cancelled): keep waiting
        self._restoring = None
        # The copy now belongs to this session: saving or closing the page decides its fate.
        self._settle(rec.path, write_queued=False)
        self.recovery.adopt(rec)
        self._copied[rec.path] = _digest(rec.data)
        return True
