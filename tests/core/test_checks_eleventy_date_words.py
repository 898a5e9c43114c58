"""Eleventy takes `date: Last Modified`, `Created`, `git Last Modified` and `git Created` (any
capitals) as the file's dates (its docs, "Content Dates"): on an Eleventy site the checks do
not call them "not a real date", and the schema still infers a date field where pages write
them. Jekyll and Hugo cannot build a page dated so: there they stay errors."""

from __future__ import annotations

import re
from pathlib import Path

from shared_sites import copy_shared_site

from editor_app.core.document import Document
from editor_app.core.generator_dates import date_word_named, date_words, is_date_word
from editor_app.core.schema import load_schema
from editor_app.core.site import Site
from editor_app.core.validate import validate_document, validate_site

WORDS = ("Last Modified", "Created", "git Last Modified", "git created")


def _eleventy_copy(tmp_path: Path) -> tuple[Path, list[str]]:
    """A copy of eleventy-website whose first quick tips are dated with Eleventy's words."""
    root = copy_shared_site("eleventy-website", tmp_path)
    tips = sorted((root / "src/docs/quicktips").glob("*.md"))
    dated = [p for p in tips if re.search(r"(?m)^date: ", p.read_text(encoding="utf-8"))]
    changed = []
    for path, word in zip(dated, WORDS, strict=False):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(?m)^date: .*$", f"date: {word}", text, count=1), "utf-8")
        changed.append(path.relative_to(root).as_posix())
    assert len(changed) == len(WORDS)
    return root, changed


def test_eleventy_date_words_are_no_problem(tmp_path: Path) -> None:
    # One page at a time, the others keeping their dates: the field is a date field.
    root = copy_shared_site("eleventy-website", tmp_path)
    site = Site.open(root)
    page = root / "src/docs/quicktips/draft-posts.md"
    text = page.read_text(encoding="utf-8")
    assert re.search(r"(?m)^date: 2023", text)
    for word in (*WORDS, "Yesterday"):
        dated = re.sub(r"(?m)^date: .*$", f"date: {word}", text, count=1)
        doc = Document.from_text(dated, page)
        codes = [p.code for p in validate_document(doc, site) if p.field == "date"]
        assert codes == (["invalid-date"] if word == "Yesterday" else []), word


def test_eleventy_date_words_keep_date_a_date_field(tmp_path: Path) -> None:
    root, changed = _eleventy_copy(tmp_path)
    site = Site.open(root)
    schema = load_schema(site)
    collection = site.collection_of(root / changed[0])
    field = schema.collections[collection].field("date")
    assert field is not None and field.type in ("date", "datetime")
    assert not [n for n in schema.notes if "not a date" in n and "date" in n]


def test_another_word_is_still_not_a_date_on_eleventy(tmp_path: Path) -> None:
    root, changed = _eleventy_copy(tmp_path)
    page = root / changed[0]
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("date: Last Modified", "date: Yesterday"), "utf-8")
    problems = [p for p in validate_site(Site.open(root)) if p.path == changed[0]]
    assert [p.code for p in problems if p.field == "date"] == ["invalid-date"]


def test_jekyll_cannot_build_a_page_dated_last_modified(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: Blog\n")
    posts = tmp_path / "_posts"
    posts.mkdir()
    for day in range(1, 5):
        (posts / f"2024-01-0{day}-p{day}.md").write_text(
            f"---\ntitle: P{day}\ndate: 2024-01-0{day}\n---\nText.\n"
        )
    (posts / "2024-01-09-last.md").write_text("---\ntitle: L\ndate: Last Modified\n---\nText.\n")
    problems = [p for p in validate_site(Site.open(tmp_path)) if p.field == "date"]
    assert [(p.path, p.code) for p in problems] == [("_posts/2024-01-09-last.md", "invalid-date")]


def test_only_the_date_field_of_an_eleventy_site() -> None:
    assert is_date_word(" LAST MODIFIED ", "date", "eleventy")
    assert not is_date_word("Last Modified", "updated", "eleventy")
    assert not is_date_word("Last Modified", "date", "jekyll")
    assert not is_date_word("Modified", "date", "eleventy")


def test_the_form_takes_only_the_words_check_takes() -> None:
    # The form's date box and Check fold a word one way: spacing inside the word is no longer
    # ignored by the form alone (Eleventy compares the lower-cased value exactly).
    words = date_words("date", "eleventy")
    for text in (
        "git last modified",
        "  Created ",
        "GIT CREATED",
        "git  last modified",
        "git\tCreated",
        "LastModified",
        "Yesterday",
    ):
        named = date_word_named(text, words)
        assert (named is not None) == is_date_word(text, "date", "eleventy"), text
    assert date_word_named("git  last modified", words) is None
    assert date_word_named(" git last MODIFIED ", words) == "git Last Modified"
