"""Checks in the main window: F7 for the open page, Shift+F7 for the whole site, the
problem list, and a clicked problem taking the author to its field or line.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDockWidget

from editor_app.ui.workers import Job

# The words a problem quotes ('more', 'http://example.org'): the first found on its line is
# selected when the author clicks the problem.
_QUOTED = re.compile(r"(?<!\w)'((?:[^'\n]|'(?=\w)){1,200}?)'(?!\w)")  # page's inside


# The checks load after the first page is painted, not with the window (a third of a second
# or more of a start): Check, the live check and the File menu's Rename File to Match Date
# read by them. tests/ui/test_start_leaves_heavy_parts.py keeps them out of the start.
CHECK_MODULES = ("editor_app.core.validate", "editor_app.core.post_rename")


def checks_loaded() -> bool:
    """Whether the checks are loaded (their first use then waits for nothing)."""
    return all(name in sys.modules for name in CHECK_MODULES)


def _load_checks() -> None:
    for name in CHECK_MODULES:
        importlib.import_module(name)


# Long enough for the window to paint the page just opened: the loading thread would slow
# every call from Qt into Python meanwhile (as the dictionary's, spell.SpellService).
LOAD_DELAY_MS = 300


def load_checks_meanwhile(window: Any, then: Callable[[], None]) -> None:
    """Load the checks in the background once the page just opened is painted, then call
    `then` (at once when they are loaded). A use that cannot wait (F7, the live check)
    imports them itself, waiting for the load under way if there is one."""
    if checks_loaded():
        then()
        return
    waiting = window.__dict__.setdefault("_waiting_for_checks", [])
    waiting.append(then)
    if len(waiting) > 1:
        return  # the load is under way

    def loaded(_result: object = None) -> None:
        for call in window.__dict__.pop("_waiting_for_checks", []):
            call()

    def start() -> None:
        window.jobs.start(_load_checks, on_done=loaded, on_error=lambda _reason: loaded())

    QTimer.singleShot(LOAD_DELAY_MS, window, start)  # not at all if the window closes first


def show_in_front(dock: QDockWidget) -> None:
    """Show a panel in front of the panels sharing its place as tabs: Problems after Check,
    not left behind the Checklist tab the author last read."""
    dock.show()
    dock.raise_()


class CheckSession(QObject):
    """Runs the checks the author asks for and shows their problems in the window's list."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._job: Job | None = None
        # The page whose check the list shows as "This page:"; once another page is open the
        # list names that page's file instead, so its problems are not taken for this one's.
        self._checked_page: Path | None = None
        self._scope = ""  # what the list holds: "This page:", "Whole site:", or nothing checked
        window.documentOpened.connect(self._name_checked_page)
        window.documentSaved.connect(self._check_saved_page)
        window.documentClosed.connect(self._name_checked_page)
        window.problems.problemActivated.connect(self.jump_to_problem)
        window.problems.cancelRequested.connect(self.cancel)

    @property
    def busy(self) -> bool:
        """A whole-site check is running (one at a time)."""
        return self._job is not None

    def validate_current(self) -> list[Any]:
        """F7: check the open document and list its problems."""
        w = self.window
        doc = w.documents.doc
        if doc is None:
            return []
        from editor_app.core.validate import validate_document

        problems = validate_document(doc, w.site, w.schema)
        if not w.documents.raw:
            w.form.show_problems(problems)
        self.show_problems(problems, w.tr("This page:"))
        self._checked_page = doc.path
        return problems

    def validate_whole_site(self) -> None:
        """Shift+F7: check every page in the background, with progress and a Stop button."""
        w = self.window
        if w.site is None or self._job is not None:
            return
        show_in_front(w.problems_dock)
        if not w.site.entries():  # nothing to check is no "No problems found"
            w.problems.set_problems([], w.site.root)
            w.problems.summary.setText(w.site.no_pages_message())
            return
        from editor_app.core.validate import validate_site

        w.problems.set_busy(True, w.tr("Checking every page…"))
        self._job = w.jobs.start(
            validate_site,
            w.site,
            w.schema,
            on_done=self._on_site_validated,
            on_error=self._on_failed,
            on_progress=w.problems.set_progress,
            on_cancelled=self._on_cancelled,
        )
        w.update_actions()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _finished(self, summary: str | None = None) -> None:
        self._job = None
        self.window.problems.set_busy(False)
        if summary is not None:
            self.window.problems.summary.setText(summary)
        self.window.update_actions()

    def _on_site_validated(self, problems: list[Any]) -> None:
        self._job = None
        self.window.problems.set_busy(False)
        self.show_problems(problems, self.window.tr("Whole site:"))
        self.window.update_actions()

    def _on_failed(self, reason: str) -> None:
        self._finished(self.window.tr("Checking stopped: {reason}").format(reason=reason))

    def _on_cancelled(self) -> None:
        self._finished(self.window.tr("Checking stopped."))

    def _name_checked_page(self, _path: object = None) -> None:
        checked = self._checked_page
        doc = self.window.documents.doc
        if checked is None or (doc is not None and doc.path == checked):
            return
        self._checked_page = None
        summary = self.window.problems.summary
        this_page = self.window.tr("This page:")
        name = self.window.problems.display_path(checked)
        summary.setText(summary.text().replace(this_page, f"{name}:", 1))

    def show_problems(self, problems: list[Any], scope: str) -> None:
        w = self.window
        self._checked_page = None
        root = w.site.root if w.site is not None else None
        w.problems.set_problems(problems, root, scope)
        self._scope = scope
        show_in_front(w.problems_dock)
        w.problemsShown.emit(list(problems))

    def page_checked_again(self, problems: list[Any]) -> None:
        """The open page checked again after a pause in typing, by the same rules as F7:
        rows of its "This page:" list whose problem it no longer has are greyed (a row stayed
        until the next F7 after its cause was undone, read as still wrong); back as they were
        when the problem is. Line numbers are left out of the comparison: typing moves them."""
        w = self.window
        doc = w.documents.doc
        if (
            self._scope != w.tr("This page:")
            or self._checked_page is None
            or doc is None
            or doc.path is None
            or w.documents.raw
            or Path(doc.path).resolve() != Path(self._checked_page).resolve()
        ):
            return
        found = {(p.code, p.field, p.message) for p in problems}
        w.problems.set_put_right(
            [(p.code, p.field, p.message) not in found for p in w.problems.problems()]
        )

    def _check_saved_page(self, path: Path) -> None:
        """A page saved: its rows in the list become its problems now, the others stay as they
        were checked. The author working down a whole site's list saw the problem just fixed
        still listed, as if the fix had not taken."""
        w = self.window
        doc = w.documents.doc
        if not self._scope or self._job is not None or doc is None or doc.path is None:
            return
        saved = Path(path).resolve()
        if saved != Path(doc.path).resolve() or w.documents.raw:
            return
        listed = w.problems.problems()
        if self._scope == w.tr("This page:"):
            if self._checked_page is not None and Path(self._checked_page).resolve() == saved:
                self.validate_current()
            return
        others = [p for p in listed if self._problem_path(p) != saved]
        from editor_app.core.validate import validate_document

        fresh = validate_document(doc, w.site, w.schema)
        # In the whole-site check's order: by file, then line (the list puts errors first).
        by_place = sorted(
            others + fresh, key=lambda p: (w.problems.display_path(p.path), p.line or 0)
        )
        self.show_problems(by_place, self._scope)

    def _problem_path(self, problem: Any) -> Path:
        path = Path(problem.path)
        if not path.is_absolute() and self.window.site is not None:
            path = self.window.site.root / path
        return path.resolve()

    def jump_to_problem(self, problem: Any) -> None:
        """Open the problem's file if needed and put the cursor on its field or line."""
        w = self.window
        path = self._problem_path(problem)
        doc = w.documents.doc
        if doc is None or doc.path != path:
            if not w.open_document(path):
                return
        doc = w.documents.doc
        assert doc is not None
        raw = w.documents.raw
        if problem.field and not raw and w.form.focus_field(problem.field):
            return
        if problem.line is None:
            w.editor.setFocus()
            return
        line = problem.line if raw else max(1, problem.line - doc.body_start_line + 1)
        # A long quote is cut with an ellipsis ('It was a lot of fun…'): its start is looked for.
        quoted = [q.removesuffix("...").rstrip("…") for q in _QUOTED.findall(problem.message or "")]
        w.editor.go_to_line(line, quoted)
        w.editor.setFocus()
