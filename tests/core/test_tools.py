"""Site-wide tools on a copy of the real site: search, rename or merge a value, new documents."""

from __future__ import annotations

import datetime as dt
import difflib
import filecmp
from pathlib import Path

import pytest

from editor_app.core.document import Document
from editor_app.core.new_page_path import slugify
from editor_app.core.page_create import (
    UnknownCollection,
    new_document,
    proposed_path,
)
from editor_app.core.rename_value import rename_value
from editor_app.core.schema import load_schema
from editor_app.core.site import Site
from editor_app.core.site_search import search


def changed_files(before: Path, after: Path) -> set[str]:
    """Relative paths of Markdown files that differ between two copies of a site."""
    out = set()
    for path in before.rglob("*.md"):
        rel = path.relative_to(before)
        if not filecmp.cmp(path, after / rel, shallow=False):
            out.add(rel.as_posix())
    return out


def line_diff(before: bytes, after: bytes) -> list[str]:
    a = before.decode().splitlines(keepends=True)
    b = after.decode().splitlines(keepends=True)
    return [
        line
        for line in difflib.unified_diff(a, b, n=0)
        if not line.startswith(("---", "+++", "@@"))
    ]


# -- search ------------------------------------------------------------------------------------


def test_search_finds_titles_first(shared_site: Path) -> None:
    site = Site.open(shared_site)
    hits = search(site, "governance board")
    assert hits
    first = hits[0]
    assert first.field == "title"
    assert "governance board" in first.title.lower()
    # every hit holds both words somewhere
    for hit in hits:
        doc = Document.load(hit.path)
        text = (str(doc.front_matter) + doc.body).lower()
        assert "governance" in text and "board" in text


def test_search_is_case_insensitive_and_needs_every_word(shared_site: Path) -> None:
    site = Site.open(shared_site)
    lower = {h.path for h in search(site, "justice")}
    upper = {h.path for h in search(site, "JUSTICE")}
    assert lower == upper and lower
    both = {h.path for h in search(site, "justice health")}
    assert both <= lower
    assert both < lower
    assert search(site, "justice qwertyzzz") == []
    assert search(site, "   ") == []


def test_search_finds_words_only_in_the_body_with_a_snippet(shared_site: Path) -> None:
    site = Site.open(shared_site)
    hits = search(site, "picket lines")
    paths = [h.path.name for h in hits]
    assert "work.md" in paths
    hit = next(h for h in hits if h.path.name == "work.md")
    assert hit.field == "body" and hit.title == "Work" and hit.collection == "topics"
    assert "picket lines" in hit.snippet
    assert "\n" not in hit.snippet and len(hit.snippet) <= 125


def test_search_reports_the_field_that_matched(shared_site: Path) -> None:
    site = Site.open(shared_site)
    hits = search(site, "Jeni Tennison")
    fields = {h.field for h in hits}
    assert "author" in fields
    author_hit = next(h for h in hits if h.field == "author")
    assert author_hit.snippet == "Jeni Tennison"


def test_search_matches_word_starts(shared_site: Path) -> None:
    site = Site.open(shared_site)
    for hit in search(site, "delib"):
        doc = Document.load(hit.path)
        text = (str(doc.front_matter) + " " + doc.body).lower()
        assert " delib" in text or "\ndelib" in text or "-delib" in text or "(delib" in text


def test_search_sees_saved_changes(site_copy: Path) -> None:
    site = Site.open(site_copy)
    assert search(site, "zanzibarish") == []
    path = site_copy / "_topics" / "health.md"
    doc = Document.load(path)
    doc.body = doc.body + "\nA zanzibarish word.\n"
    doc.save()
    assert [h.path for h in search(site, "zanzibarish")] == [path]


# -- rename ------------------------------------------------------------------------------------


