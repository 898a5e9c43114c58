"""The questions the safety guard asks: changed on disk, newer file, deleted, save failed,
Save As. Each is a classmethod tests replace.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from editor_app.core.disk_merge import PageMerge
from editor_app.core.page_names import with_page_suffix
from editor_app.ui.dialogs import ask_file_to_save, ask_to_go_on
from editor_app.ui.difference import Difference, DifferenceDialog
from editor_app.ui.translation import translator

tr = translator("safety")


@dataclass(frozen=True)
class DiskChange(Difference):
    """The file on disk against the text here, with both combined (`combined`, when the page
    could be merged): what `ChangedOnDiskDialog` asks about."""

    combined: PageMerge | None = None
    kept_in: str = ""  # where a set-aside version goes, in words
    # Who made the change on disk when Get latest brought it (run beside the window): the
    # author's name, "" for others unnamed; None: another program.
    changed_by: str | None = None


class ChangedOnDiskDialog:
    """Asks what to do when another program changed a page that has unsaved edits here."""

    MINE = "mine"
    THEIRS = "theirs"
    COMBINE = "combine"

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, difference: Difference) -> str:
        """`COMBINE` (both versions joined, when `difference` is a `DiskChange` that has them;
        the default when they do not touch the same place), `MINE` (keep the edits here) or
        `THEIRS` (use the file on disk); closing keeps mine."""
        combined = difference.combined if isinstance(difference, DiskChange) else None
        # Short enough to read at a glance in a 1024-wide window (two or three lines): where
        # the set-aside copy goes, in full, is the message's tooltip.
        by = difference.changed_by if isinstance(difference, DiskChange) else None
        if by is None:
            message = tr(
                "“{name}” was changed by another program while you were editing it. "
            ).format(name=name)
        elif by:
            message = tr(
                "“{name}” was updated with {author}'s changes (Get latest) while you were "
                "editing it. "
            ).format(name=name, author=by)
        else:
            message = tr(
                "“{name}” was updated with others' changes (Get latest) while you were editing it. "
            ).format(name=name)
        choices = [(cls.THEIRS, tr("Use the version on disk"))]
        if combined is not None:
            choices.append((cls.COMBINE, tr("Combine both")))
            if combined.clean:
                message += tr("The changes are in different places: Combine both keeps them all.")
            else:
                places = combined.where
                where = ", ".join(places[:2]) + (tr(" and more") if len(places) > 2 else "")
                message += tr(
                    "You both changed the same place ({where}): Combine both keeps your words "
                    "there."
                ).format(where=where)
        else:
            message += tr("Which version do you want to keep?")
        details = ""
        if isinstance(difference, DiskChange) and difference.kept_in:
            # The menu item's name kept on one line: "File >" alone at a line's end reads badly.
            message += tr(
                # Said of every choice (after "Combine both keeps them all", "the other
                # version" left the author asking which one).
                " Whichever you choose, a version you do not keep whole is saved as a copy "
                "(File\u00a0>\u00a0Show\u00a0Kept\u00a0Versions…)."
            )
            details = tr("A version you do not keep whole is kept as a copy in {folder}.").format(
                folder=difference.kept_in
            )
        choices.append((cls.MINE, tr("Keep my version")))
        dialog = DifferenceDialog(
            tr("Page changed by another program")
            if by is None
            else tr("Page updated by Get latest"),
            message,
            difference,
            choices,
            parent,
        )
        dialog.message.setToolTip(details)
        default = cls.COMBINE if combined is not None and combined.clean else cls.MINE
        dialog.buttons[cls.MINE].setDefault(default == cls.MINE)
        dialog.buttons[default].setDefault(True)
        dialog.buttons[default].setFocus()  # Enter answers it, not "Show the difference"
        dialog.exec()
        return dialog.choice


class OverwriteDialog:
    """Asks before a save would replace a file that changed on disk since it was opened."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, difference: Difference) -> bool:
        """True to save over the newer file; closing the box cancels the save."""
        dialog = DifferenceDialog(
            tr("Newer file on disk"),
            tr(
                "“{name}” was changed by another program after you opened it. Saving now "
                "replaces those changes with your version."
            ).format(name=name),
            difference,
            [("save", tr("Save my version")), ("cancel", tr("Don't save"))],
            parent,
        )
        dialog.exec()
        return dialog.choice == "save"


class FileDeletedNotice:
    """Tells the user the open page's file was deleted or moved by another program."""

    @classmethod
    def tell(cls, parent: QWidget | None, name: str) -> None:
        """An information box; the text stays open in the window."""
        QMessageBox.information(
            parent,
            tr("Page deleted"),
            tr(
                "“{name}” was deleted or moved by another program. Your text is still open "
                "here, and a copy is kept in the recovery folder: save to put the file back."
            ).format(name=name),
        )


class SaveFailedDialog:
    """Says why a save failed and offers Save As when another place could work."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, offer_save_as: bool) -> bool:
        """True when the user wants to save the page somewhere else."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Not saved"))
        box.setText(message)
        save_as = None
        if offer_save_as:
            save_as = box.addButton(tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(save_as or close)
        box.setEscapeButton(close)
        box.exec()
        return save_as is not None and box.clickedButton() is save_as


class SaveAsDialog:
    """Asks where to save a copy of the page."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The chosen file, or None when cancelled (File > Save As and failed saves)."""
        return cls.ask_path(parent, suggested)

    @classmethod
    def ask_path(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The file dialog itself; tests replace this."""
        pages = tr("Pages (*.md *.markdown *.html)")
        answer = ask_file_to_save(parent, tr("Save As"), suggested, pages + ";;" + tr("All files (*)"))
        if answer is None:
            return None
        path, chosen = answer
        # A name typed without its ending is given the page's; "All files" takes it as typed.
        page_path = with_page_suffix(path, suggested) if chosen == pages else path
        if page_path != path and page_path.exists() and not cls.replace_file(parent, page_path):
            return None  # the box asked about the name typed, not about this file
        return page_path

    @classmethod
    def replace_file(cls, parent: QWidget | None, path: Path) -> bool:
        """Whether to write over `path`, a file already there; tests replace this."""
        return ask_to_go_on(
            parent,
            icon=QMessageBox.Icon.Warning,
            title=tr("Save As"),
            text=tr("“{name}” already exists. Replace it?").format(name=path.name),
            go_on=tr("Replace"),
            go_on_is_default=False,
        )
