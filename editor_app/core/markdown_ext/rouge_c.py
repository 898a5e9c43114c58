"""C and C++ code split into tokens as Rouge's lexers split them.

Written after Rouge 3.30's `Rouge::Lexers::C` and `Cpp` (MIT): a line's leading `#...` is
`cp` (`#include <x>` with the file `cpf`), `#if 0` blocks a comment `c`; a function's
definition or declaration (`int main(void) {`) names it `nf`, its return type and
arguments lexed again from the start; names from Rouge's keyword, type and reserved lists
`k`, `kt`, `kr`, others `n`; a `label:` at a line's start `nl`. C++ adds its own keywords,
`class X` `nc`, templates, digit separators, number suffixes and raw strings. Objective-C
adds `@` literals, `[receiver message:arg]` sends (`nf`), `@interface` names and `- (type)name:`
method definitions.
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.core.markdown_ext.rouge_regex import LazyPattern, RougeLexer, Runs, rx


def _rx(pattern: str, flags: int = 0) -> LazyPattern:
    return rx(pattern, re.A | flags)  # Ruby's \w, \s and \d are ASCII


_C_KEYWORDS = frozenset(
    """auto break case const continue default do else enum extern for goto if register
    restricted return sizeof static struct switch typedef union volatile virtual while
    _Alignas _Alignof _Atomic _Generic _Imaginary _Noreturn _Static_assert
    _Thread_local""".split()
)
_C_TYPES = frozenset(
    """int long float short double char unsigned signed void jmp_buf FILE DIR div_t ldiv_t
    mbstate_t sig_atomic_t fpos_t clock_t time_t va_list size_t ssize_t off_t wchar_t
    ptrdiff_t wctrans_t wint_t wctype_t _Bool _Complex int8_t int16_t int32_t int64_t
    uint8_t uint16_t uint32_t uint64_t int_least8_t int_least16_t int_least32_t
    int_least64_t uint_least8_t uint_least16_t uint_least32_t uint_least64_t int_fast8_t
    int_fast16_t int_fast32_t int_fast64_t uint_fast8_t uint_fast16_t uint_fast32_t
    uint_fast64_t intptr_t uintptr_t intmax_t uintmax_t char16_t char32_t""".split()
)
_C_RESERVED = frozenset(
    """__asm __int8 __based __except __int16 __stdcall __cdecl __fastcall __int32 __declspec
    __finally __int61 __try __leave inline _inline __inline naked _naked __naked restrict
    _restrict __restrict thread _thread __thread typename _typename __typename""".split()
)
_CPP_KEYWORDS = _C_KEYWORDS | frozenset(
    """asm auto catch char8_t concept consteval constexpr constinit const_cast co_await
    co_return co_yield delete dynamic_cast explicit export friend mutable namespace new
    operator private protected public reinterpret_cast requires restrict size_of
    static_cast this throw throws typeid typename using virtual final override alignas
    alignof decltype noexcept static_assert thread_local try""".split()
)
_CPP_TYPES = _C_TYPES | {"bool"}
_CPP_RESERVED = _C_RESERVED | frozenset(
    """__virtual_inheritance __uuidof __super __single_inheritance __multiple_inheritance
    __interface __event""".split()
)

_ID = r"[a-zA-Z_][a-zA-Z0-9_]*"
_WS = r"(?:\s|//.*?\n|/[*].*?[*]/)+"
_DQ = r"\d(?:'?\d)*"


def _make(  # noqa: ANN202, C901
    keywords: frozenset[str],
    types: frozenset[str],
    reserved: frozenset[str],
    cpp: bool,
    objc: bool = False,
):
    """The states of Rouge's C lexer, or of its C++ lexer (`cpp`)."""

    def name(m: re.Match[str]) -> Runs:
        word = m[0]
        if word in keywords:
            return [("k", word)]
        if word in types:
            return [("kt", word)]
        if word in reserved:
            return [("kr", word)]
        if objc and word in _OBJC_BUILTINS:
            return [("nb", word)]
        return [("n", word)]

    def function(m: re.Match[str]) -> tuple[Runs, tuple[str, ...]]:
        lexer = OBJC if objc else CPP if cpp else C
        runs = lexer.runs(m[1]) + [("nf", m[2])] + lexer.runs(m[3]) + lexer.runs(m[4] or "")
        runs.append(("p", m[5]))
        return runs, ("function",) if m[5] == "{" else ()

    states: dict[str, list[Any]] = {
        "expr_bol": [
            ("mixin", "inline_whitespace", ()),
            (_rx(r"#if\s0"), "c", ("if_0",)),
            (_rx(r"#"), "cp", ("macro",)),
            (_rx(r""), "", ("#pop",)),
        ],
        "bol": [(_rx(rf"{_ID}:(?!:)"), "nl", ()), ("mixin", "expr_bol", ())],
        "inline_whitespace": [
            (_rx(r"[ \t\r]+"), "", ()),
            (_rx(r"\\\n"), "", ()),
            (_rx(r"/(\\\n)?[*].*?[*](\\\n)?/", re.S), "cm", ()),
        ],
        "whitespace": [
            (_rx(r"\n+"), "", ("bol",)),
            (_rx(r"//(\\.|.)*?$"), "c1", ("bol",)),
            ("mixin", "inline_whitespace", ()),
        ],
        "expr_whitespace": [(_rx(r"\n+"), "", ("expr_bol",)), ("mixin", "whitespace", ())],
        "statements": [
            ("mixin", "whitespace", ()),
            (_rx(r'(u8|u|U|L)?"'), "s", ("string",)),
            (_rx(r"(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'", re.I), "sc", ()),
            (_rx(r"(\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*", re.I), "mf", ()),
            (_rx(r"\d+e[+-]?\d+[lu]*", re.I), "mf", ()),
            (_rx(r"0x[0-9a-f]+[lu]*", re.I), "mh", ()),
            (_rx(r"0[0-7]+[lu]*", re.I), "mo", ()),
            (_rx(r"\d+[lu]*", re.I), "mi", ()),
            (_rx(r"\*/"), "err", ()),
            (_rx(r"[~!%^&*+=|?:<>/-]"), "o", ()),
            (_rx(r"[()\[\],.;]"), "p", ()),
            (_rx(r"(?=\w)case\b"), "k", ("case",)),
            (_rx(r"(?:true|false|NULL)\b"), "nb", ()),
            (_rx(_ID), name, ()),
        ],
        "case": [(_rx(r":"), "p", ("#pop",)), ("mixin", "statements", ())],
        "root": [
            ("mixin", "expr_whitespace", ()),
            (
                _rx(rf"([\w*\s]+?[\s*])({_ID})(\s*\([^;]*?\))({_WS})?({{|;)"),
                function,
                (),
            ),
            (_rx(r"\{"), "p", ("function",)),
            ("mixin", "statements", ()),
        ],
        "function": [
            ("mixin", "whitespace", ()),
            ("mixin", "statements", ()),
            (_rx(r";"), "p", ()),
            (_rx(r"{"), "p", ("function",)),
            (_rx(r"}"), "p", ("#pop",)),
        ],
        "string": [
            (_rx(r'"'), "s", ("#pop",)),
            (_rx(r"""\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})"""), "se", ()),
            (_rx(r'[^\\"\n]+'), "s", ()),
            (_rx(r"\\\n"), "s", ()),
            (_rx(r"\\"), "s", ()),
        ],
        "macro": [
            ("mixin", "include", ()),
            (_rx(r"[^/\n\\]+"), "cp", ()),
            (_rx(r"\\.", re.S), "cp", ()),
            ("mixin", "inline_whitespace", ()),
            (_rx(r"/"), "cp", ()),
            (_rx(r"\n"), "cp", ("#pop",)),
        ],
        "include": [
            (_rx(r"(include)(\s*)(<[^>]+>)([^\n]*)"), ("cp", "", "cpf", "c1"), ()),
            (_rx(r'(include)(\s*)("[^"]+")([^\n]*)'), ("cp", "", "cpf", "c1"), ()),
        ],
        "if_0": [
            (_rx(r"^\s*#if"), "c", ("if_0",)),
            (_rx(r"^\s*#\s*el(?:se|if)"), "c", ("#pop",)),
            (_rx(r"^\s*#\s*endif\b.*?(?<!\\)\n", re.S), "c", ("#pop",)),
            (_rx(r".*?\n"), "c", ()),
        ],
    }
    if objc:
        _add_objc(states)
    if not cpp:
        return states
    states["root"].insert(0, (_rx(r"(?:__offload|__blockingoffload|__outer)\b"), "kp", ()))
    states["statements"][0:0] = [
        (_rx(r"(class|struct)\b"), "k", ("classname",)),
        (_rx(r"template\b"), "k", ("template",)),
        (
            _rx(rf"{_DQ}(\.{_DQ})?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\b"),
            "mx",
            (),
        ),
        (_rx(rf"({_DQ}[.](?:{_DQ})?|[.]{_DQ})(e[+-]?{_DQ}[lu]*)?", re.I), "mf", ()),
        (_rx(rf"{_DQ}e[+-]?{_DQ}[lu]*", re.I), "mf", ()),
        (_rx(r"0x[0-9a-fA-F]('?[0-9a-fA-F])*[lu]*", re.I), "mh", ()),
        (_rx(r"0b[01]+('[01]+)*"), "mb", ()),
        (_rx(r"0[0-7]('?[0-7])*[lu]*", re.I), "mo", ()),
        (_rx(rf"{_DQ}[lu]*", re.I), "mi", ()),
        (_rx(r"(?=\w)nullptr\b"), "nb", ()),
        (
            _rx(
                r"(?:u8|u|U|L)?R\"([a-zA-Z0-9_{}\[\]#<>%:;.?*+\-/^&|~!=,\"']{0,16})\(.*?\)\1\"",
                re.S,
            ),
            "s",
            (),
        ),
        (_rx(r"(::|<=>)"), "o", ()),
        (_rx(r"[{}]"), "p", ()),
    ]
    states["classname"] = [
        (_rx(_ID), "nc", ("#pop",)),
        ("mixin", "whitespace", ()),
        (_rx(r"[.]{3}"), "o", ()),
        (_rx(r","), "p", ("#pop",)),
        (_rx(r""), "", ("#pop",)),
    ]
    states["template"] = [
        (_rx(r"[>;]"), "p", ("#pop",)),
        (_rx(r"typename\b"), "k", ("classname",)),
        ("mixin", "statements", ()),
    ]
    states["case"] = [(_rx(r":(?!:)"), "p", ("#pop",)), ("mixin", "statements", ())]
    return states


