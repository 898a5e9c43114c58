"""YAML code split into tokens as Rouge's YAML lexer splits it.

Written after Rouge 3.30's `Rouge::Lexers::YAML` (MIT), which follows indentation: a key
`na` with its `:` `pi`, plain scalars `s` (a last number `m`, `true`/`false`/`null` `no`),
a quoted scalar's opening quote `s1`/`s2` and the rest `s` with escapes `se`, block scalars
(`|`, `>`) as plain `s` lines until the text comes back to the key's indentation, flow
collections' words `nv`, anchors `nl`, tags `kt`, `---` `nn`.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx


class _Indents:
    """The lexer's indentation levels (Rouge's `@indent_stack` and friends)."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.stack = [0]
        self.next = 0
        self.block_scalar: int | None = None

    @property
    def indent(self) -> int:
        return self.stack[-1]

    def save(self, spaces: str) -> tuple[str, str]:
        """A line's leading spaces: (text, the part past a level dedented to, an error)."""
        self.next = len(spaces)
        if self.next < self.indent:
            while self.next < self.indent:
                self.stack.pop()
            return spaces[: self.indent], spaces[self.indent :]
        return spaces, ""

    def set(self, text: str, implicit: bool = False) -> None:
        if self.indent < self.next:
            self.stack.append(self.next)
        if not implicit:
            self.next += len(text)


_PLAIN_START = r"""[^ \t\n\r\f\v?:,\[\]{}#&*!\|>'"%@`]"""


def _directive(m: re.Match[str], ind: _Indents) -> tuple[Runs, tuple[str, ...]]:
    ind.reset()
    return [("nt", m[0])], ("yaml_directive" if m[0] == "%YAML" else "tag_directive",)


def _document(m: re.Match[str], ind: _Indents) -> tuple[Runs, tuple[str, ...]]:
    ind.reset()
    return [("nn", m[0])], ("block_line",)


def _line_start(m: re.Match[str], ind: _Indents) -> tuple[Runs, tuple[str, ...]]:
    text, err = ind.save(m[0])
    return [("", text), ("err", err)], ("block_line", "indentation")


def _continue_indent(m: re.Match[str], ind: _Indents) -> Runs:
    ind.next += len(m[0])
    return [("", m[0])]


def _collection_indicator(m: re.Match[str], ind: _Indents) -> Runs:
    ind.set(m[0])
    return [("pi", m[0])]


def _block_line_start(m: re.Match[str], ind: _Indents) -> tuple[Runs, tuple[str, ...]]:
    ind.next += len(m[0])
    return [("", m[0])], ("#pop",)


def _implicit_key(m: re.Match[str], ind: _Indents) -> Runs:
    ind.set(m[0], implicit=True)
    return [("na", m[1]), ("pi", m[2])]


def _blank_scalar_line(m: re.Match[str], ind: _Indents) -> Runs:
    mark = ind.block_scalar if ind.block_scalar is not None else len(m[0])
    return [("", m[0][:mark]), ("no", m[0][mark:])]


def _scalar_line_start(m: re.Match[str], ind: _Indents) -> tuple[Runs, tuple[str, ...]]:
    size = len(m[0])
    dedent_level = ind.block_scalar if ind.block_scalar is not None else ind.indent
    if ind.block_scalar is None:
        ind.block_scalar = size
    if size < dedent_level:
        ind.save(m[0])
        return [("", m[0])], ("#pop", "indentation")
    return [("", m[0])], ()


def _scalar_header(m: re.Match[str], ind: _Indents) -> tuple[Runs, tuple[str, ...]]:
    ind.block_scalar = None
    if not m[0]:
        return [], ("goto:ignored_line",)
    if increment := (m[2] or m[3]):
        ind.block_scalar = ind.indent + int(increment)
    return [("pi", m[0])], ("goto:ignored_line",)


def _plain_new_line(m: re.Match[str], ind: _Indents) -> tuple[Runs, tuple[str, ...]]:
    if len(m[0]) <= ind.indent:  # back to the key's level: the scalar ends
        ind.save(m[0])
        return [("", m[0])], ("#pop", "#pop", "indentation")
    return [("", m[0])], ("#pop",)


