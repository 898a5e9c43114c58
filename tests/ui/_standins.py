"""Minimal stand-ins for the form and the editor, used only until the real widgets exist."""

from __future__ import annotations

import sys
import types

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget


class FrontMatterForm(QWidget):
    fieldEdited = Signal(str, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._widgets: dict[str, QWidget] = {}
        self.problems: list = []

    def set_site(self, site, schema) -> None:
        self.schema = schema

    def load(self, front_matter: dict, collection_schema, key_order: list[str]) -> None:
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self._widgets = {}
        for name in key_order:
            value = front_matter[name]
            field = collection_schema.field(name) if collection_schema else None
            if field is not None and field.choices and not isinstance(value, list):
                w = QComboBox()
                w.setObjectName(name)
                w.addItems([str(c) for c in field.choices])
                w.setCurrentText(str(value))
                w.currentTextChanged.connect(lambda t, n=name: self.fieldEdited.emit(n, t))
            else:
                w = QLineEdit(str(value))
                w.setObjectName(name)
                w.textEdited.connect(lambda t, n=name: self.fieldEdited.emit(n, t))
            self._widgets[name] = w
            self._layout.addRow(name, w)

    def show_problems(self, problems) -> None:
        self.problems = list(problems)

    def focus_field(self, name: str) -> bool:
        w = self._widgets.get(name)
        if w is None:
            return False
        w.setFocus()
        return True

    def values(self) -> dict:
        return {}


class MarkdownEditor(QPlainTextEdit):
    scrollFractionChanged = Signal(float)

    def set_markdown(self, text: str) -> None:
        self.setPlainText(text)

    def markdown(self) -> str:
        return self.toPlainText()

    def go_to_line(self, n: int) -> None:
        block = self.document().findBlockByNumber(max(0, n - 1))
        cursor = self.textCursor()
        cursor.setPosition(block.position())
        self.setTextCursor(cursor)

    def set_spellcheck(self, enabled: bool) -> None:
        pass


def install() -> None:
    """Register the stand-ins as editor_app.ui.form / editor_app.ui.editor when missing."""
    for name, cls in (("form", FrontMatterForm), ("editor", MarkdownEditor)):
        full = f"editor_app.ui.{name}"
        try:
            __import__(full)
        except ImportError:
            module = types.ModuleType(full)
            setattr(module, cls.__name__, cls)
            sys.modules[full] = module
