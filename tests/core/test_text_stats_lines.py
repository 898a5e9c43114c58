"""Counting words line by line (so a long page never holds the interpreter) counts the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core import text_stats as ts


def whole_text_count(markdown: str) -> int:
    """The count with every pattern applied to the whole text at once."""
    text = ts._COMMENT.sub(" ", markdown)
    text = ts._LIQUID.sub(" ", text)
    text = ts._REF_DEFINITION.sub(" ", text)
    text = ts._LINK_TARGET.sub("] ", text)
    text = ts._TAG.sub(" ", text)
    text = ts._URL.sub(" ", text)
    return len(ts._WORD.findall(text))


def test_every_real_page_counts_the_same(shared_site: Path) -> None:
    pages = sorted(shared_site.rglob("*.md"))
    assert pages
    for path in pages:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert ts.count_words(text) == whole_text_count(text), path
        crlf = text.replace("\n", "\r\n")
        assert ts.count_words(crlf) == whole_text_count(crlf), path


pieces = st.sampled_from(
    [
        "word",
        "it's",
        "e.g.",
        " ",
        "\n",
        "\r\n",
        "http://x.org/a b",
        "www.x.org",
        "<b>",
        "</b>",
        "[a](http://y.org)",
        "<!--",
        "-->",
        "{%",
        "%}",
        "{{",
        "}}",
        "](",
        "]:",
        "[",
        "mailto:a@b.c",
        "[1]: /x",
        "—",
        "_",
        "*",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(pieces, st.text(max_size=5)), max_size=40))
def test_any_text_counts_the_same(parts: list[str]) -> None:
    text = "".join(parts)
    assert ts.count_words(text) == whole_text_count(text)


# Counted by hand, as a reader would: the comparison above shares the module's own patterns, so
# these pin what each pattern must do on its own.
@pytest.mark.parametrize(
    ("markdown", "words"),
    [
        ("The quick brown fox.", 4),
        ("It's a well-known, e.g. common, fact.", 6),  # it's, a, well-known, e.g, common, fact
        ("Don’t split curly apostrophes", 4),
        ("# A heading\n\nA *bold* and **strong** word.", 7),
        ("Read [the guide](https://example.org/guide \"Guide\") today.", 4),
        ("See https://example.org/a/b and www.example.org now.", 3),
        ("Write to mailto:someone@example.org please", 3),
        ("Text <span class=\"x\">inside</span> tags", 3),
        ("Before <!-- a hidden comment --> after", 2),
        ("Intro\n<!--more-->\nRest of it", 4),
        ("{% include card.html title=\"Not words\" %} Shown {{ page.title }} here", 2),
        ("[1]: https://example.org/ref \"Ref\"\nBody text", 2),
        ("snake_case and 3.14 and 2024-05-01", 6),  # snake, case, and, 3.14, and, 2024-05-01
        ("Café naïve 日本語", 3),
        ("— – ... ** __ ``", 0),
        ("", 0),
    ],
)
def test_hand_counted_texts(markdown: str, words: int) -> None:
    assert ts.count_words(markdown) == words
    assert ts.count_words(markdown.replace("\n", "\r\n")) == words


def test_reading_minutes() -> None:
    assert [ts.reading_minutes(n) for n in (0, 1, 200, 201, 400, 401)] == [0, 1, 1, 2, 2, 3]
