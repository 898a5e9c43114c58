"""File > Rename File to Match Date…, and the same from Check's "The file name says ... but
the date field says ..." problem (the Problems panel's button and menu): the page's file takes
its date field's day (core/post_rename.py), the site's post_url links follow, the open page
goes on from its new place. Unsaved edits are saved first, after asking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from editor_app.ui.checking import load_checks_meanwhile
from editor_app.ui.dialogs import ask_to_go_on
from editor_app.ui.translation import translator
from editor_app.ui.window_actions import add_after

tr = translator("post_rename_flow")


class SaveBeforeRename:
    """Asks to save the open page before its file is renamed; a classmethod for tests."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> bool:
        """True to save and go on; False leaves everything as it is."""
        return ask_to_go_on(
            parent,
            icon=QMessageBox.Icon.Warning,
            title=tr("Unsaved changes"),
            text=tr("“{name}” has changes that are not saved.").format(name=name),
            informative=tr("Save them, then rename the file?"),
            go_on=tr("Save and rename"),
            go_on_is_default=True,
        )


class ConfirmRenameFile:
    """Says what the rename will do and asks; a classmethod for tests."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        return ask_to_go_on(
            parent,
            icon=QMessageBox.Icon.Question,
            title=tr("Rename file"),
            text=text,
            go_on=tr("Rename"),
            go_on_is_default=True,
        )


class CannotRenameMessage:
    """Says in one line why the file was not renamed; a classmethod for tests."""

    @classmethod
    def show(cls, parent: QWidget | None, text: str) -> None:
        QMessageBox.warning(parent, parent.tr("Rename file") if parent else "Rename file", text)


class PostRenameFlow(QObject):
    """The File menu action and the rename itself; kept as `window.post_rename`."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Rena&me File to Match Date…"), window)
        self.action.setStatusTip(
            self.tr("Give the page's file (2024-01-02-name.md) the day of its date field")
        )
        self.action.triggered.connect(lambda: self.rename_open_page())
        add_after(window.file_menu, getattr(window, "save_as_action", None), self.action)
        window.problems.fixRequested.connect(self.fix_problem)
        for signal in (window.documentOpened, window.documentClosed, window.documentSaved):
            # Once the checks it reads dates by are loaded: a page opened at start is painted
            # first (the File menu, opening, looks at once).
            signal.connect(lambda *_a: load_checks_meanwhile(window, self.update_action))
        # A date edited (not saved yet) counts: looked at again as the menu opens.
        window.file_menu.aboutToShow.connect(self.update_action)
        self.update_action()

    def update_action(self) -> None:
        """Enabled for an open page whose file name's day is not its date field's."""
        doc = self.window.current_document()
        path = getattr(doc, "path", None)
        edited = doc.front_matter if doc is not None and doc.is_modified else None
        if path is None or self.window.site is None:
            self.action.setEnabled(False)
            return
        # Loaded with the checks it reads dates by, not with the window (checking.py).
        from editor_app.core.post_rename import name_differs_from_date

        self.action.setEnabled(name_differs_from_date(self.window.site, path, edited))

    def fix_problem(self, problem: Any) -> bool:
        """The Problems panel's "Rename File to Match Date": opens the page if it is another."""
        w = self.window
        doc = w.current_document()
        target = (Path(w.site.root) / problem.path).resolve() if w.site else Path(problem.path)
        if doc is None or doc.path is None or Path(doc.path) != target:
            if not w.open_document(target):
                return False
        return self.rename_open_page()

    def rename_open_page(self) -> bool:
        """Rename the open page's file to its date; True when it was renamed."""
        w = self.window
        doc = w.current_document()
        if doc is None or doc.path is None or w.site is None:
            return False
        if doc.is_modified:
            name = w.documents.document_name()
            if not SaveBeforeRename.ask(w, name) or not w.save_document():
                return False
        from editor_app.core.post_rename import (
            CannotRename,
            apply_rename,
            plan_rename_to_date,
        )

        old = Path(doc.path)
        try:
            # As `editor-app rename-file`: a moved page keeps its old address (and says so).
            plan = plan_rename_to_date(w.site, old, keep_old_address=True)
        except CannotRename as exc:
            CannotRenameMessage.show(w, str(exc))
            return False
        count = len(plan.tagged)  # the pages whose post_url tags name the file
        links = (
            w.tr("Links to it in 1 page will name the new file.")
            if count == 1
            else w.tr("Links to it in {n} pages will name the new file.").format(n=count)
            if count
            else ""
            if plan.readdressed
            else w.tr("No page links to it.")
        )
        text = w.tr("Rename {old} to {new}?").format(old=old.name, new=plan.new.name)
        told = (links, *self._address_lines(plan), self._redirect_line(plan))
        lines = "".join(f"\n\n{line}" for line in told if line)
        if not ConfirmRenameFile.ask(w, text + lines):
            return False
        try:
            apply_rename(plan, w.site.root, w.site)
        except CannotRename as exc:
            CannotRenameMessage.show(w, str(exc))
            if not plan.new.exists():
                return False
        self._follow(old, plan.new, list(plan.pages))
        w.statusBar().showMessage(w.tr(plan.summary(brief=True)), 15000)
        return True

    def _address_lines(self, plan: Any) -> list[str]:
        """What becomes of links written as the post's address with the file name's day:
        changed to the address the site publishes, or pages listed that may still use it."""
        w, address = self.window, plan.address
        if address is None:
            return []
        lines = []
        n = len(plan.readdressed)
        pages = w.tr("1 page") if n == 1 else w.tr("{n} pages").format(n=n)
        if address.moved:
            # A page named by its file (`/:collection/:name`) moves with it.
            lines.append(
                w.tr("Its address changes from {old} to {new}.").format(
                    old=address.old, new=address.new
                )
                + (
                    " " + w.tr("Links to it in {pages} will follow.").format(pages=pages)
                    if n
                    else ""
                )
            )
        elif plan.readdressed:
            lines.append(
                w.tr(
                    "Links to {old} (the file name's day, which the site never published) in "
                    "{pages} will give {new}, where the site publishes it."
                ).format(old=address.old, new=address.new, pages=pages)
            )
        if plan.still_linking:
            root = Path(w.site.root).resolve()
            names = ", ".join(p.relative_to(root).as_posix() for p in plan.still_linking[:8])
            more = len(plan.still_linking) - 8
            if more > 0:
                names += w.tr(" and {n} more").format(n=more)
            told = (
                w.tr("These pages may still link to {old}, its old address; ")
                if address.moved
                else w.tr("These pages may still link to {old}, written another way; ")
            )
            lines.append(
                (told + w.tr("check them after the rename: {names}")).format(
                    old=address.old, names=names
                )
            )
        return lines

    def _redirect_line(self, plan: Any) -> str:
        """Whether a moved page's old address keeps leading to it (the site's `redirect_from`
        or `aliases`), or, when that address is not certain, the one to add by hand."""
        w, address = self.window, plan.address
        if address is None:
            return ""
        if plan.redirect and plan.redirect_kept:
            return w.tr(
                "Its old address {old} will be added to its {field}, so it keeps working."
            ).format(old=address.old, field=plan.redirect)
        if plan.redirect:
            return w.tr(
                "Its old address {old} is in its {field} already, so it keeps working."
            ).format(old=address.old, field=plan.redirect)
        if plan.redirect_unsure:
            return w.tr(
                "Its old address is not certain, so nothing is added to its {field}: add {old} "
                "there by hand if that is where it was published."
            ).format(old=address.old, field=plan.redirect_unsure)
        return ""

    def _follow(self, old: Path, new: Path, changed: list[Path]) -> None:
        """The site's list and the open page go on from the new file."""
        w = self.window
        cursor = w.editor.textCursor().position()
        for path in dict.fromkeys((old, new, *changed)):
            w.site.update_entry(path)  # the old name gone from the index, the new one read
        w.library.set_modified(old, False)
        w.documents.close_document()
        w.library.refresh()
        if w.open_document(new):
            moved = w.editor.textCursor()
            moved.setPosition(min(cursor, len(w.editor.toPlainText())))
            w.editor.setTextCursor(moved)  # the author carries on where they were
        if w.problems.problems():
            w.validate_current()  # the problem listed is gone


def install_post_rename(window: Any) -> PostRenameFlow:
    window.post_rename = PostRenameFlow(window)
    return window.post_rename
