"""Links that say where they go: `link-text-unclear` ("click here", a bare address as the
text) and `link-insecure` (an `http://` address)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from editor_app.core.checks.common import shown
from editor_app.core.checks.content_text import page_links, page_quoted_lines
from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import SUGGESTION, Problem, make_problem
from editor_app.core.checks.registry import Rule, register

UNCLEAR = frozenset(
    {
        "click here",
        "here",
        "this",
        "this link",
        "link",
        "click",
        "read more",
        "more",
        "learn more",
        "find out more",
        "click this link",
        "this page",
        "go",
        "see here",
        "read this",
        "more info",
        "more information",
        "details",
    }
)
_BARE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_LOCAL = re.compile(r"^http://(?:localhost|127\.0\.0\.1|\[::1\])(?:[:/]|$)", re.I)


_ADDRESS_WORD = re.compile(r"[a-z0-9]+")


def _names_its_address(text: str, url: str) -> bool:
    """True for a capitalised name that the address spells out ('[Go](https://github.com/golang)':
    the Go language, not 'go'): the text says where the link goes."""
    if not text[:1].isupper():
        return False
    word = text.casefold()
    host, _, path = url.lower().partition("://")[2].partition("/")
    # In the host any word starting so ('go.dev', 'golang.org'); in the path a longer one
    # only ('/golang', not '/more' or '/details', which say nothing more than the text).
    return any(part.startswith(word) for part in _ADDRESS_WORD.findall(host)) or any(
        part.startswith(word) and part != word for part in _ADDRESS_WORD.findall(path)
    )


# A footnote or numbered reference, `[^1]: ...`, `\[1\]: ...`, `[1] ...`: its address is the
# reference itself, as in a printed bibliography.
_NOTE_LINE = re.compile(r"[ \t>]*(?:\\\[\d{1,3}\\\]|\[\^[\w-]{1,20}\]|\[\d{1,3}\]):?[ \t]")


def _a_note(page: Page, line: int) -> bool:
    """Whether file line `line` of the page is a footnote or numbered reference."""
    lines = page.cache.get("body_lines")
    if lines is None:
        lines = page.cache["body_lines"] = page.body.split("\n")
    i = line - page.body_start_line
    return 0 <= i < len(lines) and _NOTE_LINE.match(lines[i]) is not None


MAX_PER_CODE = 3  # per page: a table of twenty 'details' links needs one word, not twenty


def _may_have_links(page: Page) -> bool:
    body = page.body
    # "<" first: one character is found in one fast pass, "<a" takes several times as long.
    return (
        "](" in body
        or "]:" in body  # a reference-style link's definition
        or ("<" in body and ("<a" in body or "<A" in body))
    )


def check_link_text(page: Page, ctx: Context) -> Iterable[Problem]:
    unclear: list[tuple[int, str]] = []
    insecure: list[tuple[int, str]] = []
    quoted: set[int] | None = None
    for link in page_links(page):
        text = link.text.strip().strip(".:!").strip()
        folded = text.casefold()
        # ('Click here to read the report': the words that matter come after, unlinked in
        # the reader's list of links, which reads 'click here to ...' for each)
        unclear_text = folded in UNCLEAR or folded.startswith(("click here ", "click here,"))
        if (unclear_text or _BARE.match(text)) and quoted is None:
            quoted = page_quoted_lines(page)  # quoted words (an embedded post's) are not ours
        if quoted and link.line in quoted:
            unclear_text = False
        elif unclear_text and not _names_its_address(text, link.url):
            unclear.append(
                (
                    link.line,
                    f"The link text '{link.written or link.text}' does not say where it goes, "
                    "which matters to "
                    "people using screen readers or skimming. Use words that name the page, "
                    "for example 'our annual report'.",
                )
            )
        elif (
            not unclear_text
            and _BARE.match(text)
            and not _LOCAL.match(text)
            and not _a_note(page, link.line)
        ):
            # (a local address, http://localhost:4000, is one the reader opens on their own
            # computer: the address is what they need to see)
            unclear.append(
                (
                    link.line,
                    f"The link text '{shown(link.written or text)}' is a bare web address. Use "
                    "words that say "
                    "where it goes.",
                )
            )
        if link.url.lower().startswith("http://") and not _LOCAL.match(link.url):
            insecure.append(
                (
                    link.line,
                    f"'{shown(link.url)}' starts with http://, which browsers mark as not secure. "
                    "Check whether that site opens with https:// and, if it does, use that.",
                )
            )
    yield from _the_first_few(page, "link-text-unclear", unclear)
    yield from _the_first_few(page, "link-insecure", insecure)


def _the_first_few(page: Page, code: str, found: list[tuple[int, str]]) -> Iterable[Problem]:
    """The first `MAX_PER_CODE` of a page's links found, the last saying how many more."""
    shown = found[:MAX_PER_CODE]
    more = len(found) - len(shown)
    for i, (line, message) in enumerate(shown):
        if more and i == len(shown) - 1:
            message += (
                f" ({more} more link{'s' if more > 1 else ''} on this page "
                f"{'are' if more > 1 else 'is'} like this one.)"
            )
        yield make_problem(page, line, None, code, message)


register(
    Rule(
        "link-text",
        {"link-text-unclear": SUGGESTION, "link-insecure": SUGGESTION},
        check=check_link_text,
        wants=_may_have_links,
        kind="content",
    )
)
