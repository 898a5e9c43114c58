"""A Word document imported as a new page stays off the published site until it is approved,
the site's own way: `draft: true` on a Hugo site, `published: false` on Jekyll pages without a
review status; a collection with its own status field (connectedbydata's `status: draft`)
keeps using that. Before, on Hugo and the Jekyll docs the imported page went live at once."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.docx_import import import_docx
from editor_app.core.review.status import is_unpublished
from editor_app.core.site import Site


def _site(tmp_path: Path, name: str) -> Site:
    source = shared_site_path(name)
    shutil.copytree(source, tmp_path / name)
    return Site.open(tmp_path / name)


def _word(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Community voices", 1)
    document.add_paragraph("We spoke to people about data.")
    document.save(tmp_path / "story.docx")
    return tmp_path / "story.docx"


@pytest.mark.parametrize(
    ("name", "collection", "setting"),
    [("hugo-docs", "about", ("draft", True)), ("jekyll-docs", "docs", ("published", False))],
)
def test_the_imported_page_is_kept_off_the_site(
    tmp_path: Path, name: str, collection: str, setting: tuple[str, bool]
) -> None:
    site = _site(tmp_path, name)
    report = import_docx(_word(tmp_path), site, collection)
    front_matter = Document.load(report.path).front_matter
    assert front_matter[setting[0]] is setting[1]
    assert is_unpublished(front_matter, site.generator)
    assert "until it is approved" in report.summary()


def test_a_collection_with_a_status_field_keeps_its_own_draft(tmp_path: Path) -> None:
    site = _site(tmp_path, "connectedbydata")
    report = import_docx(_word(tmp_path), site, "resources")
    front_matter = Document.load(report.path).front_matter
    assert front_matter["status"] == "draft"
    assert "published" not in front_matter


def test_a_site_with_no_draft_setting_says_the_page_will_be_published(tmp_path: Path) -> None:
    # Eleventy has no draft setting of its own and eleventy-website's blog no status field:
    # nothing keeps the page back, which the author must hear rather than find out online.
    site = _site(tmp_path, "eleventy-website")
    report = import_docx(_word(tmp_path), site, "blog")
    assert report.unheld and not report.held
    assert "published with the site's next update" in report.summary()
    assert "until it is approved" not in report.summary()


@pytest.mark.parametrize(
    ("name", "collection"), [("hugo-docs", "about"), ("connectedbydata", "resources")]
)
def test_a_page_held_back_is_not_said_to_be_published(
    tmp_path: Path, name: str, collection: str
) -> None:
    report = import_docx(_word(tmp_path), _site(tmp_path, name), collection)
    assert not report.unheld
    assert "next update" not in report.summary()
