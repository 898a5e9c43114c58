"""The Sharing toolbar: where the site stands, "Get latest" and "Share my changes".

Shown once the site's folder is known: for a folder outside git it says, calmly, that the
folder is not shared and why, its buttons greyed with that reason. The work is
`core/sync.py`'s, run off the UI thread; this module shows its words, marks the pages in the
list (changed here / by others), keeps the open page's unsaved text in the recovery folder
before anything on disk changes, and offers the choices left by Get latest
(`ui/sync_choices.py`). Drafts on review branches (Send for review, Drafts…, Approve):
`ui/sync_branches.py`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QSizePolicy, QToolBar

from editor_app.core import sync
from editor_app.core.sync_pull import touches_schema
from editor_app.ui.eliding_label import ElidingLabel
from editor_app.ui.sync_bar_choices import ChoicesMixin, sentences
from editor_app.ui.sync_bar_message import StatusMessageFit, status_line_fitted
from editor_app.ui.sync_branches import DraftsMixin
from editor_app.ui.sync_identity import (
    before_first_share,
    install_identity_action,
    remembered,
    sharing_email,
)
from editor_app.ui.sync_page import OpenPage, PageMarks, page_mark, show_new_files, status_details
from editor_app.ui.translation import translator

REFRESH_MS = 5 * 60 * 1000  # ask the server again every five minutes


tr = translator("SyncBar")

GET_LATEST_TIP = "Bring in the changes others shared; yours are kept"
SHARE_TIP = "Send the saved pages you changed (with their pictures and review notes)"


def _action(bar: QToolBar, text: str, tip: str, slot: Any) -> QAction:
    action = QAction(tr(text), bar)
    action.setToolTip(tr(tip))
    action.triggered.connect(slot)
    return action


def _not_shared() -> str:
    """Why a folder outside git is not shared, on short lines: a tooltip is one line
    otherwise, wider than a 1024-pixel screen."""
    return textwrap.fill(tr(sync.NOT_SHARED_TEXT), 64)


class StatusLabel(ElidingLabel):
    """The status line: shortened with "…" when the window is narrow (the tooltip has it all),
    so the buttons beside it never move into the toolbar's overflow menu."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(120, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(min(hint.width(), 640), hint.height())

    def shown_text(self) -> str:
        """The line as drawn: its parts' explanations dropped first when it is too long."""
        return status_line_fitted(self.text(), self.fontMetrics(), self.contentsRect().width())


