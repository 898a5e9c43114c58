"""A field the generator itself reads as a date (`date`; Hugo's lastmod, publishDate,
expiryDate) holding a word is an error though the schema, from the few pages writing it,
does not type it as a date: hugo-docs' shortcode pages (one writes `date`) took `date:
tomorrow` in silence, which Hugo cannot build. Never twice where the schema's date field
already says it; a template value and Eleventy's own date words are fine."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site

from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import validate_document, validate_site

PAGE = "content/en/shortcodes/details.md"


def _date_codes(site: Site, page: Path, header_lines: str) -> list[tuple[str | None, str]]:
    text = page.read_text(encoding="utf-8")
    doc = Document.from_text(text.replace("\nweight:", f"\n{header_lines}weight:", 1), page)
    assert header_lines in doc.text
    return [(p.field, p.code) for p in validate_document(doc, site) if p.code == "invalid-date"]


def test_hugo_reads_these_fields_as_dates(tmp_path: Path) -> None:
    root = copy_shared_site("hugo-docs", tmp_path)
    site = Site.open(root)
    page = root / PAGE
    assert "\nweight:" not in page.read_text(encoding="utf-8")
    page.write_text(page.read_text(encoding="utf-8").replace("\n---\n", "\nweight: 1\n---\n", 1))
    assert _date_codes(site, page, "date: tomorrow\n") == [("date", "invalid-date")]
    assert _date_codes(site, page, "lastMod: soon\nexpirydate: never\n") == [
        ("lastMod", "invalid-date"),
        ("expirydate", "invalid-date"),
    ]
    fine = "date: 2025-01-15T23:29:46-08:00\npublishDate: 2025-01-01\nlastmod: '{{ .Date }}'\n"
    assert _date_codes(site, page, fine) == []


def test_said_once_where_the_schema_has_the_date_field(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: Blog\n")
    posts = tmp_path / "_posts"
    posts.mkdir()
    for day in range(1, 5):
        (posts / f"2024-01-0{day}-p.md").write_text(f"---\ntitle: P\ndate: 2024-01-0{day}\n---\n")
    (posts / "2024-01-09-w.md").write_text("---\ntitle: W\ndate: soon\n---\nText.\n")
    problems = [p for p in validate_site(Site.open(tmp_path)) if p.code == "invalid-date"]
    assert [(p.path, p.field) for p in problems] == [("_posts/2024-01-09-w.md", "date")]


def test_eleventy_words_on_a_page_whose_folder_has_no_dates(tmp_path: Path) -> None:
    root = copy_shared_site("eleventy-website", tmp_path)
    page = root / "src/docs/dates.md"
    text = page.read_text(encoding="utf-8")
    doc = Document.from_text(text.replace("---\n", "---\ndate: git Last Modified\n", 1), page)
    assert not [p for p in validate_document(doc, Site.open(root)) if p.field == "date"]
    doc = Document.from_text(text.replace("---\n", "---\ndate: whenever\n", 1), page)
    codes = [p.code for p in validate_document(doc, Site.open(root)) if p.field == "date"]
    assert codes == ["invalid-date"]
