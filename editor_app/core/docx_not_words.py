"""What a review pack leaves out of a page: parts of its HTML that are no words of it (its
own style sheet and script, a template's inert copy, what shows only without JavaScript).

One rule for both packs: `pack_pages` takes them out of the page's HTML before the Word and
the PDF forms are written from it, so neither shows a style sheet's rules as a paragraph.
"""

from __future__ import annotations

from bs4 import BeautifulSoup

NOT_WORDS = ("style", "script", "template", "noscript")


def _names_any(html: str) -> bool:
    # Most pages hold none: not parsed then.
    lowered = html.lower()
    return any(f"<{name}" in lowered for name in NOT_WORDS)


def without_non_words(html: str) -> str:
    """`html` without its `NOT_WORDS` elements (and all inside them); as it was when it has
    none, so a page without them is written as before."""
    if not _names_any(html):
        return html
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(list(NOT_WORDS)):
        tag.decompose()
    return str(soup)


def _flat(text: str) -> str:
    # No white space at all: a pack's paragraph may have lost a line break between two rules.
    return "".join(text.split())


def own_code(body: str) -> list[str]:
    """The words of the `NOT_WORDS` elements a page's Markdown holds (its own style sheet,
    script...), without white space: a pack made before they were left out showed them
    as a paragraph of text."""
    if not _names_any(body):
        return []
    tags = BeautifulSoup(body, "html.parser").find_all(list(NOT_WORDS))
    return [code for tag in tags if (code := _flat(tag.get_text()))]


def is_own_code(paragraph: str, code: list[str]) -> bool:
    """`paragraph` (a returned pack's words) is the page's own code (`own_code`), whole or a
    long part of it: no words of the page to take in."""
    words = _flat(paragraph)
    return bool(words) and any(words == c or (len(words) >= 20 and words in c) for c in code)
