"""The editor's pictures: Insert Image (a file copied into the site's asset folder, its
Markdown written at the caret). A part of `MarkdownEditor` (ui/editor.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from editor_app.core import assets
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
        cursor = self.textCursor()
        if alt is None:
            alt = cursor.selectedText().replace("\u2029", " ") or _alt_from_name(copied.name)
        self.run_command(me.insert_block, me.image_markdown(alt, url))
        self.imageInserted.emit(url)
        return url


def _alt_from_name(name: str) -> str:
    """A first description of an image from its file name: `bus-map_2024.png` -> `bus map 2024`."""
    stem = name.rsplit(".", 1)[0]
    return re.sub(r"[-_]+", " ", stem).strip()
