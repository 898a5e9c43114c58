"""The main window's guard (ui/safety.py), connected through the window's public API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor_app.core.document import Document
from editor_app.ui.safety import DocumentGuard


def guard_window(window: Any) -> DocumentGuard:
    """Create the main window's guard and connect it to the window's documents.

    Uses the window's public API only: `current_document()`, `reload_document()`,
    `maybe_save_changes()`, `show_document(doc)` and the `documentOpened`, `documentSaved`
    and `documentClosed` signals.
    """
    guard = DocumentGuard(window.current_document, window)
    guard.site_root = lambda: window.site.root if window.site is not None else None
    guard.typing = lambda: window.documents.typing_pending
    window.documentOpened.connect(guard.watch)
    window.documentSaved.connect(guard.document_saved)
    window.documentClosed.connect(guard.document_closed)
    guard.reloadRequested.connect(lambda _path: window.reload_document())
    guard.restoreRequested.connect(lambda path, text: restore_into(window, path, text))
    return guard


def restore_into(window: Any, path: Path, text: str) -> bool:
    """Show recovered `text` for `path` in the window, unsaved (the file need not exist)."""
    if not window.maybe_save_changes():
        return False
    try:
        doc = Document.load(path)
    except OSError:
        doc = Document.from_bytes(b"", path)  # the file is gone: Save puts it back
    doc.set_text(text)
    window.show_document(doc)
    return True
