"""JavaScript code split into tokens as Rouge's JavaScript lexer splits it.

Written after Rouge 3.30's `Rouge::Lexers::Javascript` (MIT): after an operator, `(`, `,`
or a keyword a `/` starts a regular expression and `{` an object, whose `key:` is `na`; a
`label:` at a statement's start is `nl`; strings are delimiter `dl`, text, delimiter;
template strings `s2` with `${` `}` as punctuation; `as`, `from`, `new` keywords `k`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

_KEYWORDS = frozenset(
    """as async await break case catch continue debugger default delete do else export
    finally from for if import in instanceof new of return super switch this throw try
    typeof void while yield""".split()
)
_DECLARATIONS = frozenset(
    "var let const with function class extends constructor get set static".split()
)
_RESERVED = frozenset("enum implements interface package private protected public".split())
_CONSTANTS = frozenset("true false null NaN Infinity undefined".split())
_BUILTINS = frozenset(
    """Array Boolean Date Error Function Math netscape Number Object Packages RegExp String
    sun decodeURI decodeURIComponent encodeURI encodeURIComponent Error eval isFinite isNaN
    parseFloat parseInt document window navigator self global Promise Set Map WeakSet
    WeakMap Symbol Proxy Reflect Int8Array Uint8Array Uint8ClampedArray Int16Array
    Uint16Array Uint16ClampedArray Int32Array Uint32Array Uint32ClampedArray Float32Array
    Float64Array DataView ArrayBuffer""".split()
)
_ID = r"(?:[^\W\d]|[$_])\w*"


def _identifier_action(
    keywords: frozenset[str],
    declarations: frozenset[str],
    reserved: frozenset[str],
    builtins: frozenset[str],
) -> Callable[[re.Match[str]], tuple[Runs, tuple[str, ...]]]:
    def identifier(m: re.Match[str]) -> tuple[Runs, tuple[str, ...]]:
        word = m.group(0)
        if word in keywords:
            return [("k", word)], ("expr_start",)
        if word in declarations:
            return [("kd", word)], ("expr_start",)
        if word in reserved:
            return [("kr", word)], ()
        if word in _CONSTANTS:
            return [("kc", word)], ()
        return [("nb" if word in builtins else "nx", word)], ()

    return identifier


_identifier = _identifier_action(_KEYWORDS, _DECLARATIONS, _RESERVED, _BUILTINS)

_STATES = {
    "multiline_comment": [
        (rx(r"[*]/"), "cm", ("#pop",)),
        (rx(r"[^*/]+"), "cm", ()),
        (rx(r"[*/]"), "cm", ()),
    ],
    "comments_and_whitespace": [
        (rx(r"\s+"), "", ()),
        (rx(r"<!--"), "c", ()),
        (rx(r"//.*?$"), "c1", ()),
        (rx(r"/[*]"), "cm", ("multiline_comment",)),
    ],
    "expr_start": [
        ("mixin", "comments_and_whitespace", ()),
        (rx(r"/"), "sr", ("goto:regex",)),
        (rx(r"[{]"), "p", ("goto:object",)),
        (rx(r""), "", ("#pop",)),
    ],
    "regex": [
        (rx(r"/"), "sr", ("goto:regex_end",)),
        (rx(r"[^/]\n"), "err", ("#pop",)),
        (rx(r"\n"), "err", ("#pop",)),
        (rx(r"\[\^"), "se", ("regex_group",)),
        (rx(r"\["), "se", ("regex_group",)),
        (rx(r"\\."), "se", ()),
        (rx(r"[(][?][:=<!]"), "se", ()),
        (rx(r"[{][\d,]+[}]"), "se", ()),
        (rx(r"[()?]"), "se", ()),
        (rx(r"."), "sr", ()),
    ],
    "regex_end": [(rx(r"[gimuy]+"), "sr", ("#pop",)), (rx(r""), "", ("#pop",))],
    "regex_group": [
        (rx(r"/"), "se", ()),
        (rx(r"[^/]\n"), "err", ("#pop:2",)),
        (rx(r"\]"), "se", ("#pop",)),
        (rx(r"\\."), "se", ()),
        (rx(r"."), "sr", ()),
    ],
    "root": [
        (rx(r"\A\s*#!.*?\n", re.S), "cp", ("statement",)),
        # Rouge's `(?<=\n)(?=\s|/|<!--)` rule never matches: its scanner's look-behind
        # sees no text before the scan position. Left out so a `/` opening a line divides.
        ("mixin", "comments_and_whitespace", ()),
        (rx(r"\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!=="), "o", ("expr_start",)),
        (rx(r"[-<>+*%&|\^/!=]=?"), "o", ("expr_start",)),
        (rx(r"[(\[,]"), "p", ("expr_start",)),
        (rx(r";"), "p", ("statement",)),
        (rx(r"[)\].]"), "p", ()),
        (rx(r"`"), "s2", ("template_string",)),
        (rx(r"[?][.]"), "p", ()),
        (rx(r"[?]"), "p", ("ternary", "expr_start")),
        (rx(r"(@)(\w+)?"), ("p", "nd"), ("expr_start",)),
        (rx(r"[{}]"), "p", ("statement",)),
        (rx(_ID), _identifier, ()),
        (rx(r"[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?"), "mf", ()),
        (rx(r"0x[0-9a-fA-F]+", re.I), "mh", ()),
        (rx(r"0o[0-7][0-7_]*", re.I), "mo", ()),
        (rx(r"0b[01][01_]*", re.I), "mb", ()),
        (rx(r"[0-9]+"), "mi", ()),
        (rx(r'"'), "dl", ("dq",)),
        (rx(r"'"), "dl", ("sq",)),
        (rx(r":"), "p", ()),
    ],
    "dq": [
        (rx(r'\\[\\nrt"]?'), "se", ()),
        (rx(r'[^\\"]+'), "s2", ()),
        (rx(r'"'), "dl", ("#pop",)),
    ],
    "sq": [
        (rx(r"\\[\\nrt']?"), "se", ()),
        (rx(r"[^\\']+"), "s1", ()),
        (rx(r"'"), "dl", ("#pop",)),
    ],
    "statement": [
        (rx(r"case\b"), "k", ("goto:expr_start",)),
        (rx(rf"({_ID})(\s*)(:)"), ("nl", "", "p"), ()),
        ("mixin", "expr_start", ()),
    ],
    "object": [
        ("mixin", "comments_and_whitespace", ()),
        (rx(r"[{]"), "p", ("#push",)),
        (rx(r"[}]"), "p", ("goto:statement",)),
        (rx(rf"({_ID})(\s*)(:)"), ("na", "", "p"), ("expr_start",)),
        (rx(r":"), "p", ()),
        ("mixin", "root", ()),
    ],
    "ternary": [(rx(r":"), "p", ("goto:expr_start",)), ("mixin", "root", ())],
    "template_string": [
        (rx(r"[$]{"), "p", ("template_string_expr",)),
        (rx(r"`"), "s2", ("#pop",)),
        (rx(r"\\[$`]"), "se", ()),
        (rx(r"[^$`\\]+"), "s2", ()),
        (rx(r"[\\$]"), "s2", ()),
    ],
    "template_string_expr": [(rx(r"}"), "p", ("#pop",)), ("mixin", "root", ())],
}

JAVASCRIPT = RougeLexer(_STATES)
JS_NAMES = frozenset({"javascript", "js"})

# Rouge's TypeScript: JavaScript with more words, `?.` and `??`, and `name?:` labels.
_TS_IDENTIFIER = _identifier_action(
    _KEYWORDS
    | frozenset("is namespace static private protected public implements readonly".split()),
    _DECLARATIONS | frozenset({"type", "abstract"}),
    _RESERVED
    | frozenset("string any void number namespace module declare default interface keyof".split()),
    _BUILTINS | frozenset({"Pick", "Partial", "Readonly", "Record"}),
)
_TS_STATES = {
    name: [
        (pattern, _TS_IDENTIFIER if action is _identifier else action, moves)
        for pattern, action, moves in rules
    ]
    for name, rules in _STATES.items()
}
_TS_STATES["root"] = [(rx(r"[?][.]"), "p", ()), (rx(r"[?]{2}"), "o", ()), *_TS_STATES["root"]]
_TS_STATES["statement"] = [
    (rx(rf"({_ID})(\??)(\s*)(:)"), ("nl", "p", "", "p"), ("expr_start",)),
    *_TS_STATES["statement"],
]
TYPESCRIPT = RougeLexer(_TS_STATES)
TS_NAMES = frozenset({"typescript", "ts"})

# -- JSX and TSX (Rouge's JSX: JavaScript whose expressions may open an element) ---------------


class _JsxHtml:
    """The HTML lexing that an element's text goes to (Rouge's `@html`, one per text)."""

    def __init__(self) -> None:
        from editor_app.core.markdown_ext.rouge_html import HTML  # HTML imports this module

        self.html = HTML.session()


def _to_html(m: re.Match[str], ctx: _JsxHtml) -> Runs:
    return ctx.html.feed(m.group(0))


def _with_context(rules: list) -> list:
    """JavaScript's rules for a lexer whose actions also receive its context."""
    out = []
    for pattern, action, moves in rules:
        if callable(action):
            action = (lambda f: lambda m, _ctx: f(m))(action)
        out.append((pattern, action, moves))
    return out


