"""The page settings form, driven as an author would, on the real site and its schema."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QScrollArea
from shared_sites import shared_site_path
from window_helpers import make_form

from editor_app.core import assets
from editor_app.core.document import Document
from editor_app.core.schema import CollectionSchema, Field, load_schema
from editor_app.core.site import Site
from editor_app.core.validate import Problem, validate_document
from editor_app.ui.form import (
    BoolField,
    ChoiceField,
    DateField,
    FilePicker,
    FrontMatterForm,
    LongTextField,
    NumberField,
    TagField,
    TextField,
)

CASE_STUDY = Path("_resources/case-study-cag.md")


@pytest.fixture(scope="module")
def real_site(shared_site: Path) -> tuple[Site, object]:
    """The real site (read-only) and its schema, built once for the module."""
    site = Site.open(shared_site)
    site.entries()
    return site, load_schema(site)


@pytest.fixture
def copied(site_copy: Path) -> tuple[Site, object]:
    """A writable copy of the real site and its schema."""
    site = Site.open(site_copy)
    return site, load_schema(site)


def recorder(form: FrontMatterForm) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []
    form.fieldEdited.connect(lambda name, value: seen.append((name, value)))
    return seen


def test_loading_every_real_page_emits_nothing_and_keeps_every_value(qtbot, real_site) -> None:
    site, schema = real_site
    form = FrontMatterForm()
    qtbot.addWidget(form)
    form.set_site(site, schema)
    seen = recorder(form)
    pages = [e for e in site.entries() if e.error is None][:120]
    assert len(pages) > 50
    for entry in pages:
        doc = Document.load(entry.path)
        form.load(doc.front_matter, schema.for_collection(entry.collection), list(doc.front_matter))
        assert form.values() == doc.front_matter, entry.path
        # Every field of the page has a widget: nothing is hidden from the author.
        assert set(doc.front_matter) <= set(form.widgets), entry.path
    assert seen == []


def test_widgets_follow_the_schema_in_order_with_plain_labels(qtbot, real_site) -> None:
    site, schema = real_site
    form, doc = make_form(qtbot, site, schema, site.root / CASE_STUDY)
    fields = schema.for_collection("resources").fields
    assert list(form.widgets)[: len(fields)] == [f.name for f in fields]
    assert isinstance(form.widgets["status"], ChoiceField)
    assert isinstance(form.widgets["date"], DateField)
    assert isinstance(form.widgets["listed"], BoolField)
    assert isinstance(form.widgets["topics"], TagField)
    assert isinstance(form.widgets["image"], FilePicker)
    assert isinstance(form.widgets["title"], TextField)
    # Labels are plain words, reach the field by keyboard and name it for screen readers.
    label = form.labels["redirect_from"]
    assert label.text().replace("&", "") == "Old web addresses"
    assert label.buddy() is form.widgets["redirect_from"].focus_target()
    assert form.widgets["title"].focus_target().accessibleName() == "Title"
    assert all("&" in lbl.text() for lbl in list(form.labels.values())[:10])
    assert form.widgets["title"].focus_target().text() == doc.front_matter["title"]


def test_change_status_with_the_drop_down(qtbot, real_site) -> None:
    site, schema = real_site
    form, doc = make_form(qtbot, site, schema, site.root / CASE_STUDY)
    seen = recorder(form)
    combo = form.widgets["status"].focus_target()
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "final"
    combo.setFocus()
    target = combo.findText("draft")
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    qtbot.keyClick(combo, key)
    assert seen == [("status", "draft")]
    assert form.values()["status"] == "draft"
    # Applying what the form emitted changes only the status line of the file.
    for name, value in seen:
        doc.set(name, value)
    before = doc.original.decode("utf-8").splitlines()
    after = doc.to_bytes().decode("utf-8").splitlines()
    assert [(a, b) for a, b in zip(before, after, strict=True) if a != b] == [
        ("status: final", "status: draft")
    ]


def test_add_and_remove_a_topic_tag(qtbot, real_site) -> None:
    site, schema = real_site
    form, _ = make_form(qtbot, site, schema, site.root / CASE_STUDY)
    seen = recorder(form)
    topics = form.widgets["topics"]
    assert topics.tags == ["Public sector", "Health"]
    # The completer offers the titles of the Topics pages.
    assert "Transport" in topics.suggestions or len(topics.suggestions) > 5
    new_topic = next(t for t in topics.suggestions if t not in topics.tags)
    topics.input.setFocus()
    qtbot.keyClicks(topics.input, new_topic.lower())
    topics.completer.popup().hide()
    qtbot.keyClick(topics.input, Qt.Key.Key_Return)
    assert seen[-1] == ("topics", ["Public sector", "Health", new_topic])  # known spelling
    # Remove one with its chip's button...
    chip = next(c for c in topics.chips.findChildren(QLabel) if c.text() == "Health")
    button = chip.parentWidget().remove_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen[-1] == ("topics", ["Public sector", new_topic])
    # ...and the last one with Backspace in the empty box.
    qtbot.keyClick(topics.input, Qt.Key.Key_Backspace)
    assert seen[-1] == ("topics", ["Public sector"])
    assert form.values()["topics"] == ["Public sector"]
    # Removing the last tag empties the field.
    qtbot.keyClick(topics.input, Qt.Key.Key_Backspace)
    assert seen[-1] == ("topics", None)


def test_single_relation_completes_and_emits_text(qtbot, real_site) -> None:
    site, schema = real_site
    form, _ = make_form(qtbot, site, schema, site.root / CASE_STUDY)
    seen = recorder(form)
    author = form.widgets["author"].focus_target()
    assert author.isEditable()
    people = site.titles("people")
    assert author.count() == len(set(people))
    author.lineEdit().selectAll()
    qtbot.keyClicks(author.lineEdit(), "Jeni")
    assert seen[-1] == ("author", "Jeni")


def test_date_picker_emits_dates_and_can_be_emptied(qtbot, real_site) -> None:
    site, schema = real_site
    form, doc = make_form(qtbot, site, schema, site.root / CASE_STUDY)
    seen = recorder(form)
    date = form.widgets["date"]
    assert date.value() == doc.front_matter["date"] == dt.date(2025, 3, 10)
    assert date.edit.calendarPopup()
    date.edit.setFocus()
    date.edit.setDate(QDate(2025, 4, 1))
    assert seen[-1] == ("date", dt.date(2025, 4, 1))
    assert type(seen[-1][1]) is dt.date
    qtbot.mouseClick(date.clear_button, Qt.MouseButton.LeftButton)
    assert seen[-1] == ("date", None)
    assert date.edit.text() == "No date"


def test_checkbox_emits_bool_and_text_empties_to_none(qtbot, real_site) -> None:
    site, schema = real_site
    form, _ = make_form(qtbot, site, schema, site.root / CASE_STUDY)
    seen = recorder(form)
    box = form.widgets["listed"].focus_target()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert seen[-1] == ("listed", False)
    subtitle = form.widgets["subtitle"].focus_target()
    subtitle.selectAll()
    qtbot.keyClick(subtitle, Qt.Key.Key_Delete)
    assert seen[-1] == ("subtitle", None)
    qtbot.keyClicks(subtitle, "New")
    assert seen[-1] == ("subtitle", "New")


def schema_with_everything() -> CollectionSchema:
    return CollectionSchema(
        "resources",
        [
            Field("title", "text", required=True),
            Field("summary", "long_text"),
            Field("status", "choice", choices=["draft", "final"], required=True),
            Field("pages", "number"),
            Field("when", "datetime"),
            Field("tags", "choices", choices=["a", "b", "c"]),
            Field("contact", "email"),
            Field(
                "seo",
                "object",
                fields=[Field("description", "text"), Field("noindex", "boolean")],
            ),
        ],
    )


def test_unknown_values_and_fields_are_shown_and_kept(qtbot) -> None:
    form = FrontMatterForm()
    qtbot.addWidget(form)
    seen = recorder(form)
    fm = {
        "title": "A page",
        "status": "in review",  # not one of the choices
        "pages": 12,
        "seo": {"description": "About", "extra": [1, 2]},
        "colour": "blue",  # the schema does not know these
        "gallery": [{"src": "a.png"}, {"src": "b.png"}],
        "when": "sometime soon",  # not a date: kept as text
    }
    form.load(fm, schema_with_everything(), list(fm))
    assert form.values() == fm
    combo = form.widgets["status"].focus_target()
    assert "in review" in combo.currentText()
    assert combo.currentData() == "in review"
    assert isinstance(form.widgets["when"], TextField)
    assert form.widgets["when"].focus_target().text() == "sometime soon"
    # Unknown fields come after the known ones, under a heading; complex ones read-only.
    assert list(form.widgets)[-2:] == ["colour", "gallery"]
    assert any(lbl.text() == "Other fields" for lbl in form.findChildren(QLabel))
    gallery = form.widgets["gallery"]
    assert isinstance(gallery, LongTextField) and gallery.edit.isReadOnly()
    assert form.widgets["colour"].focus_target().text() == "blue"
    assert seen == []


def test_values_of_the_right_type(qtbot) -> None:
    form = FrontMatterForm()
    qtbot.addWidget(form)
    seen = recorder(form)
    fm = {"title": "A page", "pages": 12, "seo": {"description": "About", "extra": 1}}
    form.load(fm, schema_with_everything(), list(fm))
    pages = form.widgets["pages"]
    assert isinstance(pages, NumberField)
    pages.edit.selectAll()
    qtbot.keyClicks(pages.edit, "15")
    assert seen[-1] == ("pages", 15)
    qtbot.keyClicks(pages.edit, ".5")
    assert seen[-1] == ("pages", 15.5)
    qtbot.keyClicks(pages.edit, "x")  # not a number: nothing written
    assert seen[-1] == ("pages", 15.5)
    tags = form.widgets["tags"]
    qtbot.keyClicks(tags.input, "b")
    tags.completer.popup().hide()
    qtbot.keyClick(tags.input, Qt.Key.Key_Return)
    assert seen[-1] == ("tags", ["b"])
    noindex = form.widgets["seo"].children_["noindex"].focus_target()
    noindex.setChecked(True)
    assert seen[-1] == ("seo", {"description": "About", "extra": 1, "noindex": True})
    summary = form.widgets["summary"].focus_target()
    qtbot.keyClicks(summary, "Two")
    qtbot.keyClick(summary, Qt.Key.Key_Return)
    qtbot.keyClicks(summary, "lines")
    assert seen[-1] == ("summary", "Two\nlines")
    when = form.widgets["when"]
    when.edit.setDateTime(
        when.edit.dateTime().fromString("2025-01-02T10:30", Qt.DateFormat.ISODate)
    )
    assert seen[-1] == ("when", dt.datetime(2025, 1, 2, 10, 30))


def test_problems_mark_the_field_and_clear(qtbot, real_site) -> None:
    site, schema = real_site
    form, doc = make_form(qtbot, site, schema, site.root / CASE_STUDY)
    doc.set("date", "soon")
    problems = validate_document(doc, site, schema)
    problems.append(Problem(str(CASE_STUDY), 4, "subtitle", "warning", "test", "Rather long."))
    on_fields = [p for p in problems if p.field in ("date", "subtitle")]
    assert len(on_fields) == 2, problems
    form.show_problems(problems)
    for p in on_fields:
        target = form.widgets[p.field].focus_target()
        assert p.message in target.toolTip()
        assert p.message in target.accessibleDescription()
        assert "border" in target.styleSheet()
        assert p.message in form.problem_text(p.field)
    # Next check: nothing wrong any more, every mark goes.
    form.show_problems([])
    for p in on_fields:
        target = form.widgets[p.field].focus_target()
        assert p.message not in target.toolTip()
        assert target.styleSheet() == ""
        assert form.problem_text(p.field) == ""


def test_problem_on_unknown_field_is_ignored_and_focus_field(qtbot, real_site) -> None:
    site, schema = real_site
    form = FrontMatterForm()
    qtbot.addWidget(form)
    form.set_site(site, schema)
    doc = Document.load(site.root / CASE_STUDY)
    form.load(doc.front_matter, schema.for_collection("resources"), list(doc.front_matter))
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidget(form)
    area.setWidgetResizable(True)
    area.resize(500, 200)
    area.show()
    qtbot.waitExposed(area)
    form.show_problems([Problem("x.md", 3, "nonexistent", "error", "code", "Oops")])
    assert form.focus_field("image")
    qtbot.waitUntil(lambda: form.widgets["image"].focus_target().hasFocus())
    assert area.verticalScrollBar().value() > 0  # scrolled down to it
    assert not form.focus_field("nonexistent")


def test_image_picker_shows_a_thumbnail_and_never_leaves_the_site(qtbot, real_site) -> None:
    site, schema = real_site
    form, _ = make_form(qtbot, site, schema, site.root / CASE_STUDY)
    picker = form.widgets["image"]
    assert picker.folder == site.root / "assets" / "resources"
    assert picker.thumbnail.pixmap() is not None and not picker.thumbnail.pixmap().isNull()
    picker.set_value("../../../../../etc/passwd")
    assert picker.resolve("../../../../../etc/passwd") is None
    assert picker.thumbnail.text() == "Not found"


def test_copy_new_image_into_the_asset_folder(
    qtbot, copied, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, schema = copied
    form, _ = make_form(qtbot, site, schema, site.root / CASE_STUDY)
    seen = recorder(form)
    picker = form.widgets["image"]
    folder = site.root / "assets" / "resources"
    existing = folder / "2025-03-10-cag.png"
    source = tmp_path / "My new photo.png"
    other = next(p for p in sorted(folder.glob("*.png")) if p != existing)
    shutil.copyfile(other, source)
    monkeypatch.setattr(FilePicker, "ask_new_file", classmethod(lambda cls, p, i: source))
    qtbot.mouseClick(picker.copy_button, Qt.MouseButton.LeftButton)
    assert (folder / "My-new-photo.png").read_bytes() == source.read_bytes()
    assert seen[-1] == ("image", "My-new-photo.png")
    assert not picker.thumbnail.pixmap().isNull()

    # A different file with a taken name: the author is asked; "keep both" renames.
    clash = tmp_path / "2025-03-10-cag.png"
    clash.write_bytes(source.read_bytes())
    before = existing.read_bytes()
    asked: list[str] = []
    monkeypatch.setattr(FilePicker, "ask_new_file", classmethod(lambda cls, p, i: clash))
    monkeypatch.setattr(
        FilePicker, "ask_replace", classmethod(lambda cls, p, name: asked.append(name) or False)
    )
    qtbot.mouseClick(picker.copy_button, Qt.MouseButton.LeftButton)
    assert asked == ["2025-03-10-cag.png"]
    assert existing.read_bytes() == before  # never overwritten
    assert seen[-1] == ("image", "2025-03-10-cag-2.png")
    # Cancel leaves everything as it was.
    monkeypatch.setattr(FilePicker, "ask_replace", classmethod(lambda cls, p, name: None))
    count = len(seen)
    qtbot.mouseClick(picker.copy_button, Qt.MouseButton.LeftButton)
    assert len(seen) == count and existing.read_bytes() == before


def test_browse_picks_a_file_from_the_folder(
    qtbot, real_site, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, schema = real_site
    form, _ = make_form(qtbot, site, schema, site.root / CASE_STUDY)
    seen = recorder(form)
    picker = form.widgets["image"]
    # The real dialog lists the folder's images.
    from editor_app.ui.form import AssetBrowser

    dialog = AssetBrowser(form, picker.folder, True, "2025-03-10-cag.png")
    qtbot.addWidget(dialog)
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert names == [p.name for p in assets.list_files(picker.folder, images_only=True)]
    assert "grab-a-byte.png" in names
    assert dialog.selected() == "2025-03-10-cag.png"
    dialog.filter.setText("BYTE")
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    visible = [item.text() for item in items if not item.isHidden()]
    assert visible and all("byte" in n.lower() for n in visible)
    monkeypatch.setattr(
        FilePicker,
        "ask_existing",
        classmethod(lambda cls, p, folder, images, current: "grab-a-byte.png"),
    )
    qtbot.mouseClick(picker.browse_button, Qt.MouseButton.LeftButton)
    assert seen == [("image", "grab-a-byte.png")]
    assert picker.findChild(QLineEdit).text() == "grab-a-byte.png"


def test_page_without_schema_shows_its_fields(qtbot) -> None:
    form = FrontMatterForm()
    qtbot.addWidget(form)
    fm = {"title": "Home", "layout": "home", "menu": ["a", "b"], "draft": True}
    form.load(fm, None, list(fm))
    assert list(form.widgets) == ["title", "layout", "menu", "draft"]
    assert form.values() == fm
    form.load({}, None, [])
    assert form.widgets == {}


def test_a_field_the_schema_does_not_know_is_named_in_plain_words(qtbot) -> None:
    form = FrontMatterForm()
    qtbot.addWidget(form)
    fm = {"hero_image": "a.png", "card--title": "Hi", "x": 1}
    form.load(fm, None, list(fm))
    names = {k: label.text().replace("&", "") for k, label in form.labels.items()}
    assert names == {"hero_image": "Hero image", "card--title": "Card title", "x": "X"}
    assert form.widgets["card--title"].focus_target().accessibleName() == "Card title"


def test_loading_opens_no_stray_window(qtbot, real_site) -> None:
    """Building the widgets must not flash a window (it would steal the window's shortcuts)."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    site, schema = real_site
    window = QMainWindow()
    qtbot.addWidget(window)
    form = FrontMatterForm()
    window.setCentralWidget(form)
    form.set_site(site, schema)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    visible_before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    doc = Document.load(site.root / CASE_STUDY)
    form.load(doc.front_matter, schema.for_collection("resources"), list(doc.front_matter))
    # A popup may be shown from a queued event: let the event loop run before looking.
    qtbot.wait(100)
    shown = [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in visible_before
    ]
    assert shown == []
    assert window.isActiveWindow()


def test_mnemonics_leave_the_menu_letters_alone(qtbot, real_site) -> None:
    from PySide6.QtWidgets import QMainWindow

    site, schema = real_site
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&File")
    window.menuBar().addMenu("&Tools")
    form = FrontMatterForm()
    window.setCentralWidget(form)
    form.set_site(site, schema)
    doc = Document.load(site.root / CASE_STUDY)
    form.load(doc.front_matter, schema.for_collection("resources"), list(doc.front_matter))
    letters = []
    for label in form.labels.values():
        text = label.text().replace("&&", "")
        if "&" in text:
            letters.append(text[text.index("&") + 1].lower())
    assert "t" not in letters and "f" not in letters
    assert len(letters) == len(set(letters))
    assert form.labels["title"].text().replace("&", "") == "Title *"


def test_relation_by_file_name_offers_file_names(qtbot, real_site) -> None:
    site, schema = real_site
    form = FrontMatterForm()
    qtbot.addWidget(form)
    form.set_site(site, schema)
    coll = CollectionSchema(
        "resources", [Field("person", "relation", collection="people", key="file")]
    )
    form.load({"person": "jeni-tennison"}, coll, ["person"])
    combo = form.widgets["person"].focus_target()
    items = [combo.itemText(i) for i in range(combo.count())]
    stems = {p.stem for p in (site.root / "_people").glob("*.md")}
    assert items and set(items) <= stems
    assert combo.currentText() == "jeni-tennison"


def test_date_by_keyboard_starts_today_and_delete_empties(qtbot, real_site) -> None:
    site, schema = real_site
    form, _ = make_form(qtbot, site, schema, site.root / CASE_STUDY)
    seen = recorder(form)
    date = form.widgets["date"]
    date.edit.setFocus()
    qtbot.keyClick(date.edit, Qt.Key.Key_Delete)
    assert seen[-1] == ("date", None) and date.is_empty
    qtbot.keyClick(date.edit, Qt.Key.Key_Up)
    assert seen[-1] == ("date", dt.date.today())


def test_edits_written_through_the_document_read_back_as_the_form_shows(qtbot, real_site) -> None:
    """Every kind of widget emits values the page file can hold and give back unchanged."""
    site, schema = real_site
    form, doc = make_form(qtbot, site, schema, site.root / CASE_STUDY)
    form.fieldEdited.connect(doc.set)
    form.widgets["date"].edit.setDate(QDate(2025, 4, 1))
    form.widgets["listed"].focus_target().setChecked(False)
    form.widgets["topics"].add("Transport")
    form.widgets["topics"].remove("Health")
    subtitle = form.widgets["subtitle"].focus_target()
    subtitle.selectAll()
    qtbot.keyClick(subtitle, Qt.Key.Key_Delete)
    title = form.widgets["title"].focus_target()
    title.end(False)
    qtbot.keyClicks(title, " Now: with 'quotes', \"more\" and #hash")
    combo = form.widgets["status"].focus_target()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() == 0 else Qt.Key.Key_Up)
    reread = Document.from_bytes(doc.to_bytes()).front_matter
    assert reread == form.values()
    assert reread["date"] == dt.date(2025, 4, 1)
    assert reread["topics"] == ["Public sector", "Transport"]
    assert reread["listed"] is False and reread["subtitle"] is None
    assert reread["title"].endswith("Now: with 'quotes', \"more\" and #hash")


