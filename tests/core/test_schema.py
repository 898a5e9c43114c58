"""Schemas: the declared `_schema.yml` format, and inference from the documents of real sites."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.schema import (
    FIELD_TYPES,
    CollectionSchema,
    Field,
    Schema,
    SchemaError,
    infer_schema,
    load_schema,
    schema_from_yaml,
    schema_to_yaml,
)
from editor_app.core.site import Site


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# -- inference on the real site -----------------------------------------------------------


@pytest.fixture(scope="module")
def real_schema(shared_site: Path) -> Schema:
    return infer_schema(Site.open(shared_site))


def test_resources_fields_as_a_careful_human_would_declare_them(real_schema: Schema) -> None:
    res = real_schema.for_collection("resources")
    assert res is not None and real_schema.source == "inferred"
    names = [f.name for f in res.fields]
    expected = [
        "layout",
        "title",
        "subtitle",
        "reference",
        "author",
        "date",
        "project",
        "topics",
        "status",
        "listed",
        "link",
        "image",
    ]
    assert set(expected) <= set(names)
    assert names[:2] == ["layout", "title"]
    # The usual order: the relative order of the common fields as documents write them.
    common = [n for n in names if n in ("reference", "author", "date", "status", "listed")]
    assert common == ["reference", "author", "date", "status", "listed"]
    assert names.index("link") < names.index("image")

    def f(name: str) -> Field:
        found = res.field(name)
        assert found is not None, name
        return found

    assert (f("title").type, f("title").required, f("title").label) == ("text", True, "Title")
    author = f("author")
    assert (author.type, author.collection, author.key, author.multiple) == (
        "relation",
        "people",
        "title",
        False,
    )
    assert author.required
    project = f("project")
    assert (project.type, project.collection, project.multiple) == ("relation", "projects", False)
    assert not project.required  # 31 of 50 documents
    topics = f("topics")
    assert (topics.type, topics.collection, topics.multiple, topics.label) == (
        "relation",
        "topics",
        True,
        "Topics",
    )
    status = f("status")
    assert status.type == "choice" and set(status.choices or []) == {"draft", "final"}
    assert status.default == "draft"  # new documents start as drafts, not as the usual final
    assert (f("listed").type, f("listed").label, f("listed").default) == ("boolean", "Listed", True)
    assert (f("date").type, f("date").label, f("date").required) == ("date", "Date", True)
    assert f("link").type == "url"
    image = f("image")
    assert (image.type, image.folder, image.label) == ("image", "assets/resources", "Image")
    assert f("layout").type == "choice" and f("layout").default == "resource"
    assert f("subtitle").type == "text" and not f("subtitle").required
    assert f("board-minutes").type == "boolean" and f("board-minutes").default is None
    # The one-off misspelling is reported, not turned into a field.
    assert "projects" not in names
    note = next(n for n in real_schema.notes if "`projects`" in n)
    assert "final-funder-report-mw-2026.md" in note and "`project`" in note


def test_other_real_collections(real_schema: Schema) -> None:
    people = real_schema.for_collection("people")
    projects = real_schema.for_collection("projects")
    topics = real_schema.for_collection("topics")
    assert people and projects and topics
    picture = people.field("picture")
    assert picture and (picture.type, picture.folder) == ("image", "assets/people")
    email = people.field("email")
    assert email and email.type == "email" and email.label == "E-mail"
    roles = people.field("roles")
    assert roles and roles.type == "choices" and {"fellow", "board"} <= set(roles.choices or [])
    assert people.field("order").type == "number"
    pronouns = people.field("pronouns")
    assert pronouns.type == "text" and pronouns.default is None  # a rare field gets no default
    ptopics = people.field("topics")
    assert ptopics.type == "relation" and ptopics.collection == "topics" and ptopics.multiple
    assert any("'Public Sector'" in n and "ignoring capitals" in n for n in real_schema.notes)
    assert projects.field("image").folder == "assets/projects"
    assert projects.field("completed").type == "boolean"
    assert topics.field("image").folder == "assets/topics"
    assert topics.field("title").required
    assert real_schema.for_collection(None) is None


def test_values_that_match_no_title_are_named(real_schema: Schema) -> None:
    odd = [n for n in real_schema.notes if "not the title of any page in Projects" in n]
    assert any("participation-observatory.md" in n and "'Observatory'" in n for n in odd)


# -- messy data ---------------------------------------------------------------------------


def test_a_field_that_is_sometimes_a_list_becomes_multiple(site_copy: Path) -> None:
    res = site_copy / "_resources"
    edit(
        res / "ai-in-education.md",
        "project: Department for Education (DfE)",
        "project:\n  - Department for Education (DfE)\n  - Our Data Futures",
    )
    schema = infer_schema(Site.open(site_copy))
    project = schema.collections["resources"].field("project")
    assert project and project.type == "relation" and project.multiple
    assert project.collection == "projects"
    assert any("`project` is a single value in" in n and "list" in n for n in schema.notes)


def test_a_one_item_list_among_single_values_stays_single(site_copy: Path) -> None:
    edit(site_copy / "_resources" / "ai-in-education.md", "author: ", "author:\n  - ")
    text = (site_copy / "_resources" / "ai-in-education.md").read_text(encoding="utf-8")
    assert re.search(r"author:\n  - \S", text)
    schema = infer_schema(Site.open(site_copy))
    author = schema.collections["resources"].field("author")
    assert author and author.type == "relation" and not author.multiple
    note = next(n for n in schema.notes if "`author` is a list in" in n)
    assert "_resources/ai-in-education.md" in note


def test_odd_dates_and_broken_files_do_not_spoil_the_schema(site_copy: Path) -> None:
    edit(site_copy / "_resources" / "ai-in-education.md", "date: ", "date: soon #")
    (site_copy / "_resources" / "broken.md").write_text("---\ntitle: [x\n---\n", encoding="utf-8")
    schema = infer_schema(Site.open(site_copy))
    res = schema.collections["resources"]
    assert res.field("date").type == "date"
    assert any("`date` is not a date in _resources/ai-in-education.md" in n for n in schema.notes)


def test_a_true_false_field_with_one_slip_stays_true_false(site_copy: Path) -> None:
    # One page's `listed: maybe` must not turn Listed into a text box on every page, nor
    # drop the `listed: true` new pages start with; the slip is named instead.
    edit(site_copy / "_resources" / "ai-in-education.md", "listed: true", "listed: maybe")
    schema = infer_schema(Site.open(site_copy))
    listed = schema.collections["resources"].field("listed")
    assert listed and (listed.type, listed.default) == ("boolean", True)
    assert any(
        "`listed` is not true or false in _resources/ai-in-education.md" in n for n in schema.notes
    )


def test_true_false_beside_addresses_is_text(tmp_path: Path) -> None:
    # Eleventy's `permalink: false` in some pages and an address in others: both meant.
    (tmp_path / "_config.yml").write_text("collections:\n  docs:\n    output: true\n")
    (tmp_path / "_docs").mkdir()
    for i in range(9):
        (tmp_path / "_docs" / f"d{i}.md").write_text(f"---\ntitle: D{i}\nshown: false\n---\n")
    (tmp_path / "_docs" / "page.md").write_text("---\ntitle: P\nshown: /docs/page/\n---\n")
    shown = infer_schema(Site.open(tmp_path)).collections["docs"].field("shown")
    assert shown and shown.type == "text"


def test_relation_by_file_name_and_not_to_itself(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections: {books: {}, authors: {}}\n")
    (tmp_path / "_authors").mkdir()
    (tmp_path / "_books").mkdir()
    for slug in ("ann-lee", "bo-chan", "cy-dee"):
        name = slug.replace("-", " ").title()
        (tmp_path / "_authors" / f"{slug}.md").write_text(f"---\ntitle: {name}\n---\n")
    for i, who in enumerate(["ann-lee", "bo-chan", "ann-lee", "cy-dee", "bo-chan"]):
        (tmp_path / "_books" / f"book-{i}.md").write_text(
            f"---\ntitle: Book {i}\nwriter: {who}\nref: book-{i}\n---\n"
        )
    books = infer_schema(Site.open(tmp_path)).collections["books"]
    writer = books.field("writer")
    assert writer and (writer.type, writer.collection, writer.key) == (
        "relation",
        "authors",
        "file",
    )
    assert books.field("ref").type == "text"  # each names its own file: no relation


def test_one_value_naming_a_page_once_is_no_relation(tmp_path: Path) -> None:
    # hugo-docs: one page of twenty-two says `keywords: [highlight]`, the others `[]`; that
    # one word is also a shortcode's file name, and is no reason to offer shortcodes.
    (tmp_path / "_config.yml").write_text("collections: {guides: {}, shortcodes: {}}\n")
    (tmp_path / "_shortcodes").mkdir()
    (tmp_path / "_guides").mkdir()
    for slug in ("highlight", "figure", "param"):
        (tmp_path / "_shortcodes" / f"{slug}.md").write_text(f"---\ntitle: {slug}\n---\n")
    for i in range(6):
        words = "[highlight]" if i == 0 else "[]"
        (tmp_path / "_guides" / f"g{i}.md").write_text(
            f"---\ntitle: Guide {i}\nkeywords: {words}\nsee: {'figure' if i < 2 else ''}\n---\n"
        )
    guides = infer_schema(Site.open(tmp_path)).collections["guides"]
    assert guides.field("keywords").type != "relation"
    # The same name given twice is evidence enough.
    see = guides.field("see")
    assert (see.type, see.collection) == ("relation", "shortcodes")


def test_a_field_only_ever_an_empty_list_is_a_list(tmp_path: Path) -> None:
    # hugo-docs: `categories: []` on every page; the form must offer a list, not a text box.
    (tmp_path / "_config.yml").write_text("collections: {guides: {}}\n")
    (tmp_path / "_guides").mkdir()
    for i in range(4):
        (tmp_path / "_guides" / f"g{i}.md").write_text(
            f"---\ntitle: Guide {i}\ncategories: []\nnote: {'' if i else '~'}\n---\n"
        )
    guides = infer_schema(Site.open(tmp_path)).collections["guides"]
    assert guides.field("categories").type == "list"
    assert guides.field("note").type == "text"  # empty, but never written as a list


def test_a_new_page_gets_no_author_picked_for_it(tmp_path: Path) -> None:
    # jekyll-docs: `author: parkr` on a third of the posts, nine others on the rest; a new
    # post must not be signed parkr. `layout: post` on nearly every page is a fine start.
    (tmp_path / "_config.yml").write_text("collections: {notes: {}}\n")
    (tmp_path / "_notes").mkdir()
    authors = ["parkr"] * 4 + ["oe", "oe", "ben", "ben", "ash", "ash", "lee", "lee"]
    for i, who in enumerate(authors):
        layout = "post" if i else "page"
        (tmp_path / "_notes" / f"n{i}.md").write_text(
            f"---\ntitle: Note {i}\nlayout: {layout}\nauthor: {who}\n---\n"
        )
    notes = infer_schema(Site.open(tmp_path)).collections["notes"]
    author = notes.field("author")
    assert author.type == "choice" and author.choices[0] == "parkr"
    assert author.default is None
    assert notes.field("layout").default == "post"


def test_a_short_title_saying_another_pages_name_is_no_relation(tmp_path: Path) -> None:
    # hugo-docs: `linkTitle: Configuration` on pages beside a Configuration section.
    (tmp_path / "_config.yml").write_text("collections: {guides: {}, topics: {}}\n")
    (tmp_path / "_topics").mkdir()
    (tmp_path / "_guides").mkdir()
    for name in ("Configuration", "Templates"):
        (tmp_path / "_topics" / f"{name.lower()}.md").write_text(f"---\ntitle: {name}\n---\n")
    for i, short in enumerate(["Configuration", "Configuration", "Templates", "Templates"]):
        (tmp_path / "_guides" / f"g{i}.md").write_text(
            f"---\ntitle: Guide {i}\nlinkTitle: {short}\ntopic: {short}\n---\n"
        )
    guides = infer_schema(Site.open(tmp_path)).collections["guides"]
    assert guides.field("linkTitle").type != "relation"
    assert guides.field("topic").type == "relation"  # the same values under another name


def test_images_given_as_paths_from_the_site_root(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: x\n")
    (tmp_path / "assets" / "images" / "2024").mkdir(parents=True)
    for i in range(4):
        (tmp_path / "assets" / "images" / "2024" / f"p{i}.jpg").write_bytes(b"jpg")
        (tmp_path / "_posts").mkdir(exist_ok=True)
        (tmp_path / "_posts" / f"2024-01-0{i + 1}-p.md").write_text(
            f"---\ntitle: P{i}\nheader:\n  teaser: /assets/images/2024/p{i}.jpg\n"
            f"  caption: Photo {i}\n---\n"
        )
    header = infer_schema(Site.open(tmp_path)).collections["posts"].field("header")
    assert header and header.type == "object"
    teaser = next(f for f in header.fields if f.name == "teaser")
    assert teaser.type == "image" and teaser.folder is None


def test_few_repeated_values_make_a_choice_and_many_make_text(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections: {notes: {}}\n")
    (tmp_path / "_notes").mkdir()
    for i in range(12):
        (tmp_path / "_notes" / f"n{i}.md").write_text(
            f"---\ntitle: Note {i}\nstate: {['open', 'closed', 'open'][i % 3]}\n"
            f"code: C{i}\nsummary: {'word ' * 40}\nwhen: 2024-01-0{1 + i % 9} 10:00:00\n"
            f"tags: [{['a', 'b', 'c'][i % 3]}, free{i}]\ncount: {i}\n"
            f"contact: person{i}@example.org\n---\n"
        )
    notes = infer_schema(Site.open(tmp_path)).collections["notes"]
    state = notes.field("state")
    assert state.type == "choice" and state.choices == ["open", "closed"]
    assert state.default == "open" and state.required
    assert notes.field("code").type == "text"
    assert notes.field("summary").type == "long_text"
    assert notes.field("when").type == "datetime"
    assert notes.field("tags").type == "list"  # many distinct items: a free list
    assert notes.field("count").type == "number"
    assert notes.field("contact").type == "email"


def test_non_jekyll_site_is_inferred_too(tmp_path: Path) -> None:
    posts = tmp_path / "content" / "posts"
    posts.mkdir(parents=True)
    for i in range(6):
        (posts / f"2024-0{i + 1}-01-p.md").write_text(
            f"---\ntitle: P{i}\ndate: 2024-0{i + 1}-01\ndraft: {str(i == 0).lower()}\n"
            f"tags: [{'news' if i % 2 else 'events'}]\n---\n"
        )
    schema = infer_schema(Site.open(tmp_path))
    posts_schema = schema.collections["posts"]
    assert posts_schema.field("draft").type == "boolean"
    assert posts_schema.field("draft").default is True  # a new post starts as a draft
    tags = posts_schema.field("tags")
    assert tags.type == "choices" and set(tags.choices) == {"news", "events"}


def test_nested_objects(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections: {events: {}}\n")
    (tmp_path / "_events").mkdir()
    for i in range(4):
        (tmp_path / "_events" / f"e{i}.md").write_text(
            f"---\ntitle: E{i}\nvenue:\n  name: Hall {i}\n  town: Leeds\n---\n"
        )
    venue = infer_schema(Site.open(tmp_path)).collections["events"].field("venue")
    assert venue.type == "object" and [f.name for f in venue.fields] == ["name", "town"]
    text = schema_to_yaml(Schema({"events": CollectionSchema("events", [venue])}))
    assert schema_from_yaml(text).collections["events"].fields == [venue]


# -- the declared file --------------------------------------------------------------------


def test_sample_site_declares_its_schema(sample_copy: Path) -> None:
    site = Site.open(sample_copy)
    schema = load_schema(site)
    assert schema.source == "declared" and schema.error is None and schema.notes == []
    assert set(schema.collections) == set(site.collections)
    res = schema.collections["resources"]
    assert res.field("author").collection == "people"
    assert res.field("topics").multiple
    assert res.field("image").folder == "assets/resources"
    assert res.field("status").default == "draft"
    assert res.field("date").label == "Publication date"
    # Every relation points at a collection of the site, every image folder exists.
    for cs in schema.collections.values():
        for f in cs.fields:
            if f.type == "relation":
                assert f.collection in site.collections
            if f.folder:
                assert site.resolve_inside(f.folder).is_dir()


def test_declared_sample_schema_fits_the_sample_documents(sample_copy: Path) -> None:
    site = Site.open(sample_copy)
    schema = load_schema(site)
    for entry in site.entries():
        cs = schema.for_collection(entry.collection)
        if cs is None:
            continue
        for key, value in entry.front_matter.items():
            f = cs.field(key)
            assert f is not None, (entry.path.name, key)
            if f.type == "relation":
                values = value if isinstance(value, list) else [value]
                assert set(values) <= set(site.titles(f.collection)), (entry.path.name, key)
            if f.type == "choice":
                assert value in f.choices, (entry.path.name, key)
            if f.type == "image":
                assert (sample_copy / f.folder / value).is_file()
        for f in cs.fields:
            if f.required:
                assert entry.front_matter.get(f.name) not in (None, ""), (entry.path, f.name)


def test_inferred_schema_round_trips_through_yaml(shared_site: Path) -> None:
    schema = infer_schema(Site.open(shared_site))
    text = schema_to_yaml(schema)
    assert text.startswith("#")
    again = schema_from_yaml(text, Site.open(shared_site))
    assert again.collections == schema.collections
    assert again.source == "declared"
    assert schema_to_yaml(again).split("collections:", 1)[1] == text.split("collections:", 1)[1]


def test_a_partial_file_leaves_the_rest_inferred(site_copy: Path) -> None:
    (site_copy / "_schema.yml").write_text(
        "collections:\n  topics:\n    fields:\n      - name: title\n        required: true\n"
    )
    schema = load_schema(Site.open(site_copy))
    assert schema.source == "declared" and schema.error is None
    assert [f.name for f in schema.collections["topics"].fields] == ["title"]
    assert schema.collections["resources"].field("author").type == "relation"
    assert any("does not list" in n and "`resources`" in n for n in schema.notes)


BROKEN = [
    ("collections:\n  topics:\n    fields:\n      - name: [x\n", 5, "not valid YAML"),
    ("colections:\n  topics: []\n", 1, "did you mean `collections`"),
    ("collections:\n  topics:\n    - name: title\n      type: strng\n", 4, "unknown type"),
    ("collections:\n  topics:\n    - name: title\n      requred: true\n", 4, "`required`"),
    ("collections:\n  topics:\n    - name: status\n      type: choice\n", 3, "choices"),
    ("collections:\n  topics:\n    - name: who\n      type: relation\n", 3, "collection"),
    ("collections:\n  topics:\n    - type: text\n", 3, "no `name`"),
    ("collections:\n  topics:\n    - name: a\n    - name: a\n", 4, "twice"),
    ("collections:\n  topics:\n    - name: a\n      required: maybe\n", 4, "true or false"),
    ("collections:\n  topics:\n    - name: a\n      folder: ../../etc\n", 4, "inside the site"),
    ("collections:\n  topics:\n    fields: title\n", 3, "should be a list"),
    ("- just\n- a list\n", 1, "`name: value`"),
    ("", 1, "empty"),
]


@pytest.mark.parametrize(("text", "line", "words"), BROKEN)
def test_broken_schema_files_name_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(SchemaError) as info:
        schema_from_yaml(text)
    assert info.value.line == line
    assert words in info.value.message
    assert f"line {line}" in str(info.value)


def test_schema_file_is_checked_against_the_site(sample_copy: Path) -> None:
    site = Site.open(sample_copy)
    with pytest.raises(SchemaError) as info:
        schema_from_yaml("collections:\n  resource:\n    - name: title\n", site)
    assert info.value.line == 2 and "`resources`" in info.value.message
    with pytest.raises(SchemaError) as info:
        schema_from_yaml(
            "collections:\n  resources:\n    - name: author\n      type: relation\n"
            "      collection: persons\n",
            site,
        )
    assert info.value.line == 5


def test_a_broken_file_falls_back_to_inference_with_the_error(sample_copy: Path) -> None:
    (sample_copy / "_schema.yml").write_text("collections:\n  resources:\n    - nme: x\n")
    schema = load_schema(Site.open(sample_copy))
    assert schema.error is not None and schema.error.line == 3
    assert schema.source == "inferred"
    assert schema.collections["resources"].field("author").type == "relation"
    assert "_schema.yml, line 3" in schema.notes[0]


def test_one_long_title_leaves_titles_a_one_line_box(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections: {notes: {}}\n")
    (tmp_path / "_notes").mkdir()
    long_title = "A title " + "that goes on " * 25
    for i, title in enumerate(["Short", long_title, "Also short"]):
        blurb = "word " * 40 if i == 1 else "a line"
        (tmp_path / "_notes" / f"n{i}.md").write_text(
            f"---\ntitle: {title}\nsubtitle: {title}\nblurb: {blurb}\n---\n"
        )
    notes = infer_schema(Site.open(tmp_path)).collections["notes"]
    assert notes.field("title").type == "text"
    assert notes.field("subtitle").type == "text"
    assert notes.field("blurb").type == "long_text"  # not a heading: one long value is enough
    (tmp_path / "_notes" / "n3.md").write_text("---\ntitle: |\n  Two\n  lines\n---\n")
    assert infer_schema(Site.open(tmp_path)).collections["notes"].field("title").type == (
        "long_text"
    )


def test_handwritten_shorthands_and_aliases() -> None:
    schema = schema_from_yaml(
        "version: 1\ncollections:\n  notes:\n    - title\n    - name: body\n      type: markdown\n"
        "    - name: tags\n      type: multiselect\n      choices: [a, b]\n"
    )
    fields = schema.collections["notes"].fields
    assert [(f.name, f.type, f.label) for f in fields] == [
        ("title", "text", "Title"),
        ("body", "long_text", "Body"),
        ("tags", "choices", "Tags"),
    ]


names = st.from_regex(r"[a-z][a-z_-]{0,10}", fullmatch=True)
plain_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=20
)
values = st.one_of(st.none(), plain_text, st.integers(), st.booleans(), st.dates())


@st.composite
def fields(draw: st.DrawFn, depth: int = 0) -> Field:
    ftype = draw(st.sampled_from([t for t in FIELD_TYPES if depth == 0 or t != "object"]))
    f = Field(
        name=draw(names),
        type=ftype,
        label=draw(plain_text.filter(lambda s: s.strip() == s)),
        required=draw(st.booleans()),
        default=draw(values),
        help=draw(plain_text.filter(lambda s: s.strip() == s)),
        multiple=draw(st.booleans()),
        unique=draw(st.booleans()),
    )
    if ftype in ("choice", "choices"):
        f.choices = draw(st.lists(plain_text | st.integers(), min_size=1, max_size=4))
    if ftype == "relation":
        f.collection = draw(names)
        f.key = draw(st.sampled_from(["title", "file", "reference"]))
    if ftype in ("image", "file"):
        f.folder = draw(st.sampled_from(["assets/resources", "img", "static/files"]))
    if ftype == "object":
        subs = draw(st.lists(fields(depth=1), min_size=1, max_size=3, unique_by=lambda x: x.name))
        f.fields = subs
    return f


@settings(max_examples=120, deadline=None)
@given(
    st.dictionaries(
        names, st.lists(fields(), max_size=5, unique_by=lambda f: f.name), min_size=1, max_size=3
    )
)
def test_any_schema_round_trips(collections: dict[str, list[Field]]) -> None:
    schema = Schema({n: CollectionSchema(n, fs) for n, fs in collections.items()})
    again = schema_from_yaml(schema_to_yaml(schema))
    assert again.collections == schema.collections


def test_labels_are_plain_words() -> None:
    assert Field("listed").label == "Listed"
    assert Field("board-minutes").label == "Board minutes"
    assert Field("redirect_from").label == "Old web addresses"
    assert Field("date", "date", "Publication date").label == "Publication date"


leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=True),
    st.sampled_from(["draft", "final", "Health", "a.png", "https://x.org", "a@b.org", ""]),
    st.text(st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=8),
    st.dates(),
    st.sets(st.integers(0, 3), max_size=2),
)
value = st.recursive(
    leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from("xyz"), inner),
    max_leaves=6,
)
header_keys = st.sampled_from(["title", "status", "topics", "image", "when", "tags", "x", "tilte"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.dictionaries(header_keys | st.integers(0, 2), value, max_size=6), max_size=6))
def test_inference_never_fails_on_any_header(tmp_path_factory, headers: list[dict]) -> None:
    import yaml

    root = tmp_path_factory.mktemp("any")
    (root / "_config.yml").write_text("collections: {notes: {}, topics: {}}\n")
    (root / "_notes").mkdir()
    (root / "_topics").mkdir()
    (root / "_topics" / "health.md").write_text("---\ntitle: Health\n---\n")
    (root / "assets" / "notes").mkdir(parents=True)
    (root / "assets" / "notes" / "a.png").write_bytes(b"png")
    for i, header in enumerate(headers):
        text = yaml.dump(header, Dumper=yaml.SafeDumper, allow_unicode=True)
        (root / "_notes" / f"n{i}.md").write_text(f"---\n{text}---\nBody\n", encoding="utf-8")
    schema = infer_schema(Site.open(root))
    assert set(schema.collections) == {"notes", "topics"}
    for f in schema.collections["notes"].fields:
        assert f.type in FIELD_TYPES and isinstance(f.name, str)
    again = schema_from_yaml(schema_to_yaml(schema))
    assert again.collections == schema.collections


def test_an_alias_bomb_in_one_header_is_inferred_without_blowing_up(site_copy: Path) -> None:
    lines = ["---", "title: Laughs", "a: &a [" + ", ".join(["{x: 1, y: lol}"] * 9) + "]"]
    for prev, name in zip("abcdefg", "bcdefgh", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"{{k: *{prev}}}"] * 9) + "]")
    (site_copy / "_resources" / "bomb.md").write_text("\n".join(lines + ["---", ""]))
    schema = infer_schema(Site.open(site_copy))
    h = schema.collections["resources"].field("h")
    assert h is not None and h.type == "object" and h.multiple
    assert schema.collections["resources"].field("author").type == "relation"


@pytest.mark.parametrize("name", ["completed", "is_done", "isFinished", "Archived"])
def test_a_yes_or_no_field_saying_a_thing_is_over_starts_false(tmp_path: Path, name: str) -> None:
    """Most of connectedbydata's projects are `completed: true`; the proposed schema's default
    is what a new project starts with, and a new project is not completed."""
    (tmp_path / "_config.yml").write_text("collections: {projects: {}}\n")
    (tmp_path / "_projects").mkdir()
    for i in range(6):
        (tmp_path / "_projects" / f"p{i}.md").write_text(
            f"---\ntitle: P{i}\n{name}: {str(i > 0).lower()}\nlisted: true\n---\n"
        )
    projects = infer_schema(Site.open(tmp_path)).collections["projects"]
    # The same rule as a new page's value (`new_page_values`): `is_done`, `isFinished` too.
    assert projects.field(name).type == "boolean"
    assert projects.field(name).default is False
    assert projects.field("listed").default is True  # other yes-or-no fields: the usual value


def test_choices_written_alike_but_for_capitals_are_noted(tmp_path: Path) -> None:
    """jekyll-docs' posts: `author: dirtyf` on 3, `DirtyF` on 1; both are choices, and the
    maintainer is told which page writes the rarer one."""
    (tmp_path / "_posts").mkdir()
    authors = ["parkr"] * 6 + ["dirtyf"] * 3 + ["DirtyF"]
    for i, author in enumerate(authors):
        (tmp_path / "_posts" / f"2024-01-{i + 1:02d}-p.md").write_text(
            f"---\ntitle: P{i}\nauthor: {author}\n---\n"
        )
    (tmp_path / "_config.yml").write_text("title: x\n")
    schema = infer_schema(Site.open(tmp_path))
    assert schema.collections["posts"].field("author").choices == ["parkr", "dirtyf", "DirtyF"]
    assert [n for n in schema.notes if "capitals" in n] == [
        "posts: `author` in _posts/2024-01-10-p.md is 'DirtyF', which is 'dirtyf' (used by 3 "
        "documents) in other capitals; both are listed as choices."
    ]
