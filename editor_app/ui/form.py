"""The page settings form: one widget per front-matter field, in the schema's order.

Authors never see YAML: each field gets a widget for its type (text, date picker, drop-down,
tags with completion, image picker...). Loading a page emits nothing and changes nothing;
each edit by the user emits `fieldEdited(name, value)` with a value of the right Python type
(str, `datetime.date`, bool, int/float, list, dict; None for empty). Fields the schema does not
know are shown under "Other fields" and are kept as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.settings_form import (
    MAX_FORM_ROWS,
    FormRows,
    edit_writes,
    form_rows,
    site_gives_for,
)
from editor_app.core.site import plain_label
from editor_app.ui.form_dates import DateField
from editor_app.ui.form_fields import (
    BoolField,
    ChoiceField,
    FieldWidget,
    LongTextField,
    NumberField,
    RelationField,
    TextField,
    display_text,
    tr,
)
from editor_app.ui.form_files import AssetBrowser, FilePicker
from editor_app.ui.form_keys import FormKeys, route_form_keys
from editor_app.ui.form_kinds import ObjectField, make_widget, unknown_widget
from editor_app.ui.form_marks import ProblemMarks
from editor_app.ui.form_more import MoreFields
from editor_app.ui.form_rows import (
    add_row,
    assign_mnemonics,
    field_description,
    field_label,
    other_fields_rows,
    rows_layout,
)
from editor_app.ui.form_tags import Chip, FlowLayout, TagField
from editor_app.ui.form_wheel import WheelGuard, guard_wheel
from editor_app.ui.text_direction import align_lines_by_direction, line_box_follows_direction

if TYPE_CHECKING:
    from editor_app.core.schema import CollectionSchema, Field, Schema
    from editor_app.core.site import Site
    from editor_app.core.validate import Problem


# The field widgets live in form_fields.py, form_dates.py, form_tags.py and form_files.py,
# the choice of one for each field in form_kinds.py, the rows in form_rows.py, the problem
# marks in form_marks.py; callers import the widgets from here, with the form.
__all__ = [
    "MAX_FORM_ROWS",
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
        self._page_path: Path | None = None  # the open page's file
        self._has_header = True  # False: a page without a header, asked for no field
        self.widgets: dict[str, FieldWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._values: dict[str, Any] = {}
        self._marks = ProblemMarks(self)
        self.setAccessibleName(tr("Page settings"))
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(8, 8, 8, 8)
        self._body: QWidget | None = None
        self._building = False
        # The rarely used fields' section of the page shown, and whether the author opened it
        # (kept from page to page).
        self.more_fields: MoreFields | None = None
        self._more_opened = False
        self._right_to_left = False  # the page's language is written right to left
        self._wheel_guard = WheelGuard(self)
        self._keys = FormKeys(self)
        self.empty_label = QLabel(tr("Open a page to see its settings."))
        self.empty_label.setEnabled(False)
        self._outer.addWidget(self.empty_label)
        self._outer.addStretch(1)

    # -- the contract with the window -----------------------------------------------------
    @property
    def box_undoing(self) -> bool:
        """A box is undoing or redoing its own typing: its edit joins the field's last step."""
        return self._keys.box_undoing


    def set_site(self, site: Site | None, schema: Schema | None) -> None:
        """The site (titles for relations, asset folders) and the schema in force."""
        self.site = site
        self.schema = schema

    def set_right_to_left(self, on: bool) -> None:
        """The page is in a language written right to left: each line of its text boxes
        aligned to the side it reads from, each one-line box read as its words do."""
        self._right_to_left = on
        for edit in self.findChildren(QPlainTextEdit):
            align_lines_by_direction(edit, on)
        for box in self.findChildren(QLineEdit):
            line_box_follows_direction(box, on)

    def load(
        self,
        front_matter: dict,
        collection_schema: CollectionSchema | None,
        key_order: list[str],
        page: Path | None = None,
        has_header: bool = True,
    ) -> None:
        """Show a page's front matter (of the file `page`: its name tells a collection's home
        page, asked for less; its path what the site gives the page itself, not asked for
        either; `has_header` False: the file has no header, so Check asks it for no field and
        no star shows). Emits nothing and changes nothing."""
        self.collection_schema = collection_schema
        self._page_path = page
        self._has_header = has_header
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
        area = self._scroll_area()
        if area is not None:
            area.ensureWidgetVisible(widget, 20, 40)
            # A page opened a moment ago is still being laid out: scroll again once it is.
            QTimer.singleShot(0, lambda: _scroll_to(area, widget))
            QTimer.singleShot(50, lambda: _scroll_to(area, widget))
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_problems(self, problems: Iterable[Problem]) -> None:
        """Mark the fields with problems (red or amber border, icon, tooltip); clear old marks."""
        self._marks.show(self.widgets, problems)

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

    def not_kept(self) -> list[tuple[str, str]]:
        """(label, text) of each field holding text it cannot keep (letters in a number box):
        what a save leaves out, for the window to say."""
        found = []
        for widget in self.widgets.values():
            text = widget.not_kept()
            if text:  # its label as written, without the mnemonic and the required star
                found.append((widget.focus_target().accessibleName(), text))
        return found

    def not_kept_notes(self) -> list[tuple[str, str]]:
        """(label, why) of each field a save leaves out: "'abc' is not a number"."""
        return [
            (widget.focus_target().accessibleName(), widget.not_kept_note())
            for widget in self.widgets.values()
            if widget.not_kept()
        ]

    def group_rows_changed(self) -> None:
        """A group's rows came or went: their boxes get the form's keys and, on a right-to-left
        page, its direction; the pane fits them and lays its tab order anew (nothing while the
        form is being built)."""
        if self._body is None or self._building:
            return
        route_form_keys(self._body, self._keys)
        if self._right_to_left:
            self.set_right_to_left(True)
        self.contentChanged.emit()

    def problem_text(self, name: str) -> str:
        """The problem message shown on a field ("" when it has none)."""
        return self._marks.text(name)

    # -- building -------------------------------------------------------------------------

    def _build(
        self, front_matter: dict, schema: CollectionSchema | None, key_order: list[str]
    ) -> None:
        self._building = True
        try:
            self._build_rows(front_matter, schema, key_order)
        finally:
            self._building = False
        if self._right_to_left:
            self.set_right_to_left(True)
        self.contentChanged.emit()

    def _build_rows(
        self, front_matter: dict, schema: CollectionSchema | None, key_order: list[str]
    ) -> None:
        self._marks.clear(self.widgets)
        if self._body is not None:
            self._body.hide()
            self._body.deleteLater()
        if self.more_fields is not None:
            self._more_opened = self.more_fields.opened
        self.more_fields = None
        self.widgets.clear()
        self.labels.clear()
        self._marks.forget()
        self.empty_label.hide()

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        known = rows_layout()
        column.addLayout(known)
        generator = getattr(self.site, "generator", None)
        rows = form_rows(
            front_matter,
            schema,
            key_order,
            generator=generator,
            page_name=self._page_path.name if self._page_path else None,
            gives=site_gives_for(self.site, self._page_path),
            has_header=self._has_header,
        )
        for f in rows.fields:
            key = rows.keys.get(f.name, f.name)  # the page's own capitals, on Hugo
            widget = make_widget(self, f, front_matter.get(key))
            asked = f.name in rows.asked
            self._add_row(known, key, f.label, widget, f, _usage(rows, f.name), asked)
        if rows.others:
            target = other_fields_rows(column) if rows.from_schema else known
            for key in rows.others:
                value = front_matter.get(key)
                self._add_row(target, key, plain_label(key), unknown_widget(value), None)
        if rows.rare:
            self.more_fields = MoreFields(len(rows.rare), self._more_opened, body)
            for f in rows.rare:
                widget = make_widget(self, f, None)
                asked = f.name in rows.asked
                usage = _usage(rows, f.name)
                self._add_row(self.more_fields.rows, f.name, f.label, widget, f, usage, asked)
            column.addWidget(self.more_fields)
        if rows.left_out:
            more = QLabel(
                tr(
                    "{count} more settings of this page are not shown here (the form shows "
                    "{shown}). They are kept as they are; edit them in the page's text."
                ).format(count=f"{rows.left_out:,}", shown=MAX_FORM_ROWS)
            )
            more.setWordWrap(True)
            column.addWidget(more)
        if not rows.from_schema and not rows.others:
            empty = QLabel(tr("This page has no settings."))
            empty.setEnabled(False)
            column.addWidget(empty)
        assign_mnemonics(self.window(), self.labels.values())
        guard_wheel(body, self._wheel_guard)
        route_form_keys(body, self._keys)
        self._outer.insertWidget(0, body)
        self._body = body
        if self.more_fields is not None:
            self.more_fields.toggle.toggled.connect(lambda _on: self.contentChanged.emit())
            self.more_fields.toggle.clicked.connect(self._more_fields_clicked)

    def _scroll_area(self) -> QScrollArea | None:
        """The scrolling pane the form sits in (the window's), if any."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        return area

    def _more_fields_clicked(self, opened: bool) -> None:
        # Opened by the author: its fields come into view (at 1024x700 they were below the
        # pane's edge), once the pane has fitted them.
        more = self.more_fields
        area = self._scroll_area()
        if not opened or more is None or area is None:
            return
        for delay in (0, 50):
            QTimer.singleShot(delay, more, lambda: _scroll_to_top_of(area, more))

    def _add_row(
        self,
        layout: QFormLayout,
        name: str,
        label_text: str,
        widget: FieldWidget,
        f: Field | None,
        usage: str = "",
        asked: bool = False,
    ) -> None:
        widget.set_value(self._values.get(name))
        widget.edited.connect(lambda v, name=name: self._edited(name, v))
        description = field_description(f, usage, asked)
        label = field_label(label_text, widget, asked, description)
        mark = self._marks.add(name, widget, description)
        add_row(layout, label, widget, mark)
        self.widgets[name] = widget
        self.labels[name] = label
        widget.setObjectName(f"field-{name}")

    def _edited(self, name: str, value: Any) -> None:
        if not edit_writes(self._values, name, value):
            return
        self._values[name] = value
        self.fieldEdited.emit(name, value)


def _usage(rows: FormRows, name: str) -> str:
    """The row's words on how many pages use the field, where core says to show them."""
    if name not in rows.usage:
        return ""
    count, total = rows.usage[name]
    return tr("Used by {count} of {total} pages of this kind.").format(count=count, total=total)


def _scroll_to(area: QScrollArea, widget: QWidget) -> None:
    """Scroll `widget` (with its label's line) into the view, if both still exist."""
    try:
        if area.widget() is not None and area.widget().isAncestorOf(widget):
            area.ensureWidgetVisible(widget, 20, 40)
    except RuntimeError:  # the form was rebuilt or closed in the meantime
        pass


def _scroll_to_top_of(area: QScrollArea, widget: QWidget) -> None:
    """Scroll so `widget` starts at the top of the view (as much of it in sight as fits)."""
    try:
        if area.widget() is not None and area.widget().isAncestorOf(widget):
            top = widget.mapTo(area.widget(), QPoint(0, 0)).y()
            area.verticalScrollBar().setValue(top)  # the bar stops at its end by itself
    except RuntimeError:  # the form was rebuilt or closed in the meantime
        pass
