"""The page's checklist for the window (page_checklist)."""

from __future__ import annotations

from pathlib import Path

from content_helpers import check_text, content_of  # noqa: F401

from editor_app.core.document import Document
from editor_app.core.site import Site


def test_the_checklist_lists_sections_found_and_missing_reading_level_and_suggestions(
    tmp_path: Path,
) -> None:
    from editor_app.core.checks.checklist import page_checklist

    (tmp_path / "_config.yml").write_text("collections:\n  resources:\n    output: true\n")
    folder = tmp_path / "_resources"
    folder.mkdir()
    body = "## The challenge\n\nA.\n\n**What we did:** B.\n\n## What we learned\n\nC.\n"
    for name in ("a", "b", "c", "d", "e"):
        (folder / f"{name}.md").write_text(f"---\ntitle: {name}\n---\n{body}")
    words = " ".join(["The cat sat on the mat and it was a good day for all."] * 12)
    page = folder / "new.md"
    page.write_text(
        f"---\ntitle: New\n---\n## The challenge\n\n{words}\n\n## What we learned\n\n"
        "[click here](https://example.org)\n"
    )
    site = Site.open(tmp_path)
    checklist = page_checklist(Document.load(page), site)
    assert [(s.name, s.line) for s in checklist.sections] == [
        ("The challenge", 4),
        ("What we did", None),
        ("What we learned", 8),
    ]
    assert checklist.missing == ["What we did"]
    assert checklist.reading_ease is not None and checklist.reading_ease > 80
    assert checklist.words >= 100
    codes = [(p.line, p.code) for p in checklist.suggestions]
    assert (8, "section-missing") in codes and (10, "link-text-unclear") in codes


def test_the_reading_level_is_told_for_english_pages_only(tmp_path: Path) -> None:
    """The English formulas put a French page at "reading ease 69 (fine)"; the reading-level
    check already leaves such pages alone, and so does the checklist now."""
    from editor_app.core.checks.checklist import page_checklist

    (tmp_path / "_config.yml").write_text("collections:\n  articles:\n    output: true\n")
    folder = tmp_path / "_articles"
    folder.mkdir()
    english = " ".join(["The cat sat on the mat and it was a good day for all."] * 12)
    french = " ".join(["Le chat était assis sur le tapis et la journée fut belle."] * 12)
    (folder / "en.md").write_text(f"---\ntitle: En\nlang: en\n---\n{english}\n")
    (folder / "fr.md").write_text(f"---\ntitle: Fr\nlang: fr\n---\n{french}\n")
    site = Site.open(tmp_path)
    assert page_checklist(Document.load(folder / "en.md"), site).reading_ease is not None
    checklist = page_checklist(Document.load(folder / "fr.md"), site)
    assert checklist.reading_ease is None and checklist.reading_grade is None