def _jsx_states(base: dict) -> dict:
    states = {name: _with_context(rules) for name, rules in base.items()}
    states["expr_start"] = [("mixin", "tag", ()), *states["expr_start"]]
    states["tag"] = [(rx(r"<"), "p", ("tag_opening", "element", "element_name"))]
    states["tag_opening"] = [
        (rx(r"</"), "p", ("goto:element", "element_name")),
        ("mixin", "tag", ()),
        (rx(r"{"), "si", ("interpol", "expr_start")),
        (rx(r"[^<{]+"), _to_html, ()),
    ]
    states["element"] = [
        ("mixin", "comments_and_whitespace", ()),
        (rx(r"/>"), "p", ("#pop:2",)),
        (rx(r">"), "p", ("#pop",)),
        (rx(r"{"), "si", ("interpol", "expr_start")),
        (rx(r"\w[\w-]*"), "na", ()),
        (rx(r"="), "p", ()),
        (rx(r"([\"']).*?(\1)"), "s", ()),
    ]
    states["element_name"] = [
        (rx(r"[A-Z]\w*"), "nc", ()),
        (rx(r"\w+"), "nt", ()),
        (rx(r"\."), "p", ()),
        (rx(r""), "", ("#pop",)),
    ]
    states["interpol"] = [
        (rx(r"}"), "si", ("#pop",)),
        (rx(r"{"), "p", ("interpol_inner", "statement")),
        ("mixin", "root", ()),
    ]
    states["interpol_inner"] = [(rx(r"}"), "p", ("goto:statement",)), ("mixin", "root", ())]
    return states