_STATES = {
    "basic": [(rx(r"#.*$"), "c1", ())],
    "root": [
        ("mixin", "basic", ()),
        (rx(r"\n+"), "", ()),
        (rx(r"[ ]+(?=#|$)"), "", ()),
        (rx(r"^%(?:YAML|TAG)\b"), _directive, ()),
        (rx(r"^(?:---|\.\.\.)(?= |$)"), _document, ()),
        (rx(r"[ ]*(?!\s|$)"), _line_start, ()),
    ],
    "indentation": [
        (rx(r"\s*?\n"), "", ("#pop:2",)),
        (rx(r"[ ]+(?=[-:?](?:[ ]|$))"), _continue_indent, ()),
        (rx(r"[?:-](?=[ ]|$)"), _collection_indicator, ()),
        (rx(r"[ ]*"), _block_line_start, ()),
    ],
    "block_line": [
        (rx(r"[ ]*(?=#|$)"), "", ("#pop",)),
        (rx(r"[ ]+"), "", ()),
        ("mixin", "descriptors", ()),
        ("mixin", "block_nodes", ()),
        ("mixin", "flow_nodes", ()),
        (rx(rf"(?={_PLAIN_START}|[?:-][^ \t\n\r\f\v])"), "nv", ("plain_scalar_in_block",)),
    ],
    "descriptors": [
        (rx(r"!<[0-9A-Za-z;/?:@&=+$,_.!~*'()\[\]%-]+>"), "kt", ()),
        (rx(r"(?:![\w-]+)?!(?:[\w;/?:@&=+$,.!~*'()\[\]%-]*)"), "kt", ()),
        (rx(r"&[^\W_]*[\w-]+"), "nl", ()),
        (rx(r"\*[\w-]+"), "nv", ()),
    ],
    "block_nodes": [
        (rx(r"""([^#,:?\[\]{}"'\n]+)(:)(?=\s|$)"""), _implicit_key, ()),
        (rx(r"[|>][+-]?"), "pi", ("block_scalar_content", "block_scalar_header")),
    ],
    "flow_nodes": [
        (rx(r"\["), "pi", ("flow_sequence",)),
        (rx(r"\{"), "pi", ("flow_mapping",)),
        (rx(r"'"), "s1", ("single_quoted",)),
        (rx(r'"'), "s2", ("double_quoted",)),
    ],
    "flow_collection": [
        (rx(r"\s+"), "", ()),
        ("mixin", "basic", ()),
        (rx(r"[?:,]"), "pi", ()),
        ("mixin", "descriptors", ()),
        ("mixin", "flow_nodes", ()),
        (rx(rf"(?={_PLAIN_START})"), "", ("plain_scalar_in_flow",)),
    ],
    "flow_sequence": [(rx(r"\]"), "pi", ("#pop",)), ("mixin", "flow_collection", ())],
    "flow_mapping": [(rx(r"\}"), "pi", ("#pop",)), ("mixin", "flow_collection", ())],
    "block_scalar_content": [
        (rx(r"\n+"), "", ()),
        (rx(r"^[ ]+$"), _blank_scalar_line, ()),
        (rx(r"^[ ]*"), _scalar_line_start, ()),
        (rx(r"[^\n\r\f\v]+"), "s", ()),
    ],
    "block_scalar_header": [(rx(r"(([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)"), _scalar_header, ())],
    "ignored_line": [
        ("mixin", "basic", ()),
        (rx(r"[ ]+"), "", ()),
        (rx(r"\n"), "", ("#pop",)),
    ],
    "quoted_whitespace": [
        (rx(r"^[ ]+"), "", ()),
        (rx(r"[ ]+$"), "", ()),
        (rx(r"\n+"), "", ()),
        (rx(r"[ ]+"), "nv", ()),
    ],
    "single_quoted": [
        ("mixin", "quoted_whitespace", ()),
        (rx(r"\\'"), "se", ()),
        (rx(r"'"), "s", ("#pop",)),
        (rx(r"[^\s']+"), "s", ()),
    ],
    "double_quoted": [
        (rx(r'"'), "s", ("#pop",)),
        ("mixin", "quoted_whitespace", ()),
        (rx(r'\\[0abt\tn\nvfre "\\N_LP]'), "se", ()),
        (rx(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})"), "se", ()),
        (rx(r'[^ \t\n\r\f\v"\\]+'), "s", ()),
    ],
    "plain_new_line": [
        (rx(r"^[ ]+\n"), "", ()),
        (rx(r"\n+"), "", ()),
        (rx(r"^(?=---|\.\.\.)"), "", ("#pop:3",)),
        (rx(r"^[ ]*"), _plain_new_line, ()),
    ],
    "plain_scalar_in_block": [
        (rx(r"[ ]*(?=:[ \n]|:$)"), "", ("#pop",)),
        (rx(r"[ ]*:\S+"), "s", ()),
        (rx(r"[ ]+(?=#)"), "", ("#pop",)),
        (rx(r"[ ]+$"), "", ()),
        (rx(r"\n+"), "", ("plain_new_line",)),
        (rx(r"[ ]+"), "s", ()),
        (rx(r"true|false|null"), "no", ()),
        (rx(r"\d+(?:\.\d+)?(?=(\r?\n)| +#)"), "m", ("#pop",)),
        (rx(r"[^\s:]+"), "s", ()),
    ],
    "plain_scalar_in_flow": [
        (rx(r"[ ]*(?=[,:?\[\]{}])"), "", ("#pop",)),
        (rx(r"[ ]+(?=#)"), "", ("#pop",)),
        (rx(r"^[ ]+"), "", ()),
        (rx(r"[ ]+$"), "", ()),
        (rx(r"\n+"), "", ()),
        (rx(r"[ ]+"), "nv", ()),
        (rx(r"[^\s,:?\[\]{}]+"), "nv", ()),
    ],
    "yaml_directive": [(rx(r"([ ]+)(\d+\.\d+)"), ("", "m"), ("goto:ignored_line",))],
    "tag_directive": [
        (
            rx(r"([ ]+)(!|![\w-]*!)([ ]+)(!|!?[\w;/?:@&=+$,.!~*'()\[\]%-]+)"),
            ("", "kt", "", "kt"),
            ("goto:ignored_line",),
        )
    ],
}

YAML = RougeLexer(_STATES, context=_Indents)
YAML_NAMES = frozenset({"yaml", "yml"})
