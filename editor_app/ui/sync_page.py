"""The Sharing toolbar's hands on the window: the dots in the page list, the open page, the
files brought in, and the status line's tooltip.

- `PageMarks`: a coloured dot before each page changed here (orange), by others (blue) or both
  (purple), with the words in the row's tooltip and "What's this".
- `OpenPage`: before Get latest the open page's unsaved text goes to the recovery folder and
  the file under it is remembered; afterwards others' changes to that file join the unsaved
  text (merged by the core, still unsaved) as one step of the editor's Undo, the cursor
  staying by the words being typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from editor_app.core import sync
from editor_app.core.document import Document
from editor_app.ui.library import ListMark
from editor_app.ui.translation import translator

MARKS = {
    "here": ("#d98200", "Changed here, not shared yet"),
    "others": ("#2a6fdb", "Changed by others"),
    "both": ("#8a3fc7", "Changed here and by others"),
}


tr = translator("SyncBar")


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)


def page_mark(state: sync.SyncStatus, path: Path) -> str | None:
    """How the list marks this page: "here", "others", "both" or None."""
    if state.root is None:
        return None
    try:
        rel = Path(path).resolve().relative_to(state.root.resolve()).as_posix()
    except ValueError:
        return None
    return state.mark(rel)


class PageMarks:
    """The dots of the page list (made once, given to the list as its marks)."""

    def __init__(self) -> None:
        self.icons = {k: _dot(colour) for k, (colour, _t) in MARKS.items()}

    def apply(self, library: Any, state: sync.SyncStatus) -> None:
        """Give the page list the marks of every page changed here or by others."""
        if state.root is None:
            return
        root = state.root.resolve()
        changed = [*state.pages_changed_here, *state.changed_by_others, *state.brought_in]
        marks = {}
        for rel in dict.fromkeys(changed):
            mark = state.mark(rel)
            if mark:
                marks[root / rel] = ListMark(self.icons[mark], tr(MARKS[mark][1]))
        library.set_marks(marks)


class OpenPage:
    """Keeps the open page's unsaved text safe across Get latest, and merges others' changes."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.remembered: tuple[Path, bytes] | None = None  # the page edited, the file under it

    def keep_in_recovery(self) -> None:
        """Unsaved text goes to the recovery folder before any file on disk may change."""
        guard = getattr(self.window, "guard", None)
        if guard is not None:
            guard.autosave_now(wait=True)

    def remember(self) -> None:
        """The file under the open page's unsaved text, to merge others' changes after."""
        self.remembered = None
        doc = self.window.current_document()
        if doc is None or doc.path is None or not doc.is_modified:
            return
        try:
            self.remembered = (Path(doc.path), Path(doc.path).read_bytes())
        except OSError:
            self.remembered = None

    def merge_others_changes(self) -> bool:
        """Others changed the page being edited: their changes join the unsaved text (unsaved).

        Where both changed the same place the unsaved words stay, theirs being in the history;
        True when that happened. Merged as Combine both merges (`merge_page_bytes`): word by
        word within a paragraph both changed, so others' words elsewhere in it are not left out.
        """
        from editor_app.core.disk_merge import merge_page_bytes
        from editor_app.ui.disk_combine import combine_into
        from editor_app.ui.safety import document_bytes

        remembered, self.remembered = self.remembered, None
        doc = self.window.current_document()
        if remembered is None or doc is None or doc.path is None or not doc.is_modified:
            return False
        path, before = remembered
        if Path(doc.path) != path:
            return False
        try:
            now = path.read_bytes()
            unsaved = document_bytes(doc)  # as it is now: typing went on while this ran
        except (OSError, ValueError):
            return False
        if now == before:
            return False
        merged = merge_page_bytes(before, unsaved, now, path.name)
        guard = getattr(self.window, "guard", None)
        if guard is not None:
            guard.disk.taken_in(path, now)  # not "changed by another program" afterwards
        # As Combine both: the page read again with the unsaved text over it, then the merged
        # text as one step of the editor's Undo (which brings the unsaved text back, the
        # author's earlier steps staying); the cursor stays by the words being typed.
        combine_into(self.window, path, Document.from_bytes(merged.data).text)
        return bool(merged.conflicts)

    def close_if_removed(
        self,
        pages: list[str],
        root: Path | None,
        moves: Mapping[str, str] | None = None,
        followed: Sequence[tuple[str, str]] = (),
    ) -> str:
        """Get latest or a choice removed the open page (one of `pages`): closed when it had
        no unsaved change (the page list shows), else kept open with its text, as a page to
        save again. Others moved it (`moves`, {old: new}): open at its new name, the unsaved
        words over it (`followed`: moves its saved changes went with). The words to say, in
        sharing terms; "" when the open page is still there."""
        window = self.window
        doc = window.current_document()
        if root is None or doc is None or doc.path is None or Path(doc.path).exists():
            return ""
        path = Path(doc.path)
        root = Path(root).resolve()
        if not any((root / rel).resolve() == path.resolve() for rel in pages):
            return ""
        name = window.documents.document_name()
        guard = getattr(window, "guard", None)
        moves = moves or {}
        old_rel = next((o for o in moves if (root / o).resolve() == path.resolve()), None)
        if old_rel is not None and (root / moves[old_rel]).is_file():
            new_rel = moves[old_rel]
            unsaved_words = doc.is_modified
            problem = self._follow_move(path, root / new_rel)
            if problem:
                said = tr("“{page}” was moved by others to {new}, which could not be opened ({why})")
                kept = tr(": your unsaved words are still open here; make it readable and copy them into it.")
                closed = tr(", and closed: make it readable, then open it.")
                return said.format(page=name, new=new_rel, why=problem) + (
                    kept if unsaved_words else closed
                )
            if not doc.is_modified and (old_rel, new_rel) in followed:
                # Get latest's line says where it went and that the changes went with it.
                return tr("“{page}” is open at its new name.").format(page=name)
            words = tr("“{page}” was moved by others to {new}: it is open there")
            unsaved = tr(", with your unsaved words: save to keep them.")
            return words.format(page=name, new=new_rel) + (unsaved if doc.is_modified else ".")
        if not doc.is_modified:
            if guard is not None:
                guard.disk.forget(path)  # its watch would call the removal another program's
            window.close_document()
            return tr("“{page}” was removed as others removed it, and closed.").format(page=name)
        if guard is not None:
            guard.disk.removed_by_sharing(doc, path)
        return tr(
            "“{page}” was removed as others removed it; your unsaved text is still open: "
            "save to keep the page, or close it."
        ).format(page=name)

    def _follow_move(self, old: Path, new: Path) -> str:
        """Open the page at its new name; unsaved words stay, merged with the page there as
        Get latest merges them (unsaved). "" when done, else why the page there could not be
        opened ("permission denied"): unsaved words then stay open under the old name, as
        for a page others removed."""
        window = self.window
        doc = window.current_document()
        remembered, self.remembered = self.remembered, None  # used here, not merged again
        guard = getattr(window, "guard", None)
        if guard is not None:
            guard.disk.forget(old)  # its watch would call the removal another program's
        from editor_app.core.disk_merge import merge_page_bytes
        from editor_app.core.sync_base import os_reason
        from editor_app.core.sync_merge import merge_pages
        from editor_app.ui.safety import document_bytes

        try:
            now = new.read_bytes()
            fresh = Document.load(new)
        except (OSError, ValueError) as exc:
            # Said, not left as if it had followed: words typed stay open, kept safe as for
            # a page others removed; a page with none is closed (it is gone here).
            if doc is None or not doc.is_modified:
                window.close_document()
            elif guard is not None:
                guard.disk.removed_by_sharing(doc, old)
            return os_reason(exc) if isinstance(exc, OSError) else str(exc).rstrip(".")
        if doc is None or not doc.is_modified:
            window.close_document()
            window.open_document(new)
            return ""
        unsaved = document_bytes(doc)
        before = remembered[1] if remembered is not None and remembered[0] == old else None
        # As merge_others_changes: word by word within a paragraph both changed. Without the
        # page as it was (not remembered), only the paragraph merge can take a missing base.
        if before is None:
            merged = merge_pages(None, unsaved, now, new.name)
        else:
            merged = merge_page_bytes(before, unsaved, now, new.name)
        window.library.set_modified(old, False)
        fresh.set_text(Document.from_bytes(merged.data).text)
        window.show_document(fresh)
        if guard is not None:
            guard.disk.taken_in(new, now)
            # The words are kept safe under the new name first; the copy under the old one
            # would offer, after a crash, to put the moved page back there a second time.
            guard.autosave_now(wait=True)
            guard.copies.drop(old)
        return ""


