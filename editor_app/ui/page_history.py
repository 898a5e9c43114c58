"""File > Page History…: the open page's earlier versions (its git commits), each compared
with another or with the page as it is. After Get latest, where others changed the same place,
the window says their version is kept there; this is where the author finds it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from editor_app.core import gitutil, review
from editor_app.ui.review.changes import ChangesView
from editor_app.ui.window_actions import add_after


class PageHistoryDialog(QDialog):
    """The versions of one page, compared as in the review window's "What changed" tab."""

    def __init__(self, path: Path, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1").replace("%1", name))
        self.changes = ChangesView()
        self.changes.mark_button.hide()  # marking reviewed belongs to the review window
        self.changes.set_history(review.History(path))
        if self.changes.history is not None and self.changes.history.uses_git:
            commits = self.changes.history.commits()
            if len(commits) > 1:  # the last two versions side by side, the likeliest question
                self.changes.set_compare_commits(commits[1].sha, commits[0].sha)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.changes, 1)
        layout.addWidget(buttons)
        self.resize(820, 560)


class PageHistory(QObject):
    """The File menu action and its dialog; kept as `window.page_history`."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: PageHistoryDialog | None = None
        self._known: dict[Path, bool] = {}
        self.action = QAction(self.tr("Page &History…"), window)
        self.action.setStatusTip(self.tr("See the open page's earlier versions and what changed"))
        self.action.triggered.connect(lambda: self.show_history())
        add_after(window.file_menu, getattr(window, "close_action", None), self.action)
        # A site opened anew may have been put under git (or shared) meanwhile.
        window.siteOpened.connect(lambda *_a: self._known.clear())
        for signal in (window.siteOpened, window.documentOpened, window.documentClosed):
            signal.connect(lambda *_a: self.update_action())
        self.update_action()

    def update_action(self) -> None:
        """Enabled for a saved page of a site kept in git, with a commit to show."""
        doc = self.window.current_document()
        path = getattr(doc, "path", None)
        enabled = path is not None and self._in_git(Path(path).parent)
        self.action.setEnabled(enabled)
        self.action.setToolTip(
            "" if enabled else self.tr("Pages of a site shared with others have a history.")
        )

    def _in_git(self, folder: Path) -> bool:
        """Whether `folder` is in a git repository with a commit; asked of git once a folder
        (opening a page should not wait for two git commands each time)."""
        known = self._known.get(folder)
        if known is None:
            root = gitutil.repo_root(folder) if gitutil.git_available() else None
            known = root is not None and gitutil.has_commits(root)
            self._known[folder] = known
        return known

    def show_history(self) -> PageHistoryDialog | None:
        doc = self.window.current_document()
        if doc is None or doc.path is None:
            return None
        name = self.window.documents.document_name()
        self.dialog = PageHistoryDialog(Path(doc.path), name, self.window)
        self.dialog.show()
        return self.dialog


def install_page_history(window: Any) -> PageHistory:
    window.page_history = PageHistory(window)
    return window.page_history
