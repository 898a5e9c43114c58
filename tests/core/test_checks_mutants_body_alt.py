"""An image's alt text that does not describe it, case by case (`checks.images.poor_alt`).

Written against the mutants of `tools/mutation.py checks-body` for `poor_alt` as changed since
the part's last run: a file name is told by its ending only when the text has no space, or ends
with an image's (or PDF's) ending; hyphenated words are a file name when written in lower case,
with an underscore or a digit, not when a capital joins them as German and Dutch write them.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.images import poor_alt

FILE = "looks like a file name"
GENERIC = "only says it is an image"
SAYS_IMAGE = "starts by saying it is an image (screen readers say so already)"


@pytest.mark.parametrize(
    ("alt", "why"),
    [
        # one word with a file's ending
        ("IMG_2041.jpg", FILE),
        ("photo.PNG", FILE),
        ("notes.md", FILE),
        (" diagram.svg. ", FILE),
        # several words: only an image's (or a PDF's) ending, in any case
        ("Shot 1.png", FILE),
        ("Shot 1.PDF", FILE),
        ("Map 2.jpeg", FILE),
        ("Shot 1.tif", FILE),
        ("Shot 1.tiff", FILE),
        ("Scan 3.heic", FILE),
        ("Logo 4.avif", FILE),
        ("Pic 5.webp", FILE),
        ("Icon 6.bmp", FILE),
        ("Anim 7.gif", FILE),
        ("OpenGraph image for netlify.com", None),
        ("Read more at example.org", None),
        ("Draw 8.jpg.old", None),
        # words joined by hyphens or underscores
        ("team-photo", FILE),
        ("IMG-2041", FILE),
        ("Img-2041", FILE),
        ("x-ray2", FILE),
        ("team_Photo", FILE),
        ("TEAM_PHOTO", FILE),
        ("clone-Diagramm", None),
        ("Bijdrager-grafiek", None),
        ("Team-Photo", None),
        # saying it is an image
        ("screenshot", GENERIC),
        ("An image of a cat", SAYS_IMAGE),
        ("a picture of the sea", SAYS_IMAGE),
        ("Graphic of sales", SAYS_IMAGE),
        ("Photograph of Ann", SAYS_IMAGE),
        ("A screenshot of the menu", None),  # the kind of image is worth saying
        ("imagery of war", None),
    ],
)
def test_why_an_alt_text_does_not_describe_its_image(alt: str, why: str | None) -> None:
    assert poor_alt(alt) == why
