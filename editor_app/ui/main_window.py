"""The main window: wires the document list, form, editor, preview and problems together.

The window only wires. Its panels are laid out by `window_panels.py`, its actions and menus
built by `window_actions.py`; the open page lives in the document session
(`document_session.py`), the site in the site session (`site_session.py`), the live preview
and word count in `page_refresh.py`, the checks in `checking.py`. Panels never reach into each
other. Other parts of the window hook in through the signals below and the public menus
(`file_menu`, `edit_menu`, `view_menu`, `tools_menu`, `help_menu`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from editor_app.core.document import Document
from editor_app.core.errors import Notice, notifier
from editor_app.core.render import Renderer
from editor_app.core.review import isolate
from editor_app.ui import dialogs, not_kept_questions
from editor_app.ui.check_spelling_note import install_check_spelling_note
from editor_app.ui.checking import CheckSession
from editor_app.ui.checklist import install_checklist
from editor_app.ui.document_session import DocumentSession
from editor_app.ui.form_fit import FormHeightFit
from editor_app.ui.guard_wiring import guard_window
from editor_app.ui.guide import install_guide
from editor_app.ui.page_history import install_page_history
from editor_app.ui.page_refresh import PageRefresher
from editor_app.ui.post_rename_flow import install_post_rename
from editor_app.ui.problem_lines import install_problem_lines
from editor_app.ui.problems_height import ProblemsHeight
from editor_app.ui.questions_on_top import keep_questions_on_top
from editor_app.ui.review import install_review
from editor_app.ui.site_session import SiteSession
from editor_app.ui.site_tools import install_site_tools
from editor_app.ui.spell import install_spelling_language
from editor_app.ui.sync import install_sync
from editor_app.ui.window_actions import (
    build_actions,
    build_menus,
    build_status_bar,
    build_toolbar,
)
from editor_app.ui.window_panels import (
    build_panels,
    keep_side_dock_narrow,
    remembered_int,
    remembered_true,
    restore_layout,
    save_layout,
)
from editor_app.ui.window_parts import install_window_parts
from editor_app.ui.word_files import install_word_files
from editor_app.ui.workers import JobRunner


class MainWindow(QMainWindow):
    """The editing window for one site: list, form + editor, preview, problems."""

    siteOpened = Signal(Path)
    documentOpened = Signal(Path)
    documentSaved = Signal(Path)
    documentClosed = Signal(Path)
    modifiedChanged = Signal(bool)
    previewUpdated = Signal()
    problemsShown = Signal(list)
    _noticeArrived = Signal(object)  # from any thread, shown on the UI thread

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.site: Any = None
        self.schema: Any = None
        self.renderer: Renderer | None = None
        self.jobs = JobRunner(2, self)

        build_panels(self)
        self.documents = DocumentSession(self)
        self.refresher = PageRefresher(self)
        self.checks = CheckSession(self)
        self.sites = SiteSession(self)
        self.documents.show_editing(False)
        build_actions(self)
        build_menus(self)
        build_toolbar(self)
        build_status_bar(self)
        self._wire()
        # Review > Review Queue... and the notes of the open page (ui/review.py).
        install_review(self)
        # Tools > Search Site... (Ctrl+Shift+F), Rename or Merge a Value... (ui/site_tools.py).
        install_site_tools(self)
        # Tools > Spelling Language, chosen per site (ui/spell.py).
        install_spelling_language(self)
        # Help > Guide (F1): the offline guide for authors (ui/guide.py).
        install_guide(self)
        # Sharing through git: Get latest, Share my changes (ui/sync.py).
        install_sync(self)
        # File > Import Word Document… and Export Review Pack… (ui/word_files.py).
        install_word_files(self)
        # File > Page History…: the open page's earlier versions (ui/page_history.py).
        install_page_history(self)
        # File > Rename File to Match Date…, also offered on Check's problem (ui/post_rename_flow.py).
        install_post_rename(self)
        # View > Checklist: the open page's sections, reading level and suggestions.
        install_checklist(self)
        # The open page's rows in Problems keep their line as the author types.
        install_problem_lines(self)
        # F7 on a page with misspelt words says so on the Problems line.
        install_check_spelling_note(self)
        restore_layout(self)
        # The settings pane as tall as its fields, at most as the author made it.
        self.form_fit = FormHeightFit(self, remembered_int(self.settings.value("window/formHeight")))
        self._docks_in_view_menu()
        # F6: list, settings, text, preview, panels (ui/window_parts.py); last in View, after
        # the panels' own items.
        install_window_parts(self)
        self.update_title()
        self.update_actions()
        self._unsubscribe = notifier.subscribe(self._noticeArrived.emit)
        # Never lose a word (ui/safety.py): recovery copies, changes on disk, safe saves.
        self.guard = guard_window(self)
        self.guard.fileDeleted.connect(self.documents.on_file_deleted)
        # Any question shown stays above the window when Qt makes it anew (the preview's
        # Chromium view coming in just after a site opens): ui/questions_on_top.py.
        self.questions_on_top = keep_questions_on_top(self)

    def _wire(self) -> None:
        self.library.documentActivated.connect(self.open_document)
        self.documentClosed.connect(self._keyboard_to_list)
        self.siteOpened.connect(self._keyboard_to_list)  # not the Show: chooser at the start
        self.library.collectionChanged.connect(self.sites.on_collection_chosen)
        self._editor_height = 0
        self.editor.scrollFractionChanged.connect(self._editor_scrolled)
        self.editor.cursorPositionChanged.connect(self._follow_caret_when_text_fits)
        self.preview.rendered.connect(self.previewUpdated)
        self._noticeArrived.connect(self._show_notice)
        # A dock opening or closing resizes the preview: it stays at the same place in the page.
        self.problems_dock.visibilityChanged.connect(self._keep_preview_place)
        # The first time it is ever shown: a strip below the page, not a third of a small
        # window (the form and text keep their room); afterwards the author's own size is kept.
        # Remembered on its own: a layout saved before Problems was ever shown has no size
        # for it.
        self.problems_sized = remembered_true(
            self.settings.value("window/problemsSized", False)
        )
        self.problems_dock.visibilityChanged.connect(self._size_problems_once)
        # Each Check fits it to its rows, until the author drags it (ui/problems_height.py).
        self.problems_height = ProblemsHeight(self)

    def _keyboard_to_list(self, _path: object = None) -> None:
        """A site opened, a page closed (Ctrl+W): the keyboard goes to the document list, to
        choose a page. Qt gave it to the list's "Show:" chooser, where Down changed the kind of
        page listed."""
        focus = QApplication.focusWidget()
        if (focus is not None and focus.window() is not self) or not self.library.view.isVisible():
            return  # the author is in another window, or the list is hidden
        # Where Qt puts it as the text hides: the chooser, or the preview (of a blank page).
        moved = focus in (None, self.library.collection_box, self.preview)
        if moved or not focus.isVisible() or self.preview.isAncestorOf(focus):
            self.library.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _editor_scrolled(self, fraction: float) -> None:
        """The preview follows the text as the author scrolls it; not when the text was only
        resized (a dock opening below), which would throw the preview back to the top."""
        height = self.editor.viewport().height()
        if height != self._editor_height:
            self._editor_height = height
            if self.documents.doc is not None and self.preview.scroll_fraction() > 0:
                return
        self.preview.set_scroll_fraction(fraction)

    def _follow_caret_when_text_fits(self) -> None:
        """A page shown whole in the editor never scrolls it, while its preview can be longer:
        the preview follows the caret instead, so what is typed at the end shows there."""
        editor = self.editor
        if editor.verticalScrollBar().maximum() > 0:
            return
        last = editor.blockCount() - 1
        fraction = editor.textCursor().blockNumber() / last if last > 0 else 0.0
        if fraction != self.preview.scroll_fraction():
            self.preview.set_scroll_fraction(fraction)

    def _size_problems_once(self, shown: bool) -> None:
        if shown and not self.problems_sized:
            self.problems_sized = True
            height = max(110, self.height() // 6)
            self.resizeDocks([self.problems_dock], [height], Qt.Orientation.Vertical)

    def _keep_preview_place(self, *_args: object) -> None:
        place = self.preview.scroll_fraction()
        for delay in (0, 150):  # after the new layout, and after the page has reflowed
            QTimer.singleShot(delay, self, lambda p=place: self.preview.set_scroll_fraction(p))

    def _docks_in_view_menu(self) -> None:
        """View lists every panel that can be shown or hidden, the docks added by others too."""
        listed = set(self.view_menu.actions())
        for dock in self.findChildren(QDockWidget):
            action = dock.toggleViewAction()
            if action not in listed:
                self.view_menu.addAction(action)
                listed.add(action)
            keep_side_dock_narrow(self, dock)

    def _show_notice(self, notice: Notice) -> None:
        """The one channel for messages from the core: errors in a box, the rest in the bar."""
        text = f"{notice.message}\n\n{notice.detail}".strip()
        if notice.level == "error":
            dialogs.show_error(self, self.tr("Something went wrong"), text)
        else:
            self.statusBar().showMessage(notice.message, 8000)

    # -- state shown in the title and the actions ----------------------------------------
    def update_title(self) -> None:
        """The page, the site and the app, with [*] for unsaved changes."""
        parts = []
        doc = self.documents.doc
        if doc is not None:
            parts.append(self.documents.document_name())
        if self.site is not None:
            parts.append(self.sites.site_name())
        parts.append("editor-app")
        # Qt shows "*" at [*] while there are unsaved changes; without the mark in the title
        # (no page open yet while a restored copy is marked changed) it shows nothing.
        parts[0] += "[*]"
        self.setWindowTitle(_in_reading_order(parts))

    def update_actions(self) -> None:
        """Enable what applies to the open page and the site."""
        doc = self.documents.doc
        has_doc = doc is not None
        # A page whose file was deleted can be saved unchanged: that puts the file back.
        self.save_action.setEnabled(has_doc and (doc.is_modified or self.documents.file_gone))
        self.save_as_action.setEnabled(has_doc)
        self.close_action.setEnabled(has_doc)
        self.validate_action.setEnabled(has_doc)
        self.new_action.setEnabled(self.site is not None)
        self.validate_site_action.setEnabled(self.site is not None and not self.checks.busy)

    # -- site (site_session.py) ----------------------------------------------------------
    def choose_folder(self) -> None:
        """File > Open Folder: ask for a site folder and open it."""
        self.sites.choose_folder()

    def open_folder(self, folder: str | Path, then_open: Path | None = None) -> bool:
        """Read a site in the background; the list fills when it is ready."""
        return self.sites.open_folder(folder, then_open)

    def site_setting_key(self, group: str) -> str:
        """The settings key for something remembered per site, e.g. its collection shown."""
        return self.sites.setting_key(group)

    def recent_folders(self) -> list[str]:
        """Folders opened before, most recent first."""
        return self.sites.recent_folders()

    def read_schema_again(self, then: Callable[[Any], None]) -> None:
        """The schema worked out again in a worker and put in force; `then(schema or None)`."""
        self.sites.read_schema_again(then)

    def _fill_recent_menu(self) -> None:
        self.sites.fill_recent_menu(self.recent_menu)

    # -- documents (document_session.py) -------------------------------------------------
    def current_document(self) -> Document | None:
        """The open document, or None."""
        return self.documents.doc

    def open_document(self, path: str | Path) -> bool:
        """Open a document (asking first about unsaved changes); False if it stayed closed.
        A Word file is not opened: Import is offered instead (`WordFiles.open_instead`)."""
        if self.word_files.open_instead(Path(path)):
            return False
        return self.documents.open_document(path)

    def reload_document(self) -> bool:
        """Read the open document again from disk, dropping unsaved changes."""
        doc = self.documents.doc
        if doc is not None and doc.path is not None and self.site is not None:
            # Changed on disk (a review decision, another program): the list follows.
            self.site.update_entry(doc.path)
            self.library.refresh()
        return self.documents.reload_document()

    def show_document(self, doc: Document) -> None:
        """Put a loaded document into the form, editor and preview."""
        self.documents.show_document(doc)

    def close_document(self) -> bool:
        """Close the open document (asking about unsaved changes); False when cancelled."""
        return self.documents.close_document()

    def maybe_save_changes(self) -> bool:
        """Ask Save / Don't save / Cancel when there are unsaved changes; True to go on."""
        return self.documents.maybe_save_changes()

    def save_document(self) -> bool:
        """Save the open document through the lossless model; False when it failed (or the
        author went back to a box holding text that would not be kept)."""
        if self.documents.doc is not None and not not_kept_questions.may_save(self):
            return False
        return self.documents.save_document()

    def save_document_as(self) -> bool:
        """File > Save As: write the page to a file the user picks, then edit that file."""
        return self.documents.save_document_as()

    def new_document(self) -> None:
        """File > New: ask for the collection and title, then open the new page."""
        self.documents.new_document()

    def _propose_name(self, collection: str, title: str) -> str:
        return self.documents.propose_name(collection, title)

    # -- checks (checking.py) ------------------------------------------------------------
    def validate_current(self) -> list[Any]:
        """F7: check the open document and list its problems."""
        return self.checks.validate_current()

    def validate_whole_site(self) -> None:
        """Shift+F7: check every page in the background, with progress and a Stop button."""
        self.checks.validate_whole_site()

    def jump_to_problem(self, problem: Any) -> None:
        """Open the problem's file if needed and put the cursor on its field or line."""
        self.checks.jump_to_problem(problem)

    # -- window --------------------------------------------------------------------------
    def save_settings(self) -> None:
        """Remember the window layout (called when the window closes)."""
        save_layout(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.maybe_save_changes():
            event.ignore()
            return
        self.sites.remember_open_page()  # reopened at the next start
        self.editor.take_back_undone_copies()  # no Undo or Redo can bring them back now
        self.save_settings()
        self.guard.session_ended()
        self._unsubscribe()
        self.refresher.shutdown()
        self.jobs.shutdown()
        self.preview.shutdown()
        event.accept()


def _in_reading_order(parts: list[str]) -> str:
    """The title's parts joined by dashes, in this order also when one is in Arabic or Hebrew:
    a right-to-left first letter made the whole title run from the right, its parts reversed.
    Such a part is isolated (U+2068...U+2069) after a left-to-right mark; the others are left
    as they are, the app's name last: Qt adds " — editor-app" to a title not ending with it,
    and an isolated name showed twice. The isolate is the review lists' (`review.isolate`)."""
    shown = [isolate(part) for part in parts]
    if shown == parts:
        return " — ".join(parts)
    return "\u200e" + " — ".join(shown)
