"""PHP code split into tokens as Rouge's PHP lexer splits it.

Written after Rouge 3.30's `Rouge::Lexers::PHP` (MIT). Code that opens with `<` is HTML
until `<?php` (lexed by one ongoing HTML lexing), other code is PHP from the start; `?>`
goes back to HTML. Called names are builtins `nb` when Rouge's list has them, else `nf`;
capitalised names classes `nc`, all-capital ones constants `no`; a lone `.` is a number
`mf` as Rouge's float rule makes it; `function` declarations walk their name, parameters
(types `kt`) and return type.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_php_data import php_builtins
from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

_KEYWORDS = frozenset(
    """old_function cfunction __class__ __dir__ __file__ __function__ __halt_compiler __line__
    __method__ __namespace__ __trait__ abstract and array as break case catch clone continue
    declare default die do echo else elseif empty enddeclare endfor endforeach endif
    endswitch endwhile eval exit extends final finally fn for foreach global goto if
    implements include include_once instanceof insteadof isset list match new or parent
    print private protected public readonly require require_once return self static switch
    throw try unset var while xor yield""".split()
)
_ID = r"[^\W\d]\w*"
_NS = rf"(?:{_ID}\\)+"
_ID_NS = rf"(?:{_NS})?{_ID}"
_UPPER = r"A-Z\u00c0-\u00d6\u00d8-\u00de"
_MAGIC = re.compile(r"^__.*?__$")
_E_CONSTANT = re.compile(rf"^(E|PHP)(_[{_UPPER}]+)+$")
_CONSTANT = re.compile(rf"(\\|^)[{_UPPER}][{_UPPER}0-9_]+$")
_CLASS = re.compile(rf"(\\|^)[{_UPPER}][^\W_]*?$")


class _Php:
    """The HTML lexing around the PHP parts (Rouge's template `parent`)."""

    def __init__(self) -> None:
        from editor_app.core.markdown_ext.rouge_html import HTML

        self.html = HTML.session()


def _to_html(m: re.Match[str], ctx: _Php) -> Runs:
    return ctx.html.feed(m.group(0))


def _to_html_pop(m: re.Match[str], ctx: _Php) -> tuple[Runs, tuple[str, ...]]:
    return ctx.html.feed(m.group(0)), ("#pop",)


def _call(m: re.Match[str], _ctx: _Php) -> Runs:
    name = m[0].lower()
    if name in _KEYWORDS:
        return [("k", m[0])]
    return [("nb" if name in php_builtins() else "nf", m[0])]


def _name(m: re.Match[str], _ctx: _Php) -> tuple[Runs, tuple[str, ...]]:
    word, name = m[0], m[0].lower()
    if name == "use":
        return [("kn", word)], ("in_use",)
    if name == "const":
        return [("k", word)], ("in_const",)
    if name == "catch":
        return [("k", word)], ("in_catch",)
    if name in ("public", "protected", "private"):
        return [("k", word)], ("in_visibility",)
    if name in _KEYWORDS:
        return [("k", word)], ()
    if _MAGIC.search(word):
        return [("nb", word)], ()
    if _E_CONSTANT.search(word):
        return [("kc", word)], ()
    if _CONSTANT.search(word):
        return [("no", word)], ()
    if _CLASS.search(word):
        return [("nc", word)], ()
    return [("n", word)], ()


_I = re.I
_STATES = {
    "escape": [(rx(r"\?>"), "cp", ("#reset",))],
    "return": [(rx(r""), "", ("#pop",))],
    "start": [
        (rx(r"\s*(?=<)", re.S), _to_html_pop, ()),
        (rx(r"[^$]+(?=<\?(php|=))", _I), _to_html_pop, ()),
        (rx(r""), "", ("goto:php",)),
    ],
    "names": [
        (rx(rf"{_ID_NS}(?=\s*\()"), _call, ()),
        (rx(_ID_NS), _name, ()),
    ],
    "operators": [(rx(r"[~!%^&*+|:.<>/@-]+"), "o", ())],
    "string": [
        (rx(r'"'), "s2", ("#pop",)),
        (rx(r'[^\\{$"]+'), "s2", ()),
        (rx(r"\\u\{[0-9a-fA-F]+\}"), "se", ()),
        (rx(r'\\([efrntv"$\\]|[0-7]{1,3}|[xX][0-9a-fA-F]{1,2})'), "se", ()),
        (rx(rf"\${_ID}(\[\S+\]|->{_ID})?"), "nv", ()),
        (rx(r"\{\$\{"), "si", ("string_interp_double",)),
        (rx(r"\{(?=\$)"), "si", ("string_interp_single",)),
        (rx(r"(\{)(\S+)(\})"), ("si", "nv", "si"), ()),
        (rx(r"[${\\]+"), "s2", ()),
    ],
    "string_interp_double": [(rx(r"\}\}"), "si", ("#pop",)), ("mixin", "php", ())],
    "string_interp_single": [(rx(r"\}"), "si", ("#pop",)), ("mixin", "php", ())],
    "values": [
        (rx(rf"<<<([\"']?)({_ID})\1\n.*?\n\s*\2;?", _I | re.S), "sh", ()),
        (rx(r"(\d[_\d]*)?\.(\d[_\d]*)?(e[+-]?\d[_\d]*)?", _I), "mf", ()),
        (rx(r"0[0-7][0-7_]*"), "mo", ()),
        (rx(r"0b[01][01_]*", _I), "mb", ()),
        (rx(r"0x[a-f0-9][a-f0-9_]*", _I), "mh", ()),
        (rx(r"\d[_\d]*"), "mi", ()),
        (rx(r"'([^'\\]*(?:\\.[^'\\]*)*)'", re.S), "s1", ()),
        (rx(r"`([^`\\]*(?:\\.[^`\\]*)*)`", re.S), "sb", ()),
        (rx(r'"'), "s2", ("string",)),
        (
            rx(r"(function|fn)\b", _I),
            "k",
            ("in_function_return", "in_function_params", "in_function_name"),
        ),
        (rx(r"(true|false|null)\b", _I), "kc", ()),
        (rx(r"new\b", _I), "k", ("in_new",)),
    ],
    "variables": [
        (rx(rf"\$\{{\$+{_ID}\}}"), "nv", ()),
        (rx(rf"\$+{_ID}"), "nv", ()),
    ],
    "whitespace": [
        (rx(r"\s+"), "", ()),
        (rx(r"#.*?$"), "c1", ()),
        (rx(r"//.*?$"), "c1", ()),
        (rx(r"/\*\*(?!/).*?\*/", re.S), "cd", ()),
        (rx(r"/\*.*?\*/", re.S), "cm", ()),
    ],
    "root": [
        (rx(r"<\?(php|=)?", _I), "cp", ("php",)),
        (rx(r".*?(?=<\?)|.*", re.S), _to_html, ()),
    ],
    "php": [
        ("mixin", "escape", ()),
        ("mixin", "whitespace", ()),
        ("mixin", "variables", ()),
        ("mixin", "values", ()),
        (rx(rf"(namespace)(\s+)({_ID_NS})", _I), ("kn", "", "nn"), ()),
        (
            rx(rf"(class|interface|trait|extends|implements)(\s+)({_ID_NS})", _I),
            ("kd", "", "nc"),
            (),
        ),
        ("mixin", "names", ()),
        (rx(r"[;,(){}\[\]]"), "p", ()),
        ("mixin", "operators", ()),
        (rx(r"[=?]"), "o", ()),
    ],
    "in_assign": [
        (rx(r","), "p", ("#pop",)),
        (rx(r"[\[\]]"), "p", ()),
        (rx(r"\("), "p", ("in_assign_function",)),
        ("mixin", "escape", ()),
        ("mixin", "whitespace", ()),
        ("mixin", "values", ()),
        ("mixin", "variables", ()),
        ("mixin", "names", ()),
        ("mixin", "operators", ()),
        ("mixin", "return", ()),
    ],
    "in_assign_function": [
        (rx(r"\)"), "p", ("#pop",)),
        (rx(r","), "p", ()),
        ("mixin", "in_assign", ()),
    ],
    "in_catch": [
        (rx(r"\("), "p", ()),
        (rx(r"\|"), "o", ()),
        (rx(_ID), "nc", ()),
        ("mixin", "escape", ()),
        ("mixin", "whitespace", ()),
        ("mixin", "return", ()),
    ],
    "in_const": [
        (rx(_ID), "no", ()),
        (rx(r"="), "o", ("in_assign",)),
        ("mixin", "escape", ()),
        ("mixin", "whitespace", ()),
        ("mixin", "return", ()),
    ],
    "in_function_body": [
        (rx(r"{"), "p", ("#push",)),
        (rx(r"}"), "p", ("#pop",)),
        ("mixin", "php", ()),
    ],
    "in_function_name": [
        (rx(r"&"), "o", ()),
        (rx(_ID), "n", ()),
        (rx(r"\("), "p", ("#pop",)),
        ("mixin", "escape", ()),
        ("mixin", "whitespace", ()),
        ("mixin", "return", ()),
    ],
    "in_function_params": [
        (rx(r"\)"), "p", ("#pop",)),
        (rx(r","), "p", ()),
        (rx(r"[.]{3}"), "p", ()),
        (rx(r"="), "o", ("in_assign",)),
        (rx(r"(?=\w)(?:public|protected|private|readonly)\b", _I), "k", ()),
        (rx(rf"\??{_ID}"), "kt", ("in_assign",)),
        ("mixin", "escape", ()),
        ("mixin", "whitespace", ()),
        ("mixin", "variables", ()),
        ("mixin", "return", ()),
    ],
    "in_function_return": [
        (rx(r":"), "p", ()),
        (rx(r"use\b", _I), "k", ("in_function_use",)),
        (rx(rf"\??{_ID}"), "kt", ("in_assign",)),
        (rx(r"\{"), "p", ("goto:in_function_body",)),
        ("mixin", "escape", ()),
        ("mixin", "whitespace", ()),
        ("mixin", "return", ()),
    ],
    "in_function_use": [
        (rx(r"[,(]"), "p", ()),
        (rx(r"&"), "o", ()),
        (rx(r"\)"), "p", ("#pop",)),
        ("mixin", "escape", ()),
        ("mixin", "whitespace", ()),
        ("mixin", "variables", ()),
        ("mixin", "return", ()),
    ],
    "in_new": [
        (rx(r"class\b", _I), "kd", ("goto:in_new_class",)),
        (rx(_ID_NS), "nc", ("#pop",)),
        ("mixin", "escape", ()),
        ("mixin", "whitespace", ()),
        ("mixin", "return", ()),
    ],
    "in_new_class": [(rx(r"\}"), "p", ("#pop",)), (rx(r"\{"), "p", ()), ("mixin", "php", ())],
    "in_use": [
        (rx(r"[,}]"), "p", ()),
        (rx(r"(function|const)\b", _I), "k", ()),
        (rx(rf"({_NS})(\{{)"), ("nn", "p"), ()),
        (rx(rf"{_ID_NS}(_{_ID})+"), "nf", ()),
        ("mixin", "escape", ()),
        ("mixin", "whitespace", ()),
        ("mixin", "names", ()),
        ("mixin", "return", ()),
    ],
    "in_visibility": [
        (rx(r"(?=\w)(?:readonly|static)\b", _I), "k", ()),
        (rx(r"(?=(abstract|const|function)\b)", _I), "k", ("#pop",)),
        (rx(rf"\??{_ID}"), "kt", ("#pop",)),
        ("mixin", "escape", ()),
        ("mixin", "whitespace", ()),
        ("mixin", "return", ()),
    ],
}

PHP = RougeLexer(_STATES, context=_Php, stack=("root", "start"))
PHP_NAMES = frozenset({"php", "php3", "php4", "php5"})
