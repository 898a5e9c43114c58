"""Jinja/Django templates split into tokens as Rouge's Jinja lexer splits them.

Written after Rouge 3.30's `Rouge::Lexers::Jinja` (MIT): `{{`, `{%` and their ends `cp`,
names `nv`, keywords `k`, filters `nf`, `{# #}` comments, the HTML around lexed by one
ongoing HTML lexing.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

_KEYWORDS = frozenset(
    """as context do else extends from ignore missing import include reversed recursive scoped
    autoescape endautoescape block endblock call endcall filter endfilter for endfor if endif
    macro endmacro set endset trans endtrans with endwith without""".split()
)
_TESTS = frozenset(
    """callable defined divisibleby equalto escaped even iterable lower mapping none number
    odd sameas sequence string undefined upper""".split()
)
_PSEUDO = frozenset("true false none True False None".split())
_WORD_OPS = frozenset("is in and or not".split())


class _Parent:
    def __init__(self) -> None:
        from editor_app.core.markdown_ext.rouge_html import HTML

        self.html = HTML.session()


def _to_html(m: re.Match[str], p: _Parent) -> Runs:
    return p.html.feed(m[0])


def _raw_tag(m: re.Match[str], _p: _Parent) -> tuple[Runs, tuple[str, ...]]:
    runs = [("cp", m[1]), ("", m[2]), ("k", m[3]), ("", m[4]), ("cp", m[5])]
    return runs, ("raw",) if m[3] == "raw" else ("verbatim",)


def _statement_word(m: re.Match[str], _p: _Parent) -> Runs:
    word = m[0]
    if word in _KEYWORDS:
        return [("k", word)]
    if word in _PSEUDO:
        return [("kp", word)]
    if word in _WORD_OPS:
        return [("ow", word)]
    return [("nb" if word in _TESTS else "nv", word)]


_END_TAG = ("cp", "", "k", "", "cp")
_STATES = {
    "root": [
        (rx(r"{#"), "c", ("comment",)),
        (rx(r"##.*"), "c", ()),
        (rx(r"({%-?)(\s*)(raw|verbatim)(\s*)(-?%})"), _raw_tag, ()),
        (rx(r"\{%"), "cp", ("statement",)),
        (rx(r"\{\{"), "cp", ("expression",)),
        (rx(r"(.+?)(?=\\|{{|{%|{#|##)", re.S), _to_html, ()),
        (rx(r".+", re.S), _to_html, ()),
    ],
    "filter": [(rx(r"(\|\s*)(\w+)"), ("o", "nf"), ())],
    "function": [(rx(r"(\w+)(\()"), ("nf", "p"), ())],
    "text": [(rx(r"\s+"), "", ())],
    "literal": [
        (rx(r'"(\\.|.)*?"'), "s2", ()),
        (rx(r"'(\\.|.)*?'"), "s1", ()),
        (rx(r"\d+(?=}\s)"), "m", ()),
        (rx(r"(\+|-|\*|//?|\*\*?|=)"), "o", ()),
        (rx(r"(<=?|>=?|===?|!=)"), "o", ()),
        (rx(r","), "p", ()),
        (rx(r"\["), "p", ()),
        (rx(r"\]"), "p", ()),
        (rx(r"\("), "p", ()),
        (rx(r"\)"), "p", ()),
    ],
    "comment": [
        (rx(r"[^#]+"), "c", ()),
        (rx(r"#}"), "c", ("#pop",)),
        (rx(r"#"), "c", ()),
    ],
    "expression": [
        (rx(r"\w+\.?"), "nv", ()),
        ("mixin", "filter", ()),
        ("mixin", "function", ()),
        ("mixin", "literal", ()),
        ("mixin", "text", ()),
        (rx(r"%}|}}"), "cp", ("#pop",)),
    ],
    "statement": [
        (rx(r"(\w+\.?)"), _statement_word, ()),
        ("mixin", "filter", ()),
        ("mixin", "function", ()),
        ("mixin", "literal", ()),
        ("mixin", "text", ()),
        (rx(r"%\}"), "cp", ("#pop",)),
    ],
    "raw": [
        (rx(r"({%-?)(\s*)(endraw)(\s*)(-?%})"), _END_TAG, ("#pop",)),
        (rx(r"[^{]+"), "", ()),
        (rx(r"{"), "", ()),
    ],
    "verbatim": [
        (rx(r"({%-?)(\s*)(endverbatim)(\s*)(-?%})"), _END_TAG, ("#pop",)),
        (rx(r"[^{]+"), "", ()),
        (rx(r"{"), "", ()),
    ],
}

JINJA = RougeLexer(_STATES, context=_Parent)
JINJA_NAMES = frozenset({"jinja", "django"})
