"""Dialogs and messages: unsaved changes, review notes, the reviewer's name, errors, in plain
words. File > New's dialog is `new_page_dialog.py` (named here too, for its callers).

Each question is a classmethod `ask()` so tests can replace it (monkeypatch) without a person.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.page_create import NewPageRequest as NewPageRequest
from editor_app.core.review import isolate
from editor_app.ui.new_page_dialog import NewDocumentDialog as NewDocumentDialog
from editor_app.ui.send_keys import press_on_send_keys
from editor_app.ui.text_direction import align_each_line_as_it_reads
from editor_app.ui.translation import translator

tr = translator("dialogs")


class Choice(Enum):
    """The answer to 'this document has unsaved changes'."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def title_width(widget: QWidget, title: str) -> int:
    """Pixels a title bar needs for `title` whole: the name of the app the system adds after
    it, in a bold title font, the window's icon and its three buttons."""
    font = widget.font()
    font.setBold(True)
    name = QApplication.applicationDisplayName()
    shown = f"{title} — {name}" if name and name != title else title
    return QFontMetrics(font).horizontalAdvance(shown) + 120


def fit_title(box: QMessageBox) -> None:
    """A question at least as wide as its title: a window manager cut short questions' titles
    ("Unsaved chan… — editor-app"). Never wider than most of the screen."""
    layout = box.layout()
    if not isinstance(layout, QGridLayout):
        return
    width = title_width(box, box.windowTitle())
    screen = box.screen() or QApplication.primaryScreen()
    if screen is not None:
        width = min(width, screen.availableGeometry().width() * 3 // 4)
    layout.addItem(
        QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum),
        layout.rowCount(),
        0,
        1,
        layout.columnCount(),
    )


