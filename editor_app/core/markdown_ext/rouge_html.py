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


class _Embedded:
    """One JavaScript and one CSS lexing per HTML text, as Rouge's HTML lexer keeps them."""

    def __init__(self) -> None:
        self.javascript = JAVASCRIPT.session()
        self.css = CSS.session()


def _script_start(m: re.Match[str], e: _Embedded) -> Runs:
    e.javascript.reset()
    return [("nt", m.group(0))]


def _style_start(m: re.Match[str], e: _Embedded) -> Runs:
    e.css.reset()
    return [("nt", m.group(0))]


def _script(m: re.Match[str], e: _Embedded) -> Runs:
    return e.javascript.feed(m.group(0))


def _style(m: re.Match[str], e: _Embedded) -> Runs:
    return e.css.feed(m.group(0))


_STATES = {
    "root": [
        (rx(r"[^<&]+", re.S), "", ()),
        (rx(r"&\S*?;"), "ni", ()),
        (rx(r"<!DOCTYPE .*?>", re.I | re.S), "cp", ()),
        (rx(r"<!\[CDATA\[.*?\]\]>", re.S), "cp", ()),
        (rx(r"<!--"), "c", ("comment",)),
        (rx(r"<\?.*?\?>", re.S), "cp", ()),
        (rx(r"<\s*script\s*"), _script_start, ("script_content", "tag")),
        (rx(r"<\s*style\s*"), _style_start, ("style_content", "tag")),
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
    # Rouge hands the inside, cut before each `<`, piece by piece to one JavaScript (CSS)
    # lexer that goes on where it stopped; each piece ends a line for it (`//` comments).
    "script_content": [
        (rx(r"[^<]+"), _script, ()),
        (rx(r"<\s*/\s*script\s*>"), "nt", ("#pop",)),
        (rx(r"<"), _script, ()),
    ],
    "style_content": [
        (rx(r"[^<]+"), _style, ()),
        (rx(r"<\s*/\s*style\s*>"), "nt", ("#pop",)),
        (rx(r"<"), _style, ()),
    ],
}

HTML = RougeLexer(_STATES, context=_Embedded)

# -- XML (Rouge's XML lexer) -----------------------------------------------------------------

_XML_STATES = {
    "root": [
        (rx(r"[^<&]+"), "", ()),
        (rx(r"&\S*?;"), "ni", ()),
        (rx(r"<!\[CDATA\[.*?\]\]>", re.S), "cp", ()),
        (rx(r"<!--"), "c", ("comment",)),
        (rx(r"<\?.*?\?>", re.S), "cp", ()),
        (rx(r"<![^>]*>"), "cp", ()),
        (rx(rf"<\s*(?:[^\W\d]|:)[\w{_CF}:.·-]*"), "nt", ("tag",)),
        (rx(rf"<\s*/\s*(?:[^\W\d]|:)[\w{_CF}:.·-]*\s*>"), "nt", ()),
    ],
    "comment": [(rx(r"[^-]+"), "c", ()), (rx(r"-->"), "c", ("#pop",)), (rx(r"-"), "c", ())],
    "tag": [
        (rx(r"\s+"), "", ()),
        (rx(rf"(?:[^\W\d]|:)[\w{_CF}:.·-]*\s*="), "na", ("attr",)),
        (rx(r"/?\s*>"), "nt", ("#pop",)),
    ],
    "attr": [
        (rx(r"\s+"), "", ()),
        (rx(r"\".*?\"|'.*?'|[^\s>]+", re.S), "s", ("#pop",)),
    ],
}

XML = RougeLexer(_XML_STATES)
XML_NAMES = frozenset({"xml"})
