"""A `>` blockquote is someone else's words (its long sentences not told) when the line over
it leads into it from a link to its source ('As [X](...) put it:'); a paragraph that only
holds a link somewhere and ends its own sentence does not make the page's own note under it a
quotation (planted on copies of the shared sites)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from content_helpers import content_of, plant
from shared_sites import shared_site_path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

SIXTY = (
    "> Our small team spent many weeks in the spring talking with the people who use the "
    "service every day, and we wrote down what they told us about the forms, the waiting, the "
    "letters that never came, the phone lines that rang out and the many small ways the system "
    "made their lives much harder than it ever had to."
)


def _copy(name: str, tmp_path: Path) -> Path:
    copy = tmp_path / name
    shutil.copytree(
        shared_site_path(name),
        copy,
        ignore=shutil.ignore_patterns("*.png", "*.jp*g", "*.gif", "*.webp", "*.pdf"),
    )
    return copy


@pytest.mark.parametrize(
    ("name", "page", "after"),
    [
        # 'Inspired by the [CSS Tricks post ...](https://...), this linter will log a warning...'
        ("eleventy-website", "src/docs/config.md", 427),
        # '... with [Global Integrity](https://...) at the end of 2022. He is now taking ...'
        ("connectedbydata", "_people/alan-hudson.md", 15),
    ],
)
def test_a_quote_under_a_paragraph_with_a_link_in_it_is_the_pages_own(
    tmp_path: Path, name: str, page: str, after: int
) -> None:
    copy = _copy(name, tmp_path)
    line = plant(copy, page, after, SIXTY)
    found = content_of(validate_site(Site.open(copy), cache=False))
    assert (page, line, "sentence-long") in found


def test_a_quote_led_into_from_its_source_stays_someone_elses(tmp_path: Path) -> None:
    copy = _copy("connectedbydata", tmp_path)
    page = "_people/alan-hudson.md"
    text = "As [the panel's report](https://example.org/report) put it:\n\n" + SIXTY
    line = plant(copy, page, 15, text)
    found = content_of(validate_site(Site.open(copy), cache=False))
    assert (page, line + 2, "sentence-long") not in found
    assert not [f for f in found if f[0] == page and f[1] in (line, line + 2)]
