"""INI, C#, Rust, R and Lua code split into tokens as Rouge's lexers split them.

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


# -- R -----------------------------------------------------------------------------------------

_R_KEYWORDS = frozenset("if else for while repeat in next break function".split())
_R_KEYWORD_CONSTANTS = frozenset(
    """NULL Inf TRUE FALSE NaN NA NA_integer_ NA_real_ NA_complex_ NA_character_""".split()
)
_R_BUILTIN_CONSTANTS = frozenset("LETTERS letters month.abb month.name pi T F".split())
_R_PRIMITIVES = """abs acos acosh all any anyNA Arg as.call as.character as.complex as.double
as.environment as.integer as.logical as.null.default as.numeric as.raw asin asinh atan atanh
attr attributes baseenv browser c call ceiling class Conj cos cosh cospi cummax cummin cumprod
cumsum digamma dim dimnames emptyenv exp expression floor forceAndCall gamma gc.time globalenv
Im interactive invisible is.array is.atomic is.call is.character is.complex is.double
is.environment is.expression is.finite is.function is.infinite is.integer is.language is.list
is.logical is.matrix is.na is.name is.nan is.null is.numeric is.object is.pairlist is.raw
is.recursive is.single is.symbol lazyLoadDBfetch length lgamma list log max min missing Mod
names nargs nzchar oldClass on.exit pos.to.env proc.time prod quote range Re rep retracemem
return round seq_along seq_len seq.int sign signif sin sinh sinpi sqrt standardGeneric
substitute sum switch tan tanh tanpi tracemem trigamma trunc unclass untracemem UseMethod
xtfrm""".split()


def _r_name(m: re.Match[str]) -> Runs:
    word = m[0]
    if word in _R_KEYWORDS:
        return [("k", word)]
    if word in _R_KEYWORD_CONSTANTS:
        return [("kc", word)]
    if word in _R_BUILTIN_CONSTANTS:
        return [("nb", word)]
    return [("n", word)]


_R_STATES = {
    "root": [
        (rx(r"#'.*?$"), "cd", ()),
        (rx(r"#.*?$"), "c1", ()),
        (rx(r"\s+"), "w", ()),
        (rx(r"`[^`]+?`"), "n", ()),
        (rx(r"'(\\.|.)*?'", re.S), "s1", ()),
        (rx(r'"(\\.|.)*?"', re.S), "s2", ()),
        (rx(r"%[^%]*?%"), "o", ()),
        (rx(r"0[xX][a-fA-F0-9]+([pP][0-9]+)?[Li]?"), "mh", ()),
        (rx(r"[+-]?(\d+([.]\d+)?|[.]\d+)([eE][+-]?\d+)?[Li]?"), "m", ()),
        # Rouge's `\b(?<!.)`: its scanner sees nothing before the scan position.
        (rx(rf"(?=\w)({'|'.join(re.escape(p) for p in _R_PRIMITIVES)})(?=\()"), "nf", ()),
        (rx(r"(?:(?:[^\W\d_]|[.][._]|[.][^\W\d_])[._\w]*)|[.]"), _r_name, ()),
        (rx(r"[\[\]{}();,]"), "p", ()),
        (rx(r"[-<>?*+^/!=~$@:%&|]"), "o", ()),
    ],
}

R = RougeLexer(_R_STATES)
R_NAMES = frozenset({"r", "R", "s", "S"})

# -- Lua ---------------------------------------------------------------------------------------

_LUA_BUILTINS = frozenset(
    """
    _g _version assert collectgarbage coroutine.create coroutine.isyieldable
    coroutine.resume coroutine.running coroutine.status coroutine.wrap coroutine.yield
    debug.debug debug.gethook debug.getinfo debug.getlocal debug.getmetatable
    debug.getregistry debug.getupvalue debug.getuservalue debug.sethook debug.setlocal
    debug.setmetatable debug.setupvalue debug.setuservalue debug.traceback debug.upvalueid
    debug.upvaluejoin dofile error file:close file:flush file:lines file:read file:seek
    file:setvbuf file:write getmetatable io.close io.flush io.input io.lines io.open
    io.output io.popen io.read io.stderr io.stdin io.stdout io.tmpfile io.type io.write
    ipairs load loadfile lua_cpath lua_cpath_5_3 lua_errerr lua_errfile lua_errgcmm
    lua_errmem lua_errrun lua_errsyntax lua_hookcall lua_hookcount lua_hookline lua_hookret
    lua_hooktailcall lua_init lua_init_5_3 lua_maskcall lua_maskcount lua_maskline
    lua_maskret lua_maxinteger lua_mininteger lua_minstack lua_multret lua_noref lua_ok
    lua_opadd lua_opband lua_opbnot lua_opbor lua_opbxor lua_opdiv lua_opeq lua_opidiv
    lua_ople lua_oplt lua_opmod lua_opmul lua_oppow lua_opshl lua_opshr lua_opsub lua_opunm
    lua_path lua_path_5_3 lua_refnil lua_registryindex lua_ridx_globals lua_ridx_mainthread
    lua_tboolean lua_tfunction lua_tlightuserdata lua_tnil lua_tnone lua_tnumber lua_tstring
    lua_ttable lua_tthread lua_tuserdata lua_use_apicheck lua_yield lual_buffersize
    luaopen_base luaopen_coroutine luaopen_debug luaopen_io luaopen_math luaopen_os
    luaopen_package luaopen_string luaopen_table luaopen_utf8 math.abs math.acos math.asin
    math.atan math.ceil math.cos math.deg math.exp math.floor math.fmod math.huge math.log
    math.max math.maxinteger math.min math.mininteger math.modf math.pi math.rad math.random
    math.randomseed math.sin math.sqrt math.tan math.tointeger math.type math.ult next
    os.clock os.date os.difftime os.execute os.exit os.getenv os.remove os.rename
    os.setlocale os.time os.tmpname package.config package.cpath package.loaded
    package.loadlib package.path package.preload package.searchers package.searchpath pairs
    pcall print rawequal rawget rawlen rawset require select setmetatable string.byte
    string.char string.dump string.find string.format string.gmatch string.gsub string.len
    string.lower string.match string.pack string.packsize string.rep string.reverse
    string.sub string.unpack string.upper table.concat table.insert table.move table.pack
    table.remove table.sort table.unpack tonumber tostring type utf8.char utf8.charpattern
    utf8.codepoint utf8.codes utf8.len utf8.offset xpcall
    """.split()
)


def _lua_name(m: re.Match[str]) -> tuple[Runs, tuple[str, ...]]:
    name = m[0]
    if name == "gsub":
        return [("nb", name)], ("gsub",)
    if name in _LUA_BUILTINS:
        return [("nb", name)], ()
    if "." in name:
        a, b = name.split(".", 1)
        return [("n", a), ("p", "."), ("n", b)], ()
    return [("n", name)], ()


_LUA_STATES = {
    "root": [(rx(r"#!(.*?)$"), "cp", ()), (rx(r""), "", ("base",))],
    "base": [
        (rx(r"--\[(=*)\[.*?\]\1\]", re.S), "cm", ()),
        (rx(r"--.*$"), "c1", ()),
        # Rouge's float rule ends in a stray quote: only `1.5'` is a float there.
        (rx(r"(?i)(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?'"), "mf", ()),
        (rx(r"(?i)\d+e[+-]?\d+"), "mf", ()),
        (rx(r"(?i)0x[0-9a-f]*"), "mh", ()),
        (rx(r"\d+"), "mi", ()),
        (rx(r"\n"), "", ()),
        (rx(r"[^\S\n]"), "", ()),
        (rx(r"\[(=*)\[.*?\]\1\]", re.S), "s", ()),
        (rx(r"(==|~=|<=|>=|\.\.\.|\.\.|[=+\-*/%^<>#])"), "o", ()),
        (rx(r"[\[\]{}().,:;]"), "p", ()),
        (rx(r"(and|or|not)\b"), "ow", ()),
        (
            rx(r"(break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)\b"),
            "k",
            (),
        ),
        (rx(r"(local)\b"), "kd", ()),
        (rx(r"(true|false|nil)\b"), "kc", ()),
        (rx(r"(function)\b"), "k", ("function_name",)),
        (rx(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?"), _lua_name, ()),
        (rx(r"'"), "s1", ("escape_sqs",)),
        (rx(r'"'), "s2", ("escape_dqs",)),
    ],
    "function_name": [
        (rx(r"\s+"), "", ()),
        (
            rx(r"(?:([A-Za-z_][A-Za-z0-9_]*)(\.))?([A-Za-z_][A-Za-z0-9_]*)"),
            ("nc", "p", "nf"),
            ("#pop",),
        ),
        (rx(r"\("), "p", ("#pop",)),
    ],
    "gsub": [
        (rx(r"\)"), "p", ("#pop",)),
        (rx(r"[(,]"), "p", ()),
        (rx(r"\s+"), "", ()),
        (rx(r'"'), "sr", ("regex",)),
    ],
    "regex": [
        (rx(r'"'), "sr", ("goto:regex_end",)),
        (rx(r"\[\^?"), "se", ("regex_group",)),
        (rx(r"\\."), "se", ()),
        (rx(r"[(][?][:=<!]"), "se", ()),
        (rx(r"[{][\d,]+[}]"), "se", ()),
        (rx(r"[()?]"), "se", ()),
        (rx(r"."), "sr", ()),
    ],
    "regex_end": [(rx(r"[$]+"), "sr", ("#pop",)), (rx(r""), "", ("#pop",))],
    "regex_group": [
        (rx(r"/"), "se", ()),
        (rx(r"\]"), "se", ("#pop",)),
        (rx(r"(\\)(.)"), ("se", "sr"), ()),
        (rx(r"."), "sr", ()),
    ],
    "escape_sqs": [("mixin", "string_escape", ()), ("mixin", "sqs", ())],
    "escape_dqs": [("mixin", "string_escape", ()), ("mixin", "dqs", ())],
    "string_escape": [(rx(r"""\\([abfnrtv\\"']|\d{1,3})"""), "se", ())],
    "sqs": [(rx(r"'"), "s1", ("#pop",)), (rx(r"[^']+"), "s1", ())],
    "dqs": [(rx(r'"'), "s2", ("#pop",)), (rx(r'[^"]+'), "s2", ())],
}

LUA = RougeLexer(_LUA_STATES)
LUA_NAMES = frozenset({"lua"})
