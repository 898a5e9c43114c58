"""JSON and diff code split into tokens as Rouge's lexers split them.

Written after Rouge 3.30's `Rouge::Lexers::JSON` and `Rouge::Lexers::Diff` (MIT). JSON:
keys `nl`, strings `s2` with escapes `se` apart, spaces `w`, `true`/`null` `kc`, an
unquoted word an `err` per character run. Diff: whole lines `gi`/`gd`/`gh`, `@@ ... @@`
and `---` lines `p`, each taking its newline.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, rx

_JSON_STATES = {
    "whitespace": [(rx(r"\s+"), "w", ())],
    "root": [
        ("mixin", "whitespace", ()),
        (rx(r"{"), "p", ("object",)),
        (rx(r"\["), "p", ("array",)),
        ("mixin", "name", ()),
        ("mixin", "value", ()),
        (rx(r"[\]}]"), "p", ()),
    ],
    "object": [
        ("mixin", "whitespace", ()),
        ("mixin", "name", ()),
        ("mixin", "value", ()),
        (rx(r"}"), "p", ("#pop",)),
        (rx(r","), "p", ()),
    ],
    "name": [(rx(r'("(?:\\.|[^"\\\n])*?")(\s*)(:)'), ("nl", "w", "p"), ())],
    "value": [
        ("mixin", "whitespace", ()),
        ("mixin", "constants", ()),
        (rx(r'"'), "s2", ("string",)),
        (rx(r"\["), "p", ("array",)),
        (rx(r"{"), "p", ("object",)),
    ],
    "string": [
        (rx(r'[^\\"]+'), "s2", ()),
        (rx(r"\\."), "se", ()),
        (rx(r'"'), "s2", ("#pop",)),
    ],
    "array": [
        ("mixin", "value", ()),
        (rx(r"\]"), "p", ("#pop",)),
        (rx(r","), "p", ()),
    ],
    "constants": [
        (rx(r"(?:true|false|null)"), "kc", ()),
        (rx(r"-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?", re.I), "mf", ()),
        (rx(r"-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?", re.I), "mi", ()),
    ],
}

JSON = RougeLexer(_JSON_STATES)

_DIFF_STATES = {
    "root": [
        (rx(r"^ .*$\n?"), "", ()),
        (rx(r"^---$\n?"), "p", ()),
        (rx(r"^[+>]+.*$\n?"), "gi", ()),
        (rx(r"^\+.*$\n?"), "gi", ()),
        (rx(r"^[-<]+.*$\n?"), "gd", ()),
        (rx(r"^!.*$\n?"), "gs", ()),
        (rx(r"^([Ii]ndex|diff).*$\n?"), "gh", ()),
        (rx(r"^(@@[^@]*@@)([^\n]*\n)"), ("p", ""), ()),
        (rx(r"^\w.*$\n?"), "p", ()),
        (rx(r"^=.*$\n?"), "gh", ()),
        (rx(r"\s.*$\n?"), "", ()),
    ],
}

DIFF = RougeLexer(_DIFF_STATES)
DIFF_NAMES = frozenset({"diff", "patch", "udiff"})
