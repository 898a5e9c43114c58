"""sections: section-missing and section-order, inferred or declared."""

from __future__ import annotations

from pathlib import Path

import pytest
from content_helpers import check_text, content_of  # noqa: F401
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.checks.context import context_for, schema_for
from editor_app.core.checks.sections import inferred_sections
from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def test_a_missing_section_of_the_usual_set_is_found(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections:\n  resources:\n    output: true\n")
    folder = tmp_path / "_resources"
    folder.mkdir()
    body = (
        "## The challenge\n\nA.\n\n## What we did\n\nB.\n\n**What happened:** C.\n\n"
        "## What we learned\n\nD.\n"
    )
    for name in ("alpha", "beta", "gamma", "delta"):
        (folder / f"case-study-{name}.md").write_text(f"---\ntitle: {name}\n---\n{body}")
    for i in range(4):
        (folder / f"report-{i}.md").write_text(f"---\ntitle: Report {i}\n---\nText.\n")
    (folder / "case-study-planted.md").write_text(
        "---\ntitle: Planted\n---\n## The challenge\n\nA.\n\n## What we did\n\nB.\n\n"
        "## What we learned\n\nD.\n\n**What happened:** C.\n"
    )
    found = content_of(validate_site(Site.open(tmp_path), content=True))
    mine = [f for f in found if f[0] == "_resources/case-study-planted.md"]
    assert ("_resources/case-study-planted.md", 16, "section-order") in mine or (
        "_resources/case-study-planted.md",
        12,
        "section-order",
    ) in mine
    (folder / "case-study-planted.md").write_text(
        "---\ntitle: Planted\n---\n## The challenge\n\nA.\n\n## What we did\n\nB.\n\n"
        "## What we learned\n\nD.\n"
    )
    found = content_of(validate_site(Site.open(tmp_path), content=True))
    mine = [f for f in found if f[0] == "_resources/case-study-planted.md"]
    assert mine == [("_resources/case-study-planted.md", 12, "section-missing")]
    assert not [f for f in found if f[0].startswith("_resources/report-")]


def test_declared_sections_by_field_value(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections:\n  resources:\n    output: true\n")
    (tmp_path / "_schema.yml").write_text(
        "collections:\n  resources:\n    sections:\n"
        "      - when: {reference: 'case-study*'}\n"
        "        sections: [The challenge, What we did]\n"
        "    fields:\n      - name: title\n      - name: reference\n"
    )
    folder = tmp_path / "_resources"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: A\nreference: case-study-a\n---\n## What we did\n")
    (folder / "b.md").write_text("---\ntitle: B\nreference: report-b\n---\nText.\n")
    found = content_of(validate_site(Site.open(tmp_path), content=True))
    assert found == [("_resources/a.md", 5, "section-missing")]


def _sections_site(root: Path, bodies: list[str], names: list[str]) -> Site:
    (root / "_config.yml").write_text("collections:\n  notes:\n    output: true\n")
    folder = root / "_notes"
    folder.mkdir()
    for name, body in zip(names, bodies, strict=True):
        (folder / f"{name}.md").write_text(f"---\ntitle: {name}\n---\n{body}")
    return Site.open(root)


def _every_page_read(site: Site) -> dict:
    """The inference as it is when every page is read (the definition)."""
    from editor_app.core.checks import section_infer as module
    from editor_app.core.checks.context import context_for, schema_for

    ctx = context_for(site, schema_for(site))
    entries = [e for e in site.entries() if e.collection == "notes"]
    found = module._read_sections(ctx, "notes", entries)
    shared = (
        module._infer("notes", list(found.values()), module.MIN_COLLECTION)
        if len(found) >= 5
        else None
    )
    return {"collection": shared and (shared.names, shared.counts, shared.ordered)}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    chosen=st.lists(
        st.lists(st.sampled_from(["Aims", "Method", "Results", "Notes", "Team"]), max_size=4),
        min_size=1,
        max_size=14,
    )
)
def test_inference_that_stops_reading_early_finds_what_reading_every_page_finds(
    tmp_path_factory: pytest.TempPathFactory, chosen: list[list[str]]
) -> None:
    """Once no section can be on three pages in four, the pages left are not read: the
    sections inferred are the same as when every page is read."""
    root = tmp_path_factory.mktemp("site")
    bodies = ["".join(f"## {h}\n\nText.\n\n" for h in headings) for headings in chosen]
    site = _sections_site(root, bodies, [f"note-{i:02d}" for i in range(len(bodies))])
    found = inferred_sections(context_for(site, schema_for(site)))["notes"]["collection"]
    got = found and (found.names, found.counts, found.ordered)
    assert got == _every_page_read(site)["collection"]


def test_a_naming_pattern_is_inferred_though_the_collection_shares_nothing(tmp_path: Path) -> None:
    bodies = (
        [f"## Topic {i}\n\nText.\n" for i in range(8)]
        + ["## The challenge\n\nA.\n\n## What we did\n\nB.\n"] * 3
        + ["## The challenge\n\nA.\n"]
    )
    names = [f"note-{i}" for i in range(8)] + [f"case-study-{n}" for n in "abcd"]
    site = _sections_site(tmp_path, bodies, names)
    found = content_of(validate_site(site))
    assert ("_notes/case-study-d.md", 4, "section-missing") in found
    assert not [f for f in found if f[0].startswith("_notes/note-") and f[2] == "section-missing"]