def test_rename_changes_list_items_with_minimal_diffs(site_copy: Path, shared_site: Path) -> None:
    site = Site.open(site_copy)
    users = [
        e.path
        for e in site.entries()
        if isinstance(e.front_matter.get("topics"), list) and "Health" in e.front_matter["topics"]
    ]
    assert len(users) >= 3
    report = rename_value(site, "topics", "Health", "Health and care")
    assert sorted(report.changed) == sorted(users)
    assert report.targets == [] and report.skipped == []
    assert changed_files(shared_site, site_copy) == {
        p.relative_to(site_copy).as_posix() for p in users
    }
    for path in users:
        before = (shared_site / path.relative_to(site_copy)).read_bytes()
        diff = line_diff(before, path.read_bytes())
        assert len(diff) == 2 and diff[0][1:].strip() == "- Health"
        assert diff[1][1:].strip() == "- Health and care"
        assert "Health and care" in Document.load(path).get("topics")
    # the index is up to date
    assert all("Health" not in (e.front_matter.get("topics") or []) for e in site.entries())


def test_rename_scalar_field(site_copy: Path, shared_site: Path) -> None:
    site = Site.open(site_copy)
    report = rename_value(site, "author", "Jeni Tennison", "Dr Jeni Tennison")
    assert report.changed
    for path in report.changed:
        before = (shared_site / path.relative_to(site_copy)).read_bytes()
        diff = line_diff(before, path.read_bytes())
        assert diff == ["-author: Jeni Tennison\n", "+author: Dr Jeni Tennison\n"]


def test_rename_merges_when_new_is_already_listed(site_copy: Path) -> None:
    path = site_copy / "_projects" / "2022-dpdib.md"
    doc = Document.load(path)
    doc.set("topics", ["Data Protection and Digital Information Bill", "Health", "Justice"])
    doc.save()
    site = Site.open(site_copy)
    rename_value(site, "topics", "Health", "Justice")
    assert Document.load(path).get("topics") == [
        "Data Protection and Digital Information Bill",
        "Justice",
    ]


def test_rename_dry_run_changes_nothing(site_copy: Path, shared_site: Path) -> None:
    site = Site.open(site_copy)
    report = rename_value(site, "topics", "Health", "Wellbeing", dry_run=True, rename_target=True)
    assert report.dry_run and report.changed
    assert [p.name for p in report.targets] == ["health.md"]
    assert changed_files(shared_site, site_copy) == set()


def test_rename_target_retitles_the_related_page(site_copy: Path, shared_site: Path) -> None:
    site = Site.open(site_copy)
    schema = load_schema(site)
    topics = schema.for_collection("resources").field("topics")
    assert topics.type == "relation" and topics.collection == "topics"
    report = rename_value(site, "topics", "Public sector", "Public services", rename_target=True)
    target = site_copy / "_topics" / "public-sector.md"
    assert report.targets == [target]
    assert Document.load(target).get("title") == "Public services"
    before = (shared_site / "_topics" / "public-sector.md").read_bytes()
    assert line_diff(before, target.read_bytes()) == [
        "-title: Public sector\n",
        "+title: Public services\n",
    ]
    # 'Public Sector' (other capitals) is reported, not silently changed
    assert any("anna-dent.md" in note for note in report.notes)
    assert "Public Sector" in Document.load(site_copy / "_people" / "anna-dent.md").get("topics")
    assert target in report.files


def test_rename_skips_files_it_cannot_edit_safely(site_copy: Path) -> None:
    broken = site_copy / "_resources" / "broken.md"
    broken.write_text("---\ntitle: Broken: page\ntopics:\n  - Health\n---\nBody\n")
    site = Site.open(site_copy)
    report = rename_value(site, "topics", "Health", "Wellbeing")
    assert broken.read_text() == "---\ntitle: Broken: page\ntopics:\n  - Health\n---\nBody\n"
    assert [p for p, _ in report.skipped] == [broken]
    assert report.changed


def test_rename_keeps_number_types(site_copy: Path) -> None:
    site = Site.open(site_copy)
    users = [e.path for e in site.entries() if e.front_matter.get("order") == 3]
    assert users
    report = rename_value(site, "order", "3", "4")
    assert sorted(report.changed) == sorted(users)
    assert all(Document.load(p).get("order") == 4 for p in users)


def test_rename_same_value_does_nothing(site_copy: Path) -> None:
    site = Site.open(site_copy)
    report = rename_value(site, "topics", "Health", "Health")
    assert report.files == [] and report.notes


# -- new documents -----------------------------------------------------------------------------


