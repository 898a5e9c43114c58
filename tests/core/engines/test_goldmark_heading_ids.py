"""Heading ids as Hugo 0.111 gives them: of the heading as written, so an entity counts by
its name (`2nd&ndash;4th` is `2ndndash4th`, hugo-docs' `After.md`), a link's address and raw
HTML's tag names by their letters (the page comparisons drop ids, so they are checked here)."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.goldmark import GoldmarkEngine
from editor_app.core.render import Renderer
from editor_app.core.site import Site

HEADINGS = (
    "## a &amp; b &copy; c &#169; d\n\n## x \\* y \\_z\n\n"
    "## Café & <b>bold</b> [link](http://x.org) ![img](a.png)\n\n"
    '## It\'s a "test" -- done --- ok... {#own .x}\n\n## Plain `code` *em*\n'
)
# What Hugo 0.111 printed for HEADINGS.
HUGOS_IDS = [
    "a-amp-b-copy-c-169-d",
    "x--y-_z",
    "café--bboldb-linkhttpxorg-imgapng",
    "own",
    "plain-code-em",
]


def _ids(html: str) -> list[str]:
    return re.findall(r'<h[1-6][^>]* id="([^"]*)"', html)


def test_ids_are_made_of_the_heading_as_written() -> None:
    assert _ids(GoldmarkEngine().render(HEADINGS)) == HUGOS_IDS


def test_hugo_docs_after_page_links_to_its_heading_as_the_site_does() -> None:
    root = shared_site_path("hugo-docs")
    page = Document.load(root / "content" / "en" / "functions" / "collections" / "After.md")
    ids = _ids(Renderer(Site.open(root)).render_body(page.body))
    assert "example-of-after-with-first-2ndndash4th-most-recent-articles" in ids


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed here")
def test_the_ids_are_what_hugo_prints() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
    from engine_compare import goldmark_many

    assert _ids(goldmark_many([HEADINGS], None)[0]) == HUGOS_IDS
