"""Solidity code split into tokens as Rouge's Solidity lexer splits it.

Written after Rouge 3.30's `Rouge::Lexers::Solidity` (MIT): its keyword, builtin, unit,
type and reserved word lists (`k`, `nb`, `kc`, `kt`, `kr`), `uint256`/`bytes32` types,
strings `s` with escapes `se`, `hex"..."`, comments. Rouge's dotted builtins (`msg.sender`)
never match its name pattern, which has no dot, so they are plain names here too.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

_KEYWORDS = frozenset(
    """abstract anonymous as assembly break catch calldata constant constructor continue
    contract do delete else emit enum event external fallback for function hex if indexed
    interface internal import is library mapping memory modifier new override payable public
    pure pragma private receive return returns storage struct throw try type using var view
    virtual while""".split()
)
_BUILTINS = frozenset(
    """now false true balance selector super this blockhash gasleft assert require revert
    selfdestruct suicide call callcode delegatecall send transfer addmod ecrecover keccak256
    mulmod sha256 sha3 ripemd160""".split()
)
_CONSTANTS = frozenset("wei finney szabo ether seconds minutes hours days weeks years".split())
_TYPES = frozenset("address bool byte bytes int string uint".split())
_RESERVED = frozenset(
    """alias after apply auto case copyof default define final fixed immutable implements in
    inline let macro match mutable null of partial promise reference relocatable sealed sizeof
    static supports switch typedef typeof ufixed unchecked""".split()
)


def _name(m: re.Match[str]) -> Runs:
    word = m[0]
    for words, css in (
        (_KEYWORDS, "k"),
        (_BUILTINS, "nb"),
        (_CONSTANTS, "kc"),
        (_TYPES, "kt"),
        (_RESERVED, "kr"),
    ):
        if word in words:
            return [(css, word)]
    return [("n", word)]


_STATES = {
    "expr_bol": [("mixin", "inline_whitespace", ()), (rx(r""), "", ("#pop",))],
    "bol": [("mixin", "expr_bol", ())],
    "inline_whitespace": [
        (rx(r"[ \t\r]+"), "", ()),
        (rx(r"\\\n"), "", ()),
        (rx(r"/\*"), "cm", ("comment_multi",)),
    ],
    "whitespace": [
        (rx(r"\n+"), "", ("bol",)),
        (rx(r"//(\\.|.)*?\n"), "c1", ("bol",)),
        ("mixin", "inline_whitespace", ()),
    ],
    "expr_whitespace": [(rx(r"\n+"), "", ("expr_bol",)), ("mixin", "whitespace", ())],
    "statements": [
        ("mixin", "whitespace", ()),
        (rx(r'(hex)?"'), "s", ("string_double",)),
        (rx(r"(hex)?'"), "s", ("string_single",)),
        (rx(r"'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'", re.I), "sc", ()),
        (rx(r"\d\d*\.\d+([eE]\d+)?", re.I), "mf", ()),
        (rx(r"0x[0-9a-f]+", re.I), "mh", ()),
        (rx(r"\d+([eE]\d+)?", re.I), "mi", ()),
        (rx(r"\*/"), "err", ()),
        (rx(r"[~!%^&*+=|?:<>/-]"), "o", ()),
        (rx(r"[()\[\],.]"), "p", ()),
        (rx(r"u?fixed\d+x\d+"), "kr", ()),
        (rx(r"bytes\d+"), "kt", ()),
        (rx(r"u?int\d+"), "kt", ()),
        (rx(r"[a-zA-Z$_][\w$_]*", re.A), _name, ()),
    ],
    "root": [("mixin", "expr_whitespace", ()), (rx(r""), "", ("statement",))],
    "statement": [
        (rx(r";"), "p", ("#pop",)),
        ("mixin", "expr_whitespace", ()),
        ("mixin", "statements", ()),
        (rx(r"[{}]"), "p", ()),
    ],
    "string_common": [
        (rx(r"\\(u[a-fA-F0-9]{4}|x..|[^x])"), "se", ()),
        (rx(r"[^\\\"'\n]+"), "s", ()),
        (rx(r"\\\n"), "s", ()),
        (rx(r"\\"), "s", ()),
    ],
    "string_double": [
        ("mixin", "string_common", ()),
        (rx(r'"'), "s", ("#pop",)),
        (rx(r"'"), "s", ()),
    ],
    "string_single": [
        ("mixin", "string_common", ()),
        (rx(r"'"), "s", ("#pop",)),
        (rx(r'"'), "s", ()),
    ],
    "comment_multi": [
        (rx(r"\*/"), "cm", ("#pop",)),
        (rx(r"[^*/]+"), "cm", ()),
        (rx(r"[*/]"), "cm", ()),
    ],
}

SOLIDITY = RougeLexer(_STATES, stack=("root", "bol"))
SOLIDITY_NAMES = frozenset({"solidity"})
