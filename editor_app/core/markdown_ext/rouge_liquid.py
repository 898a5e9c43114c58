"""Liquid code split into tokens as Rouge's Liquid lexer splits it.

Written after Rouge 3.30's `Rouge::Lexers::Liquid` (MIT): `{{` `}}` `{%` `%}` are `p` and
the spaces inside tags `w`; tag names `nt` (`if`, `unless`, `case`, `when`, `else` `kr`),
variables `nv`, filters `nf`, strings `s1`/`s2`, numbers, `{% raw %}` and `{% comment %}`
bodies as text and comment. Jekyll sites show Liquid in their code blocks (in `{% raw %}`).
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

_A = re.A  # Ruby's \w, \s and \d are ASCII


def _quoted_class(text: str | None, default: str) -> str:
    if text and re.search(r"'[^']*'", text):
        return "s1"
    if text and re.search(r'"[^"]*"', text):
        return "s2"
    return default


def _cycle(m: re.Match[str]) -> Runs:
    return [
        ("nt", m[1]),
        ("w", m[2]),
        (_quoted_class(m[3], "na"), m[3] or ""),
        ("w", m[4] or ""),
        ("p", m[5] or ""),
        ("w", m[6]),
    ]


def _for(m: re.Match[str]) -> Runs:
    return [
        ("nt", m[1]),
        ("w", m[2]),
        ("nv", m[3]),
        ("w", m[4]),
        ("nt", m[5]),
        ("w", m[6]),
        (_quoted_class(m[7], "nv"), m[7]),
        ("w", m[8]),
    ]


_FILTER = r"(\|)(\s*)([a-zA-Z_][^\s}|:]*)"
_STATES = {
    "root": [
        (rx(r"[^{]+"), "", ()),
        (rx(r"(\{%-?)(\s*)", _A), ("p", "w"), ("tag_or_block",)),
        (rx(r"(\{\{-?)(\s*)", _A), ("p", "w"), ("output",)),
        (rx(r"\{"), "", ()),
    ],
    "tag_or_block": [
        (rx(r"(if|elsif|unless|case)\b", _A), "kr", ("condition",)),
        (rx(r"(when)\b", _A), "kr", ("when",)),
        (rx(r"(else)(\s*)(-?%\})", _A), ("kr", "w", "p"), ("#pop",)),
        (
            rx(r"(capture|(?:in|de)crement)(\s+)([^\s%]+)(\s*)(-?%\})", _A),
            ("nt", "w", "nv", "w", "p"),
            ("#pop",),
        ),
        (rx(r"(comment)(\s*)(-?%\})", _A), ("nt", "w", "p"), ("comment",)),
        (rx(r"(raw)(\s*)(-?%\})", _A), ("nt", "w", "p"), ("raw",)),
        (rx(r"(end(?:if|unless|case))(\s*)(-?%\})", _A), ("kr", "w", "p"), ("#pop",)),
        (rx(r"(end(?:[^\s%]+))(\s*)(-?%\})", _A), ("nt", "w", "p"), ("#pop",)),
        (rx(r"(assign|echo)\b", _A), "nt", ("assign",)),
        (rx(r"(include|render)\b", _A), "nt", ("include",)),
        (
            rx(r"(cycle)(\s+)(?:([^\s:]*)(\s*)(:))?(\s*)", _A),
            _cycle,
            ("variable_tag_markup",),
        ),
        (
            rx(
                r"(for|tablerow)(\s+)([\w-]+)(\s+)(in)(\s+)"
                r"((?:[^\s%,|'\"]|(?:\"[^\"]*\"|'[^']*'))+)(\s*)",
                _A,
            ),
            _for,
            ("tag_markup",),
        ),
        (rx(r"([^\s%]+)(\s*)", _A), ("nt", "w"), ("tag_markup",)),
    ],
    "output": [
        (rx(_FILTER, _A), ("p", "w", "nf"), ("filters",)),
        ("mixin", "end_of_tag", ()),
        ("mixin", "generic", ()),
    ],
    "filters": [
        (rx(r"(\|)(\s*)([a-zA-Z_][^\s%}|:]*)", _A), ("p", "w", "nf"), ()),
        ("mixin", "end_of_tag", ()),
        ("mixin", "end_of_block", ()),
        ("mixin", "variable_param_markup", ()),
    ],
    "condition": [
        (rx(r"([=!]=|[<>]=?)"), "o", ()),
        (rx(r"(and|or|contains)\b", _A), "ow", ()),
        ("mixin", "end_of_block", ()),
        ("mixin", "generic", ()),
    ],
    "when": [("mixin", "end_of_block", ()), ("mixin", "generic", ())],
    "end_of_tag": [(rx(r"-?\}\}"), "p", ("#reset",))],
    "end_of_block": [(rx(r"-?%\}"), "p", ("#reset",))],
    "param_markup": [
        ("mixin", "whitespace", ()),
        ("mixin", "keyword", ()),
        ("mixin", "string", ()),
        ("mixin", "number", ()),
        (rx(r"([^\s=:]+)(\s*)(=|:)", _A), ("na", "w", "o"), ()),
        (rx(r"[,:]"), "p", ()),
    ],
    "default_param_markup": [("mixin", "param_markup", ()), (rx(r"\S+", _A), "", ())],
    "variable_param_markup": [
        ("mixin", "param_markup", ()),
        ("mixin", "variable", ()),
        (rx(r"\S+", _A), "", ()),
    ],
    "tag_markup": [
        (rx(r"(reversed)\b", _A), "na", ()),
        ("mixin", "end_of_block", ()),
        ("mixin", "default_param_markup", ()),
    ],
    "variable_tag_markup": [
        ("mixin", "end_of_block", ()),
        ("mixin", "variable_param_markup", ()),
    ],
    "keyword": [(rx(r"(false|true|nil)\b", _A), "kc", ())],
    "variable": [
        (rx(r"(empty|blank|forloop\.[^\s%}|:]+)\b", _A), "nb", ()),
        (rx(r"\.(?=\w)|\[|\]", _A), "p", ()),
        (rx(r"(first|last|size)\b", _A), "nf", ()),
        (rx(r"[a-zA-Z_][\w-]*\??", _A), "nv", ()),
    ],
    "string": [(rx(r"'[^']*'"), "s1", ()), (rx(r'"[^"]*"'), "s2", ())],
    "number": [
        (rx(r"-"), "o", ()),
        (rx(r"\d+\.\d+", _A), "mf", ()),
        (rx(r"\d+", _A), "mi", ()),
    ],
    "generic": [
        ("mixin", "whitespace", ()),
        ("mixin", "keyword", ()),
        ("mixin", "string", ()),
        ("mixin", "number", ()),
        ("mixin", "variable", ()),
    ],
    "whitespace": [(rx(r"[ \t]+"), "w", ())],
    "comment": [
        (rx(r"[^{]+"), "c", ()),
        (
            rx(r"(\{%-?)(\s*)(endcomment)(\s*)(-?%\})", _A),
            ("p", "w", "nt", "w", "p"),
            ("#reset",),
        ),
        (rx(r"\{"), "c", ()),
    ],
    "raw": [
        (rx(r"[^{]+"), "", ()),
        (rx(r"(\{%-?)(\s*)(endraw)(\s*)(-?%\})", _A), ("p", "w", "nt", "w", "p"), ("#reset",)),
        (rx(r"\{"), "", ()),
    ],
    "assign": [
        (rx(r"="), "o", ()),
        (rx(r"(\|)(\s*)([a-zA-Z_][^\s%|:]*)", _A), ("p", "w", "nf"), ("filters",)),
        ("mixin", "end_of_block", ()),
        ("mixin", "generic", ()),
    ],
    "include": [
        (rx(r"(\{\{-?)(\s*)", _A), ("p", "w"), ("output_embed",)),
        (rx(r"(with|for)\b", _A), "nt", ()),
        (rx(r"[/\w-]+(\.[\w-]+)+\b", _A), "", ()),
        ("mixin", "variable_tag_markup", ()),
    ],
    "output_embed": [
        (rx(_FILTER, _A), ("p", "w", "nf"), ()),
        (rx(r"-?\}\}"), "p", ("#pop",)),
        ("mixin", "variable_param_markup", ()),
    ],
}

LIQUID = RougeLexer(_STATES)
LIQUID_NAMES = frozenset({"liquid"})
