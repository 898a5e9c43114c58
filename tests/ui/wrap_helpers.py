"""Setup shared by the tests of long rows wrapping in the Problems panel and the Checklist: a
long-sentence suggestion, and a panel shown at a given width."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from editor_app.core.checks.problem import Problem


def long_sentence_suggestion(message: str, line: int, path: str = "page.md") -> Problem:
    """A "sentence-long" suggestion saying `message` at `line` of `path`."""
    return Problem(
        path=path,
        line=line,
        field=None,
        severity="suggestion",
        code="sentence-long",
        message=message,
    )


def show_at_width(qtbot, panel: QWidget, width: int, height: int = 400) -> None:  # noqa: ANN001
    """`panel` resized to `width` x `height`, shown and on screen."""
    panel.resize(width, height)
    panel.show()
    qtbot.waitExposed(panel)
