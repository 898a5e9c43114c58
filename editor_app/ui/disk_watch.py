"""The guard's watch on the open file: another program changing or deleting it.

Changed with no local edits: the guard asks the window to read it again; with local edits:
`ChangedOnDiskDialog` (combine both / keep mine / use the version on disk / show the
difference: both combined by core/disk_merge.py, shown unsaved; a version set aside is kept
as a file of its own in the user's data folder, the status line saying where); deleted:
the text stays open (its copy kept in the recovery folder) and the user is told once.
`DocumentGuard` (ui/safety.py) owns one and tells it which file is open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QTimer

from editor_app.core import errors
from editor_app.core.disk_merge import (
    PageMerge,
    keep_version,
    kept_versions_folder,
    merge_page_bytes,
)
from editor_app.core.document import Document, FrontMatterError
from editor_app.core.store import DiskStamp
from editor_app.core.sync_news import brought_in_by, removed_by_get_latest
from editor_app.ui.recovery_copies import document_bytes
from editor_app.ui.safety_questions import ChangedOnDiskDialog, DiskChange, FileDeletedNotice
from editor_app.ui.translation import translator

if TYPE_CHECKING:
    from editor_app.ui.safety import DocumentGuard

tr = translator("safety")

DISK_CHECK_DELAY_MS = 300  # other programs write in steps: look once they are done


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or none when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError:
        return b""


class DiskWatch:
    """What the open file looked like on disk (`stamps`) and the watch on it and its folder."""

    def __init__(self, guard: DocumentGuard) -> None:
        self.guard = guard
        self.stamps: dict[Path, DiskStamp] = {}
        self.deleted_told: set[Path] = set()
        self.asking = False
        self.undoable = False  # the last Combine both can be taken back by one Undo
        self.watcher = QFileSystemWatcher(guard)
        self.watcher.fileChanged.connect(self._on_disk_event)
        self.watcher.directoryChanged.connect(self._on_disk_event)
        self.timer = QTimer(guard)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DISK_CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check)

    def watch_only(self, path: Path) -> None:
        """Watch `path` (and its folder) alone, as it is on disk now."""
        for old in self.watcher.files():
            if Path(old) != path:
                self.watcher.removePath(old)
        for old in self.watcher.directories():
            if Path(old) != path.parent:
                self.watcher.removePath(old)
        self.stamps = {p: s for p, s in self.stamps.items() if p == path}
        self.stamps[path] = DiskStamp.of(path)
        self.deleted_told.discard(path)
        self.add_watch(path)

    def saved(self, path: Path) -> None:
        """What is on disk at `path` is now the user's."""
        self.stamps[path] = DiskStamp.of(path)
        self.deleted_told.discard(path)
        self.add_watch(path)

    def forget(self, path: Path) -> None:
        self.stamps.pop(path, None)
        if str(path) in self.watcher.files():
            self.watcher.removePath(str(path))

    def stop(self) -> None:
        """The window is gone: watch nothing more, so no question outlives it."""
        self.timer.stop()
        for old in self.watcher.files() + self.watcher.directories():
            self.watcher.removePath(old)
        self.stamps.clear()

    def add_watch(self, path: Path) -> None:
        if path.exists() and str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))
        # The folder too: a save by another program often replaces the file (a new file).
        if path.parent.is_dir() and str(path.parent) not in self.watcher.directories():
            self.watcher.addPath(str(path.parent))

    def _on_disk_event(self, _path: str) -> None:
        self.timer.start()

    def check(self) -> None:
        """Look at the open file on disk and react if another program changed or deleted it."""
        guard = self.guard
        doc = guard.current_document()
        if doc is None or doc.path is None or self.asking:
            return
        path = Path(doc.path)
        stamp = self.stamps.get(path)
        if stamp is None:
            return
        if not stamp.changed(path):
            self.add_watch(path)
            return
        if not path.exists():
            self._deleted(doc, path)
            return
        self.deleted_told.discard(path)
        self.add_watch(path)
        if not doc.is_modified:
            self.stamps[path] = DiskStamp.of(path)
            if guard.sharing and self._bring_in(path):
                return  # Get latest says what it brought itself
            guard.reloadRequested.emit(path)
            if not guard.sharing:
                errors.notifier.info(self._reloaded_words(path))
            return
        if guard.sharing:
            # The window's own Get latest (or Share) wrote it: the Sharing bar merges it into
            # the unsaved text when done (`taken_in`); asking here too put a "changed on disk"
            # box up while Get latest ran, whenever this look came before its end.
            return
        self.asking = True
        try:
            disk = read_bytes(path)
            mine = document_bytes(doc)
            change = self._change(path, guard.copies.bases.get(path), mine, disk)
            choice = ChangedOnDiskDialog.ask(guard.parent_widget(), path.name, change)
        finally:
            self.asking = False
        self.stamps[path] = DiskStamp.of(path)
        if choice == ChangedOnDiskDialog.COMBINE and change.combined is not None:
            self._combine(path, change.combined, disk)
        elif choice == ChangedOnDiskDialog.THEIRS:
            kept = self._keep(path, mine, tr("your version"))
            guard.copies.drop(path)
            guard.reloadRequested.emit(path)
            self._tell(
                tr("Showing the version on disk of “{name}”; {copy}"),
                path,
                kept,
                tr("your version is kept in “{folder}”."),
            )
        else:
            # Mine: what is on disk now is the base the user knowingly saves over.
            guard.copies.bases[path] = read_bytes(path)
            kept = self._keep(path, disk, tr("version on disk"))
            self._tell(
                tr("Kept your version of “{name}”; {copy}"),
                path,
                kept,
                tr("the version on disk is kept in “{folder}”."),
            )

    @staticmethod
    def _reloaded_words(path: Path) -> str:
        """Why the page was read again: others' changes Get latest brought (run from the
        command line beside the window, or seen after the window's own had finished) are
        said so, in the Sharing bar's words; anything else is another program's doing."""
        author = brought_in_by(path)
        if author is not None:
            return (
                tr("Updated “{name}” with {author}'s changes (Get latest).").format(
                    name=path.name, author=author
                )
                if author
                else tr("Updated “{name}” with others' changes (Get latest).").format(
                    name=path.name
                )
            )
        return tr("“{name}” was changed by another program; showing the new version.").format(
            name=path.name
        )

    def taken_in(self, path: Path, disk: bytes) -> None:
        """The file on disk as it is now (`disk`) is under the open page from here on, which
        was not shown anew (an edit of the editor, not a new page: no `documentOpened`)."""
        self.stamps[path] = DiskStamp.of(path)
        self.guard.copies.bases[path] = disk

    def _bring_in(self, path: Path) -> bool:
        """Get latest (or a choice) changed the open page, which had no unsaved change: the new
        version comes in as one step of the editor's Undo, as Combine both's, so one Undo
        brings back the page as it was and the author's earlier steps stay. False when it
        could not be (the page is read again instead)."""
        disk = read_bytes(path)
        try:
            text = Document.from_bytes(disk, path).text
        except (ValueError, FrontMatterError):
            return False
        self.taken_in(path, disk)
        self.undoable = False
        self.guard.combineRequested.emit(path, text)  # ui/disk_combine.py sets `undoable`
        return self.undoable

    def _change(self, path: Path, base: bytes | None, mine: bytes, disk: bytes) -> DiskChange:
        """The question's two versions, and both combined when the page as opened is known."""
        difference = self.guard.difference(disk, mine)
        combined = None
        if base is not None and disk:
            try:
                combined = merge_page_bytes(base, mine, disk, path.name)
            except (ValueError, FrontMatterError):
                combined = None  # a page that cannot be merged: the two-way question
        return DiskChange(
            difference.old,
            difference.new,
            difference.old_label,
            difference.new_label,
            combined=combined,
            kept_in=str(self.kept_folder()),
            changed_by=brought_in_by(path),  # Get latest run beside the window: said so
        )

    def kept_folder(self) -> Path:
        """Where a version set aside is kept: the user's data folder, never the site."""
        return kept_versions_folder(self.guard.recovery.folder)

    def _keep(self, path: Path, data: bytes, label: str) -> Path | None:
        """Keep a version set aside as a file of its own; None when it could not be written."""
        try:
            return keep_version(self.kept_folder(), path, data, label)
        except OSError:
            return None

    def _combine(self, path: Path, combined: PageMerge, disk: bytes) -> None:
        """Both versions joined in the window, unsaved; the disk's kept whole when they clash."""
        guard = self.guard
        guard.copies.bases[path] = disk
        self.undoable = False
        guard.combineRequested.emit(path, combined.text)
        if combined.clean:
            # The combined version comes in as one step of the editor's Undo, the settings
            # changed on disk with it (ui/disk_combine.py sets `undoable`).
            self._tell(
                tr(
                    "Combined your changes with the ones made on disk to “{name}”: check the "
                    "page and save it (Undo brings back your version)."
                )
                if self.undoable
                else tr(
                    "Combined your changes with the ones made on disk to “{name}”: check the "
                    "page and save it."
                ),
                path,
            )
            return
        self._tell(
            tr("Combined “{name}”: where you both changed the same place your words stay; {copy}"),
            path,
            self._keep(path, disk, tr("version on disk")),
            tr("the version on disk is kept whole in “{folder}”."),
        )

    def _tell(
        self, message: str, path: Path, kept: Path | None | bool = False, kept_words: str = ""
    ) -> None:
        """Say what happened in the status line (`kept`: the copy set aside, if one: its
        folder named in the line by `kept_words`, the whole path as the notice's detail)."""
        if kept is None:
            copy = tr("no copy of the other version could be kept: copy what you need first.")
        elif kept is False:
            copy = ""
        else:
            copy = kept_words.format(folder=kept.parent.name)
        if not self.guard.sharing:  # Get latest or Share says what happened itself
            errors.notifier.info(
                message.format(name=path.name, copy=copy),
                "" if kept in (None, False) else str(kept),
            )

    def removed_by_sharing(self, doc: Document, path: Path) -> None:
        """Get latest or a choice removed the open page, which stays open with its unsaved
        text: kept as if deleted, but the sharing bar says why (no "another program" box)."""
        self.stamps[path] = DiskStamp(exists=False)
        self.deleted_told.add(path)
        self.guard.copies.keep(path, document_bytes(doc), base=b"")
        self.guard.fileDeleted.emit(path)

    def _deleted(self, doc: Document, path: Path) -> None:
        if path in self.deleted_told:
            self.stamps[path] = DiskStamp(exists=False)
            return
        if self.guard.sharing:
            # The window's own Get latest or choice removed or moved it: the Sharing bar says
            # what became of the page when it is done (closed, followed to its new name, or
            # kept open). Told here first, it read "deleted by another program" and left a
            # recovery copy under the old name of a page others had moved.
            return
        if self._removed_by_get_latest(path):
            return
        # With the file gone the open text is the only copy: keep one in the recovery folder.
        self.removed_by_sharing(doc, path)
        self.asking = True
        try:
            FileDeletedNotice.tell(self.guard.parent_widget(), path.name)
        finally:
            self.asking = False

    def _removed_by_get_latest(self, path: Path) -> bool:
        """`editor-app sync pull` run beside the window removed the open page (others removed
        it): said as the window's own Get latest says it, closing the page when it has no
        unsaved text; no "another program" box. False when it was not Get latest's doing."""
        if not removed_by_get_latest(path):
            return False
        bar = getattr(self.guard.parent_widget(), "sync_bar", None)
        open_page = getattr(bar, "open_page", None)
        if open_page is None:
            return False
        # The page named relative to its own folder: the one removed page to look for.
        words = open_page.close_if_removed([path.name], path.parent)
        if words:
            errors.notifier.info(words)
        return bool(words)
