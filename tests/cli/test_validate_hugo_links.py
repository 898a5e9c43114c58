"""A Hugo page's link to a site address no page has (`[here](/nowhere/)`) is a broken link, as
on the other sites, with the page most likely meant; the untouched hugo-docs has none.

Hugo's sections have no `permalink` with a fixed folder, so links were never judged there."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main

PAGE = "content/en/about/security.md"


def _broken(site: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    main(["validate", "--format", "json", "--no-content", str(site)])
    return [p for p in json.loads(capsys.readouterr().out) if p["code"] == "broken-link"]


def test_hugo_links_to_no_page_are_told_with_the_page_meant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "hugo-docs"
    shutil.copytree(shared_site_path("hugo-docs"), site)
    page = site / PAGE
    text = page.read_text(encoding="utf-8")
    lines = text.count("\n")
    page.write_text(
        text + "\nSee [here](/nowhere/) for more.\n\nAnd [the features](/about/featurs/).\n"
        "\nBut [the features](/about/features/), [categories](/categories/) and [the logo](/images/hugo-logo-wide.svg).\n",
        encoding="utf-8",
    )
    found = sorted((p["path"], p["line"], p["message"]) for p in _broken(site, capsys))
    assert found == [
        (
            PAGE,
            lines + 2,
            "The link to '/nowhere/' points at no page of this site. "
            "Did you mean '/functions/collections/where/'?",
        ),
        (
            PAGE,
            lines + 4,
            "The link to '/about/featurs/' points at no page of this site. "
            "Did you mean '/about/features/'?",
        ),
    ]


def test_untouched_hugo_docs_and_eleventy_website_have_no_broken_links(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name in ("hugo-docs", "eleventy-website"):
        assert _broken(shared_site_path(name), capsys) == [], name
