"""Goldmark's linkify: bare `https://...`, `www....` and e-mail addresses become links.

Goldmark's own patterns: a URL runs on through `'`, `"`, brackets and the like; when it ends
with `)` it loses as many characters as it has unmatched `)`; then it loses trailing
`?!.,:*_~`; it starts a line or follows a space, `*`, `_`, `~`, `(` or a quote.
`www.` links get `https://`, addresses `mailto:`. Runs before the typographer, as in
Goldmark, so a quote a URL swallowed stays straight.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdurl import encode

_TAIL = r"""(?:[/#?][-a-zA-Z0-9@:%_+.~#$!?&/=();,'">^{}\[\]`]*)?"""
_URL = re.compile(
    r"(?:(?:https?|ftp)://[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?::\d+)?"
    r"|www\.[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+)" + _TAIL
)
# Goldmark's address: a local part as in an e-mail autolink (starting with a letter or digit),
# a domain with a dot (`v0.0.21`).
_LOCAL = r"[a-zA-Z0-9][a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]*"
_EMAIL = re.compile(
    _LOCAL + r"@[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)+"
)
_STARTS = re.compile(r"(?:(?<=^)|(?<=[\s*_~('\"]))(?=[hfw]|" + _LOCAL + "@)")
# With the typographer, a URL may start right after the marks it takes (`--`, `...`, `<<`,
# `>>`): Goldmark tries its link finder at the place after each mark it has read.
_STARTS_TYPOGRAPHER = re.compile(
    r"(?:(?<=^)|(?<=[\s*_~('\"])|(?<=--)|(?<=\.\.\.)|(?<=<<)|(?<=>>))(?=[hfw]|" + _LOCAL + "@)"
)
_TRAILING = "?!.,:*_~"


def _match_at(text: str, i: int) -> tuple[int, str] | None:
    """(end, href) of a link starting at text[i], or None."""
    m = _URL.match(text, i)
    if m:
        end = m.end()
        if text[end - 1] == ")":
            # Goldmark drops as many characters as there are unmatched `)` in the URL:
            # `(https://a.org/)` links `https://a.org/`, `x_(y)` keeps its own.
            closing = m.group().count(")") - m.group().count("(")
            end -= max(closing, 0)
        while end > i and text[end - 1] in _TRAILING:
            end -= 1
        url = text[i:end]
        return end, ("https://" + url if url.startswith("www.") else url)
    m = _EMAIL.match(text, i)
    if m:
        end = m.end()
        if text[end : end + 1] in ("-", "_"):
            return None
        return end, "mailto:" + text[i:end]
    return None


def _brackets_after(text: str, open_brackets: int) -> int:
    """How many `[` are still open after `text`."""
    for ch in text:
        if ch == "[":
            open_brackets += 1
        elif ch == "]" and open_brackets:
            open_brackets -= 1
    return open_brackets


def _link_tokens(url_text: str, href: str) -> list[Token]:
    opener = Token("link_open", "a", 1)
    opener.attrSet("href", encode(href))  # Goldmark's URL escaping: `"` is `%22`
    opener.markup, opener.info = "linkify", "auto"
    text = Token("text", "", 0)
    text.content = url_text
    closer = Token("link_close", "a", -1)
    closer.markup, closer.info = "linkify", "auto"
    return [opener, text, closer]


def _linkify(state: StateCore, starts: re.Pattern[str] = _STARTS) -> None:
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        out: list[Token] = []
        depth = 0  # inside a link already: no links in links
        # `[` not yet closed by a `]`: Goldmark links nothing inside a possible link label
        brackets = 0
        for token in block.children:
            if token.type == "link_open":
                depth += 1
            elif token.type == "link_close":
                depth -= 1
            text = token.content
            if (
                token.type != "text"
                or depth
                or not ("." in text and ("@" in text or ":" in text or "www" in text))
            ):
                if token.type == "text":
                    brackets = _brackets_after(text, brackets)
                out.append(token)
                continue
            start = counted = 0
            for m in starts.finditer(text):
                i = m.start()
                if i < start:
                    continue
                brackets, counted = _brackets_after(text[counted:i], brackets), i
                if brackets:
                    continue
                found = _match_at(text, i)
                if found is None:
                    continue
                end, href = found
                if start < i:
                    piece = Token("text", "", 0)
                    piece.content = text[start:i]
                    out.append(piece)
                out.extend(_link_tokens(text[i:end], href))
                start = counted = end
            brackets = _brackets_after(text[counted:], brackets)
            if start == 0:
                out.append(token)
            elif start < len(text):
                piece = Token("text", "", 0)
                piece.content = text[start:]
                out.append(piece)
        block.children = out


def linkify_plugin(md: MarkdownIt, typographer: bool = False) -> None:
    """Bare URLs and addresses as links, the way Goldmark finds them (`typographer`: the
    site's typographer is on, so a URL may follow its marks)."""
    starts = _STARTS_TYPOGRAPHER if typographer else _STARTS
    md.core.ruler.before("text_join", "goldmark_linkify", lambda state: _linkify(state, starts))
