"""The page settings form: one widget per front-matter field, in the schema's order.

Authors never see YAML: each field gets a widget for its type (text, date picker, drop-down,
tags with completion, image picker...). Loading a page emits nothing and changes nothing;
each edit by the user emits `fieldEdited(name, value)` with a value of the right Python type
(str, `datetime.date`, bool, int/float, list, dict; None for empty). Fields the schema does not
know are shown under "Other fields" and are kept as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenuBar,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.checks.fields import window_words
from editor_app.ui.form_fields import (
    BoolField,
    ChoiceField,
    DateField,
    FieldWidget,
    LongTextField,
    NumberField,
    RelationField,
    TextField,
    display_text,
    tr,
)
from editor_app.ui.form_files import AssetBrowser, FilePicker
from editor_app.ui.form_kinds import (
    ObjectField,
    form_layout,
    make_widget,
    plain_label,
    unknown_widget,
)
from editor_app.ui.form_more import MoreFields
from editor_app.ui.form_tags import Chip, FlowLayout, TagField
from editor_app.ui.form_wheel import WheelGuard, guard_wheel

if TYPE_CHECKING:
    from editor_app.core.schema import CollectionSchema, Field, Schema
    from editor_app.core.site import Site
    from editor_app.core.validate import Problem


# The field widgets live in form_fields.py, form_tags.py and form_files.py, the choice of one
# for each field in form_kinds.py; callers import them from here, with the form.
__all__ = [
    "AssetBrowser",
    "BoolField",
    "ChoiceField",
    "Chip",
    "DateField",
    "FieldWidget",
    "FilePicker",
    "FlowLayout",
    "FrontMatterForm",
    "LongTextField",
    "NumberField",
    "ObjectField",
    "RelationField",
    "TagField",
    "TextField",
    "display_text",
]


# -- the form -----------------------------------------------------------------------------


# More rows than this make a form nobody can use, and take minutes to build (50,000 fields).
MAX_FORM_ROWS = 300


class FrontMatterForm(QWidget):
    """The page's settings (front matter) as a form built from the collection's schema."""

    fieldEdited = Signal(str, object)  # noqa: N815 (Qt naming): name, new value
    # The fields shown changed (another page, "More fields" opened): the pane may fit anew.
    contentChanged = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site: Site | None = None
        self.schema: Schema | None = None
        self.collection_schema: CollectionSchema | None = None
        self.widgets: dict[str, FieldWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._values: dict[str, Any] = {}
        self._marks: dict[str, QLabel] = {}
        self._marked: set[str] = set()
        self._plain_texts: dict[QWidget, tuple[str, str]] = {}
        self.setAccessibleName(tr("Page settings"))
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(8, 8, 8, 8)
        self._body: QWidget | None = None
        # The rarely used fields' section of the page shown, and whether the author opened it
        # (kept from page to page).
        self.more_fields: MoreFields | None = None
        self._more_opened = False
        self._wheel_guard = WheelGuard(self)
        self.empty_label = QLabel(tr("Open a page to see its settings."))
        self.empty_label.setEnabled(False)
        self._outer.addWidget(self.empty_label)
        self._outer.addStretch(1)

    # -- the contract with the window -----------------------------------------------------

    def set_site(self, site: Site | None, schema: Schema | None) -> None:
        """The site (titles for relations, asset folders) and the schema in force."""
        self.site = site
        self.schema = schema

    def load(
        self,
        front_matter: dict,
        collection_schema: CollectionSchema | None,
        key_order: list[str],
    ) -> None:
        """Show a page's front matter. Emits nothing and changes nothing."""
        self.collection_schema = collection_schema
        self._values = dict(front_matter)
        self._build(front_matter, collection_schema, key_order)

    def values(self) -> dict:
        """The page's front matter as the form holds it now (untouched fields as loaded)."""
        return dict(self._values)

    def focus_field(self, name: str) -> bool:
        """Move the keyboard focus to a field and scroll it into view; False when not shown."""
        widget = self.widgets.get(name)
        if widget is None or not self.isEnabled():
            return False
        if self.more_fields is not None and self.more_fields.isAncestorOf(widget):
            self.more_fields.open()
        target = widget.focus_target()
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            area = parent
            area.ensureWidgetVisible(widget, 20, 40)
            # A page opened a moment ago is still being laid out: scroll again once it is.
            QTimer.singleShot(0, lambda: _scroll_to(area, widget))
            QTimer.singleShot(50, lambda: _scroll_to(area, widget))
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_problems(self, problems: Iterable[Problem]) -> None:
        """Mark the fields with problems (red or amber border, icon, tooltip); clear old marks."""
        self._clear_marks()
        by_field: dict[str, list[Problem]] = {}
        for p in problems:
            if p.field and p.field in self.widgets:
                by_field.setdefault(p.field, []).append(p)
        for name, found in by_field.items():
            self._mark(name, found)

    # -- building -------------------------------------------------------------------------

    def _build(
        self, front_matter: dict, schema: CollectionSchema | None, key_order: list[str]
    ) -> None:
        self._clear_marks()
        if self._body is not None:
            self._body.hide()
            self._body.deleteLater()
        if self.more_fields is not None:
            self._more_opened = self.more_fields.opened
        self.more_fields = None
        self.widgets.clear()
        self.labels.clear()
        self._marks.clear()
        self._plain_texts.clear()
        self.empty_label.hide()

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        known = form_layout()
        known.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        column.addLayout(known)
        used_keys: set[str] = set()

        schema_fields = schema.fields if schema else []
        if len(schema_fields) > MAX_FORM_ROWS:
            # A collection whose schema lists thousands of fields (one page with a huge
            # header): this page's own fields and the required ones, not a row for every one.
            schema_fields = [f for f in schema_fields if f.name in front_matter or f.required]
        left_out = 0
        rare: list[Field] = []
        for f in schema_fields:
            if len(used_keys) >= MAX_FORM_ROWS:
                left_out += 1
                continue
            used_keys.add(f.name)
            if schema is not None and f.name not in front_matter and schema.is_rare(f):
                rare.append(f)
                continue
            self._add_row(known, f.name, f.label, make_widget(self, f, front_matter.get(f.name)), f)

        order = [k for k in key_order if k in front_matter]
        if len(order) < len(front_matter):
            ordered = set(order)
            order += [k for k in front_matter if k not in ordered]
        schema_names = {f.name for f in schema_fields}
        others = [k for k in order if k not in schema_names]
        room = max(0, MAX_FORM_ROWS - len(used_keys))
        left_out += max(0, len(others) - room)
        others = others[:room]
        if others:
            target = known
            if schema_fields:
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
                target = form_layout()
                target.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                column.addLayout(target)
            for key in others:
                value = front_matter.get(key)
                self._add_row(target, key, plain_label(key), unknown_widget(value), None)
        if rare and schema is not None:
            self.more_fields = MoreFields(len(rare), self._more_opened, body)
            for f in rare:
                usage = tr("Used by {count} of {total} pages of this kind.").format(
                    count=f.used_by, total=schema.documents
                )
                widget = make_widget(self, f, None)
                self._add_row(self.more_fields.rows, f.name, f.label, widget, f, usage)
            column.addWidget(self.more_fields)
        if left_out:
            more = QLabel(
                tr(
                    "{count} more settings of this page are not shown here (the form shows "
                    "{shown}). They are kept as they are; edit them in the page's text."
                ).format(count=f"{left_out:,}", shown=MAX_FORM_ROWS)
            )
            more.setWordWrap(True)
            column.addWidget(more)
        if not schema_fields and not others:
            empty = QLabel(tr("This page has no settings."))
            empty.setEnabled(False)
            column.addWidget(empty)
        self._assign_mnemonics()
        guard_wheel(body, self._wheel_guard)
        self._outer.insertWidget(0, body)
        self._body = body
        if self.more_fields is not None:
            self.more_fields.toggle.toggled.connect(lambda _on: self.contentChanged.emit())
        self.contentChanged.emit()

    def _add_row(
        self,
        layout: QFormLayout,
        name: str,
        label_text: str,
        widget: FieldWidget,
        f: Field | None,
        usage: str = "",
    ) -> None:
        value = self._values.get(name)
        widget.set_value(value)
        widget.edited.connect(lambda v, name=name: self._edited(name, v))
        text = label_text + (" *" if f is not None and f.required else "")
        label = QLabel(text.replace("&", "&&"))
        label.setBuddy(widget.focus_target())
        label.setTextFormat(Qt.TextFormat.PlainText)
        description = f.help if f is not None and f.help else ""
        if f is not None and f.required:
            description = (description + " " if description else "") + tr("Required.")
        if usage:
            description = (description + " " if description else "") + usage
        if description:
            label.setToolTip(description)
            widget.focus_target().setToolTip(description)
        target = widget.focus_target()
        target.setAccessibleName(label_text)
        target.setAccessibleDescription(description)
        self._plain_texts[target] = (target.toolTip(), description)
        mark = QLabel()
        mark.setVisible(False)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        mark.setPixmap(icon.pixmap(16, 16))
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(widget, 1)
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addRow(label, holder)
        self.widgets[name] = widget
        self.labels[name] = label
        self._marks[name] = mark
        widget.setObjectName(f"field-{name}")

    def _assign_mnemonics(self) -> None:
        """Alt+letter for each label (first free letter), so every field is one key away.

        Letters the window's menu bar uses (Alt+F for File...) are left to the menus.
        """
        used: set[str] = set()
        for bar in self.window().findChildren(QMenuBar):
            for action in bar.actions():
                m = re.search(r"&([^&])", action.text())
                if m:
                    used.add(m.group(1).lower())
        for label in self.labels.values():
            text = label.text()
            plain = text.replace("&&", "\x00")
            for i, ch in enumerate(plain):
                if ch.isalpha() and ch.lower() not in used:
                    used.add(ch.lower())
                    label.setText((plain[:i] + "&" + plain[i:]).replace("\x00", "&&"))
                    break

    # -- edits and problems ---------------------------------------------------------------

    def show_value(self, name: str, value: Any, present: bool = True) -> None:
        """Show a field's value set from outside the form (an undo), emitting nothing;
        `present`: whether the page has the field now."""
        if present:
            self._values[name] = value
        else:
            self._values.pop(name, None)
        widget = self.widgets.get(name)
        if widget is not None:
            widget.set_value(value)

    def _edited(self, name: str, value: Any) -> None:
        if value is None and name not in self._values:
            return  # a field the page never had, emptied again: nothing to write
        self._values[name] = value
        self.fieldEdited.emit(name, value)

    def _clear_marks(self) -> None:
        # Only the marked fields: restyling every widget on each check would be slow.
        for name in self._marked:
            mark = self._marks.get(name)
            if mark is not None:
                mark.setVisible(False)
            widget = self.widgets.get(name)
            if widget is None:
                continue
            for target in widget.mark_targets():
                target.setStyleSheet("")
            target = widget.focus_target()
            tip, description = self._plain_texts.get(target, ("", ""))
            target.setToolTip(tip)
            target.setAccessibleDescription(description)
        self._marked.clear()

    def _mark(self, name: str, found: list[Problem]) -> None:
        self._marked.add(name)
        widget = self.widgets[name]
        error = any(p.severity == "error" for p in found)
        suggestion = all(p.severity == "suggestion" for p in found)  # told apart: blue, (i)
        colour = "#d32f2f" if error else "#1976d2" if suggestion else "#ef8f00"
        message = "\n".join(window_words(p) for p in found)
        if widget.not_kept():  # what the file says beside what the box shows
            message += "\n" + tr("The box's text is not a number, so it is not saved yet.")
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
        mark.setPixmap(self.style().standardIcon(icon).pixmap(16, 16))
        mark.setToolTip(message)
        mark.setAccessibleName(tr("Problem: {message}").format(message=message))
        mark.setVisible(True)

    def not_kept(self) -> list[tuple[str, str]]:
        """(label, text) of each field holding text it cannot keep (letters in a number box):
        what a save leaves out, for the window to say."""
        found = []
        for widget in self.widgets.values():
            text = widget.not_kept()
            if text:  # its label as written, without the mnemonic and the required star
                found.append((widget.focus_target().accessibleName(), text))
        return found

    def problem_text(self, name: str) -> str:
        """The problem message shown on a field ("" when it has none)."""
        mark = self._marks.get(name)
        return mark.toolTip() if mark is not None and not mark.isHidden() else ""


def _scroll_to(area: QScrollArea, widget: QWidget) -> None:
    """Scroll `widget` (with its label's line) into the view, if both still exist."""
    try:
        if area.widget() is not None and area.widget().isAncestorOf(widget):
            area.ensureWidgetVisible(widget, 20, 40)
    except RuntimeError:  # the form was rebuilt or closed in the meantime
        pass
