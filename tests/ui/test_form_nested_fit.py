"""A group of sub-fields (Hugo's `params`) fits a narrow form as the other fields do: a long
row goes under its label, never a sideways scroll bar that hides the fields' right part."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.schema import load_schema
from editor_app.core.site import Site
from editor_app.ui.form import FrontMatterForm

PAGE = "content/en/functions/cast/ToFloat.md"  # params: functions_and_methods: {...}


@pytest.mark.parametrize("width", [380, 330])
def test_nested_groups_need_no_sideways_scroll_bar(qtbot, width: int) -> None:
    hugo_docs = shared_site_path("hugo-docs")
    site = Site.open(hugo_docs)  # read only
    schema = load_schema(site)
    path = hugo_docs / PAGE
    doc = Document.load(path)
    form = FrontMatterForm()
    form.set_site(site, schema)
    form.load(doc.front_matter, schema.for_collection(site.collection_of(path)), list(doc.front_matter))
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidget(form)
    area.setWidgetResizable(True)
    area.resize(width, 600)  # the form's column at 1024x700
    area.show()
    qtbot.waitExposed(area)
    qtbot.wait(50)
    assert "params" in form.widgets
    assert area.horizontalScrollBar().maximum() == 0
