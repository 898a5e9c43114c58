"""Word count and reading time shown in the status bar."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from editor_app.core.text_stats import count_words, reading_minutes


def test_plain_words_are_counted() -> None:
    assert count_words("Tenants in the Riverside estate kept reporting damp.") == 8


def test_markup_is_not_counted() -> None:
    text = (
        "## What we did\n\n"
        '- by **phone**, to a [call centre](https://example.org/call?x=1 "Call")\n'
        "<!--more-->\n"
        "{% include note.html %} See <https://example.org> and <b>this</b>.\n"
        "[1]: https://example.org/ref\n"
    )
    assert count_words(text) == 12  # What we did by phone to a call centre See and this


def test_contractions_and_hyphens_are_one_word() -> None:
    assert count_words("don't stop well-known e.g. tenants’ views") == 6


def test_reading_time() -> None:
    assert reading_minutes(0) == 0
    assert reading_minutes(1) == 1
    assert reading_minutes(200) == 1
    assert reading_minutes(201) == 2


def test_real_pages_have_sensible_counts(shared_site: Path) -> None:
    page = shared_site / "_resources" / "case-study-cag.md"
    body = page.read_text(encoding="utf-8").split("---", 2)[2]
    words = count_words(body)
    assert 0 < words <= len(body.split())


@given(st.text())
def test_never_more_words_than_whitespace_separated_pieces(text: str) -> None:
    # Joined words like "a.b" count once, so the count never exceeds a crude split by spaces
    # of the text with punctuation turned into spaces.
    crude = "".join(c if c.isalnum() else " " for c in text).split()
    assert 0 <= count_words(text) <= len(crude)
