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


def test_a_page_of_unclear_links_gets_three_the_last_saying_how_many_more() -> None:
    from pathlib import Path

    from editor_app.core.document import Document
    from editor_app.core.validate import validate_document

    rows = "".join(f"| row {i} | [details](/page-{i}) |\n" for i in range(13))
    doc = Document.from_text("---\ntitle: T\n---\n| a | b |\n| - | - |\n" + rows, Path("p.md"))
    found = [p for p in validate_document(doc) if p.code == "link-text-unclear"]
    assert [p.line for p in found] == [6, 7, 8]
    assert found[-1].message.endswith("(10 more links on this page are like this one.)")
    assert "more links" not in found[0].message


def test_a_bare_address_as_a_footnote_or_numbered_reference_is_the_reference() -> None:
    text = (
        "---\ntitle: T\n---\nPapers \\[1\\] and [^2] say so [3].\n\n"
        "\\[1\\]:  [https://example.org/a.pdf](https://example.org/a.pdf)\r\n\n"
        "[^2]: [https://example.org/b](https://example.org/b)\n\n"
        "[3] [https://example.org/c](https://example.org/c)\n\n"
        "See [https://example.org/d](https://example.org/d).\n"
    ).replace("\n", "\r\n").replace("\r\r", "\r")
    assert check_text(text) == [(12, "link-text-unclear")]


def test_link_text_starting_with_click_here_is_unclear() -> None:
    text = (
        "---\ntitle: T\n---\n[Click here to read the report](https://example.org/r).\n\n"
        "[Click here, then sign in](https://example.org/s).\n\n"
        "[Click Publish to send it](https://example.org/p).\n"
    )
    assert check_text(text) == [(4, "link-text-unclear"), (6, "link-text-unclear")]


def test_a_link_whose_text_is_wrapped_onto_the_next_line_is_judged_at_its_first() -> None:
    text = (
        "---\ntitle: T\n---\nThe notes from the meeting are all there, so please [click\n"
        "here](https://example.org/notes) to read them.\n\n"
        "A [plain old\nregister](http://example.org/register).\n"
    )
    assert check_text(text) == [(4, "link-text-unclear"), (7, "link-insecure")]
