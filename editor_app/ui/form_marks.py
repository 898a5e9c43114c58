"""The form's problem marks: a field with a problem gets a red, amber or blue border, an icon
beside it and the problem's words in its tooltip and accessible description; clearing them
gives the field back its own. A part of `FrontMatterForm` (ui/form.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QWidget

from editor_app.ui.form_fields import FieldWidget, tr

if TYPE_CHECKING:
    from editor_app.core.validate import Problem


class ProblemMarks(QObject):
    """The marks of the fields shown: one hidden icon per row, shown with its problems."""

    def __init__(self, form: QWidget) -> None:
        # The form as the Qt parent, whose style draws the icons; not kept in an attribute,
        # which would keep the form's Python side alive after Qt deleted it.
        super().__init__(form)
        self._marks: dict[str, QLabel] = {}
        self._marked: set[str] = set()
        self._plain_texts: dict[QWidget, tuple[str, str]] = {}

    def add(self, name: str, widget: FieldWidget, description: str) -> QLabel:
        """The (hidden) mark of a new row; `description`: the field's own words."""
        target = widget.focus_target()
        self._plain_texts[target] = (target.toolTip(), description)
        mark = QLabel()
        mark.setVisible(False)
        icon = self._style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        mark.setPixmap(icon.pixmap(16, 16))
        self._marks[name] = mark
        return mark

    def forget(self) -> None:
        """The rows are gone (another page): no mark to keep."""
        self._marks.clear()
        self._plain_texts.clear()

    def show(self, widgets: Mapping[str, FieldWidget], problems: Iterable[Problem]) -> None:
        """Mark the fields with problems; clear old marks."""
        self.clear(widgets)
        by_field: dict[str, list[Problem]] = {}
        for p in problems:
            if p.field and p.field in widgets:
                by_field.setdefault(p.field, []).append(p)
        for name, found in by_field.items():
            self._mark(name, widgets[name], found)

    def clear(self, widgets: Mapping[str, FieldWidget]) -> None:
        """Take every mark away."""
        # Only the marked fields: restyling every widget on each check would be slow.
        for name in self._marked:
            mark = self._marks.get(name)
            if mark is not None:
                mark.setVisible(False)
            widget = widgets.get(name)
            if widget is None:
                continue
            for target in widget.mark_targets():
                target.setStyleSheet("")
            target = widget.focus_target()
            tip, description = self._plain_texts.get(target, ("", ""))
            target.setToolTip(tip)
            target.setAccessibleDescription(description)
        self._marked.clear()

    def text(self, name: str) -> str:
        """The problem message shown on a field ("" when it has none)."""
        mark = self._marks.get(name)
        return mark.toolTip() if mark is not None and not mark.isHidden() else ""

    def _style(self) -> QStyle:
        form = self.parent()
        return form.style() if isinstance(form, QWidget) else QApplication.style()

    def _mark(self, name: str, widget: FieldWidget, found: list[Problem]) -> None:
        self._marked.add(name)
        error = any(p.severity == "error" for p in found)
        suggestion = all(p.severity == "suggestion" for p in found)  # told apart: blue, (i)
        colour = "#d32f2f" if error else "#1976d2" if suggestion else "#ef8f00"
        from editor_app.core.checks.fields import window_words  # with the checks, after start

        message = "\n".join(window_words(p) for p in found)
        if widget.not_kept():  # what the file says beside what the box shows
            message += "\n" + widget.not_kept_mark()
        hint = widget.problem_hint({p.code for p in found})
        if hint:
            message += "\n" + hint
        for target in widget.mark_targets():
            kind = type(target).__name__
            target.setStyleSheet(f"{kind} {{ border: 2px solid {colour}; border-radius: 3px; }}")
        target = widget.focus_target()
        tip, description = self._plain_texts.get(target, ("", ""))
        target.setToolTip(message + (f"\n\n{tip}" if tip else ""))
        target.setAccessibleDescription(message + (f" {description}" if description else ""))
        mark = self._marks[name]
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if error
            else QStyle.StandardPixmap.SP_MessageBoxInformation
            if suggestion
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        mark.setPixmap(self._style().standardIcon(icon).pixmap(16, 16))
        mark.setToolTip(message)
        mark.setAccessibleName(tr("Problem: {message}").format(message=message))
        mark.setVisible(True)
