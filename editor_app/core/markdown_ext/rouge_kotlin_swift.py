"""Kotlin and Swift code split into tokens as Rouge's lexers split them.

Written after Rouge 3.30's `Kotlin` and `Swift` lexers (MIT). Kotlin: `class X` `nc`,
`fun name` `nf`, `val x` `py`, capitalised names classes `nc`, brackets and dots `p`.
Swift: `let x` `nv`, a name before `(` `nf` (capitalised: a type `kt`), `name:` `nv`,
declarations `kd`, `@attributes` `kd`, `\\(...)` interpolation inside strings.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

# -- Kotlin ------------------------------------------------------------------------------------

_KT_KEYWORDS = """abstract annotation as break by catch class companion const constructor
continue crossinline do dynamic else enum external false final finally for fun get if
import in infix inline inner interface internal is lateinit noinline null object open
operator out override package private protected public reified return sealed set super
suspend tailrec this throw true try typealias typeof val var vararg when where while
yield""".split()
_KT_UPPER = r"A-Z\u00c0-\u00d6\u00d8-\u00de"
_KT_NAME_CHARS = r"[-\w\u00ad\u200b-\u200f]*"  # letters, digits, _, joiners and '-'
_KT_CLASS = rf"`?[{_KT_UPPER}]{_KT_NAME_CHARS}`?"
_KT_NAME = rf"`?[^\W\d]{_KT_NAME_CHARS}`?"
_KT_DEC = r"(?:[0-9][0-9_]*[0-9]|[0-9])"
_KT_EXP = rf"[eE][+-]?{_KT_DEC}"
_KT_DOUBLE = rf"(?:(?:{_KT_DEC})?\.{_KT_DEC}(?:{_KT_EXP})?|{_KT_DEC}{_KT_EXP})"

_KT_STATES = {
    "root": [
        (rx(r"(?=\w)(companion)(\s+)(object)\b"), ("k", "", "k"), ()),
        (rx(r"(?=\w)(class|data\s+class|interface|object)(\s+)"), ("kd", ""), ("class",)),
        (rx(r"(?=\w)(fun)(\s+)"), ("k", ""), ("function",)),
        (rx(r"(?=\w)(package|import)(\s+)"), ("k", ""), ("package",)),
        (rx(r"(?=\w)(val|var)(\s+)(\()"), ("kd", "", "p"), ("destructure",)),
        (rx(r"(?=\w)(val|var)(\s+)"), ("kd", ""), ("property",)),
        (rx(rf"(return|continue|break|this|super)(@{_KT_NAME})?\b"), ("k", "nd"), ()),
        (rx(r"(?=\w)fun\b"), "k", ()),
        (rx(rf"(?=\w)(?:{'|'.join(_KT_KEYWORDS)})\b"), "k", ()),
        (rx(r"^\s*\[.*?\]"), "na", ()),
        (rx(r"[^\S\n]+"), "", ()),
        (rx(r"\\\n"), "", ()),
        (rx(r"//.*?$"), "c1", ()),
        (rx(r"/[*].*[*]/"), "cm", ()),
        (rx(r"/[*].*"), "cm", ("comment",)),
        (rx(r"\n"), "", ()),
        (rx(r"(::)(class)"), ("o", "k"), ()),
        (rx(r"::|!!|\?[:.]"), "o", ()),
        (rx(r"(\.\.)"), "o", ()),
        (rx(rf"(?:{_KT_DOUBLE}[fF]?)|(?:{_KT_DEC}[fF])"), "mf", ()),
        (rx(r"0[bB](?:[01][01_]*[01]|[01])[uU]?L?"), "mb", ()),
        (rx(r"0[xX](?:[0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?"), "mh", ()),
        (rx(r"(?:(?:[1-9][0-9_]*[0-9])|[0-9])[uU]?L?"), "mi", ()),
        (rx(r"[~!%^&*()+=|\[\]:;,.<>/?-]"), "p", ()),
        (rx(r"[{}]"), "p", ()),
        (rx(r'@"(""|[^"])*"', re.S), "s", ()),
        (rx(r'""".*?"""', re.S), "s", ()),
        (rx(r'"(\\\\|\\"|[^"\n])*["\n]', re.S), "s", ()),
        (rx(r"'\\.'|'[^\\]'"), "sc", ()),
        (rx(rf"(@{_KT_CLASS})"), "nd", ()),
        (rx(rf"({_KT_CLASS})(<)"), ("nc", "p"), ("generic_parameters",)),
        (rx(_KT_CLASS), "nc", ()),
        (rx(rf"({_KT_NAME})(?=\s*[({{])"), "nf", ()),
        (rx(rf"({_KT_NAME})@"), "nd", ()),
        (rx(_KT_NAME), "n", ()),
    ],
    "package": [(rx(r"\S+"), "nn", ("#pop",))],
    "class": [(rx(_KT_CLASS), "nc", ("#pop",))],
    "function": [
        (rx(r"(<)"), "p", ("generic_parameters",)),
        (rx(r"(\s+)"), "", ()),
        (rx(rf"({_KT_CLASS})(\.)"), ("nc", "p"), ()),
        (rx(_KT_NAME), "nf", ("#pop",)),
    ],
    "generic_parameters": [
        (rx(_KT_CLASS), "nc", ()),
        (rx(r"(<)"), "p", ("generic_parameters",)),
        (rx(r"(reified|out|in)"), "k", ()),
        (rx(r"([,:.?])"), "p", ()),
        (rx(r"(\s+)"), "", ()),
        (rx(r"(>)"), "p", ("#pop",)),
    ],
    "property": [
        (rx(r"(<)"), "p", ("generic_parameters",)),
        (rx(r"(\s+)"), "", ()),
        (rx(_KT_NAME), "py", ("#pop",)),
    ],
    "destructure": [
        (rx(r"(,)"), "p", ()),
        (rx(r"(\))"), "p", ("#pop",)),
        (rx(r"(\s+)"), "", ()),
        (rx(_KT_NAME), "py", ()),
    ],
    "comment": [
        (rx(r"/[*]"), "cm", ("comment",)),
        (rx(r"[*]/"), "cm", ("#pop",)),
        (rx(r"[^/*]+"), "cm", ()),
        (rx(r"[/*]"), "cm", ()),
    ],
}

KOTLIN = RougeLexer(_KT_STATES)
KOTLIN_NAMES = frozenset({"kotlin"})

# -- Swift -------------------------------------------------------------------------------------

_SW_ID = r"(?:[^\W\d]|[\U00010000-\U0010ffff])(?:\w|[\U00010000-\U0010ffff])*"
_SW_KEYWORDS = frozenset(
    """await break case continue default do else fallthrough if in for return switch where
    while try catch throw guard defer repeat as dynamicType is new super self Self Type
    __COLUMN__ __FILE__ __FUNCTION__ __LINE__ associativity async didSet get infix inout
    isolated mutating none nonmutating operator override postfix precedence prefix set
    unowned weak willSet throws rethrows precedencegroup #available #colorLiteral #column
    #else #elseif #endif #error #file #fileLiteral #function #if #imageLiteral #line
    #selector #sourceLocation #warning""".split()
)
_SW_DECLARATIONS = frozenset(
    """actor class deinit enum convenience extension final func import init internal lazy
    let nonisolated optional private protocol public required static struct subscript
    typealias var dynamic indirect associatedtype open fileprivate some""".split()
)
_SW_CONSTANTS = frozenset({"true", "false", "nil"})


