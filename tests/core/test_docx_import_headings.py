"""A Word document's headings come in as the collection's pages write theirs: where the
pages' text never holds a `#` heading (the layout shows the title as the page's `#`), Word's
"Heading 1" becomes `##` and the levels below move with it; where `#` is the pages' way
(Eleventy's docs), it stays `#`. A "Title" paragraph is the page's title, not its text.
Before, "Heading 1" was always `#`, a second top heading under the page's title, and a
"Title" paragraph stayed in the text when the document's title property said otherwise."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from shared_sites import copy_shared_site

from editor_app.core.document import Document
from editor_app.core.docx_headings import shift_headings, usual_top_heading
from editor_app.core.docx_import import import_docx
from editor_app.core.site import Site


def _word(tmp_path: Path, title_property: str = "") -> Path:
    document = docx.Document()
    document.core_properties.title = title_property
    document.add_heading("Community voices", 0)  # Word's "Title" style
    document.add_paragraph("We spoke to people about data.")
    document.add_heading("What we heard", 1)
    document.add_paragraph("Plenty.")
    document.add_heading("In Leeds", 2)
    document.add_paragraph("# not a heading: a shell comment", style="macro")
    document.add_heading("Deep", 6)
    document.save(tmp_path / "voices.docx")
    return tmp_path / "voices.docx"


@pytest.mark.parametrize(
    ("name", "collection", "top"),
    [
        ("connectedbydata", "resources", "##"),
        ("opensource-guide", "articles", "##"),
        ("jekyll-docs", "docs", "##"),
        ("hugo-docs", "content-management", "##"),
        ("eleventy-website", "docs", "#"),
    ],
)
def test_headings_start_where_the_collections_pages_start_theirs(
    tmp_path: Path, name: str, collection: str, top: str
) -> None:
    copy_shared_site(name, tmp_path)
    site = Site.open(tmp_path / name)
    report = import_docx(_word(tmp_path, "An old template title"), site, collection)
    doc = Document.load(report.path)
    assert report.title == "Community voices"
    # (Eleventy's docs name a page by its menu key, as most of them do, not `pageTitle`)
    fm = doc.front_matter
    named = fm.get("title") or fm.get("pageTitle") or fm.get("eleventyNavigation", {}).get("key")
    assert named == "Community voices"
    assert "Community voices" not in doc.body
    assert f"\n{top} What we heard\n" in f"\n{doc.body}"
    assert f"\n{top}# In Leeds\n" in doc.body
    assert "\n# not a heading: a shell comment\n" in doc.body  # code is left as it is
    assert "\n###### Deep" in doc.body  # never deeper than Markdown goes


def test_the_shift_keeps_relative_levels_and_leaves_code_alone() -> None:
    text = "## A\n\n```\n# code\n```\n\n### B\n\n##### C\n"
    assert shift_headings(text, 2) == text  # already starting at ##
    assert shift_headings("# A\n\n~~~\n# code\n~~~\n\n## B\n", 2) == (
        "## A\n\n~~~\n# code\n~~~\n\n### B\n"
    )


def test_a_collection_without_headings_keeps_words_headings(tmp_path: Path) -> None:
    class Empty:
        def documents(self, collection: str) -> list:
            return []

    assert usual_top_heading(Empty(), "posts") == 1


def test_a_comment_on_the_title_paragraph_leaves_no_blank_start(tmp_path: Path) -> None:
    from editor_app.core import review

    copy_shared_site("connectedbydata", tmp_path, "cbd")
    document = docx.Document()
    title = document.add_heading("Community voices", 0)
    document.add_comment(title.runs, "Better title?", author="Dee")
    words = document.add_paragraph("We spoke to people.")
    document.add_comment(words.runs, "Who?", author="Dee")
    document.save(tmp_path / "noted.docx")
    report = import_docx(tmp_path / "noted.docx", Site.open(tmp_path / "cbd"), "resources")
    assert Document.load(report.path).body == "We spoke to people.\n"
    assert {n.text for n in review.NoteStore(report.path).notes} == {"Better title?", "Who?"}
