"""Keeps the open document safe: recovery copies, changes made by other programs, safe saving.

The main window owns one `DocumentGuard`. It copies unsaved text to the recovery folder every
few seconds and when the app loses focus, notices when another program changes or deletes the
open file, makes sure a save never overwrites a newer file without asking, and turns save
failures (read-only file, vanished folder, full disk) into plain words with Save As offered.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from editor_app.core.document import Document
from editor_app.core.store import Recovery, RecoveryStore
from editor_app.ui.difference import Difference, DifferenceDialog, DifferenceView
from editor_app.ui.disk_watch import DISK_CHECK_DELAY_MS, DiskWatch, read_bytes
from editor_app.ui.recovery import RecoveryDialog
from editor_app.ui.recovery_copies import RecoveryCopies, document_bytes, snapshot_bytes
from editor_app.ui.safe_save import SafeSaver
from editor_app.ui.safety_questions import (
    ChangedOnDiskDialog,
    FileDeletedNotice,
    OverwriteDialog,
    SaveAsDialog,
    SaveFailedDialog,
)

AUTOSAVE_MS = 5000  # how often unsaved text is copied to the recovery folder

# The guard's rooms (recovery copies, the watch on disk, saving), its questions and the
# difference view live in their own modules; they are named here too, so callers and tests
# reach every question of the guard through this module.
__all__ = [
    "AUTOSAVE_MS",
    "DISK_CHECK_DELAY_MS",
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
    "snapshot_bytes",
]


class DocumentGuard(QObject):
    """Guards the open document: autosave to the recovery folder, changes on disk, safe saves.

    It keeps the open page's life (opened, saved, closed, declined) and when to copy; the
    copies are `copies` (ui/recovery_copies.py), the watch on disk `disk` (ui/disk_watch.py),
    the saves `saver` (ui/safe_save.py).
    """

    reloadRequested = Signal(Path)  # the file changed on disk and nothing is lost by reading it
    fileDeleted = Signal(Path)  # the file vanished; the text stays open so Save puts it back
    restoreRequested = Signal(Path, str)  # recovered text the window should show, unsaved
    # The open page and the file changed on disk combined: the window shows the text, unsaved.
    combineRequested = Signal(Path, str)

    def __init__(
        self,
        current_document: Callable[[], Document | None],
        parent: QWidget | None = None,
        recovery: RecoveryStore | None = None,
        interval_ms: int = AUTOSAVE_MS,
    ) -> None:
        super().__init__(parent)
        self.current_document = current_document
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
        self.copies = RecoveryCopies(self.recovery, self)
        # Pages the user chose not to save: their copies go even with no file on disk (a new
        # page never saved), where a deleted file's copy is kept as the only one left.
        self._declined: set[Path] = set()
        self._offered = False
        self._restoring: tuple[Recovery, str] | None = None  # a copy on its way to the window
        # True while Get latest, Share or a choice between versions runs: the open page read
        # again is no other program's doing, and the sharing bar says what happened.
        self.sharing = False
        self.disk = DiskWatch(self)
        self.watcher = self.disk.watcher
        self.saver = SafeSaver(self)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(interval_ms)
        self.autosave_timer.timeout.connect(self._autosave_tick)
        self.autosave_timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)

    # -- the open document ------------------------------------------------------------------
    def parent_widget(self) -> QWidget | None:
        """The window the guard's questions are asked over."""
        return self._parent if isinstance(self._parent, QWidget) else None

    def document_at(self, path: Path) -> Document | None:
        """The open document, when it is the one at `path`."""
        doc = self.current_document()
        if doc is None or doc.path is None or Path(doc.path) != Path(path):
            return None
        return doc

    def watch(self, path: str | os.PathLike) -> None:
        """Start guarding the document just opened at `path` (connect to `documentOpened`)."""
        path = Path(path)
        self.disk.watch_only(path)
        doc = self.document_at(path)
        self.copies.bases[path] = doc.original if doc is not None else read_bytes(path)
        self._declined.discard(path)
        if self._restoring is not None and Path(self._restoring[0].path) == path:
            self._adopt_restored()

    def document_saved(self, path: str | os.PathLike) -> None:
        """The window saved the page: what is on disk is now the user's; the copy can go."""
        path = Path(path)
        self.disk.saved(path)
        self.copies.bases[path] = read_bytes(path)
        self.copies.drop(path)

    def document_closed(self, path: str | os.PathLike) -> None:
        """The user closed the page (after saving or choosing not to): its copy can go.

        Unless the file itself is gone: then the copy is the only one left, and it waits for
        the user in the recovery dialog.
        """
        path = Path(path)
        declined = path in self._declined
        self._declined.discard(path)
        if path.exists() or declined:
            self.copies.drop(path)
        else:
            self.flush(path)  # the copy stays for the recovery dialog: make it the latest, whole
        self.copies.bases.pop(path, None)
        self.disk.forget(path)

    def session_ended(self) -> None:
        """The window closed normally (unsaved changes were saved or declined): tidy up."""
        self.autosave_timer.stop()
        self.disk.stop()
        self.flush()  # nothing half-written or still waiting when the window goes
        for path in list(self.copies.copied):
            if path.exists() or path in self._declined:
                self.copies.drop(path)

    def declined(self, path: str | os.PathLike) -> None:
        """The user chose "Don't save" for the page: its copy goes, even a new page's, whose
        file was never created (there is no crash to offer it back from). Should the page
        stay open after all, the next autosave copies it again."""
        path = Path(path)
        self._declined.add(path)
        self.copies.drop(path)

    # -- autosave: when to copy (the copies themselves: `copies`) --------------------------
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
        doc = self.current_document()
        if doc is None or doc.path is None:
            return False
        path = Path(doc.path)
        if not doc.is_modified and path.exists():
            self.copies.drop(path)  # edits undone: nothing to keep
            return False
        return self.copies.copy(doc, path, wait)

    def flush(self, path: Path | None = None) -> None:
        """Finish every pending recovery copy (of `path` only, if given) before returning."""
        self.copies.flush(path)

    # -- changes on disk (`disk`) and saving (`saver`) ------------------------------------
    def check_disk(self) -> None:
        """Look at the open file on disk and react if another program changed or deleted it."""
        self.disk.check()

    @staticmethod
    def difference(disk: bytes | None, mine: bytes) -> Difference:
        """The file on disk against the text here."""
        return Difference.of(disk, mine)

    def check_before_save(self, path: str | os.PathLike) -> bool:
        """True when saving to `path` may go ahead (asks first if the file on disk is newer)."""
        return self.saver.check_before_save(Path(path))

    def save_document(self, doc: Document) -> Path | None:
        """Save `doc` safely; on failure say why and offer Save As. The path saved, or None."""
        return self.saver.save(doc)

    def save_as(self, doc: Document, suggested: Path | None = None) -> Path | None:
        """Ask for a file and save `doc` there (File > Save As); the path saved, or None."""
        return self.saver.save_as(doc, suggested if suggested is not None else doc.path)

    # -- recovery -----------------------------------------------------------------------------
    def pending_recoveries(self) -> list[Recovery]:
        """Copies left by an earlier session that crashed or was killed (not this one's)."""
        mine = {RecoveryStore.key_for(p) for p in self.copies.copied}
        return [r for r in self.recovery.pending() if r.key not in mine]

    def offer_recovery(self, parent: QWidget | None = None) -> Recovery | None:
        """Show the recovery dialog if copies are waiting; restores the one the user picks."""
        waiting = self.pending_recoveries()
        if not waiting:
            return None
        chosen = RecoveryDialog.ask(parent or self.parent_widget(), waiting, self.recovery)
        if chosen is not None:
            self.restore(chosen)
        return chosen

    def offer_recovery_once(self, *_args: object) -> None:
        """`offer_recovery()` the first time only (connect to the window's `siteOpened`), once
        the site's opening is done: the page asked for is shown first, behind the question
        (asked at once, the question held the page back until answered)."""
        if self._offered:
            return
        self._offered = True
        QTimer.singleShot(0, self, self.offer_recovery)

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
        doc = self.document_at(rec.path)
        if doc is None or doc.text != text:
            return False  # the window did not take it (e.g. the user cancelled): keep waiting
        self._restoring = None
        # The copy now belongs to this session: saving or closing the page decides its fate.
        self.copies.adopt(rec)
        return True