def status_details(state: sync.SyncStatus) -> str:
    """The status line's tooltip: the whole line, then the pages behind it."""
    lines = []
    for title, paths in (
        (tr("Changed here, not shared yet:"), state.pages_changed_here),
        (tr("Never shared (the site's .gitignore leaves them out):"), state.left_out),
        (tr("Changed by others:"), state.changed_by_others or state.brought_in),
        (
            tr("Sent back to you (see the review notes, then Send for review again):"),
            state.sent_back,
        ),
        (tr("Changed since sent for review (Send for review again):"), state.changed_since_sent),
        (
            tr("Sent for review:"),
            [p for p in state.in_review if p not in {*state.sent_back, *state.changed_since_sent}],
        ),
    ):
        if paths:
            lines.append(title)
            lines += [_with_old_name(state, p) for p in paths[:12]]
            if len(paths) > 12:
                lines.append(tr("  and {n} more").format(n=len(paths) - 12))
    return "\n".join([state.message, *lines])


def _with_old_name(state: sync.SyncStatus, path: str) -> str:
    """A page of the tooltip's lists, with its old name when it was moved here."""
    old = state.moved_from(path)
    return f"  {path}" + (tr(" (moved from {old})").format(old=old) if old else "")


def show_new_files(window: Any, root: Path | None, pages: list[str]) -> None:
    """Show the new versions: the site index, the list, and the open page (the guard decides:
    read again when it has no unsaved change)."""
    site = getattr(window, "site", None)
    if site is not None and root is not None:
        collections = list(getattr(site, "collections", {}))
        for rel in pages:
            try:
                site.update_entry(root / rel)  # a new collection's folder becomes one there
            except (OSError, ValueError):
                continue
        if list(getattr(site, "collections", {})) != collections:
            _show_new_collections(window)
        window.library.refresh()
    guard = getattr(window, "guard", None)
    if guard is not None:
        guard.check_disk()


def _show_new_collections(window: Any) -> None:
    """A collection came with the new files (a first `_drafts` page, a new section): the
    list's chooser offers it, the collection shown stays, and the schema is worked out
    again so Check knows its pages."""
    library = window.library
    chosen = library.current_collection()
    library.collections.fill(window.site)
    if chosen is not None:
        library.set_collection(chosen)
    if hasattr(window, "read_schema_again"):
        window.read_schema_again(lambda _schema: None)
