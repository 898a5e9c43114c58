"""The editor's pictures: Insert Image (a file copied into the site's asset folder, its
Markdown written at the caret). A part of `MarkdownEditor` (ui/editor.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QWidget,
)

from editor_app.core import asset_copies, assets
from editor_app.core import markdown_edit as me
from editor_app.core.safe_paths import is_inside
from editor_app.ui import dialogs
from editor_app.ui.file_questions import ask_keep_or_replace, image_files
from editor_app.ui.form_files import AssetBrowser

if TYPE_CHECKING:
    pass


class EditorImages:
    """Insert Image for `MarkdownEditor` (uses its `site`, `asset_folder`, `collection`)."""

    @classmethod
    def ask_image_file(cls, parent: QWidget, start: Path) -> Path | None:
        """Ask for an image to insert (tests replace this): the pictures of the site's image
        folder `start`, with thumbnails and a search, as the form's image field offers them,
        and a button for a file from anywhere else (asked with `ask_outside_file`)."""
        others = cls.other_image_folders(parent, start)
        if (
            not start.is_dir() or not assets.list_files_below(start, images_only=True)
        ) and not others:
            return cls.ask_outside_file(parent, start)
        browser = cls.browser_for(parent, start)
        if browser.exec() != QDialog.DialogCode.Accepted:
            return None
        if browser.outside is not None:
            return browser.outside
        return browser.selected_path()

    @classmethod
    def browser_for(cls, parent: QWidget, folder: Path) -> AssetBrowser:
        """The picture picker Insert Image shows (tests drive it)."""
        site = getattr(parent, "site", None)
        browser = AssetBrowser(
            parent,
            folder,
            True,
            None,
            elsewhere=lambda: cls.ask_outside_file(parent, folder),
            also=cls.other_image_folders(parent, folder),
            names_from=site.root if site is not None else None,
        )
        browser.setWindowTitle(parent.tr("Insert an image"))
        return browser

    @staticmethod
    def other_image_folders(parent: QWidget, folder: Path) -> list[Path]:
        """The site's other folders of pictures (`Site.asset_folders`), offered by the picker
        too: a picture there is linked where it is."""
        site = getattr(parent, "site", None)
        if site is None:
            return []
        return [f for f in site.asset_folders if not is_inside(f, folder)]

    @classmethod
    def ask_outside_file(cls, parent: QWidget, start: Path) -> Path | None:
        """Ask for a picture anywhere on the computer (tests replace this)."""
        return dialogs.ask_file_to_open(parent, parent.tr("Insert an image"), start, image_files())

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
        if is_inside(source, folder) or any(  # one of the site's pictures: no copy made
            source.parent.resolve() == other.resolve()
            for other in self.other_image_folders(self, folder)
        ):
            return self._write_image(assets.site_url(self.site, source), alt)
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
        return self._write_image(url, alt)

    def _write_image(self, url: str, alt: str | None) -> str:
        """The picture's Markdown at the caret; returns `url`."""
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

    # -- a copy made by Insert Image, taken back once nothing can bring its insert back ----------
    # Undo and Redo never touch the file: deleted on Undo, a picture came back by Redo only
    # while its page was open, and a link brought back otherwise (pasted, another page, a
    # page shown again) named a file gone. The copy waits for the window to close: then a
    # copy no page text left holding and no file of the site names is deleted (the author's
    # undone insert), any other is kept. The site is read once a copy, at that time only.

    def _watch_copy(self, url: str, copied: Path) -> None:
        """Remember a picture this insert copied into the site (with its bytes: a file since
        replaced by another is not the copy). A picture the folder had before is never
        watched, so never deleted."""
        try:
            data = copied.read_bytes()
        except OSError:
            return
        if "_inserted_copies" not in self.__dict__:
            # address -> (the copy, its bytes, the site folder it was made in)
            self._inserted_copies: dict[str, tuple[Path, bytes, Path]] = {}
        if self.site is not None:
            self._inserted_copies[url] = (copied, data, self.site.root)

    def forget_inserted_copies(self) -> None:
        """A page is left (another shown, or the window closing): a copy whose address the
        text left holds is that page's (saved with it, or the author's choice not to save),
        kept and no longer watched; the others wait for the window to close."""
        copies = self.__dict__.get("_inserted_copies")
        if not copies:
            return
        text = self.markdown()
        for url in [url for url in copies if url in text]:
            del copies[url]

    def take_back_undone_copies(self) -> None:
        """The window closes: each copy an insert made whose insert was undone (no page left
        holding it) is deleted when it is still the file copied and no file of the site names
        it; no Undo or Redo can bring it back any more."""
        self.forget_inserted_copies()
        copies = self.__dict__.get("_inserted_copies") or {}
        for path, data, root in list(copies.values()):
            try:
                same = path.is_file() and path.read_bytes() == data
            except OSError:
                continue
            if not same or asset_copies.named_elsewhere(root, path):
                continue  # another file's picture now, or named: kept
            try:
                path.unlink()
            except OSError:
                pass  # left where it is: nothing of the author's is lost
        copies.clear()


def _names_in(folder: Path) -> list[str]:
    """The files in `folder` now ([] when it does not exist yet)."""
    try:
        return [p.name for p in folder.iterdir()]
    except OSError:
        return []
