"""Save and Save As of the open page, for `DocumentSession` (ui/document_session.py).

The window's guard (ui/safety.py) writes the file; here the window follows: the list, the
status bar's word, `documentSaved`, and after Save As the page shown from its new place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core.document import Document

if TYPE_CHECKING:
    from editor_app.ui.document_session import DocumentSession


def save_document(session: DocumentSession) -> bool:
    """Save the open document through the lossless model; False when it failed."""
    w, doc = session.window, session.doc
    if doc is None:
        return False
    old_path = doc.path
    # The guard asks before replacing a newer file and explains failures (Save As offered).
    saved = w.guard.save_document(doc)
    if saved is None:
        return False
    if old_path is None or Path(saved) != Path(old_path):
        saved_elsewhere(session, old_path, Path(saved))  # the failed save's Save As was taken
        return True
    path = doc.path
    if w.site is not None and path is not None:
        w.site.update_entry(path)
        w.library.refresh()
    if session.file_gone:  # saving put the deleted file back
        session.file_gone = False
        w.setWindowModified(doc.is_modified)
        w.update_actions()
    session.update_modified()
    w.update_title()  # a title changed and saved names the window, as it names the list's row
    left_out = w.form.not_kept_notes()
    if left_out:  # said, not silently dropped: the box still shows what was typed
        fields = "; ".join(
            w.tr("{field} ({why})").format(field=f, why=why) for f, why in left_out
        )
        # 'without Order' read as if the page had lost its order: the page keeps what it had.
        w.statusBar().showMessage(
            w.tr("Saved {name}. Left as it was: {fields}.").format(name=path.name, fields=fields),
            15000,
        )
    else:
        w.statusBar().showMessage(w.tr("Saved {name}.").format(name=path.name), 4000)
    if path is not None:
        w.documentSaved.emit(path)
    if session.raw:
        # The author may have repaired the header by hand: reopen to bring the form back.
        fresh = Document.load(path)
        if fresh.error is None:
            session.show_document(fresh)
            schema_again(session, fresh.path)
        else:
            # Still unreadable, maybe for another line: the banner tells of the saved file's
            # problem, not the one the author has just put right (text and Undo kept).
            session.rebase(fresh)
    return True


def schema_again(session: DocumentSession, path: Path) -> None:
    """A header repaired: the schema was worked out while it could not be read, so a field it
    holds that no other page has showed as plain text until the site was opened again. Read
    the schema again (in the background) and give the form its kinds at once."""
    w = session.window

    def show(schema: Any) -> None:
        doc = session.doc
        if schema is None or w.site is None:
            return
        if doc is None or doc.path != path or session.raw or doc.is_modified:
            return  # another page, or edits since: the new kinds show when it is opened again
        collection = w.site.collection_of(path)
        kinds = schema.for_collection(collection) if collection else None
        w.form.load(
            doc.front_matter, kinds, list(doc.front_matter), path, has_header=doc.has_front_matter
        )

    w.read_schema_again(show)


def save_document_as(session: DocumentSession) -> bool:
    """File > Save As: write the page to a file the user picks, then edit that file."""
    doc = session.doc
    if doc is None:
        return False
    old_path = doc.path
    saved = session.window.guard.save_as(doc)
    if saved is None:
        return False
    saved_elsewhere(session, old_path, Path(saved))
    return True


def saved_elsewhere(session: DocumentSession, old_path: Path | None, new_path: Path) -> None:
    """After Save As: the window now edits `new_path`; the old file stays as it was."""
    w, doc = session.window, session.doc
    if doc is None:
        return
    doc.path = new_path.resolve()
    if old_path is not None:
        w.library.set_modified(old_path, False)
        w.documentClosed.emit(old_path)
    inside = w.site is not None and doc.path.is_relative_to(w.site.root.resolve())
    if inside:
        w.site.update_entry(doc.path)
        w.library.refresh()
    # Shown afresh: the new place may belong to another collection, with other fields.
    cursor = w.editor.textCursor().position()
    session.show_document(doc)
    moved = w.editor.textCursor()
    moved.setPosition(min(cursor, len(w.editor.toPlainText())))
    w.editor.setTextCursor(moved)  # the author carries on where they were
    w.statusBar().showMessage(w.tr("Saved as {name}.").format(name=doc.path.name), 4000)
    w.documentSaved.emit(doc.path)
