"""The editor's pictures: Insert Image (a file copied into the site's asset folder, its
Markdown written at the caret). A part of `MarkdownEditor` (ui/editor.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from editor_app.core import asset_copies, assets
from editor_app.core import markdown_edit as me
from editor_app.ui import dialogs
from editor_app.ui.file_questions import ask_keep_or_replace, image_files

if TYPE_CHECKING:
    pass


class EditorImages:
    """Insert Image for `MarkdownEditor` (uses its `site`, `asset_folder`, `collection`)."""

    @classmethod
    def ask_image_file(cls, parent: QWidget, start: Path) -> Path | None:
        """Ask for an image to insert (tests replace this)."""
        return dialogs.ask_file_to_open(
            parent,
            parent.tr("Insert an image"),
            start,
            image_files(),
        )

    @classmethod
    def ask_replace(cls, parent: QWidget, name: str) -> bool | None:
        """A file of that name exists: True replace it, False keep both, None cancel."""
        return ask_keep_or_replace(parent, name)

    def set_collection(self, collection: str | None) -> None:
        """The open page's collection: its images go to that collection's asset folder."""
        self.collection = collection

    def image_folder(self) -> Path | None:
        """Where inserted images are copied to (see `core.assets.asset_folder`)."""
        if self.site is None:
            return None
        if self.asset_folder is not None:
            return self.asset_folder
        return assets.asset_folder(self.site, self.collection, text=self.markdown())

    def insert_image(self, source: Path | None = None, alt: str | None = None) -> str | None:
        """Copy an image into the site's asset folder and write its Markdown at the caret.

        Returns the address written, or None when cancelled. Never overwrites a different file
        without asking.
        """
        folder = self.image_folder()
        if folder is None or self.site is None:
            return None
        if source is None:
            source = self.ask_image_file(self, folder if folder.is_dir() else self.site.root)
            if source is None:
                return None
        had = set(_names_in(folder))
        try:
            copied = assets.copy_into_folder(source, folder)
        except FileExistsError:
            answer = self.ask_replace(self, assets.safe_file_name(source.name))
            if answer is None:
                return None
            name = None if answer else assets.free_name(folder, source.name)
            copied = assets.copy_into_folder(source, folder, name=name, overwrite=answer)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Image not inserted"),
                self.tr("The image could not be copied: {reason}").format(
                    reason=exc.strerror or exc
                ),
            )
            return None
        url = assets.site_url(self.site, copied)
        if copied.name not in had:  # this insert made the copy: an undone insert takes it back
            self._watch_copy(url, copied)
        cursor = self.textCursor()
        if alt is None:
            # The description is the author's to write (the file's name, '2025 03 10 cag',
            # says nothing of what it shows): the brackets are left empty, the caret in them.
            alt = cursor.selectedText().replace("\u2029", " ")
        self.run_command(me.insert_block, me.image_markdown(alt, url))
        if not alt:
            self._caret_into_description(url)
        self.imageInserted.emit(url)
        return url

    def _caret_into_description(self, url: str) -> None:
        """The caret between the inserted picture's empty brackets (`![|](...)`)."""
        text = self.document().toPlainText()
        at = text.rfind("![](" + url, 0, self.textCursor().position() + 1)
        if at < 0:
            at = text.find("![](" + url)
        if at >= 0:
            cursor = self.textCursor()
            cursor.setPosition(at + 2)
            self.setTextCursor(cursor)

    # -- a copy made by Insert Image, taken back when its insert is undone ----------------------
    # Looked at on Undo and Redo only, never per keystroke: `undo`/`redo` settle at once, and
    # an Undo the text widget runs itself (its own Ctrl+Z) is noticed by its step count a
    # moment after the edits stop. Whether another file names a picture reads the whole site,
    # so a picture is looked for once: found named (or saved with the page), it is let go.

    SETTLE_AFTER_MS = 300

    def undo(self) -> None:
        """Undo, then take back (or keep) the pictures the undone inserts copied."""
        super().undo()  # type: ignore[misc]
        self._settle_inserted_copies()

    def redo(self) -> None:
        """Redo, then write again the pictures the redone inserts copied."""
        super().redo()  # type: ignore[misc]
        self._settle_inserted_copies()

    def _watch_copy(self, url: str, copied: Path) -> None:
        """Remember a picture this insert copied into the site (with its bytes, to put it back
        on Redo). A picture the folder had before is never watched, so never deleted."""
        try:
            data = copied.read_bytes()
        except OSError:
            return
        if "_inserted_copies" not in self.__dict__:
            self._inserted_copies: dict[str, tuple[Path, bytes]] = {}
            self._settle_timer = QTimer(self)
            self._settle_timer.setSingleShot(True)
            self._settle_timer.setInterval(self.SETTLE_AFTER_MS)
            self._settle_timer.timeout.connect(self._settle_if_undone)
            document = self.document()
            document.contentsChanged.connect(self._edited_with_copies)
            document.undoCommandAdded.connect(self._new_step_with_copies)
            document.modificationChanged.connect(self._saved_with_copies)
        self._inserted_copies[url] = (copied, data)
        self._remember_undo_steps()

    def forget_inserted_copies(self) -> None:
        """Another page is shown: its undo history is gone, the copies made stay as they are."""
        copies = self.__dict__.get("_inserted_copies")
        if copies:
            copies.clear()
            self._settle_timer.stop()

    def _remember_undo_steps(self) -> None:
        self._undo_steps_seen = self.document().availableUndoSteps()
        self._new_step_seen = False

    def _edited_with_copies(self) -> None:
        if self._inserted_copies:
            self._settle_timer.start()  # restarted at each key: nothing more per keystroke

    def _new_step_with_copies(self) -> None:
        self._new_step_seen = True

    def _settle_if_undone(self) -> None:
        """After edits stop: settle unless the only change since last looked is new steps
        typed (an Undo or Redo moved the step count otherwise). Settling is cheap while each
        picture is in the text; the site is read once for a picture, then it is let go."""
        steps = self.document().availableUndoSteps()
        if not (steps > self._undo_steps_seen and self._new_step_seen):
            self._settle_inserted_copies()
        self._remember_undo_steps()

    def _saved_with_copies(self, modified: bool) -> None:
        """The page saved (or back as saved) naming a picture: that picture is the page's now,
        no longer an insert's to take back."""
        if modified or not self._inserted_copies:
            return
        text = self.markdown()
        for url in [url for url in self._inserted_copies if url in text]:
            del self._inserted_copies[url]

    def _settle_inserted_copies(self) -> None:
        """Each watched copy whose address the text no longer holds (the insert undone) is
        deleted when nothing else in the site names it and it is still the file copied (else
        it is let go, kept); one whose address is back (Redo) is written again."""
        copies = self.__dict__.get("_inserted_copies") or {}
        if not copies:
            return
        self._remember_undo_steps()
        text = self.markdown()
        for url, (path, data) in list(copies.items()):
            there = path.exists()
            if url in text:
                if not there:
                    try:
                        asset_copies.put_back(path, data)
                    except OSError:
                        QMessageBox.warning(
                            self,
                            self.tr("Image not put back"),
                            self.tr("The image {name} could not be written again.").format(
                                name=path.name
                            ),
                        )
                continue
            if not there or self.site is None:
                continue
            try:
                same = path.read_bytes() == data
            except OSError:
                continue
            if not same or asset_copies.named_elsewhere(self.site.root, path):
                del copies[url]  # another file's picture now: kept, and not looked for again
                continue
            try:
                path.unlink()
            except OSError:
                pass  # left where it is: nothing of the author's is lost


def _names_in(folder: Path) -> list[str]:
    """The files in `folder` now ([] when it does not exist yet)."""
    try:
        return [p.name for p in folder.iterdir()]
    except OSError:
        return []