JSX = RougeLexer(_jsx_states(_STATES), context=_JsxHtml, stack=("root", "expr_start"))
JSX_NAMES = frozenset({"jsx", "react"})
_TSX_STATES = _jsx_states(_TS_STATES)
_TSX_STATES["element_name"] = [
    (rx(r"(\w+)(,)"), ("nx", "p"), ("#pop:3",)),
    *_TSX_STATES["element_name"],
]
TSX = RougeLexer(_TSX_STATES, context=_JsxHtml, stack=("root", "expr_start"))
TSX_NAMES = frozenset({"tsx"})

# -- CoffeeScript (Rouge's CoffeeScript lexer) -------------------------------------------------

_CS_KEYWORDS = frozenset(
    """for by while until loop break continue return switch when then if else do yield throw
    try catch finally await new delete typeof instanceof super extends this class import
    export debugger""".split()
)
_CS_CONSTANTS = frozenset("true false yes no on off null NaN Infinity undefined".split())
_CS_BUILTINS = frozenset(
    """Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun
    decodeURI decodeURIComponent encodeURI encodeURIComponent eval isFinite isNaN parseFloat
    parseInt document window""".split()
)
_CS_ID = r"[$a-zA-Z_][a-zA-Z0-9_]*"


def _coffee_word(m: re.Match[str]) -> tuple[Runs, tuple[str, ...]]:
    word = m[0]
    if word in _CS_KEYWORDS:
        css = "k"
    elif word in _CS_CONSTANTS:
        css = "no"
    elif word in _CS_BUILTINS:
        css = "nb"
    else:
        css = "nx"
    return [(css, word)], ("slash_starts_regex",)


