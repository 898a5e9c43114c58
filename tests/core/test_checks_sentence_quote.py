"""sentence-long: the sentence is quoted as the author wrote it (shortened), template tags
kept or shown as '…', never a hole where Liquid or a shortcode was."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.document import Document
from editor_app.core.validate import validate_document

FILLER = " ".join(["and the people of the town met and talked"] * 5)


def _sentence_messages(body: str) -> list[str]:
    text = f"---\ntitle: T\n---\n{body}\n"
    problems = validate_document(Document.from_text(text, Path("page.md")), content=True)
    return [p.message for p in problems if p.code == "sentence-long"]


def test_liquid_at_the_start_is_quoted_as_written() -> None:
    found = _sentence_messages(f"In {{{{ page.council }}}}, the council met {FILLER}.")
    assert found and found[0].startswith(
        "The sentence starting 'In {{ page.council }}, the council met...'"
    )
    assert "'In , the" not in found[0]


def test_a_second_sentence_with_a_tag() -> None:
    body = f"A short one. Then {{{{ site.title }}}} was built by the team {FILLER}."
    found = _sentence_messages(body)
    assert found and "starting 'Then {{ site.title }} was built by the...'" in found[0]


def test_a_long_tag_is_shown_as_an_ellipsis_and_links_as_their_text() -> None:
    body = (
        "See [the report]({{ site.baseurl }}/report/) where "
        "{% include figure.html src='/assets/a-very-long-name.png' %} the town "
        f"{FILLER}."
    )
    found = _sentence_messages(body)
    assert found and "starting 'See the report where … the town and the...'" in found[0]


def test_a_hugo_shortcode_is_kept() -> None:
    found = _sentence_messages(f"The {{{{< param name >}}}} value is read {FILLER}.")
    assert found and "starting 'The {{< param name >}} value is read and...'" in found[0]


def test_plain_prose_is_quoted_as_before() -> None:
    found = _sentence_messages(f"The [council]({{{{ site.baseurl }}}}/c) met {FILLER}.")
    assert found and "starting 'The council met and the people of the...'" in found[0]


def test_an_output_tag_starting_the_sentence_is_kept_a_block_tag_is_not() -> None:
    found = _sentence_messages(f"{{{{ site.title }}}} was built by the team {FILLER}.")
    assert found and "starting '{{ site.title }} was built by the team...'" in found[0]
    found = _sentence_messages(f'{{% callout "info" %}}This was built by the team {FILLER}.')
    assert found and "starting 'This was built by the team and the...'" in found[0]


def _link_messages(body: str) -> list[str]:
    text = f"---\ntitle: T\n---\nIntro.\n\n{body}\n"
    problems = validate_document(Document.from_text(text, Path("page.md")), content=True)
    return [p.message for p in problems if p.code == "link-text-unclear"]


def test_link_text_is_quoted_with_its_template_tags() -> None:
    found = _link_messages(
        "Read it [click {{ site.x }} here](https://example.org/a).\n\n"
        "See [here {% icon arrow %}](https://example.org/b).\n\n"
        'Or <a href="https://example.org/c">{{ site.icon }} here</a>.\n\n'
        "Or [here {{ site.icon }}][ref].\n\n[ref]: https://example.org/d"
    )
    assert [m.split("' does not")[0] for m in found] == [
        "The link text 'click {{ site.x }} here",
        "The link text 'here {% icon arrow %}",
        "The link text '{{ site.icon }} here",
    ]
    found = _link_messages("Or [here {{ site.icon }}][ref].\n\n[ref]: https://example.org/d")
    assert found[0].startswith("The link text 'here {{ site.icon }}' does not say where it goes")
    found = _link_messages("Plain [click here](https://example.org/a).")
    assert found[0].startswith("The link text 'click here' does not say where it goes")


def test_a_sentence_without_tags_is_quoted_without_reading_its_markup(monkeypatch) -> None:
    # Most long sentences hold no template tag: their plain start is the quote, and their
    # paragraph is not made plain a second time to look for one.
    from editor_app.core.checks import content_words

    made = []
    real = content_words.plain_text
    monkeypatch.setattr(
        content_words, "plain_text", lambda *a, **k: made.append(a[0]) or real(*a, **k)
    )
    sentence = f"In **the town**, the council met {FILLER}"
    para = content_words.Paragraph(f"In the town, the council met {FILLER}.", 5, [sentence + "."])
    quoted = content_words.quote_as_written(para, f"In the town, the council met {FILLER}.")
    assert quoted == "In the town, the council met and the"
    assert made == []
    found = _sentence_messages(f"In the town, the council met {FILLER}.")
    assert found and found[0].startswith("The sentence starting 'In the town, the council met")


def test_code_spans_are_quoted_as_written_not_left_as_holes() -> None:
    found = _sentence_messages(f"> Automatic `.Summary` may cut block tags (e.g., `div`) {FILLER}.")
    assert found and found[0].startswith(
        "The sentence starting 'Automatic .Summary may cut block tags...'"
    )
    # A sentence starting and going on with code, over two lines.
    body = f"`hugo build` writes the\n`public` folder for {FILLER}."
    found = _sentence_messages(body)
    assert found and found[0].startswith(
        "The sentence starting 'hugo build writes the public folder for...'"
    )


def test_a_list_items_mark_is_not_quoted() -> None:
    for mark in ("-", "*", "1.", "4)"):
        found = _sentence_messages(f"Intro.\n\n{mark} Collections of the town {FILLER}.")
        assert found and found[0].startswith("The sentence starting 'Collections of the town")


def test_an_alerts_mark_is_no_word_of_its_first_sentence() -> None:
    # Its text on the next line without '>' still belongs to the alert (a lazy line).
    found = _sentence_messages(f"> [!NOTE]\nIn Hugo 0.159 the town {FILLER}.")
    assert found and found[0].startswith("The sentence starting 'In Hugo 0.159 the town")
    assert "has 50 words" in found[0]


def test_a_quote_is_cut_between_words_a_first_word_too_long_at_the_limit() -> None:
    from editor_app.core.checks.content_words import cut_between_words

    # 'met and the people of the to' was cut in the middle of 'town'.
    assert cut_between_words("The council met and the people of the town met") == (
        "The council met and the people of the"
    )
    assert cut_between_words("x" * 39 + " yy") == "x" * 39
    assert cut_between_words("x" * 40 + " yy") == "x" * 40
    # One word longer than the limit has no boundary to cut at: cut at 40.
    assert cut_between_words("https://example.org/" + "a" * 40 + " then") == (
        "https://example.org/" + "a" * 20
    )
    found = _sentence_messages("https://example.org/" + "a" * 40 + f" then {FILLER}.")
    assert found and f"starting 'https://example.org/{'a' * 20}...'" in found[0]
