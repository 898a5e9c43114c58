"""Asks before leaving or saving a page while a form box holds text it cannot keep (letters
in a number box, no date in a date box): that text is framed red but never reaches the page,
so closing the page, opening another, quitting or saving would drop it without a word.

`may_leave(window)` and `may_save(window)` return True to go on; on Go back the first such
box takes the keyboard again. `NotKeptQuestion.ask()` is the question, for tests to replace.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from editor_app.ui.dialogs import fit_title
from editor_app.ui.translation import translator

tr = translator("not_kept_questions")


class NotKeptQuestion:
    """Go back / Leave anyway (or Save without it) over the boxes' text that is not kept."""

    @classmethod
    def ask(cls, parent: QWidget | None, lines: list[str], go_on: str) -> bool:
        """True when the author chose `go_on`; Enter, Escape and closing the box go back."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Text not kept"))
        box.setText("\n".join(lines))
        box.setInformativeText(tr("Go back to put it right, or go on without it."))
        back = box.addButton(tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        leave = box.addButton(go_on, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(back)  # the safe answer: nothing is lost by pressing Enter
        box.setEscapeButton(back)
        fit_title(box)
        box.exec()
        return box.clickedButton() is leave


def held_lines(form: Any) -> list[str]:
    """One sentence per box: "Position holds 'second', which is not a number and will not be
    kept." (a box whose reason is a sentence of its own says it after its name)."""
    lines = []
    for (label, text), (_, why) in zip(form.not_kept(), form.not_kept_notes(), strict=True):
        quoted = f"'{text}' "
        if why.startswith(quoted):  # "'second' is not a number"
            lines.append(
                tr("{label} holds '{text}', which {why} and will not be kept.").format(
                    label=label, text=text, why=why[len(quoted) :]
                )
            )
        else:
            lines.append(tr("{label}: {why} It will not be kept.").format(label=label, why=why))
    return lines


def may_leave(window: Any) -> bool:
    """Before the page is closed (or another opened, or the app quits)."""
    return _ask(window, tr("&Leave anyway"))


def may_save(window: Any) -> bool:
    """Before Save writes the page without the boxes' text."""
    return _ask(window, tr("&Save without it"))


def _ask(window: Any, go_on: str) -> bool:
    lines = held_lines(window.form)
    if not lines:
        return True
    if NotKeptQuestion.ask(window, lines, go_on):
        return True
    first = next((w for w in window.form.widgets.values() if w.not_kept()), None)
    if first is not None:
        target = first.focus_target()
        window.form_area.ensureWidgetVisible(target)
        target.setFocus()
    return False
