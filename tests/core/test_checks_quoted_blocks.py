"""Someone else's words in a `>` blockquote, as the page shows them to a reader: a licence
quoted whole (the Open Source Guide's notices), a quote that names who said it (`— Name`, a
`<cite>`, `—[via site](...)`), a quote whose source the line above links to (a post, a
project's docs), and an HTML `<blockquote>`. Their long sentences and spellings are not the
page's to change; the page's own notes in a blockquote (`> **Note:**`, `> [!NOTE]`, a quote
with no source shown) are still read, and so is the text after the quote.

Surviving mutants of `body_text.quoted_lines` named as equivalent: `text.count("\\n", None,
...)` for `text.count("\\n", 0, ...)` (the same start), and the pull quotes' screen `"<" in
text or (...)` (more pages reach a pattern that finds nothing)."""

from __future__ import annotations

import pytest
from content_helpers import check_text
from shared_sites import shared_site_path

from editor_app.core.checks.body_text import quoted_lines
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

LONG = (
    "This sentence goes on and on with one clause after another because its author wanted "
    "to put the history, the options, the dates, the rules and every reason for them into "
    "one single place without ever stopping for breath at all."
)


def _long_sentences(body: str) -> list[int]:
    """The lines told of a long sentence in a page with `body` (its first line is line 4)."""
    found = check_text(f"---\ntitle: A page\n---\n{body}")
    return [line for line, code in found if code == "sentence-long"]


@pytest.mark.parametrize(
    "quote",
    [
        # A licence quoted whole: its copyright notice, its grant, its disclaimer.
        f"> Copyright © Django Software Foundation.\n>\n> {LONG}\n",
        f"> {LONG}\n>\n> Copyright (c) 2016 Someone\n",
        f"> Copyright (C) 2016 Someone\n> {LONG}\n",
        f"> copyright 2010-2016 Mitchell Hashimoto\n>\n> {LONG}\n",
        f'> THE SOFTWARE IS PROVIDED "AS IS". {LONG}\n',
        f"> Permission is hereby granted, free of charge. {LONG}\n",
        # Who said it, on the quote's last line, ending its words, or right under it.
        f"> {LONG}\n> — Legal Aid Agency employee\n",
        f"> {LONG}\n>\n> – [Adam Cantwell-Corn](https://example.org/a)\n",
        f"> {LONG}\n> ― Someone\n",
        f"> {LONG}\n> -- Someone\n",
        f"> {LONG}\n> <cite>Someone</cite>\n",
        f"> {LONG}—[via `zachleat.com`](https://www.zachleat.com/web/eleventy-birthday/)\n",
        f"> {LONG} ― via Someone's blog\n",
        f"> {LONG}\n— Someone, in a talk\n",
        f"> {LONG}\n\n— Someone, in a talk\n",
        f"> {LONG}\n\n<cite>Someone</cite>\n",
        # The line above links to where the words come from.
        f"As [the Homebrew docs](https://docs.brew.sh/Analytics) put it:\n\n> {LONG}\n",
        f"[Read more about David](http://example.org/about/)\n> {LONG}\n",
        # HTML's blockquote, however it is written.
        f"<blockquote>\n<p>{LONG}</p>\n</blockquote>\n",
        f'<blockquote cite="https://example.org/post">{LONG}</blockquote>\n',
    ],
)
def test_someone_elses_long_sentence_is_not_told(quote: str) -> None:
    assert _long_sentences(f"Intro.\n\n{quote}\nOur own words end here.\n") == []


@pytest.mark.parametrize(
    ("quote", "line"),
    [
        # The page's own note, and a quote that shows no source: the page's words.
        (f"> {LONG}\n", 6),
        (f"> **Note:** {LONG}\n", 6),
        (f"> __Note__ {LONG}\n", 6),
        (f"> [!NOTE]\n> {LONG}\n", 7),
        (f"See [the guide](https://example.org/guide):\n\n> **Note:** {LONG}\n", 8),
        (f"See [the guide](https://example.org/guide):\n\n>[!TIP]\n> {LONG}\n", 9),
        # A link inside the site is no source; nor is one two lines up.
        (f"See [the guide](/docs/guide/):\n\n> {LONG}\n", 8),
        (f"See [the guide](https://example.org/guide).\n\n\n> {LONG}\n", 9),
        # No name: a rule under the quote, a list item, a dash in a range, a link mid-words.
        (f"> {LONG}\n\n---\n", 6),
        (f"> {LONG}\n\n- a list item\n", 6),
        (f"> {LONG}\n> 2010–2016 were the years.\n", 6),
        (f"> {LONG} — see [the guide](https://example.org/guide) first.\n", 6),
        (f"> {LONG} – [the guide](https://example.org/guide)\n", 6),
        (f"> {LONG}\n> Copyright law differs by country.\n", 6),
        (f"> {LONG}\n> Provided as is.\n", 6),
    ],
)
def test_the_pages_own_long_sentence_in_a_blockquote_is_told(quote: str, line: int) -> None:
    assert _long_sentences(f"Intro.\n\n{quote}") == [line]