_COFFEE_STATES = {
    "comments": [(rx(r"###[^#].*?###", re.S), "cm", ()), (rx(r"#.*$"), "c1", ())],
    "whitespace": [(rx(r"\s+"), "", ())],
    "regex_comment": [
        (rx(r"^#(?!\{).*$"), "c1", ()),
        (rx(r"(\s+)(#(?!\{).*)$"), ("", "c1"), ()),
    ],
    "multiline_regex_begin": [(rx(r"///"), "sr", ("goto:multiline_regex",))],
    "multiline_regex_end": [(rx(r"///([gimy]+\b|\B)"), "sr", ("#pop",))],
    "multiline_regex": [
        ("mixin", "multiline_regex_end", ()),
        ("mixin", "regex_comment", ()),
        ("mixin", "has_interpolation", ()),
        ("mixin", "comments", ()),
        ("mixin", "whitespace", ()),
        ("mixin", "code_escape", ()),
        (rx(r"\\\D"), "se", ()),
        (rx(r"\\\d+"), "nv", ()),
        (rx(r".", re.S), "sr", ()),
    ],
    "slash_starts_regex": [
        ("mixin", "comments", ()),
        ("mixin", "whitespace", ()),
        ("mixin", "multiline_regex_begin", ()),
        (rx(r"/(\\.|[^\[/\\\n]|\[(\\.|[^\]\\\n])*\])+/([gimy]+\b|\B)"), "sr", ("#pop",)),
        (rx(r""), "", ("#pop",)),
    ],
    "root": [
        (rx(r"^(?=\s|/|<!--)"), "", ("slash_starts_regex",)),
        ("mixin", "comments", ()),
        ("mixin", "whitespace", ()),
        (
            rx(
                r"[+][+]|--|~|&&|(?=\w)and\b|(?=\w)or\b|(?=\w)is\b|(?=\w)isnt\b|(?=\w)not\b|"
                r"(?=\w)in\b|(?=\w)of\b|[?]|:|=|[|][|]|\\(?=\n)|(<<|>>>?|==?|!=?|[-<>+*`%&|^/])=?"
            ),
            "o",
            ("slash_starts_regex",),
        ),
        (rx(r"[-=]>"), "nf", ()),
        (rx(rf"(@)([ \t]*)({_CS_ID})"), ("vi", "", "na"), ("slash_starts_regex",)),
        (rx(rf"([.])([ \t]*)({_CS_ID})"), ("p", "", "na"), ("slash_starts_regex",)),
        (rx(rf"{_CS_ID}(?=\s*:)"), "na", ("slash_starts_regex",)),
        (rx(_CS_ID), _coffee_word, ()),
        (rx(r"[{(\[;,]"), "p", ("slash_starts_regex",)),
        (rx(r"[})\].]"), "p", ()),
        (rx(r"\d+[.]\d+([eE]\d+)?[fd]?"), "mf", ()),
        (rx(r"0x[0-9a-fA-F]+"), "mh", ()),
        (rx(r"\d+"), "mi", ()),
        (rx(r'"""'), "s", ("tdqs",)),
        (rx(r"'''"), "s", ("tsqs",)),
        (rx(r'"'), "s", ("dqs",)),
        (rx(r"'"), "s", ("sqs",)),
    ],
    "code_escape": [
        (rx(r"\\(c[A-Z]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{4}\})"), "se", ()),
    ],
    "strings": [
        (rx(r"[^#\\'\"]+", re.S), "s", ()),
        ("mixin", "code_escape", ()),
        (rx(r"\\."), "se", ()),
        (rx(r"#"), "s", ()),
    ],
    "double_strings": [
        (rx(r"'"), "s", ()),
        ("mixin", "has_interpolation", ()),
        ("mixin", "strings", ()),
    ],
    "single_strings": [(rx(r'"'), "s", ()), ("mixin", "strings", ())],
    "interpolation": [(rx(r"}"), "si", ("#pop",)), ("mixin", "root", ())],
    "has_interpolation": [(rx(r"[#][{]"), "si", ("interpolation",))],
    "dqs": [(rx(r'"'), "s", ("#pop",)), ("mixin", "double_strings", ())],
    "tdqs": [
        (rx(r'"""'), "s", ("#pop",)),
        (rx(r'"'), "s", ()),
        ("mixin", "double_strings", ()),
    ],
    "sqs": [(rx(r"'"), "s", ("#pop",)), ("mixin", "single_strings", ())],
    "tsqs": [
        (rx(r"'''"), "s", ("#pop",)),
        (rx(r"'"), "s", ()),
        ("mixin", "single_strings", ()),
    ],
}

COFFEESCRIPT = RougeLexer(_COFFEE_STATES)
COFFEESCRIPT_NAMES = frozenset({"coffeescript", "coffee", "coffee-script"})
