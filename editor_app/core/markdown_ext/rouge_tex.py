"""TeX/LaTeX, BibTeX, Haskell, Elm and OCaml code split into tokens as Rouge's lexers split them.

Written after Rouge 3.30's `TeX` and `BibTeX` lexers (MIT). TeX: `\\command` `k` with its
`[options]` `na`, `\\begin{x}` `nt`, math between `$`, `\\(`, `\\[` with commands `nv`
and names `nb`. BibTeX: `@article` `nc`, the key `nl`, fields `na` and their values `s`.
Haskell: capitalised names types `kt`, reserved words `kr`, operators `o`, imports `nn`.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

# -- TeX ---------------------------------------------------------------------------------------

_COMMAND = r"\\([a-z]+|\s+|.)"
_TEX_STATES = {
    "general": [(rx(r"%.*$"), "c", ()), (rx(r"[{}&_^]"), "p", ())],
    "root": [
        (rx(r"\\\["), "p", ("displaymath",)),
        (rx(r"\\\("), "p", ("inlinemath",)),
        (rx(r"\$\$"), "p", ("displaymath",)),
        (rx(r"\$"), "p", ("inlinemath",)),
        (rx(r"\\(begin|end)\{.*?\}"), "nt", ()),
        (rx(r"(\\verb)\b(\S)(.*?)(\2)"), ("nb", "kp", "sx", "kp"), ()),
        (rx(_COMMAND, re.I), "k", ("command",)),
        ("mixin", "general", ()),
        (rx(r"[^\\$%&_^{}]+"), "", ()),
    ],
    "math": [
        (rx(_COMMAND, re.I), "nv", ()),
        ("mixin", "general", ()),
        (rx(r"[0-9]+"), "m", ()),
        (rx(r"[-=!+*/()\[\]]"), "o", ()),
        (rx(r"[^=!+*/()\[\]\\$%&_^{}0-9-]+"), "nb", ()),
    ],
    "inlinemath": [
        (rx(r"\\\)"), "p", ("#pop",)),
        (rx(r"\$"), "p", ("#pop",)),
        ("mixin", "math", ()),
    ],
    "displaymath": [
        (rx(r"\\\]"), "p", ("#pop",)),
        (rx(r"\$\$"), "p", ("#pop",)),
        (rx(r"\$"), "nb", ()),
        ("mixin", "math", ()),
    ],
    "command": [
        (rx(r"\[.*?\]"), "na", ()),
        (rx(r"\*"), "k", ()),
        (rx(r""), "", ("#pop",)),
    ],
}

TEX = RougeLexer(_TEX_STATES)
TEX_NAMES = frozenset({"tex", "TeX", "LaTeX", "latex"})

# -- BibTeX ------------------------------------------------------------------------------------

_PUNCT = re.escape("@!$&.\\:;<>?[]^`|~*/+-")
_VALID_NAME = rf"[a-z_{_PUNCT}][\w{_PUNCT}]*"


def _entry(m: re.Match[str]) -> tuple[Runs, tuple[str, ...]]:
    kind = m[1].lower()
    if kind == "comment":
        return [("c", m[0])], ()
    if kind == "preamble":
        return [("nc", m[0])], ("closing_brace", "value", "opening_brace")
    if kind == "string":
        return [("nc", m[0])], ("closing_brace", "field", "opening_brace")
    return [("nc", m[0])], ("closing_brace", "command_body", "opening_brace")


_BIB_STATES = {
    "root": [
        ("mixin", "whitespace", ()),
        (rx(rf"@({_VALID_NAME})", re.I), _entry, ()),
        (rx(r".+"), "c", ()),
    ],
    "opening_brace": [("mixin", "whitespace", ()), (rx(r"[{(]"), "p", ("#pop",))],
    "closing_brace": [("mixin", "whitespace", ()), (rx(r"[})]"), "p", ("#pop",))],
    "command_body": [
        ("mixin", "whitespace", ()),
        (rx(r"[^\s,}]+"), "nl", ("goto:fields",)),
    ],
    "fields": [
        ("mixin", "whitespace", ()),
        (rx(r","), "p", ("field",)),
        (rx(r""), "", ("#pop",)),
    ],
    "field": [
        ("mixin", "whitespace", ()),
        (rx(_VALID_NAME, re.I), "na", ("value", "equal_sign")),
        (rx(r""), "", ("#pop",)),
    ],
    "equal_sign": [("mixin", "whitespace", ()), (rx(r"="), "p", ("#pop",))],
    "value": [
        ("mixin", "whitespace", ()),
        (rx(_VALID_NAME, re.I), "nv", ()),
        (rx(r'"'), "s", ("quoted_string",)),
        (rx(r"\{"), "s", ("braced_string",)),
        (rx(r"\d+"), "m", ()),
        (rx(r"#"), "p", ()),
        (rx(r""), "", ("#pop",)),
    ],
    "quoted_string": [
        (rx(r"\{"), "s", ("braced_string",)),
        (rx(r'"'), "s", ("#pop",)),
        (rx(r'[^{"]+'), "s", ()),
    ],
    "braced_string": [
        (rx(r"\{"), "s", ("braced_string",)),
        (rx(r"\}"), "s", ("#pop",)),
        (rx(r"[^{}]+"), "s", ()),
    ],
    "whitespace": [(rx(r"\s+"), "", ())],
}

BIBTEX = RougeLexer(_BIB_STATES)
BIBTEX_NAMES = frozenset({"bibtex", "bib"})

# -- Haskell -----------------------------------------------------------------------------------

_HS_RESERVED = frozenset(
    """_ case class data default deriving do else if in infix infixl infixr instance let
    newtype of then type where""".split()
)
_HS_ASCII = r"NUL|SOH|[SE]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[OI]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|[FGRU]S|SP|DEL"
_HS_OP = r"[:!#$%&*+.\\/<=>?@^|~-]"


def _hs_word(m: re.Match[str]) -> tuple[Runs, tuple[str, ...]]:
    word = m[0]
    if word == "import":
        return [("kr", word)], ("import",)
    if word == "module":
        return [("kr", word)], ("module",)
    if word in _HS_RESERVED:
        return [("kr", word)], ()
    return [("kt" if re.match(r"'?[A-Z]", word) else "n", word)], ()


_HS_STATES = {
    "basic": [
        (rx(r"\s+"), "", ()),
        (rx(r"{-#"), "cp", ("comment_preproc",)),
        (rx(r"{-"), "cm", ("comment",)),
        (rx(r"^--\s+\|.*?$"), "cd", ()),
        (rx(r"--(?![!#$%&*+./<=>?@^|_~]).*?$"), "c1", ()),
    ],
    "comment": [
        (rx(r"-}"), "cm", ("#pop",)),
        (rx(r"{-"), "cm", ("comment",)),
        (rx(r"[^-{}]+"), "cm", ()),
        (rx(r"[-{}]"), "cm", ()),
    ],
    "comment_preproc": [
        (rx(r"-}"), "cp", ("#pop",)),
        (rx(r"{-"), "cp", ("comment",)),
        (rx(r"[^-{}]+"), "cp", ()),
        (rx(r"[-{}]"), "cp", ()),
    ],
    "root": [
        ("mixin", "basic", ()),
        (rx(r"'(?=(?:.|\\\S+)')"), "sc", ("character",)),
        (rx(r'"'), "s", ("string",)),
        (rx(r"\d+e[+-]?\d+", re.I), "mf", ()),
        (rx(r"\d+\.\d+(e[+-]?\d+)?", re.I), "mf", ()),
        (rx(r"0o[0-7]+", re.I), "mo", ()),
        (rx(r"0x[\da-f]+", re.I), "mh", ()),
        (rx(r"\d+"), "mi", ()),
        (rx(r"[\w']+"), _hs_word, ()),
        (rx(rf"\\(?!{_HS_OP}+)"), "nf", ()),
        (rx(rf"(<-|::|->|=>|=)(?!{_HS_OP}+)"), "o", ()),
        (rx(rf":{_HS_OP}*"), "o", ()),
        (rx(rf"{_HS_OP}+"), "o", ()),
        (rx(r"\[\s*\]"), "kt", ()),
        (rx(r"\(\s*\)"), "nb", ()),
        (rx(r"(\[)([_a-z][\w']*)(\|)"), ("o", "n", "o"), ("quasiquotation",)),
        (rx(r"[\[\](),;`{}]"), "p", ()),
    ],
    "import": [
        (rx(r"\s+"), "", ()),
        (rx(r'"'), "s", ("string",)),
        (rx(r"(?=\w)qualified\b"), "k", ()),
        (
            rx(r"([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*)"),
            ("nn", "", "k", "", "n"),
            ("#pop",),
        ),
        (rx(r"([A-Z][\w.]*)(\s+)(hiding)(\s+)(\()"), ("nn", "", "k", "", "p"), ("goto:funclist",)),
        (rx(r"([A-Z][\w.]*)(\s+)(\()"), ("nn", "", "p"), ("goto:funclist",)),
        (rx(r"[\w.]+"), "nn", ("#pop",)),
    ],
    "module": [
        (rx(r"\s+"), "", ()),
        (rx(r"([A-Z][\w.]*)(\s+)(\()"), ("nn", "", "p"), ("funclist",)),
        (rx(r"(?=\w)where\b"), "kr", ("#pop",)),
        (rx(r"[A-Z][a-zA-Z0-9_.]*"), "nn", ("#pop",)),
    ],
    "funclist": [
        ("mixin", "basic", ()),
        (rx(r"[A-Z]\w*"), "kt", ()),
        (rx(r"(_[\w']+|[a-z][\w']*)"), "nf", ()),
        (rx(r","), "p", ()),
        (rx(rf"{_HS_OP}+"), "o", ()),
        (rx(r"\("), "p", ("funclist",)),
        (rx(r"\)"), "p", ("#pop",)),
    ],
    "character": [
        (rx(r"\\"), "se", ("goto:character_end", "escape")),
        (rx(r"."), "sc", ("goto:character_end",)),
    ],
    "character_end": [(rx(r"'"), "sc", ("#pop",)), (rx(r"."), "err", ("#pop",))],
    "quasiquotation": [
        (rx(r"\|\]"), "o", ("#pop",)),
        (rx(r"[^|]+", re.S), "", ()),
        (rx(r"\|"), "", ()),
    ],
    "string": [
        (rx(r'"'), "s", ("#pop",)),
        (rx(r"\\"), "se", ("escape",)),
        (rx(r'[^\\"]+'), "s", ()),
    ],
    "escape": [
        (rx(r"[abfnrtv\"'&\\]"), "se", ("#pop",)),
        (rx(r"\^[\]\[A-Z@^_]"), "se", ("#pop",)),
        (rx(_HS_ASCII), "se", ("#pop",)),
        (rx(r"o[0-7]+", re.I), "se", ("#pop",)),
        (rx(r"x[\da-f]+", re.I), "se", ("#pop",)),
        (rx(r"\d+"), "se", ("#pop",)),
        (rx(r"\s+\\"), "se", ("#pop",)),
    ],
}

HASKELL = RougeLexer(_HS_STATES)
HASKELL_NAMES = frozenset({"haskell", "hs"})

# -- Elm (Rouge's Elm lexer) -------------------------------------------------------------------

_ELM_KEYWORDS = "module exposing port import as type alias if then else case of let in".split()
_ELM_STATES = {
    "root": [
        (rx(r"\s+"), "", ()),
        (rx(r"--.*"), "c1", ()),
        (rx(r"{-"), "cm", ("multiline_comment",)),
        (rx(rf"(?=\w)({'|'.join(_ELM_KEYWORDS)})\b"), "k", ()),
        (rx(r"[a-z]\w*"), "n", ()),
        (rx(r"_"), "n", ()),
        (rx(r"[A-Z]\w*"), "kt", ()),
        (rx(r"(->|::|//|\.\.|&&|\|\||\+\+|\|>|<\||>>|<<|==|/=|<=|>=)"), "o", ()),
        (rx(r"[+-/*%=<>^|!]"), "o", ()),
        (rx(r"\\"), "o", ()),
        (rx(r"[@#$&~?]"), "o", ()),
        (rx(r'"""'), "s", ("multiline_string",)),
        (rx(r"'(\\.|.)'"), "sc", ()),
        (rx(r'"'), "s", ("double_quote",)),
        (rx(r"0x[\da-f]+", re.I), "mh", ()),
        (rx(r"\d+e[+-]?\d+", re.I), "mf", ()),
        (rx(r"\d+\.\d+(e[+-]?\d+)?", re.I), "mf", ()),
        (rx(r"\d+"), "mi", ()),
        (rx(r"[\[\](),;`{}:]"), "p", ()),
    ],
    "multiline_comment": [
        (rx(r"-}"), "cm", ("#pop",)),
        (rx(r"{-"), "cm", ("multiline_comment",)),
        (rx(r"[^-{}]+"), "cm", ()),
        (rx(r"[-{}]"), "cm", ()),
    ],
    "double_quote": [
        (rx(r'[^\\"]+'), "s2", ()),
        (rx(r'\\"'), "se", ()),
        (rx(r'"'), "s2", ("#pop",)),
    ],
    "multiline_string": [
        (rx(r'\\"'), "se", ()),
        (rx(r'"""'), "s", ("#pop",)),
        (rx(r'[^"]+'), "s", ()),
        (rx(r'"'), "s", ()),
    ],
}

