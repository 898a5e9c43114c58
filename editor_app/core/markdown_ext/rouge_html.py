"""HTML code split into tokens as Rouge's HTML lexer splits it.

Written after Rouge 3.30's `Rouge::Lexers::HTML` (MIT): `<p` and `>` are `nt` tokens of
their own, `class=` one `na` token, values `s`; the inside of `<script>` and `<style>`
is JavaScript and CSS, lexed by the ports of Rouge's lexers.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_css import CSS
from editor_app.core.markdown_ext.rouge_js import JAVASCRIPT
from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

# Rouge: [\p{L}:_-][\p{Word}\p{Cf}:.·-]*
_CF = "\u00ad\u200b-\u200f\u2060-\u2064\ufeff"
_NAME = rf"(?:[^\W\d]|[:_-])[\w{_CF}:.·-]*"


def _script(m: re.Match[str]) -> Runs:
    return JAVASCRIPT.runs(m.group(0))


def _style(m: re.Match[str]) -> Runs:
    return CSS.runs(m.group(0))


_STATES = {
    "root": [
        (rx(r"[^<&]+", re.S), "", ()),
        (rx(r"&\S*?;"), "ni", ()),
        (rx(r"<!DOCTYPE .*?>", re.I | re.S), "cp", ()),
        (rx(r"<!\[CDATA\[.*?\]\]>", re.S), "cp", ()),
        (rx(r"<!--"), "c", ("comment",)),
        (rx(r"<\?.*?\?>", re.S), "cp", ()),
        (rx(r"<\s*script\s*"), "nt", ("script_content", "tag")),
        (rx(r"<\s*style\s*"), "nt", ("style_content", "tag")),
        (rx(r"</"), "nt", ("tag_end",)),
        (rx(r"<"), "nt", ("tag_start",)),
    ],
    "tag_end": [
        ("mixin", "tag_end_end", ()),
        (rx(_NAME), "nt", ("goto:tag_end_end",)),
    ],
    "tag_end_end": [(rx(r"\s+"), "", ()), (rx(r">"), "nt", ("#pop",))],
    "tag_start": [
        (rx(r"\s+"), "", ()),
        (rx(_NAME), "nt", ("goto:tag",)),
        (rx(r""), "", ("goto:tag",)),
    ],
    "comment": [(rx(r"[^-]+"), "c", ()), (rx(r"-->"), "c", ("#pop",)), (rx(r"-"), "c", ())],
    "tag": [
        (rx(r"\s+"), "", ()),
        (rx(rf"(?:[^\W\d]|[:_\[\]()*.-])[\w{_CF}:.·\[\]()*-]*\s*=\s*"), "na", ("attr",)),
        (rx(rf"(?:[^\W\d]|[:_*#-])[\w{_CF}:.·*#-]*"), "na", ()),
        (rx(r"/?\s*>"), "nt", ("#pop",)),
    ],
    "attr": [
        (rx(r'"'), "s", ("goto:dq",)),
        (rx(r"'"), "s", ("goto:sq",)),
        (rx(r"[^\s>]+"), "s", ("#pop",)),
    ],
    "dq": [(rx(r'"'), "s", ("#pop",)), (rx(r'[^"]+'), "s", ())],
    "sq": [(rx(r"'"), "s", ("#pop",)), (rx(r"[^']+"), "s", ())],
    # Rouge hands each piece to one JavaScript (CSS) lexer that keeps its state: the
    # same as lexing the whole inside at once.
    "script_content": [
        (rx(r"<\s*/\s*script\s*>"), "nt", ("#pop",)),
        (rx(r"(?:(?!<\s*/\s*script\s*>).)+", re.S), _script, ()),
    ],
    "style_content": [
        (rx(r"<\s*/\s*style\s*>"), "nt", ("#pop",)),
        (rx(r"(?:(?!<\s*/\s*style\s*>).)+", re.S), _style, ()),
    ],
}

HTML = RougeLexer(_STATES)
