"""Site-wide tools in the window: Search Site (a panel listing pages as you type) and
Rename or Merge a Value (a dialog that changes one value in every page that uses it).

Both call the core (`core/site_search.py`, `core/rename_value.py`) in a worker thread;
`install_site_tools(window)` adds them to the main window through its public hooks (menus,
signals and methods in docs/ARCHITECTURE.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from editor_app.core.rename_value import RenameReport
from editor_app.core.site_search import match_span
from editor_app.core.tool_support import first_match_line
from editor_app.ui.rename_value import ConfirmRename, RenameValueDialog, SaveFirstQuestion
from editor_app.ui.site_search import DETAIL_ROLE, SiteSearchPanel, pages_text, search

SEARCH_MIN_WIDTH = 200  # a title and the start of its snippet, in the list's room


class SiteToolsHook(QObject):
    """Puts Search Site (Ctrl+Shift+F, a panel) and Rename or Merge a Value into the window.

    Installed by `install_site_tools(window)`; uses only the window's public hooks.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: RenameValueDialog | None = None

        self.panel = SiteSearchPanel()
        self.dock = QDockWidget(self.tr("Search Site"), window)
        self.dock.setObjectName("siteSearchDock")
        self.dock.toggleViewAction().setText(self.tr("Searc&h Site"))  # Alt+V, H
        self.dock.setWidget(self.panel)
        self.panel.setMinimumWidth(SEARCH_MIN_WIDTH)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        # The search takes the document list's place while it is open, so the form and the
        # text do not move sideways; the list comes back when the search closes.
        self._list_was_shown: bool | None = None
        self._list_width = 0
        self.dock.visibilityChanged.connect(self._in_place_of_the_list)

        self.search_action = QAction(self.tr("&Search Site…"), window)
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action.setStatusTip(self.tr("Find pages by their title, settings or text"))
        self.search_action.triggered.connect(self.show_search)
        self.rename_action = QAction(self.tr("Rename or &Merge a Value…"), window)
        self.rename_action.setStatusTip(
            self.tr("Change a topic, an author's name or another value in every page")
        )
        self.rename_action.triggered.connect(self.open_rename)
        self.rename_action.setEnabled(False)
        menu = window.tools_menu
        menu.addSeparator()
        menu.addAction(self.search_action)
        menu.addAction(self.rename_action)
        window.addAction(self.search_action)  # the shortcut works wherever the focus is

        self.panel.openRequested.connect(self._open)
        self.panel.matchRequested.connect(self._show_match)
        self.panel.fieldRequested.connect(self._show_field)
        self.panel.closeRequested.connect(self._close_search)
        window.siteOpened.connect(self._on_site)

    def _on_site(self, _root: Path) -> None:
        self.panel.set_site(self.window.site, self.window.schema)
        self.rename_action.setEnabled(self.window.site is not None)

    # -- search ------------------------------------------------------------------------------
    def show_search(self) -> None:
        """Show the Search Site panel and put the cursor in its box."""
        if not self.dock.isVisible():
            self._list_width = self.window.library.width()  # before the dock takes its room
        self.dock.show()
        self.dock.raise_()
        self.panel.focus_search()

    def _close_search(self) -> None:
        """Escape in the panel: it closes, the list comes back, the keyboard goes to the page
        (or the list when no page is open)."""
        self.dock.hide()
        window = self.window
        target = window.editor if window.current_document() is not None else window.library
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _in_place_of_the_list(self, shown: bool) -> None:
        toggle = getattr(self.window, "toggle_list_action", None)
        if toggle is None:
            return
        if shown and self._list_was_shown is None:
            self._list_was_shown = toggle.isChecked()
            width = (self._list_width or self.window.library.width()) if toggle.isChecked() else 0
            self._list_width = 0
            toggle.setChecked(False)
            if width:
                self._give_width(width)
        elif not shown and self._list_was_shown is not None and not self.dock.isVisible():
            toggle.setChecked(self._list_was_shown)
            self._list_was_shown = None

    def list_shown_under_search(self) -> bool | None:
        """Whether the document list was shown before the Search Site panel took its place;
        None while the panel does not stand in for it (the layout remembers the list so)."""
        return self._list_was_shown

    def _give_width(self, width: int) -> None:
        if self.dock.isVisible():
            self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        # The dock layout may not have taken the width yet: ask for it as a minimum for a
        # moment, then let the author narrow it again.
        self.panel.setMinimumWidth(width)
        QTimer.singleShot(300, self, lambda: self.panel.setMinimumWidth(SEARCH_MIN_WIDTH))

    def _open(self, path: Path) -> None:
        self.window.open_document(path)

    def _is_open(self, path: Path) -> bool:
        doc = self.window.current_document()
        if doc is None or doc.path is None:
            return False
        return Path(doc.path).resolve() == Path(path).resolve()

    def _show_field(self, path: Path, field: str) -> None:
        if self._is_open(path):
            self.window.form.focus_field(field)

    def _show_match(self, path: Path, query: str) -> None:
        doc = self.window.current_document()
        if doc is None or not self._is_open(path):
            return
        line = first_match_line(doc, query)
        if line is None:
            return
        editor = self.window.editor
        if doc.error is None:
            line = line - doc.body_start_line + 1  # the editor holds the text below the settings
        editor.go_to_line(max(1, line))
        _select_on_line(editor, query)
        editor.setFocus()

    # -- rename ------------------------------------------------------------------------------
    def _current_collection(self) -> str | None:
        window = self.window
        doc = window.current_document()
        if doc is not None and doc.path is not None and window.site is not None:
            name = window.site.collection_of(doc.path)
            if name:
                return name
        library = getattr(window, "library", None)
        current = getattr(library, "current_collection", None)
        return current() if callable(current) else None

    def open_rename(self) -> RenameValueDialog | None:
        """Open the Rename or Merge a Value dialog for the current collection's fields."""
        window = self.window
        if window.site is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = RenameValueDialog(
            window.site, window.schema, self._current_collection(), window
        )
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.before_change = self._may_change
        self.dialog.renamed.connect(self._after_rename)
        self.dialog.show()
        return self.dialog

    def _may_change(self) -> bool:
        # Unsaved edits are saved first (or the rename does not happen): never lose them.
        doc = self.window.current_document()
        if doc is None or not doc.is_modified:
            return True
        name = Path(doc.path).name if doc.path is not None else self.tr("this page")
        if not SaveFirstQuestion.ask(self.dialog or self.window, name):
            return False
        return bool(self.window.save_document())

    def _after_rename(self, report: RenameReport) -> None:
        # The pages were saved and the site's index updated by the core; values feed the
        # schema's choices, so read it again before the open page is shown afresh.
        self.window.read_schema_again(lambda _schema: self._refresh(report))

    def _refresh(self, report: RenameReport) -> None:
        window = self.window
        window.library.refresh()
        doc = window.current_document()
        changed = {Path(p).resolve() for p in report.files}
        if doc is not None and doc.path is not None and Path(doc.path).resolve() in changed:
            if not doc.is_modified:
                window.reload_document()
        self.panel.set_site(window.site, window.schema)
        n = len(report.files)
        window.statusBar().showMessage(
            self.tr("“{old}” is now “{new}” in {pages}.").format(
                old=report.old, new=report.new, pages=pages_text(n)
            ),
            6000,
        )


def _select_on_line(editor: Any, query: str) -> None:
    """Select the searched words on the cursor's line, as the hit list shows them: the whole
    phrase, or the shortest stretch holding all the words found there."""
    cursor = editor.textCursor()
    block = cursor.block()
    span = match_span(block.text(), query)
    if span is None:
        return
    cursor.setPosition(block.position() + span[0])
    cursor.setPosition(block.position() + span[1], cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def install_site_tools(window: Any) -> SiteToolsHook:
    """Add Tools > Search Site… (Ctrl+Shift+F) and Rename or Merge a Value… to a MainWindow."""
    hook = SiteToolsHook(window)
    window.site_tools = hook
    return hook


# The panel and the dialog live in site_search.py and rename_value.py; named here too.
__all__ = [
    "DETAIL_ROLE",
    "ConfirmRename",
    "RenameValueDialog",
    "SaveFirstQuestion",
    "SiteSearchPanel",
    "SiteToolsHook",
    "install_site_tools",
    "search",
]