_OBJC_ID = r"[a-zA-Z$_][a-zA-Z0-9$_]*"
_OBJC_AT_KEYWORDS = frozenset(
    """selector private protected public encode synchronized try throw catch finally end
    property synthesize dynamic optional interface implementation import
    autoreleasepool""".split()
)
_OBJC_AT_BUILTINS = frozenset({"true", "false", "YES", "NO"})
_OBJC_BUILTINS = frozenset({"YES", "NO", "nil"})


def _objc_at_word(m: re.Match[str]) -> Runs:
    css = "k" if m[1] in _OBJC_AT_KEYWORDS else "nb" if m[1] in _OBJC_AT_BUILTINS else "err"
    return [(css, m[0])]


def _objc_method(m: re.Match[str]) -> tuple[Runs, tuple[str, ...]]:
    runs = [("k", m[1]), ("", m[2])]
    if m[3]:
        runs += OBJC.runs(m[3])
    return [*runs, ("", m[4])], ("method_definition",)


def _objc_argument(m: re.Match[str]) -> Runs:
    return [*OBJC.runs(m[1]), ("nv", m[2])]


def _add_objc(states: dict[str, list[Any]]) -> None:
    """Rouge's ObjectiveCCommon: Objective-C's additions to the C lexer."""
    i = _OBJC_ID
    states["statements"][0:0] = [
        (_rx(r'@"'), "s", ("string",)),
        (_rx(r"@'(\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|\\.|[^\\'\n]')"), "sc", ()),
        (_rx(r"@(\d+[.]\d*|[.]\d+|\d+)e[+-]?\d+l?", re.I), "mf", ()),
        (_rx(r"@(\d+[.]\d*|[.]\d+|\d+f)f?", re.I), "mf", ()),
        (_rx(r"@0x[0-9a-fA-F]+[lL]?"), "mh", ()),
        (_rx(r"@0[0-7]+l?", re.I), "mo", ()),
        (_rx(r"@\d+l?"), "mi", ()),
        (_rx(r"(?=\w)in\b"), "k", ()),
        (_rx(r"@(?:interface|implementation)\b"), "k", ("objc_classname",)),
        (_rx(r"@(?:class|protocol)\b"), "k", ("forward_classname",)),
        (rx(r"@([^\W_]+)"), _objc_at_word, ()),
        (_rx(r"[?]"), "p", ("ternary",)),
        (_rx(r"\["), "p", ("message",)),
        (_rx(r"@\["), "p", ("array_literal",)),
        (_rx(r"@\{"), "p", ("dictionary_literal",)),
    ]
    states["ternary"] = [(_rx(r":"), "p", ("#pop",)), ("mixin", "statements", ())]
    states["message_shared"] = [
        (_rx(r"\]"), "p", ("#pop",)),
        (_rx(r"\{"), "p", ("#pop",)),
        (_rx(r";"), "err", ()),
        ("mixin", "statements", ()),
    ]
    states["message"] = [
        (_rx(rf"({i})(\s*)(:)"), ("nf", "", "p"), ("goto:message_with_args",)),
        (_rx(rf"({i})(\s*)(\])"), ("nf", "", "p"), ("#pop",)),
        ("mixin", "message_shared", ()),
    ]
    states["message_with_args"] = [
        (_rx(r"\{"), "p", ("function",)),
        (_rx(rf"({i})(\s*)(:)"), ("nf", "", "p"), ("#pop",)),
        ("mixin", "message_shared", ()),
    ]
    states["array_literal"] = [
        (_rx(r"]"), "p", ("#pop",)),
        (_rx(r","), "p", ()),
        ("mixin", "statements", ()),
    ]
    states["dictionary_literal"] = [
        (_rx(r"}"), "p", ("#pop",)),
        (_rx(r","), "p", ()),
        ("mixin", "statements", ()),
    ]
    states["objc_classname"] = [
        ("mixin", "whitespace", ()),
        (_rx(rf"({i})(\s*)(:)(\s*)({i})"), ("nc", "", "p", "", "nc"), ("#pop",)),
        (
            _rx(rf"({i})(\s*)([(])(\s*)({i})(\s*)([)])"),
            ("nc", "", "p", "", "nl", "", "p"),
            ("#pop",),
        ),
        (_rx(i), "nc", ("#pop",)),
    ]
    states["forward_classname"] = [
        ("mixin", "whitespace", ()),
        (_rx(rf"({i})(\s*)(,)(\s*)"), ("nc", "", "p", ""), ("#push",)),
        (_rx(rf"({i})(\s*)(;?)"), ("nc", "", "p"), ("#pop",)),
    ]
    states["root"].insert(
        0, (_rx(rf"([-+])(\s*)([(].*?[)])?(\s*)(?={i}:?)", re.I), _objc_method, ())
    )
    states["method_definition"] = [
        (_rx(r","), "p", ()),
        (_rx(r"[.][.][.]"), "p", ()),
        (_rx(rf"([(].*?[)])({i})"), _objc_argument, ()),
        (_rx(rf"({i})(\s*)(:)", re.S), ("nf", "", "p"), ()),
        (_rx(r";"), "p", ("#pop",)),
        (_rx(r"{"), "p", ("goto:function",)),
        ("mixin", "inline_whitespace", ()),
        (_rx(r"//.*?\n"), "c1", ()),
        (_rx(r"\s+", re.S), "", ()),
        (_rx(r""), "", ("#pop",)),
    ]


C = RougeLexer(_make(_C_KEYWORDS, _C_TYPES, _C_RESERVED, cpp=False), stack=("root", "bol"))
CPP = RougeLexer(_make(_CPP_KEYWORDS, _CPP_TYPES, _CPP_RESERVED, cpp=True), stack=("root", "bol"))
OBJC = RougeLexer(
    _make(_C_KEYWORDS, _C_TYPES, _C_RESERVED, cpp=False, objc=True), stack=("root", "bol")
)
C_NAMES = frozenset({"c"})
OBJC_NAMES = frozenset({"objective_c", "objc", "obj-c", "obj_c", "objectivec"})
CPP_NAMES = frozenset({"cpp", "c++"})
