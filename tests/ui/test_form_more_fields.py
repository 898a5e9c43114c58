"""Fields only a few pages of a collection use wait under "More fields" on a page without
them: Eleventy's docs use about 40 keys, most on a page or two, and the form opened with seven
empty title-like fields (Tiptitle, Header title, Search title...) above the page's own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shared_sites import shared_site_path
from window_helpers import make_form

from editor_app.core.document import Document
from editor_app.core.schema import CollectionSchema, Field, load_schema
from editor_app.core.site import Site
from editor_app.ui.form import FrontMatterForm

PAGE = "src/docs/collections.md"


@pytest.fixture(scope="module")
def eleventy() -> tuple[Site, object]:
    site = Site.open(shared_site_path("eleventy-website"))
    site.entries()
    return site, load_schema(site)


def shown(form: FrontMatterForm, name: str) -> bool:
    QApplication.processEvents()  # a form built while shown shows its new rows a moment later
    return form.widgets[name].focus_target().isVisibleTo(form)


def test_rare_fields_wait_under_more_fields_and_one_filled_in_is_written(qtbot, eleventy) -> None:
    site, schema = eleventy
    form, doc = make_form(qtbot, site, schema, site.root / PAGE)
    form.fieldEdited.connect(doc.set)
    assert shown(form, "pageTitle") and shown(form, "eleventyNavigation")  # the page's own
    for rare in ("tiptitle", "headerTitle", "searchTitle", "titleOverride"):
        assert rare in form.widgets and not shown(form, rare), rare
    more = form.more_fields
    assert more is not None and more.toggle.isVisibleTo(form)
    assert more.toggle.text().startswith("More fields (")

    qtbot.mouseClick(more.toggle, Qt.MouseButton.LeftButton)
    assert shown(form, "tiptitle")
    assert form.labels["tiptitle"].text().replace("&", "") == "Tip title"
    used_by = schema.for_collection("docs").field("tiptitle").used_by
    assert used_by * 10 < 156
    assert f"Used by {used_by} of 156 pages" in form.widgets["tiptitle"].focus_target().toolTip()
    box = form.widgets["tiptitle"].focus_target()
    box.setFocus()
    qtbot.keyClicks(box, "Tags")
    assert Document.from_bytes(doc.to_bytes()).front_matter["tiptitle"] == "Tags"
    # The body and every other header line are as they were.
    before = (site.root / PAGE).read_bytes()
    assert doc.to_bytes().replace(b"tiptitle: Tags\n", b"") == before


def test_a_page_keeps_its_own_rare_field_in_place_and_the_open_section_stays_open(
    qtbot, eleventy
) -> None:
    site, schema = eleventy
    with_tip = next(
        e.path for e in site.entries() if e.collection == "docs" and "tiptitle" in e.front_matter
    )
    form, _doc = make_form(qtbot, site, schema, with_tip)
    assert shown(form, "tiptitle")  # the page has it: among its fields, not folded away
    assert form.more_fields is not None and not form.more_fields.opened
    form.more_fields.open()
    doc = Document.load(site.root / PAGE)
    form.load(doc.front_matter, schema.for_collection("docs"), list(doc.front_matter))
    assert form.more_fields is not None and form.more_fields.opened  # kept from page to page
    assert shown(form, "tiptitle")


def test_focus_on_a_folded_field_opens_the_section(qtbot, eleventy) -> None:
    site, schema = eleventy
    form, _doc = make_form(qtbot, site, schema, site.root / PAGE)
    assert form.focus_field("headerTitle")
    assert form.more_fields is not None and form.more_fields.opened
    assert shown(form, "headerTitle")


def test_declared_small_and_publishing_fields_are_never_folded(qtbot) -> None:
    def schema(documents: int | None, used_by: int | None) -> CollectionSchema:
        names = ("subtitle", "published", "draft")
        return CollectionSchema(
            "posts", [Field(n, used_by=used_by) for n in names], documents=documents
        )

    assert schema(156, 1).is_rare(Field("subtitle", used_by=1))
    assert not schema(156, 16).is_rare(Field("subtitle", used_by=16))  # one in ten is usual
    assert schema(156, 15).is_rare(Field("subtitle", used_by=15))
    assert not schema(9, 0).is_rare(Field("subtitle", used_by=0))  # a small collection
    assert not schema(None, None).is_rare(Field("subtitle"))  # declared in _schema.yml
    for name in ("published", "draft"):
        assert not schema(156, 1).is_rare(Field(name, "boolean", used_by=1))
    assert not schema(156, 1).is_rare(Field("subtitle", required=True, used_by=1))

    form = FrontMatterForm()
    qtbot.addWidget(form)
    form.load({"title": "x"}, schema(9, 1), ["title"])
    assert form.more_fields is None  # nothing folded on a small collection


def test_real_eleventy_docs_pages_show_its_own_fields_unfolded(qtbot, eleventy) -> None:
    site, schema = eleventy
    form = FrontMatterForm()
    qtbot.addWidget(form)
    form.set_site(site, schema)
    form.resize(600, 900)
    form.show()
    # Every third page: a form build takes tens of milliseconds, more on a busy machine.
    docs = [e for e in site.entries() if e.collection == "docs"][::3]
    folded_somewhere = 0
    for e in docs:
        form.load(e.front_matter, schema.for_collection("docs"), list(e.front_matter))
        QApplication.processEvents()
        for name in e.front_matter:
            if name in form.widgets:
                assert form.widgets[name].focus_target().isVisibleTo(form), (e.path, name)
        folded_somewhere += form.more_fields is not None
    assert folded_somewhere == len(docs)
