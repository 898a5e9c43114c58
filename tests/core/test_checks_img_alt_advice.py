"""An `<img>` without alt text is told to add an `alt` attribute, not to fill brackets it
does not have (an Eleventy page of the shared site, copied)."""

from __future__ import annotations

import shutil
from pathlib import Path

from content_helpers import plant
from shared_sites import shared_site_path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

PAGE = "src/docs/watch-serve.md"


def test_an_img_tag_without_alt_is_told_to_add_the_attribute(tmp_path: Path) -> None:
    root = shared_site_path("eleventy-website")
    copy = tmp_path / "site"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("*.png", "*.jp*g", "*.gif", "*.webp"))
    line = plant(copy, PAGE, 8, '<img src="/img/planted-map.png" width="300">')
    found = [
        p for p in validate_site(Site.open(copy)) if p.path == PAGE and p.code == "alt-text-missing"
    ]
    assert [(p.line, p.message) for p in found] == [
        (
            line,
            "This image (an <img> tag) has no alt text, so people who cannot see it miss what "
            'it shows. Describe it in a few words (as its alt: <img src="..." '
            'alt="what it shows">).',
        )
    ]


def test_a_poor_alt_over_several_lines_is_told_on_the_alt_line(tmp_path: Path) -> None:
    """A figure or a tag written over several lines: the alt text is told where it is written,
    so that the window's click selects the words it quotes (it was told on the first line)."""
    root = shared_site_path("hugo-docs")
    copy = tmp_path / "site"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("*.png", "*.jp*g", "*.gif", "*.webp"))
    page = "content/en/about/introduction.md"
    figure = plant(copy, page, 8, '{{< figure\n  src="/images/map.png"\n  alt="IMG_2041.jpg"\n>}}')
    tag = plant(copy, page, 8, '<img class="wide"\n     src="/images/map.png" alt="DSC01234.JPG">')
    figure += 4  # (the tag went in above it, with a blank line either side)
    found = [
        (p.line, p.message.split("'")[1])
        for p in validate_site(Site.open(copy))
        if p.path == page and p.code == "alt-text-poor"
    ]
    assert found == [(tag + 1, "DSC01234.JPG"), (figure + 2, "IMG_2041.jpg")]
