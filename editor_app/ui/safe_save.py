"""The guard's saves: never over a newer file without asking, failures said in plain words.

A failed save (read-only file, vanished folder, full disk) keeps the text in the recovery
folder and offers Save As. `DocumentGuard` (ui/safety.py) owns one `SafeSaver`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core import errors
from editor_app.core.document import Document
from editor_app.core.store import DiskStamp
from editor_app.ui.disk_watch import read_bytes
from editor_app.ui.recovery_copies import document_bytes
from editor_app.ui.safety_questions import OverwriteDialog, SaveAsDialog, SaveFailedDialog

if TYPE_CHECKING:
    from editor_app.ui.safety import DocumentGuard


def home_for(path: Path) -> Path:
    """A folder that exists for Save As: the page's own, else the nearest parent, else home."""
    folder = path.parent
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    return (folder if folder.is_dir() else Path.home()) / path.name


class SafeSaver:
    """Save, Save As and the questions before and after them, for the guard."""

    def __init__(self, guard: DocumentGuard) -> None:
        self.guard = guard

    def check_before_save(self, path: Path) -> bool:
        """True when saving to `path` may go ahead (asks first if the file on disk is newer)."""
        guard = self.guard
        stamps = guard.disk.stamps
        stamp = stamps.get(path)
        if stamp is None or not path.exists() or not stamp.changed(path):
            return True
        doc = guard.document_at(path)
        mine = document_bytes(doc) if doc is not None else b""
        if not OverwriteDialog.ask(
            guard.parent_widget(), path.name, guard.difference(read_bytes(path), mine)
        ):
            return False
        stamps[path] = DiskStamp.of(path)
        return True

    def save(self, doc: Document) -> Path | None:
        """Save `doc` safely; on failure say why and offer Save As. The path saved, or None."""
        if doc.path is None:
            return self.guard.save_as(doc)
        path = Path(doc.path)
        if not self.guard.check_before_save(path):
            return None
        root = self.guard.site_root()
        try:
            if root is not None and not path.resolve().is_relative_to(Path(root).resolve()):
                doc.save(inside=root)  # a link out of the site: the core refuses, in words
            else:
                doc.save()
        except (OSError, ValueError) as exc:
            return self._failed(doc, path, exc)
        self.guard.document_saved(path)
        return path

    def _failed(self, doc: Document, path: Path, exc: Exception) -> Path | None:
        if isinstance(exc, OSError):
            message = errors.explain_os_error(exc, path)
            offer = isinstance(exc, PermissionError | FileNotFoundError) or exc.errno in (
                getattr(os, "EROFS", 30),
                30,  # EROFS on every platform we ship
            )
        else:
            message = str(exc)
            offer = False
        self.guard.autosave_now()  # whatever happens next, the text is in the recovery folder
        if SaveFailedDialog.ask(self.guard.parent_widget(), message, offer):
            return self.guard.save_as(doc, path)
        return None

    def save_as(self, doc: Document, suggested: Path | None) -> Path | None:
        """Ask for a file (starting at `suggested`) and save `doc` there; the path, or None."""
        start = home_for(Path(suggested)) if suggested is not None else Path.home() / "page.md"
        target = SaveAsDialog.ask(self.guard.parent_widget(), start)
        if target is None:
            return None
        old = Path(doc.path) if doc.path is not None else None
        try:
            doc.save(target)
        except (OSError, ValueError) as exc:
            return self._failed(doc, target, exc)
        if old is not None and old != target:
            self.guard.copies.drop(old)
        self.guard.watch(target)
        self.guard.document_saved(target)
        return target
