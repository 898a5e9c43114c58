"""The open page's rows in the Problems list keep their line while the author types.

Each listed problem of the open page is anchored to the start of its line by a QTextCursor
kept in the editor's document (it moves as text is typed or removed above it); after a short
pause in typing the rows show the line their anchor is on now, and a click goes there. Problems
of other pages, and those of the header shown in the form, keep the line Check found.

A page opened again (left and come back to) shows its file as Check read it: its rows take
back the lines Check found (typing left unsaved had moved them) and follow typing again (they
kept the lines of the last edit before it was left).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor

from editor_app.core import soft_wrap

FOLLOW_DELAY_MS = 300  # after a pause in typing: one recount, not one per key


class ProblemLineFollower:
    """Anchors the open page's problems when they are listed and moves their lines with edits."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self._anchors: dict[int, QTextCursor] = {}  # index in the list -> start of its line
        self._raw = False  # whether the editor held the whole file when anchored
        self._anchored_below_top = False
        self._found: dict[int, int | None] = {}  # index in the list -> the line Check found
        self._timer = QTimer(window)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FOLLOW_DELAY_MS)
        self._timer.timeout.connect(self.follow)
        window.problemsShown.connect(lambda *_a: self._listed())
        window.documentOpened.connect(lambda *_a: self._page_opened())
        window.documentClosed.connect(lambda *_a: self.drop())
        document = window.editor.document()
        document.contentsChange.connect(self._on_change)

    def drop(self) -> None:
        """Forget the anchors: the editor holds another text than the one they were put in."""
        self._anchors = {}
        self._timer.stop()

    def _listed(self) -> None:
        self._found = {i: p.line for i, p in enumerate(self.window.problems.problems())}
        self.anchor()

    def _page_opened(self) -> None:
        self.drop()
        doc = self.window.documents.doc
        if doc is None or doc.path is None or not self._found:
            return
        page = Path(doc.path).resolve()
        problems = self.window.problems
        for index, problem in enumerate(problems.problems()):
            found = self._found.get(index)
            if found is not None and problem.line != found and self._path(problem) == page:
                problems.set_line(index, found)
        self.anchor()

    def anchor(self) -> None:
        """Put an anchor at the line of each listed problem of the open page."""
        self.drop()
        w = self.window
        doc = w.documents.doc
        if doc is None or doc.path is None:
            return
        page = Path(doc.path).resolve()
        editor = w.editor
        self._raw = bool(w.documents.raw)
        first = 1 if self._raw else doc.body_start_line
        text = editor.markdown() if editor.shows_joined_lines else ""
        for index, problem in enumerate(w.problems.problems()):
            if problem.line is None or problem.line < first or self._path(problem) != page:
                continue
            shown = problem.line - first + 1
            if editor.shows_joined_lines:
                position = soft_wrap.line_start(text, shown)
            else:
                block = editor.document().findBlockByNumber(shown - 1)
                if not block.isValid():
                    continue
                position = block.position()
            cursor = QTextCursor(editor.document())
            cursor.setPosition(position)
            self._anchors[index] = cursor
        self._anchored_below_top = any(c.position() > 0 for c in self._anchors.values())

    def follow(self) -> None:
        """Show each anchored problem at the line its anchor is on now."""
        w = self.window
        doc = w.documents.doc
        if not self._anchors or doc is None or bool(w.documents.raw) != self._raw:
            self.drop()
            return
        if all(c.position() == 0 for c in self._anchors.values()) and self._anchored_below_top:
            # The text was given whole again (read from disk): Qt puts every cursor at the top.
            self.drop()
            return
        editor = w.editor
        first = 1 if self._raw else doc.body_start_line
        text = editor.markdown() if editor.shows_joined_lines else ""
        for index, cursor in self._anchors.items():
            if editor.shows_joined_lines:  # a join mark stands for one line break
                shown = soft_wrap.split_lines(text[: cursor.position()]).count("\n") + 1
            else:
                shown = cursor.blockNumber() + 1
            w.problems.set_line(index, shown + first - 1)

    def _on_change(self, _position: int, removed: int, added: int) -> None:
        # Colouring marks the text changed with as many characters removed as added: no line
        # moves then, and the recount waits for a real edit.
        if self._anchors and removed != added:
            self._timer.start()

    def _path(self, problem: Any) -> Path:
        path = Path(problem.path)
        site = self.window.site
        if not path.is_absolute() and site is not None:
            path = site.root / path
        return path.resolve()


def install_problem_lines(window: Any) -> ProblemLineFollower:
    """Keep the open page's problem lines in step with its text (see the module doc)."""
    follower = ProblemLineFollower(window)
    window.problem_lines = follower
    return follower
