"""Python code split into tokens as Rouge's Python lexer splits it.

Written after Rouge 3.30's `Rouge::Lexers::Python` (MIT): every name is looked up in
Rouge's lists of keywords, builtins and exceptions, even after a dot (Rouge's look-behind
sees no text before its scan position), so `os.open` ends in a builtin `nb`; strings are
`s` with prefixes `sa`, escapes `se` (none in raw strings), f-string fields `si` around
code lexed again as Python; a `:` opening a line, then a triple-quoted string, is a
docstring `sd`; `from x import` and `import x` name their module `nn`.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

_KEYWORDS = frozenset(
    """assert break continue del elif else except exec finally for global if lambda pass
    print raise return try while yield as with from import yield async await
    nonlocal""".split()
)
_BUILTINS = frozenset(
    """__import__ abs all any apply ascii basestring bin bool buffer bytearray bytes callable
    chr classmethod cmp coerce compile complex delattr dict dir divmod enumerate eval
    execfile exit file filter float format frozenset getattr globals hasattr hash hex id
    input int intern isinstance issubclass iter len list locals long map max memoryview min
    next object oct open ord pow property range raw_input reduce reload repr reversed round
    set setattr slice sorted staticmethod str sum super tuple type unichr unicode vars
    xrange zip""".split()
)
_PSEUDO = frozenset("self None Ellipsis NotImplemented False True".split())
_EXCEPTIONS = frozenset(
    """ArithmeticError AssertionError AttributeError BaseException BlockingIOError
    BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError
    ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError
    EnvironmentError Exception FileExistsError FileNotFoundError FloatingPointError
    FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError
    IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError
    MemoryError ModuleNotFoundError NameError NotADirectoryError NotImplemented
    NotImplementedError OSError OverflowError OverflowWarning PendingDeprecationWarning
    ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError
    RuntimeWarning StandardError StopAsyncIteration StopIteration SyntaxError SyntaxWarning
    SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError
    UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning
    UserWarning ValueError VMSError Warning WindowsError ZeroDivisionError""".split()
)
_ID = r"[^\W\d]\w*"
_DOTTED = r"(?:[^\W\d]|\.)[\w.]*"  # Rouge's [[:alpha:]_.][[:alnum:]_.]*
_DIGITS = r"[0-9](?:_?[0-9])*"
_DECIMAL = rf"(?:(?:{_DIGITS})?\.{_DIGITS}|{_DIGITS}\.)"
_EXPONENT = rf"e[+-]?{_DIGITS}"


class _Strings:
    """Rouge's string register: the prefix and delimiter of each open string."""

    def __init__(self) -> None:
        self.open: list[tuple[str, str]] = []


def _name(m: re.Match[str], _s: _Strings) -> Runs:
    word = m[0]
    if word in _KEYWORDS:
        return [("k", word)]
    if word in _EXCEPTIONS or word in _BUILTINS:
        return [("nb", word)]
    if word in _PSEUDO:
        return [("bp", word)]
    return [("n", word)]


def _string_start(m: re.Match[str], s: _Strings) -> tuple[Runs, tuple[str, ...]]:
    s.open.append((m[1].lower(), m[2]))
    return [("sa", m[1]), ("s", m[2])], ("generic_string",)


def _quote(m: re.Match[str], s: _Strings) -> tuple[Runs, tuple[str, ...]]:
    if s.open and s.open[-1][1] == m[0]:
        s.open.pop()
        return [("s", m[0])], ("#pop",)
    return [("s", m[0])], ()


def _brace(m: re.Match[str], s: _Strings) -> tuple[Runs, tuple[str, ...]]:
    if s.open and "f" in s.open[-1][0]:
        return [("si", m[0])], ("generic_interpol",)
    return [("s", m[0])], ()


def _escape(m: re.Match[str], s: _Strings) -> tuple[Runs, tuple[str, ...]]:
    raw = bool(s.open) and "r" in s.open[-1][0]
    return [("s" if raw else "se", m[0])], ("#pop",)


def _field_code(m: re.Match[str], _s: _Strings) -> Runs:
    return PYTHON.runs(m[0])  # Rouge's `recurse`: a fresh Python lexer


_STATES = {
    "root": [
        (rx(r"\n+"), "", ()),
        (rx(r'^(:)(\s*)([ru]{0,2}""".*?""")', re.S | re.I), ("p", "", "sd"), ()),
        (rx(r"[^\S\n]+"), "", ()),
        (rx(r"#(.*)?\n?"), "c1", ()),
        (rx(r"[\[\]{}:(),;.]"), "p", ()),
        (rx(r"\\\n"), "", ()),
        (rx(r"\\"), "", ()),
        (rx(r"(in|is|and|or|not)\b"), "ow", ()),
        (rx(r"(<<|>>|//|\*\*)=?"), "o", ()),
        (rx(r"[-~+/*%=<>&^|@]=?|!="), "o", ()),
        (
            rx(rf"(from)((?:\\\s|\s)+)({_DOTTED})((?:\\\s|\s)+)(import)"),
            ("kn", "", "nn", "", "kn"),
            (),
        ),
        (rx(rf"(import)(\s+)({_DOTTED})"), ("kn", "", "nn"), ()),
        (rx(r"(def)((?:\s|\\\s)+)"), ("k", ""), ("funcname",)),
        (rx(r"(class)((?:\s|\\\s)+)"), ("k", ""), ("classname",)),
        (rx(r"`.*?`"), "sb", ()),
        (rx(r"""([rfbu]{0,2})('''|\"\"\"|['"])""", re.I), _string_start, ()),
        (rx(rf"@{_DOTTED}", re.I), "nd", ()),
        (rx(_ID), _name, ()),
        (rx(rf"{_DECIMAL}(?:{_EXPONENT})?j?", re.I), "mf", ()),
        (rx(rf"{_DIGITS}{_EXPONENT}j?", re.I), "mf", ()),
        (rx(rf"{_DIGITS}j", re.I), "mf", ()),
        (rx(r"0b(_?[0-1])+", re.I), "mb", ()),
        (rx(r"0o(_?[0-7])+", re.I), "mo", ()),
        (rx(r"0x(_?[a-f0-9])+", re.I), "mh", ()),
        (rx(r"\d+L"), "il", ()),
        (rx(r"([1-9](_?[0-9])*|0(_?0)*)"), "mi", ()),
    ],
    "funcname": [(rx(_ID), "nf", ("#pop",))],
    "classname": [(rx(_ID), "nc", ("#pop",))],
    "generic_string": [
        (rx(r"""[^'"\\{]+"""), "s", ()),
        (rx(r"{{"), "s", ()),
        (rx(r"""'''|\"\"\"|['"]"""), _quote, ()),
        (rx(r"(?=\\)"), "s", ("generic_escape",)),
        (rx(r"{"), _brace, ()),
    ],
    "generic_escape": [
        (
            rx(
                r"""\\([\\abfnrtv"']|\n|newline|N{[a-zA-Z][a-zA-Z ]+[a-zA-Z]}|u[a-fA-F0-9]{4}"""
                r"""|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})"""
            ),
            _escape,
            (),
        ),
        (rx(r"\\.", re.S), "s", ("#pop",)),
    ],
    "generic_interpol": [
        (rx(r"[^{}!:]+"), _field_code, ()),
        (rx(r"![asr]"), "si", ()),
        (rx(r":"), "si", ()),
        (rx(r"{"), "si", ("generic_interpol",)),
        (rx(r"}"), "si", ("#pop",)),
    ],
}

PYTHON = RougeLexer(_STATES, context=_Strings)
PYTHON_NAMES = frozenset({"python", "py"})
