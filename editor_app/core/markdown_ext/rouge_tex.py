"""TeX/LaTeX and BibTeX code split into tokens as Rouge's lexers split them.

Written after Rouge 3.30's `TeX` and `BibTeX` lexers (MIT). TeX: `\\command` `k` with its
`[options]` `na`, `\\begin{x}` `nt`, math between `$`, `\\(`, `\\[` with commands `nv`
and names `nb`. BibTeX: `@article` `nc`, the key `nl`, fields `na` and their values `s`.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

# -- TeX ---------------------------------------------------------------------------------------

_COMMAND = r"\\([a-z]+|\s+|.)"
_TEX_STATES = {
    "general": [(rx(r"%.*$"), "c", ()), (rx(r"[{}&_^]"), "p", ())],
    "root": [
        (rx(r"\\\["), "p", ("displaymath",)),
        (rx(r"\\\("), "p", ("inlinemath",)),
        (rx(r"\$\$"), "p", ("displaymath",)),
        (rx(r"\$"), "p", ("inlinemath",)),
        (rx(r"\\(begin|end)\{.*?\}"), "nt", ()),
        (rx(r"(\\verb)\b(\S)(.*?)(\2)"), ("nb", "kp", "sx", "kp"), ()),
        (rx(_COMMAND, re.I), "k", ("command",)),
        ("mixin", "general", ()),
        (rx(r"[^\\$%&_^{}]+"), "", ()),
    ],
    "math": [
        (rx(_COMMAND, re.I), "nv", ()),
        ("mixin", "general", ()),
        (rx(r"[0-9]+"), "m", ()),
        (rx(r"[-=!+*/()\[\]]"), "o", ()),
        (rx(r"[^=!+*/()\[\]\\$%&_^{}0-9-]+"), "nb", ()),
    ],
    "inlinemath": [
        (rx(r"\\\)"), "p", ("#pop",)),
        (rx(r"\$"), "p", ("#pop",)),
        ("mixin", "math", ()),
    ],
    "displaymath": [
        (rx(r"\\\]"), "p", ("#pop",)),
        (rx(r"\$\$"), "p", ("#pop",)),
        (rx(r"\$"), "nb", ()),
        ("mixin", "math", ()),
    ],
    "command": [
        (rx(r"\[.*?\]"), "na", ()),
        (rx(r"\*"), "k", ()),
        (rx(r""), "", ("#pop",)),
    ],
}

TEX = RougeLexer(_TEX_STATES)
TEX_NAMES = frozenset({"tex", "TeX", "LaTeX", "latex"})

# -- BibTeX ------------------------------------------------------------------------------------

_PUNCT = re.escape("@!$&.\\:;<>?[]^`|~*/+-")
_VALID_NAME = rf"[a-z_{_PUNCT}][\w{_PUNCT}]*"


def _entry(m: re.Match[str]) -> tuple[Runs, tuple[str, ...]]:
    kind = m[1].lower()
    if kind == "comment":
        return [("c", m[0])], ()
    if kind == "preamble":
        return [("nc", m[0])], ("closing_brace", "value", "opening_brace")
    if kind == "string":
        return [("nc", m[0])], ("closing_brace", "field", "opening_brace")
    return [("nc", m[0])], ("closing_brace", "command_body", "opening_brace")


_BIB_STATES = {
    "root": [
        ("mixin", "whitespace", ()),
        (rx(rf"@({_VALID_NAME})", re.I), _entry, ()),
        (rx(r".+"), "c", ()),
    ],
    "opening_brace": [("mixin", "whitespace", ()), (rx(r"[{(]"), "p", ("#pop",))],
    "closing_brace": [("mixin", "whitespace", ()), (rx(r"[})]"), "p", ("#pop",))],
    "command_body": [
        ("mixin", "whitespace", ()),
        (rx(r"[^\s,}]+"), "nl", ("goto:fields",)),
    ],
    "fields": [
        ("mixin", "whitespace", ()),
        (rx(r","), "p", ("field",)),
        (rx(r""), "", ("#pop",)),
    ],
    "field": [
        ("mixin", "whitespace", ()),
        (rx(_VALID_NAME, re.I), "na", ("value", "equal_sign")),
        (rx(r""), "", ("#pop",)),
    ],
    "equal_sign": [("mixin", "whitespace", ()), (rx(r"="), "p", ("#pop",))],
    "value": [
        ("mixin", "whitespace", ()),
        (rx(_VALID_NAME, re.I), "nv", ()),
        (rx(r'"'), "s", ("quoted_string",)),
        (rx(r"\{"), "s", ("braced_string",)),
        (rx(r"\d+"), "m", ()),
        (rx(r"#"), "p", ()),
        (rx(r""), "", ("#pop",)),
    ],
    "quoted_string": [
        (rx(r"\{"), "s", ("braced_string",)),
        (rx(r'"'), "s", ("#pop",)),
        (rx(r'[^{"]+'), "s", ()),
    ],
    "braced_string": [
        (rx(r"\{"), "s", ("braced_string",)),
        (rx(r"\}"), "s", ("#pop",)),
        (rx(r"[^{}]+"), "s", ()),
    ],
    "whitespace": [(rx(r"\s+"), "", ())],
}

BIBTEX = RougeLexer(_BIB_STATES)
BIBTEX_NAMES = frozenset({"bibtex", "bib"})
