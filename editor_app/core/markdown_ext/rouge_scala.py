"""Scala and Groovy code split into tokens as Rouge's lexers split them.

Written after Rouge 3.30's `Rouge::Lexers::Scala` (MIT): `def name` `nf`, `val name` `nv`,
`a.b` a variable and a property `py`, capitalised names `nc`, `: Type` annotations `kt`,
`[T]` type parameters, operators made of any symbol characters `o`. Rouge's expressions
use Unicode categories (letters, math and other symbols), so they are compiled with the
`regex` module, which knows them. Groovy (and so Gradle files): a method's name before `(`
at a line's start `nf`, `.name` `na`, `name:` labels `nl`, `/.../` and `$/.../$` strings.
"""

from __future__ import annotations

import regex

from editor_app.core.markdown_ext.rouge_regex import LazyPattern, RougeLexer


def _rx(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, regex.M | regex.V0 | flags, regex)


_WS = r"\s"
_LETTER = r"[\p{L}$_]"
_UPPER = r"[\p{Lu}$_]"
_PARENS = r"[(){}\[\]]"
_DELIMS = r"[‘’\".;,]"
_OP = rf"(?:(?!{_WS}|{_LETTER}|[0-9]|{_PARENS}|{_DELIMS})[\u0020-\u007F\p{{Sm}}\p{{So}}])"
_IDREST = rf"(?:{_LETTER}(?:{_LETTER}|[0-9])*(?:(?<=_){_OP}+)?)"
_KEYWORDS = """abstract case catch def do else extends final finally for forSome if implicit
lazy match new override private protected requires return sealed super this throw try val var
while with yield""".split()
_NAME = rf"(?:{_IDREST}|{_OP}+|`[^`]+`)"
_TYPECHUNK = rf"(?:{_IDREST}|{_OP}+`[^`]+`)"  # sic: Rouge's alternation lacks a `|`

_STATES = {
    "root": [
        (_rx(r"(class|trait|object)(\s+)"), ("k", ""), ("class",)),
        (_rx(rf"'{_IDREST}(?!')"), "ss", ()),
        (_rx(r"[^\S\n]+"), "", ()),
        (_rx(r"//.*"), "c1", ()),
        (_rx(r"/\*"), "cm", ("comment",)),
        (_rx(rf"@{_IDREST}"), "nd", ()),
        (_rx(rf"(def)(\s+)({_NAME})(\s*)"), ("k", "", "nf", ""), ()),
        (_rx(rf"(val)(\s+)({_NAME})(\s*)"), ("k", "", "nv", ""), ()),
        (_rx(rf"(this)(\n*)(\.)({_IDREST})"), ("k", "", "o", "py"), ()),
        (_rx(rf"({_IDREST}|_)(\n*)(\.)({_IDREST})"), ("nv", "", "o", "py"), ()),
        (_rx(rf"{_UPPER}{_IDREST}\b"), "nc", ()),
        (_rx(rf"({_IDREST})({_WS}*)(\()"), ("nf", "", "o"), ()),
        (_rx(rf"(\.)({_IDREST})"), ("o", "py"), ()),
        (
            _rx(rf"({'|'.join(_KEYWORDS)})\b|(<[%:-]|=>|>:|[#=@_\u21D2\u2190])(\b|(?=\s)|$)"),
            "k",
            (),
        ),
        (_rx(rf":(?!{_OP})"), "k", ("type",)),
        (_rx(r"(true|false|null)\b"), "kc", ()),
        (_rx(r"(import|package)(\s+)"), ("k", ""), ("import",)),
        (_rx(r"(type)(\s+)"), ("k", ""), ("type",)),
        (_rx(r'""".*?"""(?!")', regex.S), "s", ()),
        (_rx(r'"(\\\\|\\"|[^"])*"'), "s", ()),
        (_rx(r"'\\.'|'[^\\]'|'\\u[0-9a-fA-F]{4}'"), "sc", ()),
        (_rx(_IDREST), "n", ()),
        (_rx(r"`[^`]+`"), "n", ()),
        (_rx(r"\["), "o", ("typeparam",)),
        (_rx(r"[(){};,.#]"), "o", ()),
        (_rx(rf"{_OP}+"), "o", ()),
        (_rx(r"([0-9][0-9]*\.[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?[fFdD]?"), "mf", ()),
        (_rx(r"([0-9][0-9]*[fFdD])"), "mf", ()),
        (_rx(r"0x[0-9a-fA-F]+"), "mh", ()),
        (_rx(r"[0-9]+L?"), "mi", ()),
        (_rx(r"\n"), "", ()),
    ],
    "class": [
        (_rx(rf"({_NAME})(\s*)(\[)"), ("nc", "", "o"), ("typeparam",)),
        (_rx(r"\s+"), "", ()),
        (_rx(r"{"), "o", ("#pop",)),
        (_rx(r"\("), "o", ("#pop",)),
        (_rx(r"//.*"), "c1", ("#pop",)),
        (_rx(_NAME), "nc", ("#pop",)),
    ],
    "type": [
        (_rx(r"\s+"), "", ()),
        (_rx(r"<[%:]|>:|[#_\u21D2]|forSome|type"), "k", ()),
        (_rx(r"([,);}]|=>|=)(\s*)"), ("o", ""), ("#pop",)),
        (_rx(r"[({]"), "o", ("type",)),
        (
            _rx(rf"({_TYPECHUNK}(?:\.{_TYPECHUNK})*)(\s*)(\[)"),
            ("kt", "", "o"),
            ("#pop", "typeparam"),
        ),
        (_rx(rf"({_TYPECHUNK}(?:\.{_TYPECHUNK})*)(\s*)$"), ("kt", ""), ("#pop",)),
        (_rx(r"//.*"), "c1", ("#pop",)),
        (_rx(rf"\.|{_IDREST}|{_OP}+|`[^`]+`"), "kt", ()),
    ],
    "typeparam": [
        (_rx(r"[\s,]+"), "", ()),
        (_rx(r"<[%:]|=>|>:|[#_\u21D2]|forSome|type"), "k", ()),
        (_rx(r"([\])}])"), "o", ("#pop",)),
        (_rx(r"[(\[{]"), "o", ("typeparam",)),
        (_rx(rf"\.|{_IDREST}|{_OP}+|`[^`]+`"), "kt", ()),
    ],
    "comment": [
        (_rx(r"[^/*]+"), "cm", ()),
        (_rx(r"/\*"), "cm", ("comment",)),
        (_rx(r"\*/"), "cm", ("#pop",)),
        (_rx(r"[*/]"), "cm", ()),
    ],
    "import": [(_rx(rf"({_IDREST}|\.)+"), "nn", ("#pop",))],
}

