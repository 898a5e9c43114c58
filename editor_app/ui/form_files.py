"""File fields: a picker for an image or file of the site, with a thumbnail, and the browser
of the site's images and files."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    QSize,
    Qt,
)
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import assets
from editor_app.core.safe_paths import is_inside
from editor_app.core.site import IMAGE_SUFFIXES
from editor_app.ui import dialogs
from editor_app.ui.file_questions import ask_keep_or_replace, image_files
from editor_app.ui.form_fields import FieldRow, FieldWidget, display_text, tr
from editor_app.ui.form_tags import FlowLayout

if TYPE_CHECKING:
    from editor_app.core.site import Site


THUMBNAIL = QSize(72, 54)  # small enough for a narrow form (a dock open on a small screen)
_MAX_THUMBNAIL_BYTES = 30_000_000  # bigger files are not decoded just for a thumbnail


class FilePicker(FieldWidget):
    """An image or file from the field's folder: name, thumbnail, Browse and Copy new."""

    def __init__(
        self, site: Site | None, folder: Path | None, images: bool, by_path: bool = False
    ) -> None:
        super().__init__()
        self.site = site
        self.folder = folder
        self.images = images
        # The site's pages give the file's address (`/assets/images/cards/x.png`), not its
        # name in the folder: what is picked or copied in is written the same way.
        self.by_path = by_path
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumbnail.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("No image") if images else tr("No file"))
        self.browse_button = QToolButton()
        self.browse_button.setText(tr("Browse…"))
        self.browse_button.setToolTip(
            tr("Pick one of the files already in {folder}").format(folder=self._folder_name())
        )
        self.copy_button = QToolButton()
        self.copy_button.setText(tr("Copy New Image…") if images else tr("Copy New File…"))
        self.copy_button.setToolTip(
            tr("Copy a file from your computer into {folder} and use it").format(
                folder=self._folder_name()
            )
        )
        for b in (self.browse_button, self.copy_button):
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setEnabled(site is not None and folder is not None)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.edit)
        # The buttons go under each other when the form is narrow (a dock open on a small
        # screen), instead of making the form scroll sideways.
        buttons = FlowLayout()
        buttons.addWidget(self.browse_button)
        buttons.addWidget(self.copy_button)
        right.addLayout(buttons)
        row = FieldRow(self)
        row.addWidget(self.thumbnail)
        row.addLayout(right, 1)
        # Only once it has a parent: showing a parentless label would open a window.
        self.thumbnail.setHidden(not images)
        self.edit.textEdited.connect(self._typed)
        self.browse_button.clicked.connect(self.browse)
        self.copy_button.clicked.connect(self.copy_new)

    def _folder_name(self) -> str:
        if self.site is None or self.folder is None:
            return tr("the site")
        try:
            return self.folder.relative_to(self.site.root).as_posix()
        except ValueError:
            return self.folder.name

    def _show(self, value: Any) -> None:
        self.edit.setText(display_text(value))
        self._update_thumbnail()

    def resolve(self, value: str) -> Path | None:
        """The file a value names, inside the site only (None when missing or outside)."""
        if self.site is None or not value:
            return None
        value = value.strip()
        candidates = []
        if value.startswith("/"):
            candidates.append(value.lstrip("/"))
        elif self.folder is not None:
            try:
                rel = self.folder.relative_to(self.site.root).as_posix()
            except ValueError:
                rel = ""
            candidates.append(f"{rel}/{value}" if rel else value)
            candidates.append(value)
        for candidate in candidates:
            path = self.site.resolve_inside(candidate)
            if path is not None and path.is_file():
                return path
        return None

    def _update_thumbnail(self) -> None:
        if not self.images:
            return
        value = self.edit.text().strip()
        path = self.resolve(value)
        self.thumbnail.setPixmap(QPixmap())
        if not value:
            self.thumbnail.setText(tr("No image"))
        elif path is None:
            self.thumbnail.setText(tr("Not found"))
        elif path.suffix.lower() not in IMAGE_SUFFIXES:
            self.thumbnail.setText(tr("Not an image"))
        else:
            pixmap = _thumbnail(path)
            if pixmap is None:
                self.thumbnail.setText(tr("Cannot show"))
            else:
                self.thumbnail.setText("")
                self.thumbnail.setPixmap(pixmap)
        self.thumbnail.setToolTip(str(path) if path else "")
        self.thumbnail.setAccessibleName(
            tr("Preview of {name}").format(name=value) if value else tr("No image")
        )

    def _typed(self, text: str) -> None:
        self._update_thumbnail()
        self._emit(text.strip() or None)

    def choose(self, value: str) -> None:
        """Set the field to `value` as the user's edit."""
        self.edit.setText(value)
        self._typed(value)

    @classmethod
    def ask_existing(
        cls, parent: QWidget, folder: Path, images: bool, current: Path | None
    ) -> str | None:
        """Show the files of the folder and its subfolders and return the one picked, by its
        path within the folder (`cards/x.png`; tests replace this)."""
        dialog = AssetBrowser(parent, folder, images, current)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected()

    @classmethod
    def ask_new_file(cls, parent: QWidget, images: bool) -> Path | None:
        """Ask for a file on the computer to copy in (tests replace this)."""
        return dialogs.ask_file_to_open(
            parent,
            tr("Copy an image into the site") if images else tr("Copy a file into the site"),
            Path.home(),
            image_files() if images else tr("All files (*)"),
        )

    @classmethod
    def ask_replace(cls, parent: QWidget, name: str) -> bool | None:
        """A different file has that name: True replace, False keep both, None cancel."""
        return ask_keep_or_replace(parent, name)

    def browse(self) -> None:
        """Pick one of the files already in the folder."""
        if self.folder is None:
            return
        current = self.resolve(self.edit.text())
        picked = self.ask_existing(self, self.folder, self.images, current)
        if picked:
            if self.site is None:
                self.choose(picked)
                return
            path = self.folder / picked
            self.choose(assets.picked_value(self.site, path, self.folder, self.by_path))

    def copy_new(self) -> None:
        """Copy a file into the folder (never overwriting without asking) and use it."""
        if self.site is None or self.folder is None:
            return
        source = self.ask_new_file(self, self.images)
        if source is None:
            return
        try:
            copied = assets.copy_into_folder(source, self.folder)
        except FileExistsError:
            answer = self.ask_replace(self, assets.safe_file_name(source.name))
            if answer is None:
                return
            name = None if answer else assets.free_name(self.folder, source.name)
            try:
                copied = assets.copy_into_folder(source, self.folder, name=name, overwrite=answer)
            except OSError as exc:
                self._copy_failed(exc)
                return
        except OSError as exc:
            self._copy_failed(exc)
            return
        self.choose(assets.picked_value(self.site, copied, self.folder, self.by_path))

    def _copy_failed(self, exc: OSError) -> None:
        QMessageBox.warning(
            self,
            tr("Not copied"),
            tr("The file could not be copied: {reason}").format(reason=exc.strerror or exc),
        )

    def focus_target(self) -> QWidget:
        return self.edit


