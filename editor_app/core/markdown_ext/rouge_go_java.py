"""Go and Java code split into tokens as Rouge's lexers split them.

Written after Rouge 3.30's `Rouge::Lexers::Go` and `Rouge::Lexers::Java` (MIT). Go: every
keyword `k`, names `n`, numbers `m`, `.` an operator. Java: brackets and dots operators
`o`, capitalised names classes `nc`, `.name` an attribute `na`, a method's name where it
is declared `nf`.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

# -- Go -----------------------------------------------------------------------------------

_GO_KEYWORD = (
    r"\b(?:break|default|func|interface|select|case|defer|go|map|struct|chan|else|goto|"
    r"package|switch|const|fallthrough|if|range|type|continue|for|import|return|var)\b"
)
_DECIMALS = r"[0-9]+"
_EXPONENT = rf"[eE][+\-]?{_DECIMALS}"
_FLOAT = rf"(?:{_DECIMALS}\.(?:{_DECIMALS})?(?:{_EXPONENT})?|{_DECIMALS}{_EXPONENT}|\.{_DECIMALS}(?:{_EXPONENT})?)"
_HEX = "[0-9A-Fa-f]"
_ESCAPED = r"\\[abfnrtv\\'\"]"
_UNICODE_VALUE = rf"(?:[^\n]|\\u{_HEX}{{4}}|\\U{_HEX}{{8}}|{_ESCAPED})"
_BYTE_VALUE = rf"(?:\\[0-7]{{3}}|\\x{_HEX}{{2}})"

_GO_STATES = {
    "simple_tokens": [
        (rx(r"//(?:(?!\n).)*|/\*(?:(?!\*/).)*\*/", re.S), "c", ()),
        (rx(_GO_KEYWORD), "k", ()),
        (
            rx(
                r"\b(?:bool|byte|complex64|complex128|error|float32|float64|int8|int16|int32|"
                r"int64|int|rune|string|uint8|uint16|uint32|uint64|uintptr|uint)\b"
            ),
            "kt",
            (),
        ),
        (
            rx(
                r"\b(?:append|cap|close|complex|copy|delete|imag|len|make|new|panic|print|"
                r"println|real|recover)\b"
            ),
            "nb",
            (),
        ),
        (rx(r"(?=\w)(?:true|false|iota|nil)\b"), "no", ()),
        (rx(rf"(?:{_DECIMALS}|{_FLOAT})i"), "m", ()),
        (rx(_FLOAT), "m", ()),
        (rx(rf"0[xX]{_HEX}+|[0-9][0-9]*|0[0-7]*"), "m", ()),
        (rx(rf"'(?:{_UNICODE_VALUE}|{_BYTE_VALUE})'"), "sc", ()),
        (
            rx(
                r"\+=|\+\+|\+|&\^=|&\^|&=|&&|&|==|=|!=|!|-=|--|-|\|=|\|\||\||<=|<-|<<=|<<|<|"
                r"\*=|\*|\^=|\^|>>=|>>|>=|>|/|/=|:=|%|%=|\.\.\.|\.|:"
            ),
            "o",
            (),
        ),
        (rx(r"\(|\)|\[|\]|\{|\}|,|;"), "p", ()),
        (rx(rf"(?!{_GO_KEYWORD})(?:[^\W\d_]|_)(?:[^\W\d_]|_|\d)*"), "n", ()),
        (rx(r"\s+"), "", ()),
    ],
    "root": [
        ("mixin", "simple_tokens", ()),
        (rx(r"`"), "s", ("raw_string",)),
        (rx(r'"'), "s", ("interpreted_string",)),
    ],
    "interpreted_string": [
        (rx(rf"{_ESCAPED}|\\u{_HEX}{{4}}|\\U{_HEX}{{8}}|\\x{_HEX}{{2}}"), "se", ()),
        (rx(r"\\."), "err", ()),
        (rx(r'"'), "s", ("#pop",)),
        (rx(r'[^"\\]+'), "s", ()),
    ],
    "raw_string": [(rx(r"`"), "s", ("#pop",)), (rx(r"[^`]+", re.S), "s", ())],
}

GO = RougeLexer(_GO_STATES)

# -- Java ---------------------------------------------------------------------------------

_JAVA_KEYWORDS = (
    "assert|break|case|catch|continue|default|do|else|finally|for|if|goto|instanceof|new|"
    "return|switch|this|throw|try|while"
)
_JAVA_DECLARATIONS = (
    "abstract|const|enum|extends|final|implements|native|private|protected|public|static|"
    "strictfp|super|synchronized|throws|transient|volatile"
)
_ID = r"[^\W\d]\w*"
_DIGIT = r"(?:[0-9]_+[0-9]|[0-9])"


def _method(m: re.Match[str]) -> Runs:
    # Rouge hands the return type and modifiers to a fresh Java lexer.
    return [*JAVA.runs(m.group(1)), ("nf", m.group(2)), ("", m.group(3)), ("o", m.group(4))]


_JAVA_STATES = {
    "root": [
        (rx(r"[^\S\n]+"), "", ()),
        (rx(r"//.*?$"), "c1", ()),
        (rx(r"/\*.*?\*/", re.S), "cm", ()),
        (rx(rf"(?:{_JAVA_KEYWORDS})\b"), "k", ()),
        (
            rx(
                r"(\s*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*\s+)+?)([a-zA-Z_][a-zA-Z0-9_]*)(\s*)(\()",
                re.S,
            ),
            _method,
            (),
        ),
        (rx(rf"@{_ID}"), "nd", ()),
        (rx(rf"(?:{_JAVA_DECLARATIONS})\b"), "kd", ()),
        (rx(r"(?:boolean|byte|char|double|float|int|long|short|var|void)\b"), "kt", ()),
        (rx(r"(?:true|false|null)\b"), "kc", ()),
        (rx(r"(?:class|interface)\b"), "kd", ("class",)),
        (rx(r"(?:import|package)\b"), "kn", ("import",)),
        (rx(r'"(\\\\|\\"|[^"])*"'), "s", ()),
        (rx(r"'(?:\\.|[^\\]|\\u[0-9a-f]{4})'"), "sc", ()),
        (rx(rf"(\.)({_ID})"), ("o", "na"), ()),
        (rx(rf"{_ID}:"), "nl", ()),
        (rx(r"[A-Z][A-Z0-9_]*\b"), "no", ()),
        (rx(r"[A-Z][^\W_]*\b"), "nc", ()),
        (rx(rf"\$?{_ID}"), "n", ()),
        (rx(r"[~^*!%&\[\](){}<>\|+=:;,./?-]"), "o", ()),
        (rx(rf"{_DIGIT}+\.{_DIGIT}+([eE]{_DIGIT}+)?[fd]?"), "mf", ()),
        (rx(r"0b(?:[01]_+[01]|[01])+", re.I), "mb", ()),
        (rx(r"0x(?:[0-9a-f]_+[0-9a-f]|[0-9a-f])+", re.I), "mh", ()),
        (rx(r"0(?:[0-7]_+[0-7]|[0-7])+"), "mo", ()),
        (rx(rf"{_DIGIT}+L?"), "mi", ()),
        (rx(r"\n"), "", ()),
    ],
    "class": [(rx(r"\s+"), "", ()), (rx(_ID), "nc", ("#pop",))],
    "import": [(rx(r"\s+"), "", ()), (rx(r"[a-z0-9_.]+\*?", re.I), "nn", ("#pop",))],
}

JAVA = RougeLexer(_JAVA_STATES)
