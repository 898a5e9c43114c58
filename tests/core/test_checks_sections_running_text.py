"""Pages written as one running text (no heading, no bold label) neither hide the sections the
other pages of their pattern share nor are told to add them all."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

SECTIONS = ["The challenge", "What we did", "What happened", "What we learned"]


def _case_study(name: str, sections: list[str]) -> str:
    head = (
        f'---\nlayout: resource\ntitle: "Case study {name}"\nreference: cs-{name}\n'
        "author: Gavin Freeguard\ndate: 2025-03-10\ntopics:\n  - Public sector\n"
        "status: final\nlisted: true\n---\nWe asked people what they thought.\n"
    )
    return head + "".join(f"\n## {s}\n\nThey told us, and we wrote it down.\n" for s in sections)


def test_new_case_studies_beside_old_ones_without_headings(tmp_path: Path) -> None:
    root = copy_shared_site("connectedbydata", tmp_path, "site")
    # The site's four case studies are running text; five new ones have the usual parts.
    for name in ("one", "two", "three", "four"):
        text = _case_study(name, SECTIONS)
        (root / "_resources" / f"case-study-{name}.md").write_text(text, encoding="utf-8")
    lacking = _case_study("five", [s for s in SECTIONS if s != "What happened"])
    (root / "_resources" / "case-study-five.md").write_text(lacking, encoding="utf-8")
    found = [
        (p.path, p.line, p.message.split(". ")[0])
        for p in validate_site(Site.open(root), cache=False)
        if p.code.startswith("section-")
    ]
    line = lacking.split("\n").index("## What we learned") + 1
    assert found == [
        (
            "_resources/case-study-five.md",
            line,
            "This page has no 'What happened' section (4 of the 5 case-study-* resources "
            "with sections have it)",
        )
    ]


def test_a_collection_mostly_of_running_text_infers_no_sections(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: t\ncollections:\n  notes:\n    output: true\n")
    (tmp_path / "_notes").mkdir()
    for i in range(10):
        body = "## Background\n\nWords.\n" if i < 3 else "Just words, no heading.\n"
        (tmp_path / "_notes" / f"n{i}.md").write_text(f"---\ntitle: N{i}\n---\n{body}")
    (tmp_path / "_notes" / "odd.md").write_text("---\ntitle: Odd\n---\n## Other\n\nWords.\n")
    found = [p for p in validate_site(Site.open(tmp_path), cache=False) if "section" in p.code]
    assert found == []


def test_where_most_have_sections_a_page_without_any_is_told_once(tmp_path: Path) -> None:
    root = copy_shared_site("connectedbydata", tmp_path, "site")
    for i in range(12):  # 12 new case studies with the four parts, beside the site's 4 without
        text = _case_study(f"n{i}", SECTIONS)
        (root / "_resources" / f"case-study-n{i:02d}.md").write_text(text, encoding="utf-8")
    found = [
        (p.path, p.message.split(". ")[0])
        for p in validate_site(Site.open(root), cache=False)
        if p.code.startswith("section-")
    ]
    told = (
        "This page has none of the usual sections (The challenge, What we did, What happened, "
        "What we learned: each on at least 12 of 16 case-study-* resources)"
    )
    assert found == [
        ("_resources/case-study-cag.md", told),
        ("_resources/case-study-dfe.md", told),
        ("_resources/case-study-legal-aid-agency.md", told),
        ("_resources/case-study-procurement-camden.md", told),
    ]


def test_the_checklist_lists_no_sections_for_running_text_it_does_not_ask_them_of(
    tmp_path: Path,
) -> None:
    from editor_app.core.checks.checklist import page_checklist
    from editor_app.core.document import Document

    root = copy_shared_site("connectedbydata", tmp_path, "site")
    for name in ("one", "two", "three", "four", "five"):
        text = _case_study(name, SECTIONS)
        (root / "_resources" / f"case-study-{name}.md").write_text(text, encoding="utf-8")
    site = Site.open(root)
    old = page_checklist(Document.load(root / "_resources" / "case-study-cag.md"), site)
    assert old.sections == [] and old.missing == []
    new = page_checklist(Document.load(root / "_resources" / "case-study-five.md"), site)
    assert [s.name for s in new.sections] == SECTIONS and new.missing == []


def test_declared_sections_tell_an_old_running_text_case_study_once(tmp_path: Path) -> None:
    root = copy_shared_site("connectedbydata", tmp_path, "site")
    (root / "_schema.yml").write_text(
        "collections:\n  resources:\n    sections:\n      - when: {file: \"case-study-*\"}\n"
        f"        sections: [{', '.join(SECTIONS)}]\n",
        encoding="utf-8",
    )
    lacking = _case_study("new", [s for s in SECTIONS if s != "What happened"])
    (root / "_resources" / "case-study-new.md").write_text(lacking, encoding="utf-8")
    found = [
        (p.path, p.message.split(" (")[0])
        for p in validate_site(Site.open(root), cache=False)
        if p.code.startswith("section-")
    ]
    none = "This page has none of the sections the site asks every page like this one for"
    assert found == [
        ("_resources/case-study-cag.md", none),
        ("_resources/case-study-dfe.md", none),
        ("_resources/case-study-legal-aid-agency.md", none),
        ("_resources/case-study-new.md", "This page has no 'What happened' section"),
        ("_resources/case-study-procurement-camden.md", none),
    ]
