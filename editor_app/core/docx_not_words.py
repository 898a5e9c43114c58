"""What a review pack leaves out of a page: parts of its HTML that are no words of it (its
own style sheet and script, a template's inert copy, what shows only without JavaScript).

One rule for both packs: `pack_pages` takes them out of the page's HTML before the Word and
the PDF forms are written from it, so neither shows a style sheet's rules as a paragraph.
"""

from __future__ import annotations

from bs4 import BeautifulSoup

NOT_WORDS = ("style", "script", "template", "noscript")


def without_non_words(html: str) -> str:
    """`html` without its `NOT_WORDS` elements (and all inside them); as it was when it has
    none, so a page without them is written as before."""
    lowered = html.lower()
    if not any(f"<{name}" in lowered for name in NOT_WORDS):
        return html
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(list(NOT_WORDS)):
        tag.decompose()
    return str(soup)