def test_picking_a_tag_from_the_completion_list(qtbot, real_site) -> None:
    site, schema = real_site
    form, _ = make_form(qtbot, site, schema, site.root / CASE_STUDY)
    seen = recorder(form)
    topics = form.widgets["topics"]
    wanted = next(t for t in topics.suggestions if t not in topics.tags)
    topics.input.setFocus()
    qtbot.keyClicks(topics.input, wanted[:3])
    popup = topics.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    while popup.currentIndex().data() != wanted:
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert seen == [("topics", ["Public sector", "Health", wanted])]
    qtbot.waitUntil(lambda: topics.input.text() == "")  # ready for the next one


def test_a_page_with_thousands_of_settings_gets_a_usable_form(qtbot) -> None:
    """One page with 5,000 header fields (a hostile or broken file): the form shows a few
    hundred and says how many more there are; they are kept as they are."""
    from editor_app.ui.form import MAX_FORM_ROWS

    form = FrontMatterForm()
    qtbot.addWidget(form)
    fields = [Field(f"f{i}", "text", f"F{i}") for i in range(5_000)]
    schema = CollectionSchema("pages", fields)
    huge = {f"f{i}": f"value {i}" for i in range(5_000)}
    form.load(huge, schema, list(huge))
    assert len(form.widgets) == MAX_FORM_ROWS
    assert form.values() == huge  # nothing lost or changed
    texts = [w.text() for w in form.findChildren(QLabel)]
    assert any("4,700 more settings" in t for t in texts)
    # Another page of the same collection shows only its own fields.
    form.load({"f1": "a", "f7": "b"}, schema, ["f1", "f7"])
    assert sorted(form.widgets) == ["f1", "f7"]


