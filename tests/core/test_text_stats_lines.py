"""Counting words line by line (so a long page never holds the interpreter) counts the same."""

from __future__ import annotations

from pathlib import Path

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
