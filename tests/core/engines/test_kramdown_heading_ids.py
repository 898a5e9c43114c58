"""Heading ids as kramdown gives them (the page comparisons drop ids, so they are checked
here): a header inside raw HTML (`<div dir="rtl" markdown="1">`, the Open Source Guide's
right-to-left translations) takes kramdown's converter id (`section`, `section-1`...), a raw
`<h5 markdown="1">` none, and GFM ids keep Ruby's word characters (marks: `❤️`, Bengali)
and drop inline HTML's tags and escapes (`<span dir="rtl">(events)</span>`, `\\*`)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

CASE = Path(__file__).resolve().parents[1] / "render_cases" / "heading_ids_inside_html"
_ID = re.compile(r'<h[1-6](?: id="([^"]*)")?')
HAS_KRAMDOWN = (
    shutil.which("ruby") is not None
    and subprocess.run(
        ["ruby", "-e", 'require "kramdown"; require "kramdown-parser-gfm"; require "rouge"'],
        capture_output=True,
        check=False,
    ).returncode
    == 0
)


def _ids(html: str) -> list[str | None]:
    return [m.group(1) for m in _ID.finditer(html)]


def test_ids_of_headers_inside_html_and_outside_are_kramdowns() -> None:
    ours = Renderer().render_body(CASE.with_suffix(".md").read_text("utf-8"))
    pinned = CASE.with_suffix(".html").read_text("utf-8")  # kramdown's own output
    assert _ids(ours) == _ids(pinned)
    assert _ids(ours)[:3] == ["section", "events", "hi-there"] and _ids(ours)[-1] is None


def test_the_arabic_guide_page_has_the_published_ids() -> None:
    root = shared_site_path("opensource-guide")
    page = Document.load(root / "_articles" / "ar" / "best-practices.md")
    ids = _ids(Renderer(Site.open(root)).render_body(page.body))
    assert ids[:3] == ["section", "section-1", "section-2"]


@pytest.mark.skipif(not HAS_KRAMDOWN, reason="kramdown (Ruby) is not installed")
def test_guide_and_jekyll_pages_ids_match_kramdown() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
    from engine_compare import body_of, kramdown_many

    pages = [
        ("opensource-guide", "_articles/ar/how-to-contribute.md"),
        ("opensource-guide", "_articles/de/metrics.md"),
        ("opensource-guide", "_articles/fa/building-community.md"),
        ("opensource-guide", "_articles/bn/best-practices.md"),
        ("opensource-guide", "_articles/be/building-community.md"),
        ("jekyll-docs", "_docs/upgrading/0-to-2.md"),
    ]
    bodies = [body_of((shared_site_path(s) / p).read_text("utf-8")) for s, p in pages]
    renderer = Renderer(Site.open(shared_site_path("opensource-guide")))
    for (_, page), body, theirs in zip(pages, bodies, kramdown_many(bodies, None), strict=True):
        assert _ids(renderer.render_markdown(body)) == _ids(theirs), page


@pytest.mark.skipif(not HAS_KRAMDOWN, reason="kramdown (Ruby) is not installed")
def test_the_comparison_can_keep_ids(tmp_path: Path) -> None:
    """`tools/engine_compare.py --keep-ids`: the Arabic guide page, whose ids differed."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
    from engine_compare import compare, normalise

    assert normalise('<h2 id="x">A</h2>', keep_ids=True) == '<h2 id="x">A</h2>'
    assert normalise('<h2 id="x">A</h2>') == "<h2>A</h2>"
    page = shared_site_path("opensource-guide") / "_articles" / "ar" / "best-practices.md"
    shutil.copyfile(page, tmp_path / "best-practices.md")
    _, paths, differing = compare(tmp_path, keep_ids=True)
    assert len(paths) == 1 and differing == []