SCALA = RougeLexer(_STATES)
SCALA_NAMES = frozenset({"scala"})

# -- Groovy (Rouge's Groovy lexer; Gradle build files are Groovy) ------------------------------

_GROOVY_KEYWORDS = frozenset(
    """assert break case catch continue default do else finally for if goto instanceof new
    return switch this throw try while in as""".split()
)
_GROOVY_DECLARATIONS = frozenset(
    """abstract const enum extends final implements native private protected public static
    strictfp super synchronized throws transient volatile""".split()
)
_GROOVY_TYPES = frozenset("def boolean byte char double float int long short void".split())
_GROOVY_CONSTANTS = frozenset({"true", "false", "null"})


def _groovy_method(m: regex.Match[str]) -> list[tuple[str, str]]:
    # Rouge lexes the words before the name again with a copy of itself.
    return [*GROOVY.runs(m[1]), ("nf", m[2]), ("", m[3]), ("o", m[4])]


def _groovy_word(m: regex.Match[str]) -> list[tuple[str, str]]:
    word = m[0]
    for words, css in (
        (_GROOVY_KEYWORDS, "k"),
        (_GROOVY_DECLARATIONS, "kd"),
        (_GROOVY_TYPES, "kt"),
        (_GROOVY_CONSTANTS, "kc"),
    ):
        if word in words:
            return [(css, word)]
    return [("n", word)]


_A = regex.A  # Ruby's \w, \s and \d are ASCII
_GROOVY_STATES = {
    "root": [
        (_rx(r"^(\s*(?:\w[\w.\[\]]*\s+)+?)(\w\w*)(\s*)(\()", _A), _groovy_method, ()),
        (_rx(r"[^\S\n]+", _A), "", ()),
        (_rx(r"//.*?$"), "c1", ()),
        (_rx(r"/[*].*?[*]/", regex.S), "cm", ()),
        (_rx(r"@\w[\w.]*", _A), "nd", ()),
        (_rx(r"(class|interface|trait)\b", _A), "kd", ("groovy_class",)),
        (_rx(r"package\b", _A), "kn", ("groovy_import",)),
        (_rx(r"import\b", _A), "kn", ("groovy_import",)),
        (_rx(r'""".*?"""', regex.S), "s2", ()),
        (_rx(r"'''.*?'''", regex.S), "s1", ()),
        (_rx(r'"(\\.|\\\n|.)*?"'), "s2", ()),
        (_rx(r"'(\\.|\\\n|.)*?'"), "s1", ()),
        (_rx(r"\$/(\$.|.)*?/\$", regex.S), "s", ()),
        (_rx(r"/(\\.|\\\n|.)*?/"), "s", ()),
        (_rx(r"'\\.'|'[^\\]'|'\\u[0-9a-f]{4}'"), "sc", ()),
        (_rx(r"(\.)([a-zA-Z_][a-zA-Z0-9_]*)"), ("o", "na"), ()),
        (_rx(r"[a-zA-Z_][a-zA-Z0-9_]*:"), "nl", ()),
        (_rx(r"[a-zA-Z_$][a-zA-Z0-9_]*"), _groovy_word, ()),
        (_rx(r"[~^*!%&\[\](){}<>|+=:;,./?-]"), "o", ()),
        (_rx(r"\d+\.\d+([eE]\d+)?[fd]?", _A), "mf", ()),
        (_rx(r"0x[0-9a-f]+"), "mh", ()),
        (_rx(r"[0-9]+L?"), "mi", ()),
        (_rx(r"\n"), "", ()),
    ],
    "groovy_class": [(_rx(r"\s+", _A), "", ()), (_rx(r"\w\w*", _A), "nc", ("#pop",))],
    "groovy_import": [
        (_rx(r"\s+", _A), "", ()),
        (_rx(r"[\w.]+[*]?", _A), "nn", ("#pop",)),
    ],
}

GROOVY = RougeLexer(_GROOVY_STATES)
GROOVY_NAMES = frozenset({"groovy"})