def test_a_group_keyed_by_long_addresses_does_not_widen_the_form(qtbot) -> None:
    """Eleventy pages key `relatedLinks` by address: a long key is shortened in its label
    (whole in its tooltip and for screen readers), so the form never scrolls sideways."""
    long_key = "/docs/data-global-custom-and-the-cascade-explained/"
    fm = {"title": "Data", "relatedLinks": {"/docs/x/": "X", long_key: "Custom global data"}}
    group = Field(
        "relatedLinks", "object", fields=[Field("/docs/x/"), Field(long_key, label=long_key)]
    )
    schema = CollectionSchema("docs", [Field("title"), group])
    form = FrontMatterForm()
    qtbot.addWidget(form)
    form.load(fm, schema, list(fm))
    labels = {label.toolTip() or label.text(): label for label in form.findChildren(QLabel)}
    shortened = labels[long_key]
    assert shortened.text() != long_key and "…" in shortened.text()
    assert shortened.buddy().accessibleName() == long_key
    assert labels["/docs/x/"].text() == "/docs/x/"  # a short key is shown whole
    assert form.minimumSizeHint().width() < 300
    assert form.values() == fm


def test_the_eleventy_data_cascade_page_fits_a_narrow_form(qtbot) -> None:
    root = shared_site_path("eleventy-website")
    site = Site.open(root)
    page = root / "src" / "docs" / "data-cascade.md"
    doc = Document.load(page)
    form = FrontMatterForm()
    qtbot.addWidget(form)
    form.load(
        doc.front_matter,
        load_schema(site).for_collection(site.collection_of(page)),
        list(doc.front_matter),
    )
    assert "relatedLinks" in form.widgets
    assert form.minimumSizeHint().width() < 300  # was 384: the page's long address keys
