"""The Checklist panel: the open page's sections (found or missing), its reading level, and
each content suggestion; clicking one goes to its place. The rules are the core's
(`core/checks/checklist.page_checklist`); this panel only shows them."""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.page_language import isolate_quoted
from editor_app.ui.checking import show_in_front
from editor_app.ui.translation import translator
from editor_app.ui.window_panels import bottom_dock
from editor_app.ui.wrapping_rows import wrap_column

if TYPE_CHECKING:
    from editor_app.core.checks.checklist import Checklist

REFRESH_DELAY_MS = 1200  # after a pause in typing
_LINE_ROLE = Qt.ItemDataRole.UserRole
_PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


tr = translator("Checklist")


class ChecklistPanel(QWidget):
    """Sections, reading level and suggestions of one page."""

    lineActivated = Signal(int)  # a file line
    problemActivated = Signal(object)  # a suggestion (a core Problem)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(tr("Open a page to see its checklist."))
        self.summary.setWordWrap(True)
        self.tree = _WrappingTree()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addStretch()  # with the list hidden, the words stay at the top
        self.tree.hide()

    def clear(self) -> None:
        self.tree.clear()
        self.tree.hide()
        self.summary.setText(tr("Open a page to see its checklist."))

    def show_checklist(self, checklist: Checklist) -> None:
        """Fill the panel from the core's checklist."""
        self.tree.clear()
        if checklist.sections:
            found = sum(1 for s in checklist.sections if s.line is not None)
            head = QTreeWidgetItem(
                [
                    tr("Sections: {found} of {total}").format(
                        found=found, total=len(checklist.sections)
                    )
                ]
            )
            self.tree.addTopLevelItem(head)
            for section in checklist.sections:
                mark = "\u2713" if section.line is not None else "\u2717"
                state = tr("line {n}").format(n=section.line) if section.line else tr("missing")
                item = QTreeWidgetItem([f"{mark} {section.name} ({state})"])
                if section.line is not None:
                    item.setData(0, _LINE_ROLE, section.line)
                head.addChild(item)
            head.setExpanded(True)
        if checklist.reading_ease is not None:
            aim = checklist.reading_target or 0
            # Judged on the numbers shown, as Check's own message is: never '40 (hard; the
            # site aims for 40 or more)'. Higher is easier: 64 against an aim of 40 is fine.
            ok = round(checklist.reading_ease) >= round(aim)
            text = tr(
                "Reading ease {ease:.0f} ({verdict}; the site aims for {aim:.0f} or more), "
                "about grade {grade:.0f}"
            ).format(
                ease=checklist.reading_ease,
                verdict=tr("fine") if ok else tr("hard"),
                aim=aim,
                grade=checklist.reading_grade or 0,
            )
            self.tree.addTopLevelItem(QTreeWidgetItem([text]))
        if checklist.suggestions:
            head = QTreeWidgetItem([tr("Suggestions: {n}").format(n=len(checklist.suggestions))])
            self.tree.addTopLevelItem(head)
            for p in checklist.suggestions:
                where = tr("line {n}").format(n=p.line) if p.line else ""
                message = isolate_quoted(p.message)  # Persian or Arabic quotes in order
                item = QTreeWidgetItem([f"{where}  {message}".strip()])
                item.setToolTip(0, message)
                item.setData(0, _PROBLEM_ROLE, p)
                head.addChild(item)
            head.setExpanded(True)
        # Nothing listed (no sections, reading level or suggestion): the summary alone says
        # so, with no empty box beneath it, as the Problems panel does.
        self.tree.setVisible(self.tree.topLevelItemCount() > 0)
        n = len(checklist.suggestions)
        self.summary.setText(
            tr("Nothing to improve that the checklist can see.")
            if n == 0 and not checklist.missing
            else (
                tr("1 suggestion for this page.")
                if n == 1
                else tr("{n} suggestions for this page.").format(n=n)
            )
        )

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        problem = item.data(0, _PROBLEM_ROLE)
        if problem is not None:
            self.problemActivated.emit(problem)
            return
        line = item.data(0, _LINE_ROLE)
        if isinstance(line, int):
            self.lineActivated.emit(line)


