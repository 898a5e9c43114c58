"""Links that say where they go: `link-text-unclear` ("click here", a bare address as the
text) and `link-insecure` (an `http://` address)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from editor_app.core.checks.content_text import page_links
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


def check_link_text(page: Page, ctx: Context) -> Iterable[Problem]:
    for link in page_links(page):
        text = link.text.strip().strip(".:!").strip()
        if text.casefold() in UNCLEAR:
            yield make_problem(
                page,
                link.line,
                None,
                "link-text-unclear",
                f"The link text '{link.text}' does not say where it goes, which matters to "
                "people using screen readers or skimming. Use words that name the page, for "
                "example 'our annual report'.",
            )
        elif _BARE.match(text):
            yield make_problem(
                page,
                link.line,
                None,
                "link-text-unclear",
                "The link text is a bare web address. Use words that say where it goes.",
            )
        if link.url.lower().startswith("http://") and not _LOCAL.match(link.url):
            yield make_problem(
                page,
                link.line,
                None,
                "link-insecure",
                f"'{link.url[:60]}' starts with http://, which browsers mark as not secure. "
                "Check whether the site works with https:// and use that.",
            )


register(
    Rule(
        "link-text",
        {"link-text-unclear": SUGGESTION, "link-insecure": SUGGESTION},
        check=check_link_text,
        wants=lambda page: "](" in page.body or "<a" in page.body or "<A" in page.body,
        kind="content",
    )
)
