"""Open suggestions marked in the preview's HTML: old words struck through, new ones added.

The preview is rendered from the Markdown; this finds each suggestion's words in the text of
the rendered page (not inside tags) and marks them. Words the renderer changed (typographic
quotes, words split by emphasis) are left unmarked: the editor and the notes panel still
show those suggestions.
"""

from __future__ import annotations

import html
import re

from editor_app.core.review.suggestions import DELETE, INSERT, Suggestion

MARK_ATTRIBUTE = "data-review-suggestion"  # on every mark, so marked HTML is recognised
OLD_STYLE = "background-color:#ffd4d1; color:#7a0c05; text-decoration:line-through;"
NEW_STYLE = "background-color:#c9f0d1; color:#0a4d1c; text-decoration:underline;"

_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
_RAW_TEXT = ("script", "style", "title")  # their content is text, never tags
_SKIPPED = ("head", "code", "pre")  # code is shown as written: never marked


def _words_pattern(words: str) -> re.Pattern[str] | None:
    parts = [re.escape(html.escape(w, quote=False)) for w in words.split()]
    return re.compile(r"\s+".join(parts)) if parts else None


def _mark(s: Suggestion, old_html: str) -> str:
    old = f'<del {MARK_ATTRIBUTE}="{s.id}" style="{OLD_STYLE}">{old_html}</del>'
    if s.kind == DELETE:
        return old
    if s.kind == INSERT:
        added = f'<ins {MARK_ATTRIBUTE}="{s.id}" style="{NEW_STYLE}">'
        added += f"{html.escape(s.inserted, quote=False)}</ins>"
        return old_html + added if s.replacement.startswith(s.quote) else added + old_html
    new = html.escape(s.replacement, quote=False)
    return old + f'<ins {MARK_ATTRIBUTE}="{s.id}" style="{NEW_STYLE}">{new}</ins>'


def mark_suggestions_html(
    page_html: str, marks: list[tuple[int, int, Suggestion]], body: str
) -> str:
    """The preview HTML with each suggestion of `marks` ((start, end, suggestion) in `body`,
    as `open_body_marks` gives) marked where its words are in the rendered text.

    When the words appear several times, the same occurrence as in the body is marked.
    """
    if not marks or MARK_ATTRIBUTE in page_html:
        return page_html
    pieces = _TAG_OR_TEXT.split(page_html)
    for start, _end, s in marks:
        pattern = _words_pattern(s.quote)
        if pattern is None:
            continue
        # Which occurrence in the body: the same one is marked in the page.
        nth = len(re.findall(r"\s+".join(map(re.escape, s.quote.split())), body[:start]))
        _mark_nth(pieces, pattern, nth, s)
    return "".join(pieces)


def _mark_nth(pieces: list[str], pattern: re.Pattern[str], nth: int, s: Suggestion) -> None:
    """Mark the `nth` match (0-based) of `pattern` in the text pieces (odd pieces are tags)."""
    skipping: list[str] = []
    raw: str | None = None  # inside <script>, <style> or <title>: text, whatever it looks like
    seen = 0
    for i, piece in enumerate(pieces):
        if i % 2:  # a tag
            name = re.match(r"<\s*(/?)\s*([a-zA-Z0-9]+)", piece)
            if name is None:
                continue
            closing, tag = name.group(1) == "/", name.group(2).lower()
            if raw is not None:
                if closing and tag == raw:
                    raw = None
                continue
            if tag in _RAW_TEXT and not closing:
                raw = tag
            elif tag in _SKIPPED:
                if closing and tag in skipping:
                    skipping.remove(tag)
                elif not closing and not piece.rstrip().endswith("/>"):
                    skipping.append(tag)
            continue
        if raw is not None:
            continue
        if skipping or not piece.strip():
            continue
        for match in pattern.finditer(piece):
            if seen == nth:
                pieces[i] = piece[: match.start()] + _mark(s, match.group(0)) + piece[match.end() :]
                return
            seen += 1