def _sw_access(m: re.Match[str]) -> Runs:
    if m[3] == "set":
        return [("kd", m[0])]
    return [("kd", m[1]), ("kd", m[2]), ("err", m[3]), ("kd", m[4])]


def _sw_unowned(m: re.Match[str]) -> Runs:
    if m[2] in ("safe", "unsafe"):
        return [("kd", m[0])]
    return [("kd", m[1]), ("err", m[2]), ("kd", m[3])]


def _sw_call(m: re.Match[str]) -> Runs:
    return [("kt" if m[0][0].isupper() else "nf", m[0])]


def _sw_name(m: re.Match[str]) -> Runs:
    word = m[0]
    if word in _SW_KEYWORDS:
        return [("k", word)]
    if word in _SW_DECLARATIONS:
        return [("kd", word)]
    if word in _SW_CONSTANTS:
        return [("kc", word)]
    return [("kt" if word[0].isupper() else "n", word)]


def _sw_label(m: re.Match[str]) -> Runs:
    return [("nv", m[1]), ("", m[2]), ("p", m[3])]


_SW_STATES = {
    "bol": [
        (rx(r"#.*"), "cp", ()),
        ("mixin", "inline_whitespace", ()),
        (rx(r""), "", ("#pop",)),
    ],
    "inline_whitespace": [(rx(r"\s+"), "", ()), ("mixin", "has_comments", ())],
    "whitespace": [
        (rx(r"\n+"), "", ("bol",)),
        (rx(r"//.*?$"), "c1", ("bol",)),
        ("mixin", "inline_whitespace", ()),
    ],
    "has_comments": [(rx(r"/[*]"), "cm", ("nested_comment",))],
    "nested_comment": [
        ("mixin", "has_comments", ()),
        (rx(r"[*]/"), "cm", ("#pop",)),
        (rx(r"[^*/]+"), "cm", ()),
        (rx(r"."), "cm", ()),
    ],
    "root": [
        ("mixin", "whitespace", ()),
        (rx(r"\$(([1-9]\d*)?\d)"), "nv", ()),
        (rx(r"[()\[\]{}:;,?\\]"), "p", ()),
        (rx(r"[-/=+*%<>!&|^.~]+"), "o", ()),
        (rx(r'@?"'), "s", ("dq",)),
        (rx(r"'(\\.|.)'"), "sc", ()),
        (
            rx(
                r"(\d+(?:_\d+)*\*|(?:\d+(?:_\d+)*)*\.\d+(?:_\d)*)(e[+-]?\d+(?:_\d)*)?",
                re.I,
            ),
            "mf",
            (),
        ),
        (rx(r"\d+e[+-]?[0-9]+", re.I), "mf", ()),
        (rx(r"0o?[0-7]+(?:_[0-7]+)*"), "mo", ()),
        (
            rx(r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*((\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?\d+)?"),
            "mh",
            (),
        ),
        (rx(r"0b[01]+(?:_[01]+)*"), "mb", ()),
        (rx(r"\d+(?:_\d+)*"), "mi", ()),
        (rx(rf"@{_SW_ID}"), "kd", ()),
        (rx(r"(private|internal)(\([ ]*)(\w+)([ ]*\))"), _sw_access, ()),
        (rx(r"(unowned\([ ]*)(\w+)([ ]*\))"), _sw_unowned, ()),
        (rx(r"#available\([^)]+\)"), "kd", ()),
        (rx(r"(#(?:selector|keyPath)\()([^)]+?(?:[(].*?[)])?)(\))"), ("kd", "nf", "kd"), ()),
        (rx(r"#(line|file|column|function|dsohandle)"), "kd", ()),
        (rx(rf"(let|var)\b(\s*)({_SW_ID})"), ("k", "", "nv"), ()),
        (rx(r"(let|var)\b(\s*)([(])"), ("k", "", "p"), ("tuple",)),
        (
            rx(
                rf"(?!(?=\w)(if|while|for|private|internal|unowned|switch|case)\b)(?=\w)"
                rf"{_SW_ID}(?=(\?|!)?\s*[(])"
            ),
            _sw_call,
            (),
        ),
        (rx(r"as[?!]?(?=\s)"), "k", ()),
        (rx(r"try[!]?(?=\s)"), "k", ()),
        (rx(rf"(#?(?!default)(?![A-Z\u00c0-\u00de]){_SW_ID})(\s*)(:)"), _sw_label, ()),
        (rx(_SW_ID), _sw_name, ()),
        (rx(rf"(`)({_SW_ID})(`)"), ("p", "nv", "p"), ()),
    ],
    "tuple": [
        (rx(rf"({_SW_ID})"), "nv", ()),
        (rx(rf"(`)({_SW_ID})(`)"), ("p", "nv", "p"), ()),
        (rx(r","), "p", ()),
        (rx(r"[(]"), "p", ("#push",)),
        (rx(r"[)]"), "p", ("#pop",)),
        ("mixin", "inline_whitespace", ()),
    ],
    "dq": [
        (rx(r"""\\[\\0tnr'"]"""), "se", ()),
        (rx(r"\\[(]"), "se", ("interp",)),
        (rx(r"\\u\{[0-9a-fA-F]{1,8}\}"), "se", ()),
        (rx(r'[^\\"]+'), "s", ()),
        (rx(r'"""'), "s", ("#pop",)),
        (rx(r'"'), "s", ("#pop",)),
    ],
    "interp": [
        (rx(r"[(]"), "p", ("interp_inner",)),
        (rx(r"[)]"), "se", ("#pop",)),
        ("mixin", "root", ()),
    ],
    "interp_inner": [
        (rx(r"[(]"), "p", ("#push",)),
        (rx(r"[)]"), "p", ("#pop",)),
        ("mixin", "root", ()),
    ],
}

SWIFT = RougeLexer(_SW_STATES, stack=("root", "bol"))
SWIFT_NAMES = frozenset({"swift"})