ELM = RougeLexer(_ELM_STATES)
ELM_NAMES = frozenset({"elm"})

# -- OCaml (Rouge's OCaml lexer and its OCamlCommon) -------------------------------------------

_ML_KEYWORDS = frozenset(
    """as assert begin class constraint do done downto else end exception external false for
    fun function functor if in include inherit initializer lazy let module mutable new nonrec
    object of open rec sig struct then to true try type val virtual when while with match
    raise""".split()
)
_ML_WORD_OPS = frozenset("and asr land lor lsl lxor mod or".split())
_ML_PRIMITIVES = frozenset("unit int float bool string char list array".split())
_ML_OP = r"[;,_!$%&*+./:<=>?@^|~#-]+"
_ML_ID = r"[a-z_][\w']*"
_ML_UPPER = r"[A-Z][\w']*"


def _ml_word(m: re.Match[str]) -> Runs:
    word = m[0]
    if word in _ML_KEYWORDS:
        return [("k", word)]
    if word in _ML_WORD_OPS:
        return [("ow", word)]
    return [("kt" if word in _ML_PRIMITIVES else "n", word)]


_ML_STATES = {
    "root": [
        (rx(r"\s+"), "", ()),
        (rx(r"false|true|[(][)]|\[\]"), "bp", ()),
        (rx(rf"{_ML_UPPER}(?=\s*[.])"), "nn", ("dotted",)),
        (rx(rf"`{_ML_ID}", re.I), "nt", ()),
        (rx(_ML_UPPER), "nc", ()),
        (rx(r"[(][*](?![)])"), "c", ("comment",)),
        (rx(_ML_ID, re.I), _ml_word, ()),
        (rx(r"[(){}\[\];]+"), "p", ()),
        (rx(_ML_OP), "o", ()),
        (rx(r"-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)", re.I), "mf", ()),
        (rx(r"0x[0-9a-fA-F][0-9a-fA-F_]*", re.I), "mh", ()),
        (rx(r"0o[0-7][0-7_]*", re.I), "mo", ()),
        (rx(r"0b[01][01_]*", re.I), "mb", ()),
        (rx(r"\d[\d_]*"), "mi", ()),
        (rx(r"'(?:(\\[\\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'"), "sc", ()),
        (rx(r"'[.]'"), "sc", ()),
        (rx(r"'"), "k", ()),
        (rx(r'"'), "s2", ("string",)),
        (rx(rf"[~?]{_ML_ID}", re.I), "nv", ()),
    ],
    "comment": [
        (rx(r"[^(*)]+"), "c", ()),
        (rx(r"[(][*]"), "c", ("#push",)),
        (rx(r"[*][)]"), "c", ("#pop",)),
        (rx(r"[(*)]"), "c", ()),
    ],
    "string": [
        (rx(r'[^\\"]+'), "s2", ()),
        ("mixin", "escape_sequence", ()),
        (rx(r"\\\n"), "s2", ()),
        (rx(r'"'), "s2", ("#pop",)),
    ],
    "escape_sequence": [
        (rx(r"\\[\\\"'ntbr]"), "se", ()),
        (rx(r"\\\d{3}"), "se", ()),
        (rx(r"\\x[0-9a-fA-F]{2}"), "se", ()),
    ],
    "dotted": [
        (rx(r"\s+"), "", ()),
        (rx(r"[.]"), "p", ()),
        (rx(rf"{_ML_UPPER}(?=\s*[.])"), "nn", ()),
        (rx(_ML_UPPER), "nc", ("#pop",)),
        (rx(_ML_ID, re.I), "n", ("#pop",)),
        (rx(r"[({\[]"), "p", ("#pop",)),
    ],
}

OCAML = RougeLexer(_ML_STATES)
OCAML_NAMES = frozenset({"ocaml"})
