"""The main window: wires the document list, form, editor, preview and problems together.

Panels never reach into each other; this window connects their signals to the core. Other
parts of the window hook in through the signals below and the public menus (`file_menu`,
`edit_menu`, `view_menu`, `tools_menu`, `help_menu`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.document import Document, FrontMatterError
from editor_app.core.errors import Notice, explain_os_error, notifier
from editor_app.core.render import Renderer
from editor_app.core.schema import load_schema
from editor_app.core.site import Site
from editor_app.core.text_stats import count_words, reading_minutes
from editor_app.core.validate import validate_document, validate_site
from editor_app.ui import dialogs
from editor_app.ui.dialogs import Choice, NewDocumentDialog, UnsavedChangesDialog
from editor_app.ui.editor import MarkdownEditor
from editor_app.ui.form import FrontMatterForm
from editor_app.ui.library import DocumentList
from editor_app.ui.preview import PreviewPane
from editor_app.ui.problems import ProblemList
from editor_app.ui.review import install_review
from editor_app.ui.safety import guard_window
from editor_app.ui.site_tools import install_site_tools
from editor_app.ui.spell import install_spelling_language
from editor_app.ui.workers import Job, JobRunner

PREVIEW_DELAY_MS = 200  # long enough to skip most keystrokes, short enough to feel live
CHECK_DELAY_MS = 500  # live validation and word count after a pause in typing
MAX_RECENT = 8
STATS_IN_WORKER_CHARS = 20_000  # longer pages are counted in a worker


def _load_site(folder: Path, progress: Any = None) -> tuple[Any, Any]:
    """Open a site, index its documents and load its schema (runs in a worker)."""
    site = Site.open(folder)
    site.entries(progress)
    return site, load_schema(site)


def _check_snapshot(text: str, path: Path | None, site: Any, schema: Any) -> list[Any]:
    """Problems of a snapshot of the document text (runs in a worker)."""
    return validate_document(Document.from_text(text, path=path), site, schema)


def _render_page(renderer: Renderer, text: str, path: Path | None, schema: Any) -> str:
    """Preview HTML of a snapshot of the document text (runs in a worker)."""
    return renderer.render_page(Document.from_text(text, path=path), schema)


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
        self.doc: Document | None = None
        self._raw = False  # the header could not be read: the editor holds the whole file
        self._loading = False
        self._modified = False
        self._file_gone = False  # another program deleted the open page's file
        self._site_job: Job | None = None
        self._validate_job: Job | None = None
        self._render_busy = False
        self._render_pending = False
        self._preview_generation = 0
        self._pending_document: Path | None = None
        self._stats_generation = 0  # the newest word count wins
        self._check_generation = 0  # the newest live check wins

        self.jobs = JobRunner(2, self)
        self.render_jobs = JobRunner(1, self)  # one at a time: stale requests are skipped

        self._build_panels()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._wire()
        # Review > Review Queue... and the notes of the open page (ui/review.py).
        install_review(self)
        # Tools > Search Site... (Ctrl+Shift+F), Rename or Merge a Value... (ui/site_tools.py).
        install_site_tools(self)
        # Tools > Spelling Language, chosen per site (ui/spell.py).
        install_spelling_language(self)
        self._restore_settings()
        self._update_title()
        self._update_actions()
        self._unsubscribe = notifier.subscribe(self._noticeArrived.emit)
        # Never lose a word (ui/safety.py): recovery copies, changes on disk, safe saves.
        self.guard = guard_window(self)
        self.guard.fileDeleted.connect(self._on_file_deleted)

    # -- construction --------------------------------------------------------------------
    def _build_panels(self) -> None:
        self.library = DocumentList()
        self.library.setAccessibleName(self.tr("Document list"))

        self.form = FrontMatterForm()
        self.form.setAccessibleName(self.tr("Page settings"))
        self.form_area = QScrollArea()
        self.form_area.setWidget(self.form)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setAccessibleName(self.tr("Page settings"))

        self.editor = MarkdownEditor()
        self.editor.setAccessibleName(self.tr("Page text"))

        # A banner above the form for things the author must know (unreadable header, ...).
        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(self.banner.palette().ColorRole.ToolTipBase)
        self.banner.setForegroundRole(self.banner.palette().ColorRole.ToolTipText)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24)
        )
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_label.setAccessibleName(self.tr("Notice"))
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        banner_layout.addWidget(self.banner_label, 1)
        self.banner.hide()

        self.placeholder = QLabel(self.tr("Choose a document in the list, or make a new one."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.centre_splitter = QSplitter(Qt.Orientation.Vertical)
        self.centre_splitter.setObjectName("centreSplitter")
        self.centre_splitter.addWidget(self.form_area)
        self.centre_splitter.addWidget(self.editor)
        self.centre_splitter.setStretchFactor(0, 2)
        self.centre_splitter.setStretchFactor(1, 3)
        self.centre_splitter.setChildrenCollapsible(False)
        self.centre_splitter.setSizes([380, 420])  # room for the usual dozen fields

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.banner)
        centre_layout.addWidget(self.placeholder, 1)
        centre_layout.addWidget(self.centre_splitter, 1)
        self.centre = centre

        # Chromium starts once the site is listed; the text preview shows pages until then.
        self.preview = PreviewPane(defer_web=True)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([300, 600, 540])
        self.setCentralWidget(self.splitter)

        self.problems = ProblemList()
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems)
        self.problems_dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

        # Keyboard order follows the eye: list, form, text, preview.
        self.setTabOrder(self.library.view, self.form_area)
        self.setTabOrder(self.form_area, self.editor)
        self.setTabOrder(self.editor, self.preview.view)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._show_editing(False)

    def _icon(self, theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
        return QIcon.fromTheme(theme, self.style().standardIcon(fallback))

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        icon: QIcon | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        key = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&New Document…"),
            self.new_document,
            key.New,
            self.tr("Start a new page in this site"),
            self._icon("document-new", sp.SP_FileIcon),
        )
        self.open_action = self._action(
            self.tr("&Open Folder…"),
            self.choose_folder,
            key.Open,
            self.tr("Open the folder of a site"),
            self._icon("document-open", sp.SP_DirOpenIcon),
        )
        self.save_action = self._action(
            self.tr("&Save"),
            self.save_document,
            key.Save,
            self.tr("Save this page"),
            self._icon("document-save", sp.SP_DialogSaveButton),
        )
        self.save_as_action = self._action(
            self.tr("Save &As…"),
            self.save_document_as,
            key.SaveAs,
            self.tr("Save this page under another name or in another folder"),
        )
        self.close_action = self._action(
            self.tr("&Close Document"),
            self.close_document,
            key.Close,
            self.tr("Close this page"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self._action(self.tr("&Undo"), self.editor.undo, key.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self.editor.redo, key.Redo)
        self.cut_action = self._action(self.tr("Cu&t"), self.editor.cut, key.Cut)
        self.copy_action = self._action(self.tr("&Copy"), self.editor.copy, key.Copy)
        self.paste_action = self._action(self.tr("&Paste"), self.editor.paste, key.Paste)
        self.select_all_action = self._action(
            self.tr("Select &All"), self.editor.selectAll, key.SelectAll
        )
        # The editor's own Find bar when it has one; otherwise the action is not shown.
        find = getattr(self.editor, "show_find", None)
        self.find_action = (
            self._action(self.tr("&Find…"), find, key.Find) if callable(find) else None
        )
        replace = getattr(self.editor, "show_replace", None)
        self.replace_action = (
            self._action(self.tr("Find and &Replace…"), replace, key.Replace)
            if callable(replace)
            else None
        )

        self.validate_action = self._action(
            self.tr("&Check This Page"),
            self.validate_current,
            "F7",
            self.tr("Look for problems in this page (F7)"),
            self._icon("tools-check-spelling", sp.SP_DialogApplyButton),
        )
        self.validate_action.setIconText(self.tr("Check"))
        self.validate_site_action = self._action(
            self.tr("Check the Whole &Site"),
            self.validate_whole_site,
            "Shift+F7",
            self.tr("Look for problems in every page of the site (Shift+F7)"),
        )

        def toggle(text: str, widget: QWidget, name: str) -> QAction:
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(True)
            action.setObjectName(name)
            action.toggled.connect(widget.setVisible)
            return action

        self.toggle_list_action = toggle(self.tr("Document &List"), self.library, "showList")
        self.toggle_list_action.setShortcut(QKeySequence("Ctrl+1"))
        self.toggle_form_action = toggle(self.tr("Page &Settings"), self.form_area, "showForm")
        self.toggle_form_action.setShortcut(QKeySequence("Ctrl+2"))
        self.toggle_preview_action = toggle(self.tr("&Preview"), self.preview, "showPreview")
        self.toggle_preview_action.setShortcut(QKeySequence("Ctrl+3"))
        self.toggle_problems_action = self.problems_dock.toggleViewAction()
        self.toggle_problems_action.setText(self.tr("P&roblems"))
        self.toggle_problems_action.setShortcut(QKeySequence("Ctrl+4"))

        self.about_action = self._action(self.tr("&About editor-app"), self._about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_action)
        self.file_menu.addAction(self.save_as_action)
        self.file_menu.addAction(self.close_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        for action in (self.cut_action, self.copy_action, self.paste_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addAction(self.select_all_action)
        if self.find_action is not None or self.replace_action is not None:
            self.edit_menu.addSeparator()
        for action in (self.find_action, self.replace_action):
            if action is not None:
                self.edit_menu.addAction(action)

        self.view_menu = bar.addMenu(self.tr("&View"))
        for action in (
            self.toggle_list_action,
            self.toggle_form_action,
            self.toggle_preview_action,
            self.toggle_problems_action,
        ):
            self.view_menu.addAction(action)

        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.tools_menu.addAction(self.validate_action)
        self.tools_menu.addAction(self.validate_site_action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.save_action)
        self.toolbar.addAction(self.validate_action)
        self.new_action.setIconText(self.tr("New"))
        self.save_action.setIconText(self.tr("Save"))
        self.addToolBar(self.toolbar)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.site_progress = QProgressBar()
        self.site_progress.setAccessibleName(self.tr("Reading the site"))
        self.site_progress.setMaximumWidth(200)
        self.site_progress.hide()
        self.stats_label = QLabel()
        self.stats_label.setAccessibleName(self.tr("Word count and reading time"))
        status.addPermanentWidget(self.site_progress)
        status.addPermanentWidget(self.stats_label)

    def _wire(self) -> None:
        self.library.documentActivated.connect(self.open_document)
        self.library.collectionChanged.connect(self._on_collection_chosen)
        self.form.fieldEdited.connect(self._on_field_edited)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.scrollFractionChanged.connect(self.preview.set_scroll_fraction)
        self.preview.rendered.connect(self.previewUpdated)
        self.problems.problemActivated.connect(self.jump_to_problem)
        self.problems.cancelRequested.connect(self._cancel_validation)
        self._preview_timer.timeout.connect(self._request_preview)
        self._check_timer.timeout.connect(self._live_check)
        self._noticeArrived.connect(self._show_notice)

    def _show_notice(self, notice: Notice) -> None:
        """The one channel for messages from the core: errors in a box, the rest in the bar."""
        text = f"{notice.message}\n\n{notice.detail}".strip()
        if notice.level == "error":
            dialogs.show_error(self, self.tr("Something went wrong"), text)
        else:
            self.statusBar().showMessage(notice.message, 8000)

    # -- settings ------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1400, screen.width() * 9 // 10), min(880, screen.height() * 9 // 10))
        state = s.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        for splitter, key in (
            (self.splitter, "window/mainSplitter"),
            (self.centre_splitter, "window/centreSplitter"),
        ):
            value = s.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                splitter.restoreState(value)
        for action in (
            self.toggle_list_action,
            self.toggle_form_action,
            self.toggle_preview_action,
        ):
            shown = s.value(f"view/{action.objectName()}", True)
            action.setChecked(shown not in (False, "false", "0", 0))

    def save_settings(self) -> None:
        """Remember the window layout (called when the window closes)."""
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/mainSplitter", self.splitter.saveState())
        s.setValue("window/centreSplitter", self.centre_splitter.saveState())
        for action in (
            self.toggle_list_action,
            self.toggle_form_action,
            self.toggle_preview_action,
        ):
            s.setValue(f"view/{action.objectName()}", action.isChecked())
        s.sync()

    def recent_folders(self) -> list[str]:
        """Folders opened before, most recent first."""
        value = self.settings.value("recentFolders", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def _remember_folder(self, folder: Path) -> None:
        folders = [str(folder)] + [f for f in self.recent_folders() if f != str(folder)]
        self.settings.setValue("recentFolders", folders[:MAX_RECENT])
        self.settings.setValue("lastFolder", str(folder))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        folders = self.recent_folders()
        if not folders:
            action = self.recent_menu.addAction(self.tr("(none yet)"))
            action.setEnabled(False)
            return
        for folder in folders:
            action = self.recent_menu.addAction(folder)
            action.triggered.connect(lambda _c=False, f=folder: self.open_folder(f))

    # -- site ----------------------------------------------------------------------------
    def choose_folder(self) -> None:
        """File > Open Folder: ask for a site folder and open it."""
        start = str(self.site.root) if self.site is not None else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a site folder"), start)
        if folder:
            self.open_folder(folder)

    def open_folder(self, folder: str | Path, then_open: Path | None = None) -> bool:
        """Read a site in the background; the list fills when it is ready."""
        if not self.close_document():
            return False
        if self._site_job is not None:
            self._site_job.cancel()
        self._pending_document = then_open
        self.statusBar().showMessage(self.tr("Reading the site…"))
        self.site_progress.setRange(0, 0)
        self.site_progress.show()
        self._site_job = self.jobs.start(
            _load_site,
            Path(folder),
            on_done=self._on_site_loaded,
            on_error=self._on_site_failed,
            on_progress=self._on_site_progress,
        )
        return True

    def _on_site_progress(self, done: int, total: int) -> None:
        if total:
            self.site_progress.setRange(0, total)
            self.site_progress.setValue(done)
            self.statusBar().showMessage(
                self.tr("Reading the site… {done} of {total} pages").format(done=done, total=total)
            )

    def _on_site_loaded(self, result: tuple[Any, Any]) -> None:
        self._site_job = None
        self.site_progress.hide()
        self.site, self.schema = result
        self.renderer = Renderer(self.site)
        self.form.set_site(self.site, self.schema)
        set_editor_site = getattr(self.editor, "set_site", None)  # images go into its assets
        if callable(set_editor_site):
            set_editor_site(self.site)
        self.library.set_site(self.site)
        remembered = self.settings.value(self._collection_key())
        if not (remembered and self.library.set_collection(str(remembered))):
            self.library.choose_largest_collection()
        self.preview.set_site_root(self.site.root)
        self.problems.set_problems([], self.site.root)
        self._remember_folder(self.site.root)
        count = len(self.site.entries())
        self.statusBar().showMessage(
            self.tr("Opened {site}: {n} pages.").format(site=self._site_name(), n=count), 5000
        )
        self._update_title()
        self._update_actions()
        self.siteOpened.emit(self.site.root)
        pending, self._pending_document = self._pending_document, None
        if pending is not None:
            self.open_document(pending)

    def _on_site_failed(self, reason: str) -> None:
        self._site_job = None
        self.site_progress.hide()
        self.statusBar().clearMessage()
        dialogs.show_error(
            self,
            self.tr("Cannot open the folder"),
            self.tr("This folder cannot be opened as a site.\n\n{reason}").format(reason=reason),
        )

    def site_setting_key(self, group: str) -> str:
        """The settings key for something remembered per site, e.g. its collection shown."""
        root = str(self.site.root) if self.site is not None else ""
        return group + "/" + root.replace("/", "|").replace("\\", "|")

    def _collection_key(self) -> str:
        return self.site_setting_key("collections")

    def _on_collection_chosen(self, name: str) -> None:
        if self.site is not None:
            self.settings.setValue(self._collection_key(), name)

    def _site_name(self) -> str:
        if self.site is None:
            return ""
        title = self.site.config.get("title") if isinstance(self.site.config, dict) else None
        return str(title) if title else self.site.root.name

    # -- documents -----------------------------------------------------------------------
    def current_document(self) -> Document | None:
        """The open document, or None."""
        return self.doc

    def open_document(self, path: str | Path) -> bool:
        """Open a document (asking first about unsaved changes); False if it stayed closed."""
        path = Path(path).resolve()
        if self.doc is not None and self.doc.path == path:
            return True
        if not self.maybe_save_changes():
            self.library.select_path(self.doc.path if self.doc is not None else None)
            return False
        try:
            doc = Document.load(path)
        except OSError as exc:
            self.library.select_path(self.doc.path if self.doc is not None else None)
            dialogs.show_error(
                self,
                self.tr("Cannot open the page"),
                explain_os_error(exc, path, "opened"),
            )
            return False
        self.show_document(doc)
        return True

    def reload_document(self) -> bool:
        """Read the open document again from disk, dropping unsaved changes."""
        if self.doc is None or self.doc.path is None:
            return False
        try:
            doc = Document.load(self.doc.path)
        except OSError:
            return False
        self.show_document(doc)
        return True

    def show_document(self, doc: Document) -> None:
        """Put a loaded document into the form, editor and preview."""
        previous = self.doc
        if previous is not None and previous.path is not None and previous.path != doc.path:
            self.library.set_modified(previous.path, False)
        self._loading = True
        try:
            self.doc = doc
            self._raw = doc.error is not None
            show_header = getattr(self.editor, "set_front_matter_shown", None)
            if callable(show_header):
                show_header(self._raw)
            collection = self.site.collection_of(doc.path) if self.site and doc.path else None
            set_editor_collection = getattr(self.editor, "set_collection", None)
            if callable(set_editor_collection):
                set_editor_collection(collection)  # its images go to its collection's folder
            collection_schema = (
                self.schema.for_collection(collection)
                if self.schema is not None and collection
                else None
            )
            if self._raw:
                self.form.load({}, collection_schema, [])
                self.form.setEnabled(False)
                self.editor.set_markdown(doc.text.replace("\r\n", "\n"))
            else:
                self.form.setEnabled(True)
                self.form.load(doc.front_matter, collection_schema, list(doc.front_matter))
                self.editor.set_markdown(doc.body)
        finally:
            self._loading = False
        self._show_banner()
        self._show_editing(True)
        # An unreadable header has no form to show: give the editor the room.
        self.form_area.setVisible(not self._raw and self.toggle_form_action.isChecked())
        self._modified = False
        self._file_gone = False
        self.setWindowModified(False)
        self._update_modified()  # a recovered document may arrive with changes
        self._update_title()
        self._update_actions()
        if doc.path is not None and not self.library.select_path(doc.path) and self.site:
            # Show the list the document belongs to, so the author sees where it is.
            self.library.set_collection(self.site.collection_of(doc.path) or "")
            self.library.select_path(doc.path)
        self._update_stats()
        self._preview_timer.stop()
        self._request_preview()
        self._check_timer.start()
        if doc.path is not None:
            self.documentOpened.emit(doc.path)

    def _show_banner(self) -> None:
        doc = self.doc
        notes: list[str] = []
        if doc is not None and doc.error is not None:
            notes.append(
                self.tr(
                    "Line {line}: {message}\nThe whole file is shown below so you can fix it; "
                    "nothing has been changed or lost. Save when done to get the settings "
                    "form back."
                ).format(line=doc.error.line, message=doc.error.message.rstrip(".") + ".")
            )
        if doc is not None and getattr(doc, "decode_error", None):
            notes.append(
                self.tr(
                    "This file is not in the usual text encoding; it was read as {encoding} "
                    "and will be saved the same way."
                ).format(encoding=doc.encoding)
            )
        self.banner_label.setText("\n\n".join(notes))
        self.banner.setVisible(bool(notes))

    def _show_editing(self, shown: bool) -> None:
        self.placeholder.setVisible(not shown)
        self.centre_splitter.setVisible(shown)

    def close_document(self) -> bool:
        """Close the open document (asking about unsaved changes); False when cancelled."""
        if self.doc is None:
            return True
        if not self.maybe_save_changes():
            return False
        path = self.doc.path
        if path is not None:
            self.library.set_modified(path, False)
        self._loading = True
        try:
            self.doc = None
            self._raw = False
            self.form.load({}, None, [])
            self.editor.set_markdown("")
        finally:
            self._loading = False
        self._preview_generation += 1  # drop any render still on its way
        self._preview_timer.stop()
        self._check_timer.stop()
        self.preview.clear()
        self.banner.hide()
        self._show_editing(False)
        self.library.select_path(None)
        self._modified = False
        self._file_gone = False
        self.setWindowModified(False)
        self._update_title()
        self._update_actions()
        self.stats_label.clear()
        if path is not None:
            self.documentClosed.emit(path)
        return True

    def maybe_save_changes(self) -> bool:
        """Ask Save / Don't save / Cancel when there are unsaved changes; True to go on."""
        if self.doc is None or not (self.doc.is_modified or self._file_gone):
            return True
        choice = UnsavedChangesDialog.ask(self, self._document_name())
        if choice is Choice.SAVE:
            return self.save_document()
        if choice is Choice.DISCARD:
            if self.doc.path is not None:
                self.library.set_modified(self.doc.path, False)
            return True
        return False

    def save_document(self) -> bool:
        """Save the open document through the lossless model; False when it failed."""
        doc = self.doc
        if doc is None:
            return False
        old_path = doc.path
        # The guard asks before replacing a newer file and explains failures (Save As offered).
        saved = self.guard.save_document(doc)
        if saved is None:
            return False
        if old_path is None or Path(saved) != Path(old_path):
            self._saved_elsewhere(old_path, Path(saved))  # the failed save's Save As was taken
            return True
        path = doc.path
        if self.site is not None and path is not None:
            self.site.update_entry(path)
            self.library.refresh()
        if self._file_gone:  # saving put the deleted file back
            self._file_gone = False
            self.setWindowModified(doc.is_modified)
            self._update_actions()
        self._update_modified()
        self.statusBar().showMessage(self.tr("Saved {name}.").format(name=path.name), 4000)
        if path is not None:
            self.documentSaved.emit(path)
        if self._raw:
            # The author may have repaired the header by hand: reopen to bring the form back.
            fresh = Document.load(path)
            if fresh.error is None:
                self.show_document(fresh)
        return True

    def save_document_as(self) -> bool:
        """File > Save As: write the page to a file the user picks, then edit that file."""
        doc = self.doc
        if doc is None:
            return False
        old_path = doc.path
        saved = self.guard.save_as(doc)
        if saved is None:
            return False
        self._saved_elsewhere(old_path, Path(saved))
        return True

    def _saved_elsewhere(self, old_path: Path | None, new_path: Path) -> None:
        """After Save As: the window now edits `new_path`; the old file stays as it was."""
        doc = self.doc
        if doc is None:
            return
        doc.path = new_path.resolve()
        if old_path is not None:
            self.library.set_modified(old_path, False)
            self.documentClosed.emit(old_path)
        inside = self.site is not None and doc.path.is_relative_to(self.site.root.resolve())
        if inside:
            self.site.update_entry(doc.path)
            self.library.refresh()
        # Shown afresh: the new place may belong to another collection, with other fields.
        cursor = self.editor.textCursor().position()
        self.show_document(doc)
        moved = self.editor.textCursor()
        moved.setPosition(min(cursor, len(self.editor.toPlainText())))
        self.editor.setTextCursor(moved)  # the author carries on where they were
        self.statusBar().showMessage(self.tr("Saved as {name}.").format(name=doc.path.name), 4000)
        self.documentSaved.emit(doc.path)

    def new_document(self) -> None:
        """File > New: ask for the collection and title, create the file, open it."""
        if self.site is None:
            return
        from editor_app.core import tools  # written alongside; imported when first used

        collections = [(name, c.label) for name, c in self.site.collections.items()]
        if not collections:
            dialogs.show_info(
                self,
                self.tr("New document"),
                self.tr("This site has no collections to add a page to."),
            )
            return

        answer = NewDocumentDialog.ask(
            self, collections, self._propose_name, current=self.library.current_collection()
        )
        if answer is None:
            return
        if not self.close_document():
            return
        collection, title = answer
        try:
            path = tools.new_document(self.site, collection, title, schema=self.schema)
        except OSError as exc:
            dialogs.show_error(self, self.tr("Not created"), explain_os_error(exc, None, "created"))
            return
        except ValueError as exc:
            dialogs.show_error(self, self.tr("Not created"), str(exc))
            return
        self.site.update_entry(path)
        self.library.set_collection(collection)
        self.library.refresh()
        self.open_document(path)

    def _propose_name(self, collection: str, title: str) -> str:
        """The file File > New will create, relative to the site (the core decides the name)."""
        from editor_app.core import tools

        path = tools.proposed_path(self.site, collection, title)
        try:
            return path.relative_to(self.site.root).as_posix()
        except ValueError:  # a collection folder outside the site folder
            return str(path)

    # -- edits ---------------------------------------------------------------------------
    def _on_field_edited(self, name: str, value: object) -> None:
        if self._loading or self.doc is None or self._raw:
            return
        try:
            self.doc.set(name, value)
        except (ValueError, TypeError, FrontMatterError) as exc:
            self.statusBar().showMessage(
                self.tr("“{field}” was not changed: {reason}").format(field=name, reason=exc), 6000
            )
            return
        self._after_edit()

    def _on_text_changed(self) -> None:
        if self._loading or self.doc is None:
            return
        text = self.editor.markdown()
        if self._raw:
            self.doc.set_text(text.replace("\n", self.doc.newline))
        else:
            self.doc.body = text
        self._after_edit()

    def _after_edit(self) -> None:
        self._update_modified()
        self._preview_timer.start()
        self._check_timer.start()

    def _update_modified(self) -> None:
        modified = self.doc is not None and self.doc.is_modified
        if modified == self._modified:
            return  # the usual keystroke: nothing to redraw
        self._modified = modified
        self.setWindowModified(modified or self._file_gone)
        if self.doc is not None and self.doc.path is not None:
            self.library.set_modified(self.doc.path, modified)
        self._update_actions()
        self.modifiedChanged.emit(modified)

    def _on_file_deleted(self, path: Path) -> None:
        """Another program deleted the open page's file: the text here is the only copy."""
        if self.doc is None or self.doc.path is None or Path(self.doc.path) != Path(path):
            return
        self._file_gone = True
        self.setWindowModified(True)
        self._update_actions()

    def _update_title(self) -> None:
        parts = []
        if self.doc is not None and self.doc.path is not None:
            parts.append(self._document_name() + "[*]")
        if self.site is not None:
            parts.append(self._site_name())
        parts.append("editor-app")
        self.setWindowTitle(" — ".join(parts))

    def _document_name(self) -> str:
        if self.doc is None:
            return ""
        title = None if self._raw else self.doc.front_matter.get("title")
        if title:
            return str(title)
        return self.doc.path.name if self.doc.path is not None else self.tr("Untitled")

    def _update_actions(self) -> None:
        has_doc = self.doc is not None
        # A page whose file was deleted can be saved unchanged: that puts the file back.
        self.save_action.setEnabled(has_doc and (self.doc.is_modified or self._file_gone))
        self.save_as_action.setEnabled(has_doc)
        self.close_action.setEnabled(has_doc)
        self.validate_action.setEnabled(has_doc)
        self.new_action.setEnabled(self.site is not None)
        self.validate_site_action.setEnabled(self.site is not None and self._validate_job is None)

    def _update_stats(self, in_background: bool = False) -> None:
        if self.doc is None:
            self.stats_label.clear()
            return
        text = self.editor.markdown() if self._raw else self.doc.body
        if in_background and len(text) > STATS_IN_WORKER_CHARS:
            # Counting a long page takes 15-60 ms: off the UI thread, so typing never waits.
            self._stats_generation += 1
            self.jobs.start(
                count_words,
                text,
                on_done=lambda words, g=self._stats_generation: self._show_stats(words, g),
            )
            return
        self._stats_generation += 1
        self._show_stats(count_words(text), self._stats_generation)

    def _show_stats(self, words: int, generation: int) -> None:
        if generation != self._stats_generation or self.doc is None:
            return  # a newer count is on its way, or the page was closed
        minutes = reading_minutes(words)
        self.stats_label.setText(
            self.tr("{words} words · {minutes} min read").format(words=words, minutes=minutes)
        )

    # -- preview -------------------------------------------------------------------------
    def _request_preview(self) -> None:
        if self.doc is None or self.renderer is None:
            return
        self._preview_generation += 1
        if self._render_busy:
            self._render_pending = True  # render again when the current one is back
            return
        self._start_render()

    def _start_render(self) -> None:
        assert self.doc is not None and self.renderer is not None
        self._render_pending = False
        self._render_busy = True
        generation = self._preview_generation
        base = self.doc.path.parent if self.doc.path is not None else None
        self.render_jobs.start(
            _render_page,
            self.renderer,
            self.doc.text,
            self.doc.path,
            self.schema,
            on_done=lambda html, g=generation, b=base: self._on_rendered(g, html, b),
            on_error=lambda reason, g=generation: self._on_render_failed(g, reason),
        )

    def _on_rendered(self, generation: int, html: str, base: Path | None) -> None:
        self._render_busy = False
        if generation == self._preview_generation and self.doc is not None:
            self.preview.set_html(html, base)
        elif self._render_pending and self.doc is not None:
            self._start_render()

    def _on_render_failed(self, generation: int, reason: str) -> None:
        self._render_busy = False
        if generation == self._preview_generation:
            self.statusBar().showMessage(
                self.tr("The preview could not be drawn: {reason}").format(reason=reason), 6000
            )
        elif self._render_pending and self.doc is not None:
            self._start_render()

    # -- validation ----------------------------------------------------------------------
    def _live_check(self) -> None:
        """After a pause in typing: count words and mark invalid fields on the form."""
        self._update_stats(in_background=True)
        if self.doc is None or self._raw:
            return
        self._check_generation += 1
        if len(self.doc.text) > STATS_IN_WORKER_CHARS:
            # A long page's links take 10-80 ms to check: a snapshot is checked in a worker.
            self.jobs.start(
                _check_snapshot,
                self.doc.text,
                self.doc.path,
                self.site,
                self.schema,
                on_done=lambda ps, g=self._check_generation, d=self.doc: self._show_live_problems(
                    ps, g, d
                ),
            )
            return
        self.form.show_problems(validate_document(self.doc, self.site, self.schema))

    def _show_live_problems(self, problems: list[Any], generation: int, doc: Document) -> None:
        if generation == self._check_generation and self.doc is doc and not self._raw:
            self.form.show_problems(problems)  # else: another page, or a newer check, is due

    def validate_current(self) -> list[Any]:
        """F7: check the open document and list its problems."""
        if self.doc is None:
            return []
        problems = validate_document(self.doc, self.site, self.schema)
        if not self._raw:
            self.form.show_problems(problems)
        self._show_problems(problems, self.tr("This page:"))
        return problems

    def validate_whole_site(self) -> None:
        """Shift+F7: check every page in the background, with progress and a Stop button."""
        if self.site is None or self._validate_job is not None:
            return
        self.problems_dock.show()
        self.problems.set_busy(True, self.tr("Checking every page…"))
        self._validate_job = self.jobs.start(
            validate_site,
            self.site,
            self.schema,
            on_done=self._on_site_validated,
            on_error=self._on_site_validation_failed,
            on_progress=self.problems.set_progress,
            on_cancelled=self._on_site_validation_cancelled,
        )
        self._update_actions()

    def _cancel_validation(self) -> None:
        if self._validate_job is not None:
            self._validate_job.cancel()

    def _on_site_validated(self, problems: list[Any]) -> None:
        self._validate_job = None
        self.problems.set_busy(False)
        self._show_problems(problems, self.tr("Whole site:"))
        self._update_actions()

    def _on_site_validation_failed(self, reason: str) -> None:
        self._validate_job = None
        self.problems.set_busy(False)
        self.problems.summary.setText(self.tr("Checking stopped: {reason}").format(reason=reason))
        self._update_actions()

    def _on_site_validation_cancelled(self) -> None:
        self._validate_job = None
        self.problems.set_busy(False)
        self.problems.summary.setText(self.tr("Checking stopped."))
        self._update_actions()

    def _show_problems(self, problems: list[Any], scope: str) -> None:
        root = self.site.root if self.site is not None else None
        self.problems.set_problems(problems, root, scope)
        self.problems_dock.show()
        self.problemsShown.emit(list(problems))

    def _problem_path(self, problem: Any) -> Path:
        path = Path(problem.path)
        if not path.is_absolute() and self.site is not None:
            path = self.site.root / path
        return path.resolve()

    def jump_to_problem(self, problem: Any) -> None:
        """Open the problem's file if needed and put the cursor on its field or line."""
        path = self._problem_path(problem)
        if self.doc is None or self.doc.path != path:
            if not self.open_document(path):
                return
        assert self.doc is not None
        if problem.field and not self._raw and self.form.focus_field(problem.field):
            return
        if problem.line is None:
            self.editor.setFocus()
            return
        if self._raw:
            line = problem.line
        else:
            line = max(1, problem.line - self.doc.body_start_line + 1)
        self.editor.go_to_line(line)
        self.editor.setFocus()

    # -- window --------------------------------------------------------------------------
    def _about(self) -> None:
        dialogs.show_info(
            self,
            self.tr("About editor-app"),
            self.tr(
                "editor-app edits the pages of a static website: the settings at the top of "
                "each page in a form, and the text in Markdown, with a live preview."
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.maybe_save_changes():
            event.ignore()
            return
        self.save_settings()
        self.guard.session_ended()
        self._unsubscribe()
        self._preview_timer.stop()
        self._check_timer.stop()
        self._preview_generation += 1
        self.jobs.shutdown()
        self.render_jobs.shutdown()
        self.preview.shutdown()
        event.accept()