class _WrappingTree(QTreeWidget):
    """A tree whose rows wrap at the panel's edge, each as tall as its text: a long
    suggestion ('(27 more sentences on this page run over 35 words: lines 20, 35, ...)') reads
    whole in the panel, not cut at its edge with the rest in a tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The one column is as wide as the panel, so the text wraps there.
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        wrap_column(self, 0)


def _snapshot(doc: Any) -> Any:
    """What the checklist reads of the open page, copied so the worker never sees it change."""
    return SimpleNamespace(
        text=doc.text,
        path=getattr(doc, "path", None),
        error=getattr(doc, "error", None),
        has_front_matter=getattr(doc, "has_front_matter", False),
        front_matter=dict(getattr(doc, "front_matter", None) or {}),
    )


class ChecklistHook:
    """Keeps the panel in step with the open page: on opening, saving and after typing."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.panel = ChecklistPanel()
        # Below the page, a tab beside Problems: long suggestions need the width, and the
        # form, text and preview keep theirs. Shown from View > Checklist.
        dock = bottom_dock(window, tr("Checklist"), "checklistDock", self.panel)
        problems_dock = getattr(window, "problems_dock", None)
        if problems_dock is not None:
            window.tabifyDockWidget(problems_dock, dock)
        dock.hide()
        dock.toggleViewAction().setText(tr("&Checklist"))  # Alt+V, C
        self.dock = dock
        # Turned on from View > Checklist: in front of Problems, not a tab behind it.
        dock.toggleViewAction().triggered.connect(self._to_front)
        # Worked out only while on show (a long page's checks are not free), and at once when
        # it comes into view.
        dock.visibilityChanged.connect(self._on_shown)
        self._sized = False
        self._generation = 0
        self._timer = QTimer(window)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        window.documentOpened.connect(lambda *_a: self.refresh())
        window.documentSaved.connect(lambda *_a: self.refresh())
        window.documentClosed.connect(lambda *_a: self._closed())
        editor = getattr(window, "editor", None)
        if editor is not None and hasattr(editor, "textChanged"):
            editor.textChanged.connect(self._timer.start)
        self.panel.problemActivated.connect(window.checks.jump_to_problem)
        self.panel.lineActivated.connect(self._go_to_line)

    def _to_front(self, checked: bool) -> None:
        if checked:
            show_in_front(self.dock)

    def _on_shown(self, shown: bool) -> None:
        if not shown:
            return
        if not self._sized:
            # A strip below the page, not half the window: the form and text keep their room.
            self._sized = True
            height = max(120, self.window.height() // 5)
            self.window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)
        self.refresh()

    def _closed(self) -> None:
        self._generation += 1
        self._timer.stop()
        self.panel.clear()

    def refresh(self) -> None:
        """Work the checklist out in the background; the newest request wins."""
        w = self.window
        if self.dock.isHidden():
            return
        doc = w.documents.doc
        if doc is None:
            self._closed()
            return
        # With the checks, at the panel's first showing: not with the window.
        from editor_app.core.checks.checklist import page_checklist

        self._generation += 1
        generation = self._generation
        w.jobs.start(
            page_checklist,
            _snapshot(doc),
            w.site,
            w.schema,
            on_done=lambda c, g=generation: self._show(g, c),
            on_error=lambda _reason: None,  # the problem list says what cannot be read
        )

    def _show(self, generation: int, checklist: Checklist) -> None:
        if generation == self._generation:
            self.panel.show_checklist(checklist)

    def _go_to_line(self, line: int) -> None:
        w = self.window
        doc = w.documents.doc
        if doc is None:
            return
        shown = line if w.documents.raw else max(1, line - doc.body_start_line + 1)
        w.editor.go_to_line(shown)
        w.editor.setFocus()


def install_checklist(window: Any) -> ChecklistHook:
    """Add the Checklist panel to a MainWindow (View lists it with the other panels)."""
    hook = ChecklistHook(window)
    window.checklist = hook
    return hook
