"""Undo and redo for the form: each field edit is a step (typing into one field within a
moment is one step), undone by setting the field back to what it was.

Edit > Undo acts where the author works: in the form, on the form's steps; elsewhere, on the
Markdown editor's own history (the line edits keep their own Ctrl+Z while typing).
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# A field the page did not have before the edit (undoing removes it again).
ABSENT = object()
MERGE_SECONDS = 1.5  # edits of one field closer together than this are one step
LIMIT = 200  # steps kept


def _copy(value: Any) -> Any:
    # Lists and groups are kept as they were, whatever happens to the page's own; the
    # ABSENT mark stays itself.
    return value if value is ABSENT else copy.deepcopy(value)


def _same(a: Any, b: Any) -> bool:
    if a is ABSENT or b is ABSENT:
        return a is b
    return type(a) is type(b) and a == b


@dataclass
class FieldStep:
    name: str
    old: Any
    new: Any
    when: float


class FormHistory:
    """The form's steps for the open page, with the redo steps an undo leaves."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._done: list[FieldStep] = []
        self._undone: list[FieldStep] = []

    def clear(self) -> None:
        """A new page: nothing to undo."""
        self._done.clear()
        self._undone.clear()

    def record(self, name: str, old: Any, new: Any, joins: bool = False) -> None:
        """A field edit by the author (`old`, `new`: ABSENT when the page lacks the field).
        `joins`: the box's own Undo or Redo made it, so it belongs to the field's last step
        whenever that was (written as a step of its own, the form's next Undo typed the
        words taken back in again)."""
        now = self._clock()
        self._undone.clear()
        if joins and self._back_to_before(name, new):
            return
        last = self._done[-1] if self._done else None
        if last is not None and last.name == name and (joins or now - last.when < MERGE_SECONDS):
            last.new, last.when = _copy(new), now  # still typing in the same field
            if _same(last.new, last.old):
                self._done.pop()  # the field is back as it was: nothing left to undo there
            return
        self._done.append(FieldStep(name, _copy(old), _copy(new), now))
        del self._done[:-LIMIT]

    def _back_to_before(self, name: str, value: Any) -> bool:
        """The box took back typing that spans the field's last steps, back to `value`, what
        the field held before one of them: those steps go; True when they did."""
        for at in range(len(self._done) - 1, -1, -1):
            step = self._done[at]
            if step.name != name:
                return False
            if _same(step.old, value):
                del self._done[at:]
                return True
        return False

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo(self) -> tuple[str, Any] | None:
        """The field and the value to set it back to, or None."""
        if not self._done:
            return None
        step = self._done.pop()
        self._undone.append(step)
        return step.name, _copy(step.old)

    def redo(self) -> tuple[str, Any] | None:
        """The field and the value to set it to again, or None."""
        if not self._undone:
            return None
        step = self._undone.pop()
        step.when = -MERGE_SECONDS  # a redone step never absorbs the next edit
        self._done.append(step)
        return step.name, _copy(step.new)
