"""Undo and redo for the form: each field edit is a step (typing into one field within a
moment is one step), undone by setting the field back to what it was.

Edit > Undo acts where the author works: in the form, on the form's steps; in the text, on the
Markdown editor's own history (the line edits keep their own Ctrl+Z while typing); each place
its own first, then the other's; elsewhere (the list, the preview, a panel) on the latest
change of the two (`UndoOrder`).
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

    def forget_redo(self) -> None:
        """A new change elsewhere on the page (typing in the text): what was undone in the
        form is not redone over it."""
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
    def steps(self) -> tuple[int, int]:
        """How many steps there are to undo and to redo."""
        return len(self._done), len(self._undone)

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


FORM, TEXT = "form", "text"


class UndoOrder:
    """Which of the page's two histories, the form's or the text's, holds its latest change
    (and its latest change undone), so Edit > Undo used with the keyboard in neither (the
    list, the preview, a panel) takes back the author's last change, wherever it was made.

    It follows the two histories by their sizes (`follow`), called after each change to
    either: a history grown got steps at its end, one shrunk lost its latest ones (its own
    Ctrl+Z, a new edit clearing what could be redone)."""

    def __init__(self) -> None:
        self._undo: list[str] = []
        self._redo: list[str] = []

    def follow(self, form_undo: int, form_redo: int, text_undo: int, text_can_redo: bool) -> None:
        """The two histories now: the form's steps to undo and to redo, the text's steps to
        undo and whether it has any to redo (Qt does not count those reliably: none after
        an undo of typing)."""
        _resize(self._undo, FORM, form_undo)
        _resize(self._redo, FORM, form_redo)
        went = self._undo.count(TEXT) - text_undo
        _resize(self._undo, TEXT, text_undo)
        redo_text = self._redo.count(TEXT)
        if not text_can_redo:
            _resize(self._redo, TEXT, 0)
        elif went > 0:  # undone in the text: they can be redone, latest first
            _resize(self._redo, TEXT, redo_text + went)
        elif went < 0:  # redone in the text
            _resize(self._redo, TEXT, max(0, redo_text + went))

    def latest_undo(self) -> str | None:
        """FORM or TEXT: where the latest change is, None when there is none."""
        return self._undo[-1] if self._undo else None

    def latest_redo(self) -> str | None:
        """FORM or TEXT: where the latest change undone is, None when there is none."""
        return self._redo[-1] if self._redo else None


def _resize(order: list[str], place: str, size: int) -> None:
    have = order.count(place)
    if size > have:
        order.extend([place] * (size - have))
        return
    for _ in range(have - size):  # the place's latest steps went
        at = len(order) - 1 - order[::-1].index(place)
        del order[at]
