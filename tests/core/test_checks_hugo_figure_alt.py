"""Hugo's `figure` shortcode is an image: without an alt (nor a caption, which Hugo prints as
its alt) it is told, and a file name as its alt too, at the line the call starts on."""

from __future__ import annotations

from content_helpers import check_text


def test_figures_without_alt_or_with_a_file_name_are_told() -> None:
    text = (
        "+++\ntitle = 'T'\n+++\nIntro.\n\n"
        '{{< figure src="/images/a.png" >}}\n\n'
        '{{< figure\n  src="/images/a.png"\n  alt="IMG_2041.jpg"\n>}}\n\n'
        '{{< figure src="/images/a.png" caption="The river at dawn" >}}\n\n'
        '{{< figure src="/images/a.png" alt="The river at dawn" >}}\n\n'
        '{{</* figure src="/images/a.png" */>}}\n'
    )
    found = check_text(text)
    # (a poor alt on the line it is written on: the call starts on line 8)
    assert found == [(6, "alt-text-missing"), (10, "alt-text-poor")]


def test_the_message_says_where_the_alt_goes() -> None:
    from pathlib import Path

    from editor_app.core.document import Document
    from editor_app.core.validate import validate_document

    doc = Document.from_text('---\ntitle: T\n---\n{{< figure src="a.png" >}}\n', Path("p.md"))
    (problem,) = [p for p in validate_document(doc) if p.code == "alt-text-missing"]
    assert problem.message.startswith("This figure has no alt text")
    assert 'alt="what it shows"' in problem.message


def test_a_figures_alt_is_found_by_the_shortcode_argument_reader() -> None:
    from editor_app.core.checks.image_addresses import shortcode_argument_start

    arguments = ' src="a.png"\n  caption="Says \\"alt=\\" here"\n  alt="IMG_1.jpg"'
    at = shortcode_argument_start(arguments, "alt")
    assert at is not None and arguments[at:].startswith('alt="IMG_1.jpg"')
    assert shortcode_argument_start(arguments, "title") is None
    text = "+++\ntitle = 'T'\n+++\nIntro.\n\n{{< figure" + arguments + "\n>}}\n"
    # (the poor alt told on its own line, not on the caption's quoted 'alt=')
    assert check_text(text) == [(8, "alt-text-poor")]
