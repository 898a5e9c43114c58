"""The rows of the page settings form: a label (with the field's help, "Required." and how
many pages use it in its tooltip) beside the field's widget and its problem mark; the
"Other fields" heading; the Alt+letter of each label. A part of `FrontMatterForm`
(ui/form.py); which rows there are is the core's `settings_form.form_rows`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QMenuBar, QVBoxLayout, QWidget

from editor_app.ui.form_fields import FieldWidget, tr
from editor_app.ui.form_group import GroupField
from editor_app.ui.form_kinds import ObjectField, form_layout

if TYPE_CHECKING:
    from editor_app.core.schema import Field


# A label over its group: the settings pane's edge never falls between them (form_fit).
KEEPS_WITH_NEXT = "keepsWithNext"


def rows_layout() -> QFormLayout:
    """A form layout for rows of fields, labels on the right of their column."""
    layout = form_layout()
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    return layout


def field_description(f: Field | None, usage: str = "", asked: bool = False) -> str:
    """A field's words for its tooltip and accessible description: "Required." where the page
    is asked for it (`asked`, Check's rule: `settings_form.is_asked_for`)."""
    description = f.help if f is not None and f.help else ""
    if asked:
        description = (description + " " if description else "") + tr("Required.")
    if usage:
        description = (description + " " if description else "") + usage
    return description


def field_label(label_text: str, widget: FieldWidget, asked: bool, description: str) -> QLabel:
    """The row's label (a star where the page is asked for the field, as Check asks for it),
    its field named and described by it."""
    text = label_text + (" *" if asked else "")
    label = QLabel(text.replace("&", "&&"))
    target = widget.focus_target()
    label.setBuddy(target)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if description:
        label.setToolTip(description)
        # The box's own words on its keys (a tags box: what Enter and Tab add) stay under
        # the field's description; they were replaced by it, so never shown.
        own = target.toolTip()
        target.setToolTip(description + ("\n" + own if own else ""))
    target.setAccessibleName(label_text)
    target.setAccessibleDescription(description)
    return label


def add_row(layout: QFormLayout, label: QLabel, widget: FieldWidget, mark: QLabel) -> None:
    """The label beside the widget, its problem mark at the right; a group of fields under its
    label, across the form's width."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    row.addWidget(widget, 1)
    row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
    if isinstance(widget, (ObjectField, GroupField)):
        # Beside its label, a group had what the label column left, less its own labels:
        # boxes of about a hundred pixels at 1024x700 ("Configure Template" of a longer title).
        label.setProperty(KEEPS_WITH_NEXT, True)  # the pane never ends between the two
        layout.addRow(label)
        layout.addRow(holder)
        return
    layout.addRow(label, holder)


def other_fields_rows(column: QVBoxLayout) -> QFormLayout:
    """The "Other fields" heading and note, and the rows under them."""
    heading = QLabel(tr("Other fields"))
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    note = QLabel(tr("Fields only this page has. They are kept as they are."))
    note.setWordWrap(True)
    note.setEnabled(False)
    column.addSpacing(8)
    column.addWidget(heading)
    column.addWidget(note)
    rows = rows_layout()
    column.addLayout(rows)
    return rows


def assign_mnemonics(window: QWidget, labels: Iterable[QLabel]) -> None:
    """Alt+letter for each label (first free letter), so every field is one key away.

    Letters the window's menu bar uses (Alt+F for File...) are left to the menus.
    """
    used: set[str] = set()
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            m = re.search(r"&([^&])", action.text())
            if m:
                used.add(m.group(1).lower())
    for label in labels:
        text = label.text()
        plain = text.replace("&&", "\x00")
        for i, ch in enumerate(plain):
            if ch.isalpha() and ch.lower() not in used:
                used.add(ch.lower())
                label.setText((plain[:i] + "&" + plain[i:]).replace("\x00", "&&"))
                break
