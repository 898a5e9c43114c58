"""`link-empty`: a link with no address, `[text]()`, `[text](<>)` or only a scheme,
`[text](https://)` (what Insert Link leaves when its address is not filled in), or an HTML
`<a href="">`. The site prints a link that goes nowhere, or back to the same page.

Also a reference definition with no address, `[x]:` alone on its line: neither kramdown
(Jekyll) nor CommonMark (Hugo's Goldmark, Eleventy's markdown-it) reads it as a definition,
so the page shows '[x]:' and every `[text][x]` as text. CommonMark alone takes an address on
the next line (`[x]:` then `/url`), as `hugo` builds it: that is a definition there."""

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


# `[label]:` with nothing after it (a footnote, `[^1]:`, is no link definition).
_EMPTY_DEFINITION = re.compile(r"^ {0,3}(\[(?!\^)[^\]\n]+\]:)[ \t]*$", re.M)
# What every such definition ends with: a quick first look, led by a plain `]` the regex
# engine skips ahead to (one led by `^` is tried at every character: 18 us on a page of links).
_DEFINITION_END = re.compile(r"\]:[ \t]*$", re.M)
# The next line CommonMark reads as the definition's address: one address, `<...>` or a
# word, then at most a title in quotes or brackets.
_ADDRESS_LINE = re.compile(
    r"""[ \t]*(?!```|~~~)(?:<[^<>\n]*>|[^\s<][^\s]*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*"""
)


def _may_have_one(page: Page) -> bool:
    # Every page comes through here and 3 in 4 hold a link: the body is blanked
    # (`content_prose`, some 16-20 us) only when a link in it may be left with no address.
    body = page.body
    return (
        ("](" in body and _MAY_END_EMPTY.search(body) is not None)
        or ("href" in body and "<a" in body)
        or (_DEFINITION_END.search(body) is not None and _EMPTY_DEFINITION.search(body) is not None)
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


def empty_definitions(body: str, prose: str, next_line_address: bool) -> list[tuple[int, str]]:
    """(line index in `body`, `[label]:`) of each definition with no address on its line, as
    written (`[a]: `x`` has one, though `prose` blanks it) and outside examples (its line not
    blanked in `prose`, the body as the content checks read it, lines kept); not those whose
    next line is an address when `next_line_address` (CommonMark)."""
    found: list[tuple[int, str]] = []
    prose_lines: list[str] = []
    for m in _EMPTY_DEFINITION.finditer(body):
        index = body.count("\n", 0, m.start())
        prose_lines = prose_lines or prose.split("\n")
        if index >= len(prose_lines) or prose_lines[index].strip() != m.group(0).strip():
            continue  # in an example
        if next_line_address:
            end = body.find("\n", m.end() + 1)
            after = body[m.end() + 1 : len(body) if end < 0 else end]
            if after.strip() and _ADDRESS_LINE.fullmatch(after):
                continue
        found.append((index, m.group(1)))
    return found


def check_empty_links(page: Page, ctx: Context) -> Iterable[Problem]:
    text = content_prose(page)
    first = page.body_start_line
    found = [
        (
            first + text.count("\n", 0, offset),
            offset,
            f"The link '{shown(written)}' has no address, so it goes nowhere. {_MARKDOWN_FIX}",
        )
        for offset, written in empty_markdown_links(text)
    ]
    html = f"The link '{shown(_EMPTY_TAG)}' has no address, so it goes nowhere. {_HTML_FIX}"
    found += [
        (first + text.count("\n", 0, m.start()), m.start(), html)
        for m in _EMPTY_HREF.finditer(text)
    ]
    body = page.body
    if _DEFINITION_END.search(body) is not None:
        found += [
            (first + index, 0, _DEFINITION_MESSAGE.format(written=written, label=written[1:-2]))
            for index, written in empty_definitions(body, text, ctx.generator != "jekyll")
        ]
    for line, _, message in sorted(found):
        yield make_problem(page, line, None, "link-empty", message)


_MARKDOWN_FIX = (
    "Put the web address or page it should open between the round brackets, or remove the "
    "link and keep its words."
)
_EMPTY_TAG = '<a href="">'
_DEFINITION_MESSAGE = (
    "The link definition '{written}' has no address, so the page shows it as text, and each "
    "link to it ('[text][{label}]') as text too. Put the address after the colon "
    "({written} https://...), or remove the line."
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
