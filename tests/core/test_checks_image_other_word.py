""""Did you mean" offers a file only when its name is a slip away: eleventy-website's
six-million post, whose picture is not in its copy, was asked "Did you mean
'/blog/eight-million.jpg'?", another milestone's picture. A word dropped is still offered
(connectedbydata's `2025-03-10-cag-graphic.png` -> `2025-03-10-cag.png`), and so is a typo."""

from __future__ import annotations

import pytest
from shared_sites import shared_site_path

from editor_app.core.checks.suggest import another_word
from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import validate_document


def _missing(site_name: str, rel: str) -> list[str]:
    site = Site.open(shared_site_path(site_name))
    problems = validate_document(Document.load(site.root / rel), site)
    return [p.message for p in problems if p.code == "image-not-found"]


def test_six_million_is_not_offered_eight_million() -> None:
    assert _missing("eleventy-website", "src/blog/2023-07-04-six-million.md") == [
        "The image '/blog/six-million.jpg' will be missing from the page: there is no file "
        "'six-million.jpg' in src/blog/. Check the name, or add the file there."
    ]


def test_a_dropped_word_is_still_offered() -> None:
    [message] = _missing("connectedbydata", "_resources/case-study-cag.md")
    assert message.endswith("Did you mean '/assets/resources/2025-03-10-cag.png'?")


@pytest.mark.parametrize(
    ("wanted", "found", "other"),
    [
        ("six-million.jpg", "eight-million.jpg", True),
        ("team-2023.png", "team-2024.png", False),
        ("fa-3.png", "fa-2.png", False),  # numbers: as likely a slip
        ("teem-photo.png", "team-photo.png", False),
        ("cag-graphic.png", "cag.png", False),
        ("red-blue.png", "green-yellow.png", False),  # two words: not one put for another
    ],
)
def test_another_word(wanted: str, found: str, other: bool) -> None:
    assert another_word(wanted, found) is other
