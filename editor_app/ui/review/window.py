"""The review window, and how review mode plugs into the main window (the marks of open
suggestions in the editor and the preview: `suggestion_marks.py`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QWidget,
)

from editor_app.core import review
from editor_app.ui.dialogs import ReviewerName
from editor_app.ui.review.common import _to_qt
from editor_app.ui.review.decided import AfterDecisionMixin
from editor_app.ui.review.editor_notes import EditorNotes
from editor_app.ui.review.notes_panel import NotesPanel
from editor_app.ui.review.page_to_review import PageToReview
from editor_app.ui.review.panel import ReviewPanel
from editor_app.ui.review.suggestion_marks import SuggestionMarksMixin
from editor_app.ui.screen_fit import fit_to_screen, is_small_screen
from editor_app.ui.window_panels import place_dock_opened_by_hand, place_dock_opening_by_itself


class ReviewWindow(QMainWindow):
    """A window holding the ReviewPanel, opened from Review > Review Queue…"""

    def __init__(
        self,
        site: Any = None,
        schema: Any = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review queue"))
        self.panel = ReviewPanel(settings, self)
        self.setCentralWidget(self.panel)
        # Buttons and diff in sight on a small screen too; there the whole screen, as the main
        # window takes it: at 92% of 1024x700 the notes and suggested edits showed one each.
        fit_to_screen(self, 1300, 820, share=1.0 if is_small_screen(self) else 0.92)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.panel.refresh)
        self.addActions([close, refresh])
        if site is not None:
            self.set_site(site, schema)

    def set_site(self, site: Any, schema: Any = None) -> None:
        name = getattr(site, "title", None) or Path(site.root).name
        self.setWindowTitle(self.tr("Review queue – %1").replace("%1", name))
        self.panel.set_site(site, schema)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.panel.shutdown()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Escape closes it as it does a dialog; a box or list using Escape itself keeps it.
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.close()
            return
        super().keyPressEvent(event)


class ReviewHook(AfterDecisionMixin, SuggestionMarksMixin, QObject):
    """Puts review mode into the main window: the Review menu and the notes of the open page.

    Installed by `install_review(window)`; it uses only the window's public hooks (menus,
    signals and methods listed in docs/ARCHITECTURE.md).
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.review_window: ReviewWindow | None = None
        self._watching_bar = False
        self._newer_draft_asked: Path | None = None  # the open page, once asked of its draft

        self.notes = NotesPanel(offers_add=True)
        self.notes.setAccessibleName(self.tr("Review notes"))
        self.notes_dock = QDockWidget(self.tr("Review notes"), window)
        self.notes_dock.setObjectName("reviewNotesDock")
        self.notes_dock.setWidget(self.notes)
        self.notes.align_with_title(self.notes_dock)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
        self.notes_dock.hide()

        self.queue_action = QAction(self.tr("Review &Queue…"), window)
        self.queue_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.queue_action.setStatusTip(self.tr("See every draft waiting for review"))
        self.queue_action.triggered.connect(self.open_queue)
        notes_action = self.notes_dock.toggleViewAction()
        notes_action.setText(self.tr("Review &Notes"))
        place_dock_opened_by_hand(window, self.notes_dock)  # also from View
        self.menu = QMenu(self.tr("&Review"), window)
        self.menu.addAction(self.queue_action)
        self.menu.addAction(notes_action)
        help_menu = getattr(window, "help_menu", None)
        bar = window.menuBar()
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)

        # Add Review Note… on the selected words, on any page (ui/review/editor_notes.py).
        self.editor_notes = EditorNotes(self)
        # Send This Page for Review (ui/review/page_to_review.py).
        self.page_to_review = PageToReview(self)

        window.documentOpened.connect(self._on_opened)
        window.documentSaved.connect(self._on_saved)
        window.documentClosed.connect(lambda _p: self.notes.set_document(None))
        window.siteOpened.connect(self._on_site)
        self.notes.passageRequested.connect(self._select_in_editor)
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(800)
        self._sync_timer.timeout.connect(self._sync_body)
        window.editor.textChanged.connect(self._sync_timer.start)
        self.notes_dock.visibilityChanged.connect(lambda shown: shown and self._sync_body())
        # Suggested edits: the author accepts or rejects them in the notes panel; they are
        # marked in the editor and in the preview.
        suggestions = self.notes.suggestions
        suggestions.may_change_file = self._may_change
        suggestions.author = self._author
        suggestions.fileChanged.connect(self._after_approve)
        self.notes.notesChanged.connect(lambda _p: self._mark_editor())
        window.previewUpdated.connect(self._mark_preview)
        self._editor_marked = False
        # Qt positions of the marked words, so a click in them chooses that suggestion.
        self._editor_marks: list[tuple[int, int, str]] = []
        window.editor.cursorPositionChanged.connect(self._choose_marked_suggestion)

    # -- the notes of the open page ---------------------------------------------------------
    def _body(self) -> str:
        doc = self.window.current_document()
        return doc.body if doc is not None and doc.error is None else ""

    def _author(self) -> str | None:
        # Asked once and remembered; the login name only if the person gives none; None when
        # the question is cancelled (nothing is then done).
        site = self.window.site
        where = Path(site.root) if site is not None else None
        return ReviewerName.signing(self.window.settings, self.window, where)

    def show_notes_by_itself(self) -> None:
        """The notes panel opened for the author (a page with open notes): placed where it
        leaves the page its room (`window_panels.place_dock_opening_by_itself`)."""
        place_dock_opening_by_itself(self.window, self.notes_dock)
        self.notes_dock.show()
        self.notes_dock.raise_()  # in front of Problems when they share a place as tabs

    def _on_opened(self, path: Path) -> None:
        self.notes.set_document(path, self._body())
        if any(not n.resolved for n in self.notes.notes()) or self.notes.suggestions.marks():
            self.show_notes_by_itself()
        self._mark_editor()
        self._tell_of_newer_draft(path)

    def _tell_of_newer_draft(self, path: Path) -> None:
        """The page opened is the shared copy of one whose newer draft another person sent for
        review: said, so its old words are not taken for the draft's."""
        self._newer_draft_asked = None
        bar = getattr(self.window, "sync_bar", None)
        if bar is None or not bar.state.drafts_to_review:
            return  # no draft from others waits: no git asked at each page opened
        self._newer_draft_asked = Path(path).resolve()  # asked once per page opened
        draft = review.newer_draft(path)
        if draft is not None:
            self.window.statusBar().showMessage(
                self.tr(
                    "A newer draft of this page, sent by %1 on %2, waits in Drafts (Sharing "
                    "bar): this is the shared copy."
                )
                .replace("%1", draft.sent_by)
                .replace("%2", f"{draft.sent_at:%d %b %Y}"),
                30000,
            )

    def _after_sharing_status(self) -> None:
        """The page opened before the Sharing bar's first check knew that drafts from others
        wait (the app opened on it): told now of its newer draft, once."""
        doc = self.window.current_document()
        if doc is None or doc.path is None:
            return
        path = Path(doc.path).resolve()
        if self._newer_draft_asked != path:
            self._tell_of_newer_draft(path)

    def reread_notes(self) -> None:
        """Read the open page's notes and suggested edits again (Get latest may have brought
        the editor's); the panel opens when there are more open ones than before."""
        doc = self.window.current_document()
        if doc is None or doc.path is None:
            return

        def open_count() -> int:
            store = self.notes.store
            if store is None:
                return 0
            return sum(not n.resolved for n in store.notes) + len(store.open_suggestions())

        before = open_count()
        self.notes.set_document(Path(doc.path), self._editor_body() or self._body())
        if open_count() > before:
            self.show_notes_by_itself()
        self._mark_editor()

    def after_sharing(self) -> None:
        """Get latest, Share or a choice changed files: the open page's notes and the review
        window show them (it kept showing the versions from before, and its word to Get
        latest)."""
        self.reread_notes()
        review_window = self.review_window
        if review_window is not None and review_window.isVisible():
            review_window.statusBar().clearMessage()
            review_window.panel.refresh()

    def _on_saved(self, _path: Path) -> None:
        self.notes.set_body(self._editor_body() or self._body())

    def _editor_body(self) -> str | None:
        """The page text being edited, or None when the editor holds the whole raw file."""
        doc = self.window.current_document()
        if doc is None or doc.error is not None:
            return None
        return self.window.editor.toPlainText()

    def _sync_body(self) -> None:
        # Keep the notes placed in the text as typed, so clicking a note finds its words (only
        # while they are on show, or suggestions are marked: copying a long page's text out
        # of the editor is not free).
        if self.notes.store is None:
            return
        if not (self.notes_dock.isVisible() or self.notes.store.open_suggestions()):
            return
        body = self._editor_body()
        if body is not None:
            self.notes.set_body(body)
            self._mark_editor(body)

    def _select_in_editor(self, start: int, end: int) -> None:
        text = self._editor_body()
        if text is None:
            return
        editor = self.window.editor
        cursor = editor.textCursor()
        cursor.setPosition(_to_qt(text, start))
        cursor.setPosition(_to_qt(text, end), cursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.centerCursor()
        editor.setFocus()

    # -- the review window ------------------------------------------------------------------
    def open_queue(self) -> ReviewWindow | None:
        """Open (or raise) the review window on the window's site."""
        site = self.window.site
        if site is None:
            return None
        opening = self.review_window is None or not self.review_window.isVisible()
        if self.review_window is None:
            # A child of the main window: it goes when that window closes, and does not keep
            # the application running on its own.
            self.review_window = ReviewWindow(settings=self.window.settings, parent=self.window)
            panel = self.review_window.panel
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(panel.shutdown)
            panel.may_change_file = self._may_change
            panel.approved.connect(self._after_approval)
            panel.sentBack.connect(self._after_notes_changed)
            panel.undone.connect(self._after_approve)  # an approval undone changes the file
            panel.undone.connect(self._after_notes_changed)
            panel.notes.notesChanged.connect(self._after_notes_changed)
            panel.notes.suggestions.suggestionsChanged.connect(self._after_notes_changed)
            panel.openRequested.connect(self._open_in_editor)
            panel.pageChanged.connect(self._after_approve)
            panel.published.connect(self._after_publish)
            panel.newerDraftRequested.connect(self._open_newer_draft)
            panel.queue.drafts_button.clicked.connect(lambda: self._open_newer_draft(None))
            self.review_window.set_site(site, self.window.schema)
        if opening:
            # The editor reviews what the author has open, when that page waits for review.
            doc = self.window.current_document()
            if doc is not None and doc.path is not None:
                self.review_window.panel.choose_page(Path(doc.path))
        self.review_window.show()
        self.review_window.raise_()
        self.review_window.activateWindow()
        self._tell_of_newer_versions()
        return self.review_window

    def _tell_of_newer_versions(self) -> None:
        """Others shared changes not brought in yet: the drafts shown may be out of date."""
        bar = getattr(self.window, "sync_bar", None)
        incoming = bar.state.incoming if bar is not None else 0
        if incoming and self.review_window is not None:
            self.review_window.statusBar().showMessage(
                self.tr(
                    "Others shared changes you have not got yet: press Get latest in the main "
                    "window to review the newest versions."
                )
            )

    def _is_open(self, path: Path) -> bool:
        doc = self.window.current_document()
        return doc is not None and doc.path is not None and Path(doc.path).resolve() == path

    def _may_change(self, path: Path) -> bool:
        # Unsaved edits to the same page would be lost or overwrite the decision: ask first
        # (save, don't save, or cancel the decision).
        if self._is_open(Path(path).resolve()):
            return bool(self.window.maybe_save_changes())
        return True

    def _open_newer_draft(self, branch: str | None) -> None:
        """The queue's row was the shared copy: open Drafts on the newer draft (None: Drafts
        as it opens, from the queue's Open Drafts…)."""
        bar = getattr(self.window, "sync_bar", None)
        if bar is not None:
            bar.show_drafts(branch, parent=self.review_window)

    def _open_in_editor(self, path: Path) -> None:
        if self.window.open_document(path):
            self.window.raise_()
            self.window.activateWindow()

    def _on_site(self, _root: Path) -> None:
        bar = getattr(self.window, "sync_bar", None)
        if bar is not None and not self._watching_bar:  # made after this hook, before a site
            bar.statusShown.connect(self._after_sharing_status)
            self._watching_bar = True
        if self.review_window is not None:
            self.review_window.set_site(self.window.site, self.window.schema)


def install_review(window: Any) -> ReviewHook:
    """Add the Review menu (Review Queue…, Ctrl+Shift+R) and the notes panel to a MainWindow."""
    hook = ReviewHook(window)
    window.review = hook
    return hook