def test_new_document_in_a_dated_collection(site_copy: Path) -> None:
    site = Site.open(site_copy)
    assert site.collections["resources"].dated is False
    site.collections["resources"].dated = True  # as if most files were dated
    path = new_document(site, "resources", "Data & Power: a report", today=dt.date(2026, 11, 25))
    assert path == site_copy / "_resources" / "2026-11-25-data-power-a-report.md"
    doc = Document.load(path)
    assert doc.error is None
    assert doc.get("title") == "Data & Power: a report"
    assert doc.get("date") == dt.date(2026, 11, 25)
    schema = load_schema(site).for_collection("resources")
    order = [f.name for f in schema.fields]
    keys = list(doc.front_matter)
    assert keys == sorted(keys, key=order.index)
    for f in schema.fields:
        if f.default is not None and f.name not in ("title", "date"):
            assert doc.get(f.name) == f.default
    assert site.entry(path) is not None


def test_new_document_never_overwrites(site_copy: Path) -> None:
    site = Site.open(site_copy)
    existing = site_copy / "_topics" / "health.md"
    before = existing.read_bytes()
    first = new_document(site, "topics", "Health")
    second = new_document(site, "topics", "Health")
    assert first.name == "health-2.md" and second.name == "health-3.md"
    assert existing.read_bytes() == before
    assert Document.load(first).get("layout") == "topic"


def test_proposed_path_is_the_file_new_document_creates(site_copy: Path) -> None:
    site = Site.open(site_copy)
    # "health.md" is taken on the real site: the proposal says -2, and File > New makes it.
    proposal = proposed_path(site, "topics", "Health")
    assert proposal == site_copy / "_topics" / "health-2.md"
    assert not proposal.exists()
    assert new_document(site, "topics", "Health") == proposal
    assert proposed_path(site, "topics", "Health") == site_copy / "_topics" / "health-3.md"
    # A free title is proposed as is, and nothing is written by asking.
    before = sorted(p.name for p in (site_copy / "_people").iterdir())
    assert proposed_path(site, "people", "Zoë Ng") == site_copy / "_people" / "zoe-ng.md"
    assert sorted(p.name for p in (site_copy / "_people").iterdir()) == before


def test_proposed_path_dated_and_with_the_collections_extension(site_copy: Path) -> None:
    site = Site.open(site_copy)
    coll = site.collections["topics"]
    coll.dated = True  # as if most files were dated
    day = dt.date(2026, 11, 25)
    assert proposed_path(site, "topics", "Air & water", today=day) == (
        coll.folder / "2026-11-25-air-water.md"
    )
    # A collection written as .markdown gets .markdown, the -2 counting those files too.
    for path in list(coll.folder.glob("*.md")):
        path.rename(path.with_suffix(".markdown"))
    (coll.folder / "2026-11-25-air-water.markdown").write_text("---\ntitle: Air\n---\n")
    proposal = proposed_path(site, "topics", "Air & water", today=day)
    assert proposal == coll.folder / "2026-11-25-air-water-2.markdown"
    assert new_document(site, "topics", "Air & water", today=day) == proposal


def test_proposed_path_unknown_collection(site_copy: Path) -> None:
    with pytest.raises(UnknownCollection):
        proposed_path(Site.open(site_copy), "nope", "X")


def test_new_document_unknown_collection(site_copy: Path) -> None:
    site = Site.open(site_copy)
    with pytest.raises(UnknownCollection) as info:
        new_document(site, "nope", "X")
    assert "topics" in str(info.value)


def test_slugify() -> None:
    assert slugify("Zoë's Café: Data & AI!") == "zoe-s-cafe-data-ai"
    assert slugify("???") == "untitled"


def test_merging_spellings_notes_only_real_near_misses(site_copy: Path) -> None:
    from editor_app.core.rename_value import rename_value
    from editor_app.core.site import Site

    site = Site.open(site_copy)
    report = rename_value(site, "topics", "Public Sector", "Public sector", dry_run=True)
    assert report.changed, "some pages use 'Public Sector'"
    # Pages already holding the new spelling are not near misses worth a note.
    assert not [n for n in report.notes if "only in capitals" in n]
