"""The main window's guard (ui/safety.py), connected through the window's public API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor_app.core.document import Document
from editor_app.core.safe_paths import is_inside
from editor_app.ui.disk_combine import combine_into
from editor_app.ui.kept_versions import install_kept_versions
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
    sync_bar = getattr(window, "sync_bar", None)
    if sync_bar is not None:  # the Sharing bar's line asks again where the copy stands
        guard.reloadRequested.connect(sync_bar.page_read_again)
        # Combined with unsaved words after `sync pull` beside the window: asked again too,
        # not left saying "Get latest" for what is here already.
        guard.combineRequested.connect(lambda path, _text: sync_bar.page_read_again(path))
    guard.restoreRequested.connect(lambda path, text: restore_into(window, path, text))
    guard.combineRequested.connect(lambda path, text: combine_into(window, path, text))
    # File > Show Kept Versions…: where the guard keeps a version set aside (ui/kept_versions.py).
    install_kept_versions(window, guard.disk.kept_folder)
    return guard


def restore_into(window: Any, path: Path, text: str) -> bool:
    """Show recovered `text` for `path` in the window, unsaved (the file need not exist).

    A page of another site folder is shown once that site is open, with its own form and list
    (it was shown in the open site's window, as one of its "Other pages", with no form of its
    kind); until then its copy stays in the recovery folder, so False."""
    path = Path(path)
    root = window.site.root if window.site is not None else None
    if root is not None and not is_inside(path, root) and path.parent.is_dir():
        _restore_once_opened(window, path, text)  # opening asks about unsaved changes first
        return False
    if not window.maybe_save_changes():
        return False
    try:
        doc = Document.load(path)
    except OSError:
        doc = Document.from_bytes(b"", path)  # the file is gone: Save puts it back
    doc.set_text(text)
    window.show_document(doc)
    return True


def _restore_once_opened(window: Any, path: Path, text: str) -> None:
    """Open the site `path` belongs to, then show the recovered text there (once)."""

    def opened(root: Path) -> None:
        window.siteOpened.disconnect(opened)
        if is_inside(path, root):  # another folder opened meanwhile: the copy waits for next time
            restore_into(window, path, text)

    window.siteOpened.connect(opened)
    if not window.open_folder(path.parent):
        window.siteOpened.disconnect(opened)
