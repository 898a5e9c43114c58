"""A new page gets today's date only where its kind's pages carry one: Eleventy's docs, of
which 15 in 156 have a `date`, start without it (Eleventy dates such a page by its file);
it was written on every new docs page. Jekyll's posts and tutorials keep today's date."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main
from editor_app.core.document import Document


def _new(tmp_path: Path, site_name: str, collection: str, capsys: pytest.CaptureFixture[str]) -> dict:
    site = tmp_path / site_name
    if not site.exists():
        shutil.copytree(shared_site_path(site_name), site, symlinks=True)
    assert main(["new", collection, "--title", "Dated or not", str(site)]) == 0
    return Document.load(Path(capsys.readouterr().out.strip())).front_matter


def test_eleventy_docs_start_without_a_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    header = _new(tmp_path, "eleventy-website", "docs", capsys)
    assert "date" not in header
    assert "eleventyNavigation" in header


@pytest.mark.parametrize("collection", ["posts", "tutorials"])
def test_jekyll_posts_keep_todays_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], collection: str
) -> None:
    assert "date" in _new(tmp_path, "jekyll-docs", collection, capsys)


def test_connectedbydata_resources_keep_todays_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "date" in _new(tmp_path, "connectedbydata", "resources", capsys)
