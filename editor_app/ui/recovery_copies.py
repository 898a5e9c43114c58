"""The guard's recovery copies: the open page's unsaved text written to the recovery folder.

A page's copy is made bytes, hashed and written off the UI thread, one write per page at a
time; a newer snapshot waits behind it and an older waiting one is dropped, so an older text
never lands over a newer one. `DocumentGuard` (ui/safety.py) decides when to copy.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from editor_app.core import errors
from editor_app.core.document import Document, TextSnapshot
from editor_app.core.store import Recovery, RecoveryStore
from editor_app.ui.translation import translator
from editor_app.ui.workers import JobRunner

tr = translator("safety")


def digest(data: bytes) -> str:
    """The name a copy's bytes are known by: the same bytes are not written twice."""
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
class CopyWrite:
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


class RecoveryCopies:
    """The copies this session wrote, and the writes running or waiting, per page."""

    def __init__(self, store: RecoveryStore, parent: QObject) -> None:
        self.store = store
        self.bases: dict[Path, bytes] = {}  # path -> the file's bytes the edits started from
        self.copied: dict[Path, str] = {}  # path -> digest of the recovery copy written
        self.failed = False  # said once, not every few seconds
        # The write running for a page, and the latest snapshot waiting to be written after it.
        self.writer = JobRunner(1, parent)
        self.writing: dict[Path, CopyWrite] = {}
        self.queued: dict[Path, CopyWrite] = {}

    def copy(self, doc: Document, path: Path, wait: bool) -> bool:
        """Copy `doc`'s text now (`wait`) or by the worker; see `DocumentGuard.autosave_now`."""
        snapshot = doc.snapshot()
        latest = self.queued.get(path) or self.writing.get(path)
        if latest is not None and latest.snapshot.same_text_as(snapshot):
            if wait:  # the same text is on its way: on disk before returning, as promised
                self.settle(path, write_queued=True)
            return False
        write = CopyWrite(path, snapshot, self.bases.get(path), threading.Event())
        if wait:
            self.settle(path, write_queued=False)  # this snapshot is newer than a waiting one
            write.previous = self.copied.get(path)
            self._write(write)
            self._write_finished(write)
            return write.error is None and write.written
        if path in self.writing:
            self.queued[path] = write
        else:
            self._start(write)
        return True

    def keep(self, path: Path, data: bytes, base: bytes) -> None:
        """Write `data` as the page's copy at once (the open text of a file just deleted)."""
        self.settle(path, write_queued=False)  # the open text is newer than any waiting copy
        try:
            self.store.save(path, data, base=base)
            self.copied[path] = digest(data)
        except OSError as exc:
            errors.log_exception(type(exc), exc, exc.__traceback__)

    def adopt(self, rec: Recovery) -> None:
        """Make a copy left by an earlier session this session's own."""
        self.settle(rec.path, write_queued=False)
        self.store.adopt(rec)
        self.copied[rec.path] = digest(rec.data)

    def drop(self, path: Path) -> None:
        """Discard the page's copy, if this session wrote it."""
        # A write still running would bring the copy back after it is discarded: finish it
        # first; a snapshot still waiting is not needed any more.
        self.settle(path, write_queued=False)
        # Only copies written in this session: one kept from a crash waits for the user.
        if self.copied.pop(path, None) is not None:
            try:
                self.store.discard(path)
            except OSError as exc:
                errors.log_exception(type(exc), exc, exc.__traceback__)

    def flush(self, path: Path | None = None) -> None:
        """Finish every pending recovery copy (of `path` only, if given) before returning."""
        paths = [path] if path is not None else list({*self.writing, *self.queued})
        for each in paths:
            self.settle(Path(each), write_queued=True)

    def settle(self, path: Path, write_queued: bool) -> None:
        """Wait for the write running for `path`; then write or forget the waiting snapshot."""
        queued = self.queued.pop(path, None)
        running = self.writing.get(path)
        if running is not None:
            running.done.wait()
            self._write_finished(running)
        if queued is not None and write_queued:
            queued.previous = self.copied.get(path)
            self._write(queued)
            self._write_finished(queued)

    def _start(self, write: CopyWrite) -> None:
        self.writing[write.path] = write
        write.previous = self.copied.get(write.path)  # the page's earlier writes are done
        self.writer.start(
            self._write,
            write,
            on_done=lambda _result, w=write: self._write_finished(w),
            on_error=lambda reason, w=write: self._write_crashed(w, reason),
        )

    def _write(self, write: CopyWrite) -> None:
        """Runs on the worker thread (or the UI thread when waiting): only touches `write`."""
        try:
            data = snapshot_bytes(write.snapshot)
            write.digest = digest(data)
            if write.digest != write.previous:
                self.store.save(write.path, data, base=write.base)
                write.written = True
        except OSError as exc:
            write.error = exc
        finally:
            write.done.set()

    def _write_crashed(self, write: CopyWrite, reason: str) -> None:
        write.error = write.error or OSError(reason)
        write.done.set()
        self._write_finished(write)

    def _write_finished(self, write: CopyWrite) -> None:
        """On the UI thread, once per write (the worker's report may come after a wait)."""
        if write.handled:
            return
        write.handled = True
        if self.writing.get(write.path) is write:
            del self.writing[write.path]
        exc = write.error
        if exc is not None:
            if not self.failed:
                self.failed = True
                errors.notifier.warning(
                    tr(
                        "Your unsaved changes could not be copied to the recovery folder ({reason}). "
                        "Save your page to be safe."
                    ).format(reason=exc.strerror or exc),
                )
        elif write.digest is not None:
            self.failed = False
            self.copied[write.path] = write.digest
        following = self.queued.pop(write.path, None)
        if following is not None and write.path not in self.writing:
            if following.snapshot.same_text_as(write.snapshot):
                return
            self._start(following)
