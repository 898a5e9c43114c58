"""INI, C# and Rust code split into tokens as Rouge's lexers split them.

Written after Rouge 3.30's `INI`, `CSharp` and `Rust` lexers (MIT). INI: `[section]` `nn`,
`key` `py`, `=` `p`, values `s`, comments `c` with their newline. C#: brackets and
operators all `p`, numbers digit by digit `m`, `class X` `nc`, `using a.b` `nn`, a name
before `(` `nf`. Rust: `name::` `nn`, `name(` `nf`, `.name` `py`, `x!` macros `nd` (their
brackets counted), `#[...]` attributes `nd`, lifetimes `nv`, builtin types `nb`, `///`
doc comments `cd`.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

# -- INI -------------------------------------------------------------------------------------

_INI_STATES = {
    "basic": [
        (rx(r"[;#].*?\n"), "c", ()),
        (rx(r"\s+"), "", ()),
        (rx(r"\\\n"), "se", ()),
    ],
    "root": [
        ("mixin", "basic", ()),
        (rx(r"([\w\-.]+)(\s*)(=)"), ("py", "", "p"), ("value",)),
        (rx(r"\[.*?\]"), "nn", ()),
    ],
    "value": [
        (rx(r"\n"), "", ("#pop",)),
        ("mixin", "basic", ()),
        (rx(r'"'), "s", ("dq",)),
        (rx(r"'.*?'"), "s", ()),
        ("mixin", "esc_str", ()),
        (rx(r"[^\\\n]+"), "s", ()),
    ],
    "dq": [
        (rx(r'"'), "s", ("#pop",)),
        ("mixin", "esc_str", ()),
        (rx(r'[^\\"]+'), "s", ()),
    ],
    "esc_str": [(rx(r"\\.", re.S), "se", ())],
}

INI = RougeLexer(_INI_STATES)
INI_NAMES = frozenset({"ini"})

# -- C# ----------------------------------------------------------------------------------------

_CS_ID = r"@?[_a-zA-Z]\w*"
_CS_KEYWORDS = """abstract as base break case catch checked const continue default delegate do
else enum event explicit extern false finally fixed for foreach goto if implicit in
interface internal is lock new null operator out override params private protected public
readonly ref return sealed sizeof stackalloc static switch this throw true try typeof
unchecked unsafe virtual void volatile while add alias async await get global partial
remove set value where yield nameof ascending by descending equals from group in into join
let on orderby select""".split()
_CS_TYPES = """bool byte char decimal double dynamic float int long object sbyte short string
uint ulong ushort var""".split()
_CS_PREPROC = "if endif else elif define undef line error warning region endregion pragma"

_CS_STATES = {
    "whitespace": [
        (rx(r"\s+", re.A), "", ()),
        (rx(r"//.*?$"), "c1", ()),
        (rx(r"/[*].*?[*]/", re.S), "cm", ()),
    ],
    "nest": [
        (rx(r"{"), "p", ("nest",)),
        (rx(r"}"), "p", ("#pop",)),
        ("mixin", "root", ()),
    ],
    "splice_string": [
        (rx(r"\\."), "s", ()),
        (rx(r"{"), "p", ("nest",)),
        (rx(r'"|\n'), "s", ("#pop",)),
        (rx(r"."), "s", ()),
    ],
    "splice_literal": [
        (rx(r'""'), "s", ()),
        (rx(r"{"), "p", ("nest",)),
        (rx(r'"'), "s", ("#pop",)),
        (rx(r"."), "s", ()),
    ],
    "root": [
        ("mixin", "whitespace", ()),
        (rx(r'[$]\s*"', re.A), "s", ("splice_string",)),
        (rx(r'[$]@\s*"', re.A), "s", ("splice_literal",)),
        (rx(rf"(<\[)\s*({_CS_ID}:)?", re.A | re.I), "k", ()),
        (rx(r"\]>"), "k", ()),
        (rx(r"[~!%^&*()+=|\[\]{}:;,.<>/?-]"), "p", ()),
        (rx(r'@"(""|[^"])*"', re.S), "s", ()),
        (rx(r'"(\\.|.)*?["\n]'), "s", ()),
        (rx(r"'(\\.|.)'"), "sc", ()),
        (rx(r"0x[0-9a-f]+[lu]?", re.I), "m", ()),
        (rx(r"[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?", re.I), "m", ()),
        (rx(r"(?=\w)(?:class|struct|interface)\b", re.A), "k", ("class",)),
        (rx(r"(?=\w)(?:namespace|using)\b", re.A), "k", ("namespace",)),
        (rx(rf"^#[ \t]*({_CS_PREPROC.replace(' ', '|')})\b.*?\n", re.A), "cp", ()),
        (rx(rf"(?=\w)({'|'.join(_CS_KEYWORDS)})\b", re.A), "k", ()),
        (rx(rf"(?=\w)({'|'.join(_CS_TYPES)})\b", re.A), "kt", ()),
        (rx(rf"{_CS_ID}(?=\s*[(])", re.A | re.I), "nf", ()),
        (rx(_CS_ID, re.A | re.I), "n", ()),
    ],
    "class": [("mixin", "whitespace", ()), (rx(_CS_ID, re.A | re.I), "nc", ("#pop",))],
    "namespace": [
        ("mixin", "whitespace", ()),
        (rx(r"(?=[(])"), "", ("#pop",)),
        (rx(rf"({_CS_ID}|[.])+", re.A | re.I), "nn", ("#pop",)),
    ],
}

CSHARP = RougeLexer(_CS_STATES)
CSHARP_NAMES = frozenset({"csharp", "c#", "cs"})

# -- Rust --------------------------------------------------------------------------------------

_RS_KEYWORDS = """as async await break const continue crate dyn else enum extern false fn for
if impl in let log loop match mod move mut pub ref return self Self static struct super trait
true type unsafe use where while abstract become box do final macro override priv typeof
unsized virtual yield try union""".split()
_RS_BUILTINS = frozenset(
    """Add BitAnd BitOr BitXor bool c_char c_double c_float char c_int clock_t c_long
    c_longlong Cons Const Copy c_schar c_short c_uchar c_uint c_ulong c_ulonglong c_ushort
    c_void dev_t DIR dirent Div Either Eq Err f32 f64 Failure FILE float fpos_t i16 i32 i64
    i8 isize Index ino_t int intptr_t Left mode_t Modulo Mul Neg Nil None Num off_t Ok
    Option Ord Owned pid_t Ptr ptrdiff_t Right Send Shl Shr size_t Some ssize_t str Sub
    Success time_t u16 u32 u64 u8 usize uint uintptr_t Box Vec String Gc Rc Arc u128 i128
    Result Sync Pin Unpin Sized Drop drop Fn FnMut FnOnce Clone PartialEq PartialOrd AsMut
    AsRef From Into Default DoubleEndedIterator ExactSizeIterator Extend IntoIterator
    Iterator""".split()
)
_RS_ID = r"[^\W\d]\w*"  # Rouge: [\p{XID_Start}_]\p{XID_Continue}*
_RS_HEX = r"[0-9a-fA-F]"
_RS_ESCAPES = rf"""\\(?:[nrt'"\\0]|x{_RS_HEX}{{2}}|u\{{(?:{_RS_HEX}_*){{1,6}}\}})"""
_RS_SIZE = r"(?:8|16|32|64|128|size)"
_CLOSER = {"[": "]", "(": ")", "{": "}"}


class _MacroDelims:
    """Rouge's `@macro_delims`: open brackets of the macro being read."""

    def __init__(self) -> None:
        self.open = {"]": 0, ")": 0, "}": 0}


def _macro_open(m: re.Match[str], d: _MacroDelims) -> Runs:
    d.open[_CLOSER[m[0]]] += 1
    return [("p", m[0])]


def _macro_close(m: re.Match[str], d: _MacroDelims) -> tuple[Runs, tuple[str, ...]]:
    d.open[m[0]] -= 1
    closed = all(count == 0 for count in d.open.values())
    return [("p", m[0])], ("#pop",) if closed else ()


def _rs_name(m: re.Match[str], _d: _MacroDelims) -> Runs:
    return [("nb" if m[0] in _RS_BUILTINS else "n", m[0])]


_RS_STATES = {
    "bol": [
        ("mixin", "whitespace", ()),
        (rx(r"#\s[^\n]*"), "cs", ()),
        (rx(r""), "", ("#pop",)),
    ],
    "attribute": [
        ("mixin", "whitespace", ()),
        ("mixin", "has_literals", ()),
        (rx(r"[(,)=:]"), "nd", ()),
        (rx(r"\]"), "nd", ("#pop",)),
        (rx(_RS_ID), "nd", ()),
    ],
    "whitespace": [(rx(r"\s+"), "", ()), ("mixin", "comments", ())],
    "comments": [
        (rx(r"////+[^\n]*"), "c1", ()),
        (rx(r"//[/!][^\n]*"), "cd", ()),
        (rx(r"//[^\n]*"), "c1", ()),
        (rx(r"/\*\*\*?/"), "cm", ()),
        (rx(r"/\*\*\*+"), "cm", ("nested_plain_block",)),
        (rx(r"/[*][*!]"), "cd", ("nested_doc_block",)),
        (rx(r"/[*]"), "cm", ("nested_plain_block",)),
    ],
    "nested_plain_block": [
        (rx(r"\*/"), "cm", ("#pop",)),
        (rx(r"/\*"), "cm", ("nested_plain_block",)),
        (rx(r"[^*/]+|[*/]"), "cm", ()),
    ],
    "nested_doc_block": [
        (rx(r"\*/"), "cd", ("#pop",)),
        (rx(r"/\*"), "cd", ("nested_doc_block",)),
        (rx(r"[^*/]+|[*/]"), "cd", ()),
    ],
    "root": [
        (rx(r"\n"), "", ("bol",)),
        ("mixin", "whitespace", ()),
        (rx(r"#!?\["), "nd", ("attribute",)),
        (rx(rf"(?=\w)(?:{'|'.join(_RS_KEYWORDS)})\b"), "k", ()),
        ("mixin", "has_literals", ()),
        (rx(r"[=-]>"), "k", ()),
        (rx(r"<->"), "k", ()),
        (rx(r"[()\[\]{}|,:;]"), "p", ()),
        (rx(r"[*/!@~&+%^<>=?-]|\.{2,3}"), "o", ()),
        (rx(rf"([.]\s*)?{_RS_ID}(?=\s*[(])"), "nf", ()),
        (rx(r"[.]\s*await\b"), "k", ()),
        (rx(rf"[.]\s*{_RS_ID}"), "py", ()),
        (rx(r"[.]\s*\d+"), "na", ()),
        (rx(rf"({_RS_ID})(::)"), ("nn", "p"), ()),
        (rx(r"(?=\w)macro_rules!"), "nd", ("macro_rules",)),
        (rx(rf"{_RS_ID}!"), "nd", ("macro",)),
        (rx(r"'static\b"), "k", ()),
        (rx(rf"'{_RS_ID}"), "nv", ()),
        (rx(_RS_ID), _rs_name, ()),
    ],
    "macro": [
        ("mixin", "has_literals", ()),
        (rx(r"[\[{(]"), _macro_open, ()),
        (rx(r"[\]})]"), _macro_close, ()),
        (rx(rf"{_RS_ID}!"), "nd", ()),
        ("mixin", "root", ()),
        (rx(r"."), "", ()),
    ],
    "macro_rules": [
        (rx(rf"[$]{_RS_ID}(:{_RS_ID})?"), "nv", ()),
        (rx(r"[$]"), "nv", ()),
        ("mixin", "macro", ()),
    ],
    "has_literals": [
        (rx(r"(?=\w)(?:true|false)\b"), "kc", ()),
        (rx(rf"b?'(?:{_RS_ESCAPES}|[^\\])'"), "sc", ()),
        (rx(r'b?"'), "s", ("string",)),
        (rx(r'b?r(#*)".*?"\1', re.S), "s", ()),
        (
            rx(
                r"[0-9][0-9_]*(?:[.][0-9][0-9_]*(?:[eE][-+]?[0-9_]+)?(?:f32|f64)?"
                r"|(?:[.][0-9][0-9_]*)?[eE][-+]?[0-9_]+(?:f32|f64)?"
                r"|(?:[.][0-9][0-9_]*)?(?:[eE][-+]?[0-9_]+)?(?:f32|f64)"
                r"|[.](?![._]|[^\W\d]))"
            ),
            "mf",
            (),
        ),
        (
            rx(
                rf"(?:0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)(?:u{_RS_SIZE}?|i{_RS_SIZE})?"
            ),
            "mi",
            (),
        ),
    ],
    "string": [
        (rx(r'"'), "s", ("#pop",)),
        (rx(_RS_ESCAPES), "se", ()),
        (rx(r'[^"\\]+'), "s", ()),
    ],
}

RUST = RougeLexer(_RS_STATES, context=_MacroDelims, stack=("root", "bol"))
RUST_NAMES = frozenset({"rust", "rs"})
