"""sections: section-missing and section-order, inferred or declared."""

from __future__ import annotations

from pathlib import Path

from content_helpers import check_text, content_of  # noqa: F401

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