def _thumbnail(path: Path) -> QPixmap | None:
    try:
        if path.stat().st_size > _MAX_THUMBNAIL_BYTES:
            return None
    except OSError:
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():  # decode straight at thumbnail size: fast even for big photos
        reader.setScaledSize(size.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    return QPixmap.fromImage(image).scaled(
        THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class AssetBrowser(QDialog):
    """A list of the files in an asset folder, with thumbnails, to pick one."""

    def __init__(
        self,
        parent: QWidget | None,
        folder: Path,
        images: bool,
        current: Path | str | None,
        elsewhere: Callable[[], Path | None] | None = None,
        also: Sequence[Path] = (),
        names_from: Path | None = None,
    ) -> None:
        """`also`: more folders whose files are listed too (Insert Image: the site's other
        image folders), named by their path from `names_from` (the site's folder)."""
        super().__init__(parent)
        self.outside: Path | None = None  # a file picked from elsewhere (see `elsewhere`)
        self._elsewhere = elsewhere
        self.setWindowTitle(tr("Pick a file from {folder}").format(folder=folder.name))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Files"))
        self.list.setViewMode(
            QListWidget.ViewMode.IconMode if images else QListWidget.ViewMode.ListMode
        )
        self.list.setIconSize(QSize(96, 72))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setGridSize(QSize(130, 110) if images else QSize())
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Search by name"))
        self.filter.setAccessibleName(tr("Search by name"))
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)  # Down goes from the search into the files
        files = assets.list_files_below(folder, images_only=images)
        if isinstance(current, str):  # a name in the folder
            current = folder / current if current else None
        chosen = current.resolve() if current is not None else None
        for path in files:
            name = path.relative_to(folder).as_posix()
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setData(_PATH_ROLE, str(path))
            self.list.addItem(item)
            if chosen is not None and path.resolve() == chosen:
                self.list.setCurrentItem(item)
        self._add_other_folders(folder, also, names_from or folder, images)
        self._own = self.list.currentItem()  # the file the field names, if in the folder
        self._icons_loaded = 0
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if elsewhere is not None:  # Insert Image: a picture from outside the site too
            other = buttons.addButton(
                tr("From &Another Folder…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            other.setToolTip(tr("Pick a picture from anywhere; it is copied into {folder}").format(
                folder=folder.name
            ))
            other.clicked.connect(self._pick_elsewhere)
        self.list.itemActivated.connect(lambda _: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        if not self.list.count():
            layout.addWidget(QLabel(tr("This folder has no files yet.")))
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.folder = folder
        self.images = images
        if images:
            # Thumbnails of a few hundred files take a moment: draw them after showing.
            self.list.verticalScrollBar().valueChanged.connect(self._load_icons)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        current = self.list.currentItem()
        if current is not None:  # the file the field names, in sight among hundreds
            self.list.scrollToItem(current)
        if self.images:
            self._load_icons()

    def _load_icons(self) -> None:
        viewport = self.list.viewport().rect()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.icon().isNull() or item.isHidden():
                continue
            if not self.list.visualItemRect(item).intersects(viewport):
                continue
            pixmap = _thumbnail(Path(item.data(_PATH_ROLE)))
            if pixmap is not None:
                item.setIcon(QIcon(pixmap))

    def _add_other_folders(
        self, folder: Path, also: Sequence[Path], names_from: Path, images: bool
    ) -> None:
        """The files of `also`'s folders (other than `folder` and its subfolders, listed
        already), after the folder's own, each named by its path from `names_from`."""
        for other in also:
            if is_inside(other, folder):
                continue
            for path in assets.list_files(other, images_only=images):
                try:
                    name = path.relative_to(names_from).as_posix()
                except ValueError:
                    name = path.as_posix()
                item = QListWidgetItem(name)
                item.setData(_PATH_ROLE, str(path))
                self.list.addItem(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            current = self.list.currentItem()
            if current is None or current.isHidden():
                current = self._first_shown()
                if current is None:
                    return True  # no file in sight: nowhere to go
                self.list.setCurrentItem(current)
            self.list.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _first_shown(self) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden():
                return item
        return None

    def _filter(self, text: str) -> None:
        needle = text.lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(needle not in item.text().lower())
        current = self.list.currentItem()
        if current is None or current.isHidden():
            # What Return (OK) picks is always a file in sight: the field's own when the
            # search shows it, else the first match, or none.
            own = self._own
            first = own if own is not None and not own.isHidden() else self._first_shown()
            if first is not None:
                self.list.setCurrentItem(first)
            else:
                self.list.setCurrentRow(-1)
        if self.images:
            self._load_icons()

    def _pick_elsewhere(self) -> None:
        picked = self._elsewhere() if self._elsewhere is not None else None
        if picked is not None:
            self.outside = picked
            self.accept()

    def selected(self) -> str | None:
        """The picked file, by its path within the folder (`cards/x.png`); None when nothing
        in sight is picked."""
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def selected_path(self) -> Path | None:
        """The picked file's full path, in the folder or one of the `also` folders."""
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return Path(item.data(_PATH_ROLE))


_PATH_ROLE = Qt.ItemDataRole.UserRole + 1  # an item's full path (its thumbnail, the pick)
