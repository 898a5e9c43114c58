"""Reference-style links and images (`[text][label]`, `[text][]`, `[text]`, `![alt][label]`,
with `[label]: address` elsewhere) are judged as inline ones, at their own line."""

from __future__ import annotations

from content_helpers import check_text


def test_a_reference_style_click_here_link_is_unclear_at_its_line() -> None:
    text = (
        "---\ntitle: T\n---\nTo read the report, [click here][report].\n\n"
        "Or [here][].\n\nOr just [read more].\n\n"
        "[report]: https://example.org/report\n[here]: https://example.org/h\n"
        "[Read More]: https://example.org/more\n"
    )
    assert check_text(text) == [
        (4, "link-text-unclear"),
        (6, "link-text-unclear"),
        (8, "link-text-unclear"),
    ]


def test_a_reference_style_image_with_a_file_name_or_no_alt_is_told_crlf_too() -> None:
    text = (
        "---\ntitle: T\n---\nSome words.\n\n![IMG_2041.jpg][pic]\n\n![][pic]\n\n"
        "[pic]: /assets/pic.png\n"
    ).replace("\n", "\r\n")
    assert check_text(text) == [(6, "alt-text-poor"), (8, "alt-text-missing")]


def test_brackets_without_a_definition_and_an_image_inside_a_link_are_not_links() -> None:
    text = (
        "---\ntitle: T\n---\nA [here] with no definition, a task [x] and\n\n"
        "[![A chart of the answers][chart]][link]\n\n"
        "[chart]: /assets/chart.png\n[link]: https://example.org/chart\n"
    )
    assert check_text(text) == []


def test_a_definition_shown_in_code_gives_no_link() -> None:
    text = "---\ntitle: T\n---\nSee [here].\n\n```\n[here]: https://example.org\n```\n"
    assert check_text(text) == []


def test_a_sentence_reads_a_reference_links_text_as_a_reader_sees_it() -> None:
    from pathlib import Path

    from editor_app.core.document import Document
    from editor_app.core.validate import validate_document

    words = " ".join(["word"] * 30)
    # Code is not counted: `[`Alphabetical`][]` added two words ("[" and "][]") to the count.
    short = f"Call the [`Alphabetical`][] or [`ByCount`][] method then {words}.\n"
    long = f"[GitCMS][] : GitCMS is a tool and {words}.\n"
    text = (
        f"---\ntitle: T\n---\n{short}\n{long}\n"
        "[`Alphabetical`]: /a/\n[`ByCount`]: /b/\n[GitCMS]: https://example.org\n"
    )
    doc = Document.from_text(text, Path("page.md"))
    told = [p for p in validate_document(doc, content=True) if p.code == "sentence-long"]
    assert [(p.line, p.message.split("' has")[0]) for p in told] == [
        (6, "The sentence starting 'GitCMS : GitCMS is a tool and word word..."),
    ]


def test_a_sentence_reads_a_reference_image_as_nothing() -> None:
    from pathlib import Path

    from editor_app.core.document import Document
    from editor_app.core.validate import validate_document

    words = " ".join(["word"] * 33)
    text = f"---\ntitle: T\n---\n![Logo][logo] Our tool is {words}.\n\n[logo]: /logo.png\n"
    doc = Document.from_text(text, Path("page.md"))
    told = [p for p in validate_document(doc, content=True) if p.code == "sentence-long"]
    # 36 words without the picture's alt text (a reader sees no word there).
    assert len(told) == 1
    assert told[0].message.startswith("The sentence starting 'Our tool is word word")
    assert "36 words" in told[0].message