def test_the_text_after_an_attributed_quote_is_the_pages_own() -> None:
    body = f"Intro.\n\n> {LONG}\n> — Someone\n\n{LONG}\n\n> {LONG}\n\n— Someone else\n{LONG}\n"
    assert _long_sentences(body) == [9, 14]  # (line 14 goes on from the name: the page's own)


def test_each_quote_is_judged_on_its_own() -> None:
    # Two quotes one blank line apart: the first is no line above the second.
    text = f"> [Read it](https://example.org/a)\n\n> {LONG}\n"
    assert quoted_lines(text, 10) == set()
    text = f"[Read it](https://example.org/a)\n\n> {LONG}\n> more\n\n> {LONG}\n"
    assert quoted_lines(text, 10) == {12, 13}
    text = f"> {LONG}\n>\n> Copyright 2016 X\n\nOur words.\n> {LONG}"
    assert quoted_lines(text, 1) == {1, 2, 3}
    assert quoted_lines(f"A [b](https://x.org)\n> {LONG}", 1) == {2}  # at the very end
    assert quoted_lines(f"> {LONG}\n", 1) == set()  # nothing under it
    assert quoted_lines(f"\n> {LONG}", 1) == set()  # nothing over it
    assert quoted_lines(f"\n> {LONG}\n\n\n— Someone", 1) == set()  # a name too far under
    assert quoted_lines(f"> {LONG}\n— X", 1) == {1}  # a name on the page's last line
    # A line of spaces parts them as a blank line does; a link further down is no source.
    assert quoted_lines(f"[a](https://x.org)\n \n> {LONG}", 1) == {3}
    assert quoted_lines(f"> {LONG}\n\n[a](https://x.org/)x", 1) == set()
    # Another quote's line over it is no source, even indented or after a blank first line.
    assert quoted_lines(f"  > [a](https://x.org)\n\n> {LONG}", 1) == set()
    assert quoted_lines(f"\n> [a](https://x.org)\n\n> {LONG}", 1) == set()
    # Each quote that shows its source counts.
    both = f"[a](https://x.org)\n> {LONG}\n\nOur words.\n\n> {LONG}\n> — X\n"
    assert quoted_lines(both, 5) == {6, 10, 11}
    assert quoted_lines(f"> Our note.\n\n> {LONG}\n> — X", 1) == {3, 4}
    assert quoted_lines(f"\n[a](https://x.org)\n> {LONG}", 1) == {3}  # a blank first line
    assert quoted_lines("No quote: a > b, <b>bold</b>.\n", 1) == set()


def test_the_pages_own_words_before_a_quote_are_told() -> None:
    assert _long_sentences(f"{LONG}\n\n> “{LONG}”\n\n> {LONG}\n> — X\n") == [4]
    assert quoted_lines(f"> {LONG}\n\n", 1) == set()


def test_a_quoted_spelling_is_not_told() -> None:
    words = "We organize the color of the behavior and favor the center of the program. " * 4
    spelt = "We prioritise the work."
    quoted = f"{words}\n\nAs [Homebrew](https://docs.brew.sh/Analytics) puts it:\n\n> {spelt}\n"
    own = f"{words}\n\nAs Homebrew puts it:\n\n> {spelt}\n"
    told = check_text(f"---\ntitle: A page\n---\n{own}")
    assert (8, "style-word") in told
    assert [f for f in check_text(f"---\ntitle: A page\n---\n{quoted}") if f[0] == 8] == []


def _real(name: str) -> Site:
    root = shared_site_path(name)
    return Site.open(root)


@pytest.mark.parametrize(
    ("site", "page", "quoted", "own"),
    [
        # The Django and Vagrant licences, quoted whole; the notices' own words still told.
        ("opensource-guide", "notices.md", [55, 69, 81], [12, 18]),
        ("opensource-guide", "_articles/metrics.md", [28], []),  # the Homebrew docs' words
        ("eleventy-website", "src/blog/2023-02-10-product-hunt.md", [9], []),  # a post
        ("eleventy-website", "src/blog/2023-11-03-mascot-david.md", [22], []),  # his own words
        ("eleventy-website", "src/docs/glossary.md", [136], []),  # —[via zachleat.com](...)
        ("hugo-docs", "content/en/content-management/summaries.md", [], [108]),  # an alert
    ],
)
def test_the_real_quotes_are_not_told_and_the_pages_words_are(
    site: str, page: str, quoted: list[int], own: list[int]
) -> None:
    real = _real(site)
    found = validate_site(real, only=[real.root / page], cache=False)
    lines = {p.line for p in found if p.code in ("sentence-long", "style-word")}
    assert lines.isdisjoint(quoted) and lines.issuperset(own), sorted(lines)
