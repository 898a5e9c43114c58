"""Smart quotes and typographic symbols exactly as kramdown chooses them.

kramdown decides a quote's direction from the raw Markdown around it (RubyPants rules), and
only sees the character before the quote when that character has not been taken by another
element (a link, emphasis, code, an earlier quote). So this works on the raw inline text of
each block, before Python-Markdown's inline patterns run, and skips code spans, HTML tags,
link targets and attribute lists, where kramdown leaves quotes alone.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

LSQUO, RSQUO, LDQUO, RDQUO = "\u2018", "\u2019", "\u201c", "\u201d"
NBSP = "\u00a0"

_PUNCT = r"""[!"#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]"""
_CLOSE = r"""[^ \\\t\r\n\[{(-]"""
_A = re.ASCII
# (pattern, substitutions): an int copies that group as text; a name makes a quote whose
# kind ("1"/"2": which group holds the quote character) decides single or double.
_RULES: list[tuple[re.Pattern[str], tuple]] = [
    (re.compile(r"""(["'])(?=[_*]{1,2}\S)""", _A), ("lquote1",)),
    # Ruby's `\w` and `\s` are ASCII but its `\b` is not (`"开` has one), hence no _A here.
    (re.compile(rf"""(["'])(?={_PUNCT}(?!\.\.)\B)"""), ("rquote1",)),
    (re.compile(r"""(\s?)"'(?=\w)""", _A), (1, LDQUO, LSQUO)),
    (re.compile(r"""(\s?)'"(?=\w)""", _A), (1, LSQUO, LDQUO)),
    (re.compile(r"""(\s?)'(?=\d\ds)""", _A), (1, RSQUO)),
    (re.compile(r"""(\s)(['"])(?=\w)""", _A), (1, "lquote2")),
    (re.compile(rf"""({_CLOSE})(['"])""", _A), (1, "rquote2")),
    (re.compile(r"""(["'])(?=[ \t\n\r\f\v]|s\b|$)""", re.M), ("rquote1",)),
    (re.compile(r"""(.?)'""", _A | re.S), (1, LSQUO)),
    (re.compile(r"""(.?)\"""", _A | re.S), (1, LDQUO)),
]
_QUOTE = {
    ("l", "'"): LSQUO,
    ("l", '"'): LDQUO,
    ("r", "'"): RSQUO,
    ("r", '"'): RDQUO,
}
_SYMBOLS = [
    ("---", "\u2014"),
    ("--", "\u2013"),
    ("...", "\u2026"),
    ("<< ", "\u00ab" + NBSP),
    ("<<", "\u00ab"),
    (">>", "\u00bb"),
]
# Things kramdown parses as their own elements: copied untouched, and the text after them
# starts a new run (the character before a quote is no longer visible).
_SKIP = re.compile(
    r"""
      \\[\\.*_+`<>()\[\]{}\#!:|"'$=\-~]       # escaped character
    | (?P<ticks>`+).*?(?<!`)(?P=ticks)(?!`)   # code span
    | <!--(?:(?!<!--).)*?-->                   # HTML comment (never past the next one)
    | <(?P<raw>code|kbd|samp|var|pre|script|style|textarea|option|math)\b[^>]*>
      (?:(?!<(?P=raw)\b).)*?</(?P=raw)\s*>     # raw HTML span (never past the next one)
    | </?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*?)?/?>  # HTML tag
    | <(?:https?|ftp|mailto):[^>\s]*>          # autolink
    | \{:[^}\n]*\}                             # attribute list
    | !\[[^\]\n]*\](?:\((?:[^()\n]|\([^()\n]*\))*\))?  # image (kramdown keeps its text as written)
    | \]\((?:[^()\n]|\([^()\n]*\))*\)  # link target (kramdown allows spaces)
    | \]\[[^\]]*\]                             # reference link label
    | &(?:\#\d+|\#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);  # entity
    | \x02[^\x03]*\x03                         # stashed content
    | \$\$(?:(?!\$\$).)*\$\$                     # math (kept as written)
    """,
    re.X | re.S,
)
_BOUNDARY = frozenset("[]*_~!")
# The characters a symbol or a `_SKIP` match can start with: elsewhere neither is looked for.
_SYMBOL_START = frozenset(key[0] for key, _ in _SYMBOLS)
_SKIP_START = frozenset("\\`<{!]&\x02$")
_INTERESTING = re.compile(r"""["'\\`<{\]&\x02\[*_~!>]|\.\.\.|--|\$\$""")


def smarten(text: str, quotes: dict[str, str] | None = None) -> str:
    """Raw inline Markdown with kramdown's smart quotes and typographic symbols applied.

    `quotes` maps the four curly quotes to what the site's `smart_quotes` option prints.
    """
    if not any(c in text for c in "\"'-.<>$"):
        return text
    out: list[str] = []
    i = 0
    run_start = 0  # where the current run of plain text began
    n = len(text)
    while i < n:
        m = _INTERESTING.search(text, i)
        if m is None:
            out.append(text[i:])
            break
        j = m.start()
        if j > i:
            out.append(text[i:j])
            i = j
        c = text[i]
        if c in "\"'":
            # kramdown starts matching at the character before the quote when it is still
            # plain text; the rule then emits that character again.
            start = i - 1 if i - 1 >= run_start else i
            if start < i:
                _drop_last_char(out)
            i, produced = _quote(text, start, i, quotes)
            out.append(produced)
            run_start = i
            continue
        symbol = _symbol_at(text, i) if c in _SYMBOL_START else None
        if symbol is not None:
            length, value = symbol
            if value.startswith(NBSP) and i - 1 >= run_start and text[i - 1] == " ":
                _drop_last_char(out)
            elif value.startswith(NBSP):
                value = "\u00bb"
            out.append(value)
            i += length
            run_start = i
            continue
        skip = _SKIP.match(text, i) if c in _SKIP_START else None
        if skip is not None:
            out.append(skip.group(0))
            i = run_start = skip.end()
            continue
        out.append(c)
        i += 1
        # A `!` is plain text to kramdown unless an image (`![`) starts there, so the quote
        # after `Bad!"` sees it and closes.
        if c in _BOUNDARY and (c != "!" or text.startswith("[", i)):
            run_start = i
    return "".join(out)


def _drop_last_char(out: list[str]) -> None:
    last = out[-1]
    if len(last) == 1:
        out.pop()
    else:
        out[-1] = last[:-1]


def _quote(
    text: str, start: int, at: int, quotes: dict[str, str] | None = None
) -> tuple[int, str]:
    """Apply the first rule matching at `start` (the quote is at `at`): (next index, text)."""
    for pattern, substs in _RULES:
        m = pattern.match(text, start)
        if m is None:
            continue
        parts = []
        for subst in substs:
            if isinstance(subst, int):
                parts.append(m.group(subst) or "")
            elif subst in (LSQUO, RSQUO, LDQUO, RDQUO):
                parts.append(quotes.get(subst, subst) if quotes else subst)
            else:
                quote = _QUOTE[(subst[0], m.group(int(subst[-1])))]
                parts.append(quotes.get(quote, quote) if quotes else quote)
        return m.end(), "".join(parts)
    return at + 1, text[start : at + 1]


def _symbol_at(text: str, i: int) -> tuple[int, str] | None:
    for key, value in _SYMBOLS:
        if text.startswith(key, i):
            if key[0] == "<" and _SKIP.match(text, i):
                return None
            if key == ">>":
                return 2, NBSP + "\u00bb"
            return len(key), value
    return None


class TypographyTreeprocessor(Treeprocessor):
    quotes: dict[str, str] | None = None

    """Applies `smarten` to the raw text of every block before inline parsing."""

    def run(self, root: etree.Element) -> None:
        for el in root.iter():
            if el.tag in ("pre", "code", "script", "style"):
                continue
            if el.text and not isinstance(el.text, AtomicString):
                el.text = smarten(el.text, self.quotes)


class TypographyExtension(Extension):
    """kramdown's smart quotes, dashes, ellipses and guillemets."""

    def __init__(self, quotes: dict[str, str] | None = None) -> None:
        super().__init__()
        self.quotes = quotes

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        processor = TypographyTreeprocessor(md)
        processor.quotes = self.quotes
        md.treeprocessors.register(processor, "kramdown_typography", 25)