class UnsavedChangesDialog:
    """Asks Save / Don't save / Cancel before a document with changes is closed."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, *, new_page: bool = False) -> Choice:
        """Ask the user; Escape or closing the box means Cancel. `new_page`: a page never
        saved, whose file Save would create (not saving it creates nothing)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Unsaved changes"))
        # Read in its order: a Persian title ending in 'X1' showed 'X1' after it.
        name = isolate(name)
        if new_page:
            box.setText(tr("Save the new page “{name}”?").format(name=name))
            box.setInformativeText(tr("If you don't save, the page will not be created."))
        else:
            box.setText(tr("Save the changes to “{name}”?").format(name=name))
            box.setInformativeText(tr("If you don't save, your changes will be lost."))
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        # Alt+S and Alt+D as in other editors (the platform's words had no key to press).
        save.setText(tr("&Save"))
        discard.setText(tr("&Don't save"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        fit_title(box)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return Choice.SAVE
        if clicked is discard:
            return Choice.DISCARD
        return Choice.CANCEL


def ask_to_go_on(
    parent: QWidget | None,
    *,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    go_on: str,
    informative: str = "",
    go_on_is_default: bool,
) -> bool:
    """A question with one button that goes ahead (`go_on`) and Cancel: True only when that
    button was clicked. Escape or closing the box is Cancel; Enter presses the go-ahead button
    when `go_on_is_default`, else Cancel. Strings come translated."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    yes = box.addButton(go_on, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes if go_on_is_default else cancel)
    box.setEscapeButton(cancel)
    fit_title(box)
    box.exec()
    return box.clickedButton() is yes


class NoteDialog(QDialog):
    """Asks for the words of a review note, showing the words the note is about."""

    def __init__(self, title: str, noted: str, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        heading = QLabel(title)  # the title bar may cut a long title: said again in full
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.noted_label = QLabel()
        self.noted_label.setWordWrap(True)
        self.noted_label.setAccessibleName(tr("The words the note is about"))
        shown = " ".join(noted.split())
        if len(shown) > 300:
            shown = shown[:300].rstrip() + "…"
        self.noted_label.setText(
            tr("About: “{words}”").format(words=shown) if shown else tr("About the whole page")
        )
        self.noted_label.setToolTip(noted)
        layout.addWidget(self.noted_label)
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setAccessibleName(tr("Note"))
        self.text_edit.setPlaceholderText(tr("What should change, and why?"))
        align_each_line_as_it_reads(self.text_edit)  # a Persian note from the right
        layout.addWidget(self.text_edit, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add note"))
        # Enter starts a new line in the note: Ctrl+Enter adds it.
        press_on_send_keys(self, buttons.button(QDialogButtonBox.StandardButton.Ok))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Room in the title bar for the title whole ("Add review note on “M… t themes”" was
        # cut at 420 pixels).
        self.resize(min(max(420, title_width(self, title)), 720), 320)
        self.text_edit.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, noted: str, text: str = "") -> str | None:
        """The note's words, or None when cancelled or left empty."""
        dialog = cls(title, noted, text, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text_edit.toPlainText().strip() or None


REVIEWER_KEY = "review/author"
# Set when the person left the name question empty where git had a name for the site: they
# chose to sign with git's name, so the question is not asked again before each note.
SIGN_WITH_GIT_NAME_KEY = "review/author_is_git_name"


class ReviewerName:
    """The reviewer's name for notes and decisions: asked once, then remembered.

    Never the computer's account name ("root", "jsmith"): people read these names."""

    @classmethod
    def get(
        cls, settings: QSettings, parent: QWidget | None = None, where: Path | None = None
    ) -> str | None:
        """The remembered name, else ask for it (and remember it). "" when the person answers
        with no name (the caller signs another way: git's user.name at `where`, which the
        question then says); None when they cancel the question: the caller then does
        nothing, as Cancel says."""
        return cls._answer(settings, parent, where)[0]

    @classmethod
    def _answer(
        cls, settings: QSettings, parent: QWidget | None, where: Path | None
    ) -> tuple[str | None, str]:
        """`get`'s answer, and git's user.name at `where` when it was asked ("": not asked,
        or git has none), so `signing` need not ask git again."""
        name = str(settings.value(REVIEWER_KEY, "") or "").strip()
        if name:
            return name, ""
        from editor_app.core import gitutil

        git_name = gitutil.user_name(where) or ""
        if git_name and settings.value(SIGN_WITH_GIT_NAME_KEY, False, type=bool):
            return "", git_name
        answer = cls.ask(parent, git_name)
        if answer is None:
            return None, git_name
        name = answer.strip()
        if name:
            settings.setValue(REVIEWER_KEY, name)
            settings.remove(SIGN_WITH_GIT_NAME_KEY)
        elif git_name:
            settings.setValue(SIGN_WITH_GIT_NAME_KEY, True)
        return name, git_name

    @classmethod
    def signing(
        cls, settings: QSettings, parent: QWidget | None = None, where: Path | None = None
    ) -> str | None:
        """The name to sign with: `get`'s, else git's (as the site at `where` has it) or the
        login name when the person gave none; None when they cancel the question (the caller
        then does nothing)."""
        name, git_name = cls._answer(settings, parent, where)
        if name is None:
            return None
        if name or git_name:
            return name or git_name
        from editor_app.core.review import default_author

        return default_author(where)  # git has no name: the login name

    @classmethod
    def ask(cls, parent: QWidget | None, unnamed_as: str = "") -> str | None:
        """Asks the person's name (`ask_reviewer_name`); tests replace this."""
        return ask_reviewer_name(parent, unnamed_as)


def ask_reviewer_name(parent: QWidget | None, unnamed_as: str = "") -> str | None:
    """The box asking the reviewer's name; None when cancelled. `unnamed_as`: the name an
    empty answer signs with (git's user.name for the site), said in the box so no one
    wonders what an empty box signs, or types it again."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    box = QInputDialog(parent)
    box.setWindowTitle(tr("Your name"))
    box.setInputMode(QInputDialog.InputMode.TextInput)
    label = tr("Your name, as others will see it on your notes and decisions:")
    if unnamed_as:
        label += "\n" + tr("Left empty, they are signed {name}, your name in git here.").format(
            name=isolate(unnamed_as)
        )
    box.setLabelText(label)
    field = box.findChild(QLineEdit)
    if field is not None and unnamed_as:
        field.setPlaceholderText(unnamed_as)
    ok = box.exec() == QInputDialog.DialogCode.Accepted
    name = box.textValue()
    box.deleteLater()
    return name if ok else None


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """The one way errors reach the user: a plain-words box, never a traceback."""
    _tell(parent, QMessageBox.Icon.Warning, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    """A plain-words information box."""
    _tell(parent, QMessageBox.Icon.Information, title, message)


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, message: str) -> None:
    """A box with one OK button (as QMessageBox.warning's), its title whole."""
    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, parent)
    fit_title(box)
    box.exec()


def ask_file_to_open(parent: QWidget, title: str, start: Path, filters: str) -> Path | None:
    """The file picked in the system's Open box (starting in `start`, offering `filters`,
    e.g. "Images (*.png *.jpg);;All files (*)"); None when the box is cancelled."""
    # Where the system has no Open box of its own (no desktop, e.g. a bare X server) Qt shows
    # its own, whose name column took the width and cut Size and Type ("229...KiB", "PN...ge").
    QTimer.singleShot(0, _fit_file_box_columns)
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters)
    return Path(name) if name else None


def ask_file_to_save(
    parent: QWidget | None, title: str, suggested: Path | str, filters: str
) -> tuple[Path, str] | None:
    """The file named in the system's Save box (offering `suggested` and `filters`) and the
    filter chosen there; None when the box is cancelled. Qt's own box fitted as the Open one."""
    QTimer.singleShot(0, _fit_file_box_columns)
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return (Path(name), chosen) if name else None


def ask_folder(parent: QWidget | None, title: str, start: Path | str) -> Path | None:
    """The folder picked in the system's folder box (starting in `start`); None when cancelled.
    Qt's own box fitted as the Open one."""
    QTimer.singleShot(0, _fit_file_box_columns)
    folder = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(folder) if folder else None


def _fit_file_box_columns() -> None:
    """Size, Type and Date of Qt's own Open box as wide as what they show; Name takes the rest.
    Nothing to do when the system's box is shown (it is no Qt widget)."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QFileDialog):
        return
    for header in box.findChildren(QHeaderView):
        if header.count() < 4:
            continue
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
