"""link_text: link-text-unclear and link-insecure, on prose links only."""

from __future__ import annotations

from content_helpers import check_text


def test_unclear_link_texts_and_bare_addresses() -> None:
    text = (
        "---\ntitle: T\n---\nTo read it, [click here](https://example.org/a).\n\n"
        "See [https://example.org/b](https://example.org/b).\n\n"
        "Our [annual report 2024](https://example.org/c) is out.\n\n"
        '<a href="https://example.org/d">Read more</a>\n'
    )
    assert check_text(text) == [
        (4, "link-text-unclear"),
        (6, "link-text-unclear"),
        (10, "link-text-unclear"),
    ]


def test_http_links_but_not_local_ones() -> None:
    text = (
        "---\ntitle: T\n---\nThe [old register](http://example.org/register).\n\n"
        "A [local preview](http://localhost:4000/page).\n"
    )
    assert check_text(text) == [(4, "link-insecure")]


def test_links_shown_as_code_are_not_judged() -> None:
    text = "---\ntitle: T\n---\n```\n[click here](http://example.org)\n```\n\n`[here](x)`\n"
    assert check_text(text) == []
