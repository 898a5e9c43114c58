"""Goldmark's typographer: `--` `---` `...` `<<` `>>` and curly quotes, as Goldmark decides them.

Goldmark works on the source text: a quote opens or closes by the delimiter rules of
emphasis (left- and right-flanking, judged from the characters just before and after it in
the source, so `*"a"*` sees the `*`), with its own cases for apostrophes (`it's`, `'90s`,
`'tis`). Here the same rules run over markdown-it's text tokens; the character next to a
token's edge comes from the neighbouring token's markup. Output is Goldmark's: named
entities (`&ldquo;`), printed as written.
"""

from __future__ import annotations

import string
import unicodedata

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

_ASCII_PUNCT = frozenset(string.punctuation)
_DASHES = {"---": "mdash", "--": "ndash", "...": "hellip", "<<": "laquo", ">>": "raquo"}
# Hugo's `[markup.goldmark.extensions.typographer]` names for each substitution.
CONFIG_NAMES = {
    "leftsinglequote": "lsquo",
    "rightsinglequote": "rsquo",
    "leftdoublequote": "ldquo",
    "rightdoublequote": "rdquo",
    "endash": "ndash",
    "emdash": "mdash",
    "ellipsis": "hellip",
    "leftanglequote": "laquo",
    "rightanglequote": "raquo",
    "apostrophe": "apostrophe",
}
DEFAULT_SUBSTITUTIONS = {name: f"&{name};" for name in CONFIG_NAMES.values()} | {
    "apostrophe": "&rsquo;"
}
_TRIGGERS = frozenset("'\"-.<>")
_MARKS = frozenset(f"{tag}_{side}" for tag in ("em", "strong", "s") for side in ("open", "close"))


def _is_punct(ch: str) -> bool:
    return ch in _ASCII_PUNCT or unicodedata.category(ch).startswith("P")


def _is_unicode_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def _is_space(ch: str) -> bool:
    return ch.isspace()


def _flanking(before: str, after: str) -> tuple[bool, bool]:
    """(can open, can close) of a quote between `before` and `after` (Goldmark's delimiters)."""
    before_punct, before_space = _is_punct(before), _is_space(before)
    after_punct, after_space = _is_punct(after), _is_space(after)
    left = not after_space and (not after_punct or before_space or before_punct)
    right = not before_space and (not before_punct or after_space or after_punct)
    return left, right


def _edge_before(token: Token | None, url_text: str = "") -> str:
    """The source character just before the text that follows `token`."""
    if token is None or token.type in ("softbreak", "hardbreak"):
        return "\n"
    if token.type == "link_close" and token.markup == "linkify":
        return url_text[-1:] or "a"  # a bare URL ends with its own last character
    if token.type == "text_special":
        return token.markup[-1:] or token.content[-1:] or " "
    if token.type in ("link_close", "image"):
        return ")"
    if token.type == "code_inline":
        return "`"
    if token.type == "html_inline":
        return ">"
    if token.type == "text":
        return token.content[-1:] or " "
    return token.markup[-1:] or " "


def _edge_after(token: Token | None) -> str:
    """The source character just after the text that precedes `token`.

    A line's own end is "\n" (Goldmark's line holds it), the paragraph's end is "".
    """
    if token is None:
        return ""
    if token.type in ("softbreak", "hardbreak"):
        return "\n"
    if token.type == "text_special":
        return "\\" if token.info == "escape" else "&"
    if token.type == "link_open":
        if token.markup == "autolink":
            return "<"
        if token.markup == "linkify":
            return "h"  # a bare URL or address starts with a letter or digit
        return "["
    if token.type == "image":
        return "!"
    if token.type == "code_inline":
        return "`"
    if token.type == "html_inline":
        return "<"
    if token.type == "text":
        return token.content[:1] or " "
    return token.markup[:1] or " "


def _quote(
    text: str, i: int, before: str, after_edge: str, open_quotes: dict[str, int]
) -> str | None:
    """The substitution for the quote at text[i] (`lsquo`, `apostrophe`...), or None when
    Goldmark leaves it as it is.

    `after_edge` is the source character after the token ("" at the end of the paragraph);
    `open_quotes` counts the quotes opened so far in the page: a closing quote with none
    open stays straight, as in Goldmark.
    """
    c = text[i]
    j = i
    while j < len(text) and text[j] == c:
        j += 1
    after = text[j] if j < len(text) else (after_edge[:1] or " ")
    can_open, can_close = _flanking(before, after)
    # The rest of the source line as far as it matters: after another element on the same
    # line (code, a link, an escape) the line goes on; "\0" stands for what follows it.
    rest = text[i:] + after_edge + ("\0" if after_edge not in ("", "\n") else "")
    if c == "'":
        # '90s
        if (
            can_open
            and not can_close
            and len(rest) > 3
            and rest[1:3].isdigit()
            and rest[3] == "s"
            and (len(rest) == 4 or _is_space(rest[4]) or _is_punct(rest[4]))
        ):
            return "apostrophe"
        # 'twas, 'em, 'net, 'll
        # (Go's unicode.IsPunct: `>` or `$` before it are symbols, so `</a>'nun` opens)
        if len(rest) > 1 and (_is_unicode_punct(before) or _is_space(before)) and rest[1] in "tenl":
            return "apostrophe"
        # between two letters or a digit and a letter: it's, 90's
        if len(rest) > 1 and (before.isdigit() or before.isalpha()) and rest[1].isalpha():
            return "apostrophe"
        if can_open and not can_close:
            if rest[1:2] in ("s", "m", "t", "d") and (
                len(rest) < 3 or rest[2] in _ASCII_PUNCT or rest[2].isspace()
            ):
                return "rsquo"
            if rest[1:3] in ("ve", "ll", "re") and (
                len(rest) < 4 or rest[3] in _ASCII_PUNCT or rest[3].isspace()
            ):
                return "rsquo"
            open_quotes[c] = open_quotes.get(c, 0) + 1
            return "lsquo"
        # Smiths', doin' and a quote before punctuation or a space
        if len(rest) > 2 and (_is_space(rest[1]) or _is_punct(rest[1])):
            return "apostrophe"
        if can_close and open_quotes.get(c, 0) > 0 and (not can_open or _is_punct(before)):
            open_quotes[c] -= 1
            return "rsquo"
        return None
    if can_open and not can_close:
        open_quotes[c] = open_quotes.get(c, 0) + 1
        return "ldquo"
    if can_close and open_quotes.get(c, 0) > 0 and (not can_open or _closes(before, rest)):
        open_quotes[c] -= 1
        return "rdquo"
    return None