class SyncBar(ChoicesMixin, DraftsMixin, QToolBar):
    """Status text always visible, and the two buttons a person needs to share."""

    # Where the copy stands was learnt (`state`): a page opened before the first check knew
    # of drafts from others waiting is told of its newer draft then (ui/review/window.py).
    statusShown = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(tr("Sharing"), window)
        self.setObjectName("syncToolbar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.window_ = window
        self.root: Path | None = None
        self.state = sync.SyncStatus()
        self.busy = False
        self.last_message = ""
        # The server could not be reached the last time it was asked: a status worked out
        # here alone (after a save, after Get latest) says so still, not "Up to date".
        self.server_offline = False
        # Likewise the server's last refusal or a wrong address (the shared copy not found).
        self.server_problem = ""
        self.open_page = OpenPage(window)
        self.marks = PageMarks()

        self.status_label = StatusLabel()
        self.status_label.setAccessibleName(tr("Sharing status"))
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.get_latest_action = _action(
            self,
            "Get latest",
            GET_LATEST_TIP,
            self.get_latest,
        )
        self.share_action = _action(
            self,
            "Share my changes",
            SHARE_TIP,
            self.share,
        )
        self.choices_action = _action(
            self,
            "Choices…",
            "Places changed here and by others: choose what to keep",
            lambda: self.show_choices(),
        )
        self.send_action = _action(
            self,
            "Send for review",
            "Put this saved page on its own branch for an editor",
            self.send_for_review,
        )
        self.drafts_action = _action(
            self,
            "Drafts…",
            "Drafts sent for review: see what they change, approve",
            self.show_drafts,
        )
        self.addWidget(self.status_label)
        for action in (
            self.choices_action,
            self.drafts_action,
            self.send_action,
            self.get_latest_action,
            self.share_action,
        ):
            self.addAction(action)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(lambda: self.refresh(fetch=True))
        self.setVisible(False)

    # -- the site ---------------------------------------------------------------------------
    def set_site(self, folder: Path) -> None:
        """A site was opened: show the bar with what it knows (or that the folder is not shared)."""
        self.root = Path(folder)
        self.state = sync.SyncStatus()
        self.setVisible(False)
        self.server_offline = False
        self.server_problem = ""
        # Off the UI thread: what is known here first, then what the server says.
        root = self.root
        self.window_.jobs.start(
            sync.status,
            root,
            False,
            on_done=lambda state: self._first_status(root, state),
            on_error=self._failed,
        )
        self.timer.start()

    def server_looked(self, offline: bool, problem: str = "") -> None:
        """Another look at the server (the Drafts dialog's) learnt how it stands: the line
        says so, out of reach or its true reason (a wrong address, access refused), or
        no longer once it answered."""
        self.server_offline, self.server_problem = offline, problem
        if not self.busy:
            self.refresh(fetch=False)

    def page_read_again(self, _path: Path) -> None:
        """The open page read again from disk (`editor-app sync pull` beside the window, a
        commit made elsewhere): the line asks again, not left saying "Get latest" for what
        is here already (connected by the window's guard, made after the bar)."""
        if not self.busy:
            self.refresh(fetch=False)

    def _first_status(self, root: Path, state: sync.SyncStatus) -> None:
        if root != self.root:
            return  # another site was opened meanwhile
        self._show_status(state)
        self.refresh(fetch=True)

    def refresh(self, fetch: bool = False) -> None:
        """Ask the core where the copy stands, off the UI thread (git, and the server, take time).

        `fetch`: ask the server too (skipped while Get latest or Share runs, which fetch anyway).
        """
        if self.root is None or (fetch and (self.busy or not self.state.is_git)):
            return
        root = self.root
        self.window_.jobs.start(
            sync.status,
            root,
            fetch,
            on_done=lambda state: self._show_status(state, fetch) if root == self.root else None,
            on_error=self._failed,
        )

    def _show_status(self, state: sync.SyncStatus, asked_server: bool = False) -> None:
        if asked_server:
            self.server_offline = state.offline
            self.server_problem = state.problem or ""
        elif self.server_offline and state.has_remote and not state.problem:
            state.offline = True
        elif self.server_problem and state.has_remote and not state.problem:
            state.problem = self.server_problem
        self.state = state
        # Shown for a folder outside git too: someone who expected to share is told why not.
        self.setVisible(True)
        self.status_label.setText(tr(state.message) if not state.is_git else state.message)
        self.status_label.setToolTip(status_details(state) if state.is_git else _not_shared())
        self._say_why_greyed()
        self.choices_action.setVisible(bool(state.conflicts))
        self.choices_action.setText(tr("Choices ({n})…").format(n=len(state.conflicts)))
        self.send_action.setVisible(state.drafts_on_branches)
        self.drafts_action.setVisible(state.drafts_on_branches or bool(state.drafts_to_review))
        self._enable()
        self.mark_pages()
        self.statusShown.emit()

    def _say_why_greyed(self) -> None:
        """Get latest's and Share's tooltips: what they do, or why they cannot run here."""
        for action, tip in (
            (self.get_latest_action, GET_LATEST_TIP),
            (self.share_action, SHARE_TIP),
        ):
            action.setToolTip(tr(tip) if self.state.is_git else _not_shared())

    def _enable(self) -> None:
        on = not self.busy and self.state.is_git and self.state.has_remote
        self.get_latest_action.setEnabled(on)
        self.share_action.setEnabled(on)
        self.send_action.setEnabled(not self.busy and self.window_.current_document() is not None)

    def _failed(self, reason: str) -> None:
        self.busy = False
        self._sharing(False)
        self._enable()
        self.status_label.setText(reason)
        self.last_message = reason

    def _action_failed(self, reason: str) -> None:
        """What the author asked for could not be done: said in the bar, and in full in the
        window's status bar (the bar's label is cut short in a narrow window)."""
        self._failed(reason)
        self.window_.statusBar().showMessage(reason, 15000)

    def on_app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.isVisible():
            self.refresh(fetch=False)

    # -- marks in the page list ---------------------------------------------------------------
    def mark_pages(self) -> None:
        """A coloured dot before each page changed here or by others, with words in the tip."""
        if self.root is not None:
            self.marks.apply(self.window_.library, self.state)  # kept across refreshes

    def page_mark(self, path: Path) -> str | None:
        """How the list marks this page: "here", "others", "both" or None."""
        return page_mark(self.state, path)

    # -- Get latest ----------------------------------------------------------------------------
    def _author(self) -> str | None:
        """The name given before the first share (the review window's too), else None: git's."""
        return remembered(self.window_.settings)[0] or None

    def _email(self) -> str | None:
        """The e-mail given before the first share, on the commits sharing makes."""
        return sharing_email(self.window_.settings)

    def _merge_open_page(self) -> str:
        """Others' changes join the open page's unsaved text; the words to add to what the
        step says when both changed the same place ("" otherwise)."""
        if self.open_page.merge_others_changes():
            # Short: it follows what the step did, on one line of the status bar.
            return tr(
                "Your unsaved words stay where others changed the same place; theirs is in "
                "File > Page History…"
            )
        return ""

    def get_latest(self) -> None:
        if self.busy or self.root is None:
            return
        self.open_page.keep_in_recovery()
        self.open_page.remember()
        self._start(
            tr("Getting the latest…"),
            sync.pull,
            self.root,
            self._author(),
            self._email(),
            done=self._after_pull,
        )

    def _sharing(self, on: bool) -> None:
        """While on, the open page read again after git changed it is not reported as changed
        by another program: what happened is said here ("Got the latest: ...")."""
        guard = getattr(self.window_, "guard", None)
        if guard is not None:
            guard.sharing = on
            disk = getattr(guard, "disk", None)
            if not on and disk is not None:
                disk.timer.start()  # a change it left to sharing, not taken in: looked at now

    def _start(self, words: str, fn: Any, *args: Any, done: Any, failed: Any = None) -> None:
        """Run a sharing step off the UI thread; `failed(reason)` hears of a failure too."""
        self.busy = True
        self._sharing(True)
        self._enable()
        self.status_label.setText(words)

        def on_error(reason: str) -> None:
            self._action_failed(reason)
            if failed is not None:
                failed(reason)

        self.window_.jobs.start(fn, *args, on_done=done, on_error=on_error)

    def _after_pull(self, result: sync.PullResult) -> None:
        self.server_offline = result.offline
        self.server_problem = ""
        if result.offline:
            # The bar's line says "Offline: …" beside the button (server_offline): said there
            # once, not in the status bar too.
            self._finish("")
            self.last_message = result.message
            return
        self._finish(result.message, result.brought_in, result.conflicts, result)
        self._schema_follows(result.other_files)

    def _schema_follows(self, paths: list[str]) -> None:
        """Others changed the site's fields (`_schema.yml` among `paths`, from the repository):
        the form shows them at once, not after the site is opened again."""
        if touches_schema(paths) and hasattr(self.window_, "read_schema_again"):
            self.window_.read_schema_again(lambda _schema: None)

    def _finish(
        self,
        message: str,
        pages: Sequence[str] = (),
        conflicts: Sequence[sync.Conflict] = (),
        pulled: sync.PullResult | None = None,
    ) -> None:
        """After Get latest, Share, Send or Approve: say it, show the new files, ask again.

        Said once, in the window's status bar, with what happened to the open page: it was
        said, then said again with the open page's news (or replaced by it)."""
        self.busy = False
        moves, followed = (pulled.page_moves, pulled.moved) if pulled else ({}, [])
        removed = self.open_page.close_if_removed(list(pages), self.state.root, moves, followed)
        clash = self._merge_open_page()
        self._tell(sentences(message, removed, clash))
        self._files_changed(list(pages))
        self._sharing(False)
        self.refresh(fetch=False)
        if conflicts:
            self.show_choices(list(conflicts))

    def _files_changed(self, pages: list[str]) -> None:
        show_new_files(self.window_, self.state.root, pages)
        # Notes brought in for the open page: shown now, not when it is next opened.
        review = getattr(self.window_, "review", None)
        if review is not None and hasattr(review, "after_sharing"):
            review.after_sharing()

    def _tell(self, message: str) -> None:
        self.last_message = message
        self.window_.statusBar().showMessage(message, 10000)

    # -- Share my changes ------------------------------------------------------------------------
    def share(self) -> None:
        if self.busy or self.root is None:
            return
        if not before_first_share(self.window_.settings, self.root, self.window_):
            self._tell(tr("Nothing was shared: your changes stay here."))
            return
        doc = self.window_.current_document()
        # Said again with the result: shown only now, the result's words replaced it at once.
        unsaved = doc is not None and doc.is_modified
        self.open_page.keep_in_recovery()
        self.open_page.remember()
        self._start(
            tr("Sharing…"),
            sync.push,
            self.root,
            None,
            self._author(),
            True,
            self._email(),
            done=lambda result: self._after_push(result, unsaved),
        )

    def _after_push(self, result: sync.PushResult, unsaved: bool = False) -> None:
        pulled = result.pulled or sync.PullResult()
        self.server_offline = result.offline
        self.server_problem = ""
        message = result.message
        if unsaved:
            message += tr(
                ". The open page's unsaved changes were not shared: save it, then share again."
            )
        # The files left out until chosen, and the choices Share's own Get latest left: the
        # Choices window opens on them, as after Get latest.
        conflicts = list(result.choices)
        self._finish(message, pulled.brought_in, conflicts, pulled)
        self._schema_follows(pulled.other_files)


def install_sync(window: Any) -> SyncBar:
    """Add the Sharing toolbar under the main one; it appears when a site opens."""
    bar = SyncBar(window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.sync_bar = bar
    # What sharing did is said in the window's status bar, often at length: kept to its width.
    bar.message_fit = StatusMessageFit(window.statusBar())
    install_identity_action(window)
    window.siteOpened.connect(bar.set_site)
    window.documentSaved.connect(lambda _p: bar.refresh(fetch=False))
    window.documentOpened.connect(lambda _p: bar._enable())
    # Back to the app (perhaps after editing files or approving elsewhere): look again.
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.applicationStateChanged.connect(bar.on_app_state)  # a slot: gone with the bar
    return bar
