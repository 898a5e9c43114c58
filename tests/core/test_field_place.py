"""A field a page lacked is written where and as its collection's other pages write it."""

from __future__ import annotations

from pathlib import Path

from editor_app.core import field_place
from editor_app.core.document import Document
from editor_app.core.site import Site

PAGES = [
    {"layout": 1, "title": 1, "subtitle": 1, "reference": 1, "date": 1},
    {"layout": 1, "title": 1, "subtitle": 1, "reference": 1},
    {"layout": 1, "title": 1, "reference": 1, "date": 1},
]


def test_the_place_agrees_with_the_pages_holding_the_field() -> None:
    keys = ["layout", "title", "reference", "date", "image"]
    assert field_place.usual_place(PAGES, "subtitle", keys) == 2  # after title, before reference
    assert field_place.usual_place(PAGES, "unknown", keys) == len(keys)  # no page tells: the end


def test_a_missing_field_is_set_in_its_place_and_quoted_like_the_others() -> None:
    doc = Document.from_text(
        "---\nlayout: x\ntitle: A\nreference: R\ndate: 2024-01-02\n---\nBody\n"
    )
    texts = ['---\nsubtitle: "One"\n', "---\nsubtitle: 'Two'\n", "---\nsubtitle: Three\n"]
    field_place.set_as_the_others(doc, "subtitle", "Bus stops", PAGES, texts)
    assert doc.text == (
        '---\nlayout: x\ntitle: A\nsubtitle: "Bus stops"\nreference: R\ndate: 2024-01-02\n'
        "---\nBody\n"
    )
    # A field already written is changed where it is, as it is.
    field_place.set_as_the_others(doc, "reference", "S", PAGES, ['---\nreference: "Q"\n'])
    assert "\nreference: S\n" in doc.text


def test_plain_where_the_others_are_plain_and_nothing_moves_in_other_formats() -> None:
    doc = Document.from_text("---\ntitle: A\nimage:\n---\n")
    field_place.set_as_the_others(
        doc,
        "link",
        "https://x.org/a?b=1",
        [{"title": 1, "link": 1, "image": 1}],
        ["---\nlink: https://y.org\n"],
    )
    assert doc.text == "---\ntitle: A\nlink: https://x.org/a?b=1\nimage:\n---\n"
    toml = Document.from_text('+++\ntitle = "A"\ndate = 2024-01-02\n+++\n')
    field_place.set_as_the_others(toml, "subtitle", "S", PAGES, [])
    assert toml.get("subtitle") == "S" and list(toml.front_matter)[-1] == "subtitle"


def test_each_case_study_field_set_again_comes_back_where_it_was(site_copy: Path) -> None:
    site = Site.open(site_copy)
    pages, texts = field_place.collection_headers(site, "resources")
    studies = sorted((site_copy / "_resources").glob("case-study-*.md"))
    assert studies
    for path in studies:
        original = path.read_text(encoding="utf-8")
        for field in ("subtitle", "project", "link"):
            doc = Document.load(path)
            value = doc.get(field)
            if value is None:
                continue
            doc.remove(field)
            field_place.set_as_the_others(doc, field, value, pages, texts)
            assert doc.text == original, (path.name, field)
