"""The page's checklist (`checks/checklist.py`) pinned field by field: sections found (their
first line), missing, where the list comes from, the reading level and its target, and only
the suggestions (mutation testing: `tools/mutation.py checks-body --part ...`).

Equivalent survivors (no test can tell them apart from the code as written):
- `page_checklist`: `content=True` given or left to its default (True);
  `zip(..., strict=False/None)` (a section set's names and keys always have the same
  length). (The schema left unworked-out or the context asked with None gave the same
  answers, but built the site's facts afresh at each question: caught by
  `test_asking_again_builds_no_site_facts_again`.)
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.checks.checklist import Checklist, SectionItem, page_checklist
from editor_app.core.document import Document
from editor_app.core.site import Site

BODY = "## The challenge\n\nA.\n\n**What we did:** B.\n\n## What we learned\n\nC.\n"
WORDS = " ".join(["The cat sat on the mat and it was a good day for all."] * 12)


def _site(root: Path, schema: str | None = None) -> None:
    (root / "_config.yml").write_text("collections:\n  resources:\n    output: true\n")
    folder = root / "_resources"
    folder.mkdir()
    for name in ("a", "b", "c", "d", "e"):
        (folder / f"{name}.md").write_text(f"---\ntitle: {name}\n---\n{BODY}")
    if schema is not None:
        (root / "_schema.yml").write_text(schema)


def test_inferred_sections_first_line_of_each_and_only_suggestions(tmp_path: Path) -> None:
    _site(tmp_path)
    page = tmp_path / "_resources" / "new.md"
    page.write_text(
        "---\ntitle: New\nlayout: 3\n---\n## What we learned\n\nx\n\n## What we learned\n\n"
        "y\n[click here](https://example.org)\n"
    )
    c = page_checklist(Document.load(page), Site.open(tmp_path))
    assert c.sections == [
        SectionItem("The challenge", None),
        SectionItem("What we did", None),
        SectionItem("What we learned", 5),
    ]
    assert c.missing == ["The challenge", "What we did"]
    assert c.sections_from == "resources (6 pages)"
    assert [(p.line, p.code, p.severity) for p in c.suggestions] == [
        (5, "section-missing", "suggestion"),
        (5, "section-missing", "suggestion"),
        (12, "link-text-unclear", "suggestion"),
    ]
    assert (c.reading_ease, c.reading_grade, c.words) == (None, None, 0)
    assert c.reading_target == 40.0


def test_declared_sections_reading_level_and_target(tmp_path: Path) -> None:
    _site(
        tmp_path,
        "checks:\n  reading_ease: 55\ncollections:\n  resources:\n"
        "    sections: [Summary, The challenge]\n",
    )
    page = tmp_path / "_resources" / "new.md"
    page.write_text(f"---\ntitle: New\n---\n## The challenge\n\n{WORDS}\n")
    c = page_checklist(Document.load(page), Site.open(tmp_path))
    assert c.sections == [SectionItem("Summary", None), SectionItem("The challenge", 4)]
    assert c.sections_from == "declared"
    assert c.reading_target == 55.0 and isinstance(c.reading_target, float)
    # the reading level of the paragraphs: 12 sentences of 14 words
    assert (c.reading_ease, c.reading_grade, c.words) == (101.02, 2.6, 168)


def test_a_page_outside_the_collections_and_a_lone_document(tmp_path: Path) -> None:
    _site(tmp_path)
    (tmp_path / "about.md").write_text("---\ntitle: A\n---\nHi there.\n")
    c = page_checklist(Document.load(tmp_path / "about.md"), Site.open(tmp_path))
    assert c == Checklist(reading_target=40.0)
    lone = page_checklist(Document.from_text("---\ntitle: A\n---\n![](x.png)\n", Path("p.md")))
    assert lone.sections == [] and lone.sections_from == ""
    assert [(p.line, p.code) for p in lone.suggestions] == [(4, "alt-text-missing")]


def test_an_empty_checklist() -> None:
    c = Checklist()
    assert c.sections == [] and c.suggestions == [] and c.missing == []
    assert (c.sections_from, c.reading_ease, c.reading_grade, c.reading_target, c.words) == (
        "", None, None, None, 0,
    )
    assert Checklist().sections is not c.sections


def test_a_schema_given_is_the_one_used(tmp_path: Path) -> None:
    from editor_app.core.schema_yaml import schema_from_yaml

    _site(tmp_path)  # no _schema.yml: the site's own schema is inferred
    site = Site.open(tmp_path)
    schema = schema_from_yaml(
        "collections:\n  resources:\n    fields:\n      - {name: title, type: text}\n"
        "      - {name: photo, type: image}\n      - {name: photo-alt, type: text}\n",
        site,
    )
    page = tmp_path / "_resources" / "new.md"
    page.write_text(f"---\ntitle: New\nphoto: x.png\n---\n{BODY}")
    given = page_checklist(Document.load(page), site, schema)
    assert [(p.line, p.field, p.code) for p in given.suggestions] == [
        (3, "photo-alt", "alt-text-missing")
    ]
    assert page_checklist(Document.load(page), site).suggestions == []


def test_asking_again_builds_no_site_facts_again(tmp_path: Path, monkeypatch) -> None:
    # after each pause in typing the window asks again: the site's facts (usage, inferred
    # sections) are built once and shared with the checks, not made afresh per question
    from editor_app.core.checks import context

    _site(tmp_path)
    site = Site.open(tmp_path)
    doc = Document.load(tmp_path / "_resources" / "a.md")
    page_checklist(doc, site)
    built: list[object] = []
    made = context.Context.__init__

    def counted(self, *args, **kwargs) -> None:
        built.append(self)
        made(self, *args, **kwargs)

    monkeypatch.setattr(context.Context, "__init__", counted)
    for _ in range(2):
        assert page_checklist(doc, site).sections_from == "resources (5 pages)"
    assert built == []
