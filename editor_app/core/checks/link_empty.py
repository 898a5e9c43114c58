"""`link-empty`: a link with no address, `[text]()`, `[text](<>)` or only a scheme,
`[text](https://)` (what Insert Link leaves when its address is not filled in), or an HTML
`<a href="">`. The site prints a link that goes nowhere, or back to the same page."""

from __future__ import annotations

import re
from collections.abc import Iterable

from editor_app.core.checks.common import shown
from editor_app.core.checks.content_prose import content_prose
from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import WARNING, Problem, make_problem
from editor_app.core.checks.registry import Rule, register

# `[text](` then nothing, `<>`, or a scheme alone before `)` (an image `![alt]()` is not a link).
_EMPTY_MD = re.compile(
    r"(?<!!)\[([^\[\]\n]*)\]\([^\S\n]*(?:<[^\S\n]*>|(?:https?:)?//|https?:|mailto:)?[^\S\n]*\)",
    re.I,
)
_EMPTY_HREF = re.compile(
    r"""<a\b[^>]*?\bhref\s*=\s*(?:""|''|"\s*(?:https?:)?//\s*"|'\s*(?:https?:)?//\s*')""", re.I
)


# What `_EMPTY_MD_END` may match once examples are blanked (`content_prose`), looked for in the
# body as written: blanking makes spaces only, and within a line a blanked stretch starts with
# '`', '<!--', '{%' or a Hugo shortcode shown or of code (`body_text`; fences, indented code and
# link definitions blank whole lines, their '](' too). So after '](' come the address's own
# spaces, '<', '>' or scheme as written, then ')' or where a blanked stretch starts.
_MAY_END_EMPTY = re.compile(
    r"\]\([^\S\n]*(?:<[^\S\n]*>?|(?:https?:)?//|https?:|mailto:)?[^\S\n]*"
    r"(?:\)|`|<!--|\{%|\{\{[<%]\s*(?:/\*|code|highlight))",
    re.I,
)


def _may_have_one(page: Page) -> bool:
    # Every page comes through here and 3 in 4 hold a link: the body is blanked
    # (`content_prose`, some 16-20 us) only when a link in it may be left with no address.
    body = page.body
    return ("](" in body and _MAY_END_EMPTY.search(body) is not None) or (
        "href" in body and "<a" in body
    )


# `_EMPTY_MD` from its `](` on: a pattern led by one character is found in one fast pass,
# where the look-behind leading `_EMPTY_MD` is tried at every character (18 us a page).
_EMPTY_MD_END = re.compile(
    r"\]\([^\S\n]*(?:<[^\S\n]*>|(?:https?:)?//|https?:|mailto:)?[^\S\n]*\)", re.I
)


def empty_markdown_links(text: str) -> list[tuple[int, str]]:
    """(offset, link as written) of each `_EMPTY_MD` match in `text`, in order: its end found
    first, then its `[`, the last one before the `]`, with no `]` or line break between and no
    `!` before it (each `](` can end one match only, and matches never overlap)."""
    found = []
    for m in _EMPTY_MD_END.finditer(text):
        close = m.start()
        start = text.rfind("[", 0, close)
        if start < 0 or text.find("]", start, close) >= 0 or text.find("\n", start, close) >= 0:
            continue
        if start and text[start - 1] == "!":
            continue  # an image, `![alt]()`
        found.append((start, text[start : m.end()]))
    return found


def check_empty_links(page: Page, ctx: Context) -> Iterable[Problem]:
    text = content_prose(page)
    found = [(offset, written, _MARKDOWN_FIX) for offset, written in empty_markdown_links(text)]
    found += [(m.start(), '<a href="">', _HTML_FIX) for m in _EMPTY_HREF.finditer(text)]
    for offset, written, fix in sorted(found):
        line = page.body_start_line + text.count("\n", 0, offset)
        yield make_problem(
            page,
            line,
            None,
            "link-empty",
            f"The link '{shown(written)}' has no address, so it goes nowhere. {fix}",
        )


_MARKDOWN_FIX = (
    "Put the web address or page it should open between the round brackets, or remove the "
    "link and keep its words."
)
_HTML_FIX = 'Put the address it should open in href="...", or remove the tag and keep its words.'


register(
    Rule(
        "link-empty",
        {"link-empty": WARNING},
        check=check_empty_links,
        wants=_may_have_one,
    )
)