def _closes(before: str, rest: str) -> bool:
    """Whether a `"` that could open or close, with a quote open, closes: after punctuation,
    when the second byte after it in the source line (Goldmark looks at `line[2]`) is a
    space or ASCII punctuation, or the line ends there (`"a."* b`, `"a.".` but `"a."*b`)."""
    if not _is_punct(before):
        return False
    if len(rest) > 1 and not rest[1].isascii():
        return False  # line[2] is inside that character's bytes
    return len(rest) <= 2 or rest[2] in _ASCII_PUNCT or rest[2] in " \t\n"


def _substitute(
    text: str, before_edge: str, after_edge: str, open_quotes: dict[str, int]
) -> list[tuple[str, bool]]:
    """Pieces of `text`: (plain text, False) and (entity, True)."""
    pieces: list[tuple[str, bool]] = []
    start = i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c not in _TRIGGERS:
            i += 1
            continue
        entity, width = None, 1
        if c == "-" and text.startswith("---", i):
            entity, width = _DASHES["---"], 3
        elif c == "." and text.startswith("...", i):
            entity, width = _DASHES["..."], 3
        elif c in "<>-" and i + 1 < n and text[i + 1] == c:
            entity, width = _DASHES[c * 2], 2
        elif c in "'\"":
            before = text[i - 1] if i else before_edge
            entity = _quote(text, i, before, after_edge, open_quotes)
        if entity is None:
            i += 1
            continue
        if start < i:
            pieces.append((text[start:i], False))
        pieces.append((entity, True))
        i += width
        start = i
    if start < n:
        pieces.append((text[start:], False))
    return pieces


def _typographer(state: StateCore, substitutions: dict[str, str]) -> None:
    # Quotes still open in the parts of the page before this one, when rendered in parts.
    open_quotes: dict[str, int] = state.env.setdefault("open_quotes", {})
    for block in state.tokens:
        if block.type == "inline" and block.children:
            block.children = _substitute_children(block.children, open_quotes, substitutions)


def _substitute_children(
    children: list[Token], open_quotes: dict[str, int], substitutions: dict[str, str]
) -> list[Token]:
    out: list[Token] = []
    in_url = False  # the text of a bare URL is printed as written
    for k, token in enumerate(children):
        if token.type == "image" and token.children:
            # Goldmark's typographer works inside an image's description too (its alt).
            token.children = _substitute_children(token.children, open_quotes, substitutions)
        if token.type in ("link_open", "link_close") and token.markup in (
            "linkify",
            "autolink",
        ):
            in_url = token.type == "link_open"
        if token.type != "text" or in_url or not (_TRIGGERS & set(token.content)):
            out.append(token)
            continue
        previous = children[k - 1] if k else None
        url_text = children[k - 2].content if k >= 2 else ""
        before = _edge_before(previous, url_text)
        after = _edge_after(children[k + 1] if k + 1 < len(children) else None)
        if k + 1 < len(children) and children[k + 1].type in _MARKS:
            # `*`, `**`, `~~` and what follows them: Goldmark's line goes on.
            following = children[k + 2] if k + 2 < len(children) else None
            after = children[k + 1].markup + (_edge_after(following)[:1] or "\n")
        pieces = _substitute(token.content, before, after, open_quotes)
        if len(pieces) == 1 and not pieces[0][1]:
            out.append(token)
            continue
        for text, is_entity in pieces:
            piece = Token("typographic" if is_entity else "text", "", 0)
            piece.content = substitutions[text] if is_entity else text
            out.append(piece)
    return out


def _angle_quotes(state: StateInline, silent: bool) -> bool:
    if not state.src.startswith("<<", state.pos):
        return False
    if not silent:
        state.pending += "<<"
    state.pos += 2
    return True


def typographer_plugin(md: MarkdownIt, substitutions: dict[str, str] | None = None) -> None:
    """Turn on Goldmark's typographer (before escapes and entities are joined into text);
    `substitutions` replaces some of what it prints (`{"ldquo": "&laquo;"}`)."""
    table = DEFAULT_SUBSTITUTIONS | (substitutions or {})
    # Goldmark's typographer takes `<<` as one mark before its HTML parser looks further,
    # so `<<x>>` is `«x»`, never the tag `<x>` (markdown-it tried `<x>` from the second `<`).
    md.inline.ruler.before("html_inline", "goldmark_angle_quotes", _angle_quotes)
    md.core.ruler.before(
        "text_join", "goldmark_typographer", lambda state: _typographer(state, table)
    )
    md.add_render_rule("typographic", lambda self, tokens, idx, options, env: tokens[idx].content)
