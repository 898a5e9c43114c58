"""Which widget each field of the page settings form gets: by the field's type in the schema
and the value the page has (a value the widget could not hold is shown as text, read-only when
it must be kept as it is); a group of sub-fields is an `ObjectField`. A part of
`FrontMatterForm` (ui/form.py).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from editor_app.core import assets
from editor_app.core.generator_dates import date_word_named, date_words
from editor_app.core.review.status import left_out_value
from editor_app.core.settings_form import address_example, as_date, as_datetime, is_complex
from editor_app.core.settings_form_group import is_free_group
from editor_app.core.site import plain_label
from editor_app.ui.form_dates import DateField
from editor_app.ui.form_fields import (
    BoolField,
    ChoiceField,
    FieldRow,
    FieldWidget,
    LongTextField,
    NumberField,
    RelationField,
    TextField,
    display_text,
    tr,
)
from editor_app.ui.form_files import FilePicker
from editor_app.ui.form_group import GroupField
from editor_app.ui.form_tags import TagField

if TYPE_CHECKING:
    from editor_app.core.schema import CollectionSchema, Field
    from editor_app.core.site import Site
    from editor_app.ui.form import FrontMatterForm


SUB_LABEL_WIDTH = 140  # pixels: a group's labels are shortened beyond this


class ObjectField(FieldWidget):
    """A group of sub-fields; edits emit the whole group as a dict (other keys kept)."""

    def __init__(self, form: FrontMatterForm, field: Field) -> None:
        super().__init__()
        self.box = QGroupBox()
        self.box.setFlat(True)
        # Wraps like the form itself: a nested group must not make the form scroll sideways.
        self.layout_ = form_layout()
        self.box.setLayout(self.layout_)
        self.layout_.setContentsMargins(8, 4, 0, 4)
        FieldRow(self).addWidget(self.box)
        self.children_: dict[str, FieldWidget] = {}
        for sub in field.fields:
            widget = make_widget(form, sub, None, top_level=False)
            widget.edited.connect(lambda v, name=sub.name: self._child_edited(name, v))
            label = QLabel(sub.label)
            # A key can be a long address (`relatedLinks: {/docs/…/: Title}`): shortened, so
            # that it does not make the form scroll sideways; whole in its tooltip.
            shown = label.fontMetrics().elidedText(
                sub.label, Qt.TextElideMode.ElideMiddle, SUB_LABEL_WIDTH
            )
            if shown != sub.label:
                label.setText(shown)
                label.setToolTip(sub.label)
                widget.focus_target().setAccessibleName(sub.label)
            label.setBuddy(widget.focus_target())
            self.layout_.addRow(label, widget)
            self.children_[sub.name] = widget

    def _show(self, value: Any) -> None:
        data = value if isinstance(value, dict) else {}
        for name, widget in self.children_.items():
            widget.set_value(data.get(name))

    def _child_edited(self, name: str, value: Any) -> None:
        data = dict(self.original) if isinstance(self.original, dict) else {}
        data[name] = value
        self.original = data  # later edits build on this one
        self._emit(data)

    def focus_target(self) -> QWidget:
        first = next(iter(self.children_.values()), None)
        return first.focus_target() if first else self

    def mark_targets(self) -> list[QWidget]:
        return [self.box]


def make_widget(
    form: FrontMatterForm, f: Field, value: Any, top_level: bool = True
) -> FieldWidget:
    """The widget for field `f` of the form's schema, given the value the page has (a field
    of the page's header itself when `top_level`, else a group's member)."""
    kind = f.type
    if kind == "long_text":
        return LongTextField(read_only=is_complex(value))
    if kind in ("date", "datetime"):
        generator = form.site.generator if form.site is not None else None
        words = date_words(f.name, generator) if top_level else ()
        parsed = as_datetime(value) if kind == "datetime" else as_date(value)
        named = isinstance(value, str) and date_word_named(value, words)
        if value is not None and value != "" and parsed is None and not named:
            # "Spring 2024" is not a date: keep it readable and editable as text.
            return TextField()
        return DateField(with_time=kind == "datetime", words=words)
    if kind == "boolean":
        if value is not None and not isinstance(value, bool):
            return TextField()  # "yes" in quotes: left as the page has it
        return BoolField(tr("Yes"), left_out=left_out_value(f.name))
    if kind == "number":
        return NumberField() if not is_complex(value) else TextField(read_only=True)
    if kind == "choice" and f.choices:
        if is_complex(value):
            return TagField([display_text(c) for c in f.choices])
        return ChoiceField(f.choices, f.required)
    if kind in ("choices", "list"):
        return TagField([display_text(c) for c in (f.choices or [])])
    if kind == "relation":
        titles = relation_titles(form.site, f.collection, f.key or "title")
        if f.multiple or isinstance(value, list):
            return TagField(titles, kind=plain_label(f.collection or "").lower())
        return RelationField(titles)
    if kind in ("image", "file"):
        if is_complex(value):
            return TextField(read_only=True)
        return FilePicker(
            form.site,
            field_folder(form.site, form.collection_schema, f),
            images=kind == "image",
            by_path=not f.folder,
        )
    if kind == "object":
        if value is not None and not isinstance(value, dict):
            return TextField(read_only=True)
        if not f.fields:
            if is_free_group(value):
                return GroupField(form.group_rows_changed)
            return LongTextField(read_only=True)  # groups in the group: shown, kept as written
        return ObjectField(form, f)
    generator = form.site.generator if form.site is not None else None
    address = address_example(f.name, generator) if top_level else "https://…"
    placeholder = {"url": address, "email": tr("name@example.org")}.get(kind, "")
    if is_complex(value):
        return LongTextField(read_only=True)
    return TextField(placeholder=placeholder)


def unknown_widget(value: Any) -> FieldWidget:
    """The widget for a field the schema does not know, from the value the page has."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        # Words, or none yet (`categories: []` from a Hugo archetype): added to and taken
        # away as any list, not shown read-only.
        return TagField([])
    if is_complex(value):
        widget = LongTextField(read_only=True)
        widget.edit.setToolTip(tr("Shown for reference; kept as it is."))
        return widget
    if isinstance(value, bool):
        return BoolField(tr("Yes"))
    if isinstance(value, (dt.date, dt.datetime)):
        return DateField(with_time=isinstance(value, dt.datetime))
    return TextField()


def relation_titles(site: Site | None, collection: str | None, key: str = "title") -> list[str]:
    """What a relation field can hold: the titles (or `key` values) of a collection."""
    if site is None or not collection:
        return []
    try:
        if key == "title":
            values = site.titles(collection)
        else:
            values = []
            for entry in site.documents(collection):
                if key == "file":  # the file name without extension and date
                    values.append(re.sub(r"^\d{4}-\d{2}-\d{2}-", "", entry.path.stem))
                elif entry.front_matter.get(key) not in (None, ""):
                    values.append(display_text(entry.front_matter[key]))
    except (KeyError, OSError):
        return []
    return sorted({v for v in values if v}, key=str.lower)


def field_folder(
    site: Site | None, collection_schema: CollectionSchema | None, f: Field
) -> Path | None:
    """Where an image or file field picks its files from."""
    if site is None:
        return None
    if f.folder:
        return site.resolve_inside(f.folder)
    name = collection_schema.name if collection_schema else None
    return assets.asset_folder(site, name, collection_schema)


def form_layout() -> QFormLayout:
    """Labels beside their fields; in a narrow form, a field too wide goes under its label
    (never a sideways scroll bar)."""
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return layout
