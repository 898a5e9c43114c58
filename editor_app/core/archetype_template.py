"""A Hugo archetype's template run as `hugo new` runs it (Go's text/template), for the parts
archetypes use: actions and pipelines (`replace .Name "-" " " | title`, parentheses),
`{{ if }}` / `{{ else if }}` / `{{ else }}`, `{{ with }}` (its `.` the value), `{{ range }}`
over a list or group (`.` each item; `$i, $v :=`), variables (`$x := ...`, `$` the page),
comments and trim markers (`{{-`, `-}}`), the values of `core/archetype_site.py` and the
functions of `core/archetype_functions.py`.

What the page may ask (`PageContext`, `core/archetype_page.py`): `.Date`, `.Name`, `.File.*`,
`.Section`, `.Type`, `.Kind`, `.Lang`, `.Page.*`, `.Site.Title`, `.Site.Params.x` (a param
the site lacks is nil: false in an `if`, left out when printed, where Hugo writes
`<no value>`)...

A printed bit not evaluated is left out (`Rendered.left_out`, with its line); a block whose
test cannot be evaluated (`if .Params.x`, `range` over what is not a list), `define`,
`template`, `block`, `break`, `continue`, or blocks that do not close make the text
`shaped`: not to be trusted (`Rendered.stopped_at`: that action, as written). Nothing here
writes to disk.
"""

from __future__ import annotations

import re
from collections import ChainMap
from dataclasses import dataclass, field
from typing import Any

from editor_app.core.archetype_functions import NotEvaluated, call, text_of, truth, urlized
from editor_app.core.archetype_page import PageContext, PageRoot, field_value

# An action: its trim markers (`{{- ` and ` -}}`, Go's: a space beside the dash) and inside.
_ACTION = re.compile(r"\{\{(-[ \t\r\n])?(\s*/\*.*?\*/\s*|.*?)([ \t\r\n]-)?\}\}", re.S)
_TOKEN = re.compile(
    r'"(?:[^"\\\n]|\\.)*"|`[^`]*`|:=|[()|,=]|-?\d+(?:\.\d+)?(?![\w.])|[$.]?[\w.]*[\w$]|\.|\S'
)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_WHITE = " \t\r\n"
_UNSUPPORTED = ("define", "template", "block", "break", "continue")


# -- pipelines ------------------------------------------------------------------------------


class _Tokens:
    def __init__(self, expression: str) -> None:
        self.items = _TOKEN.findall(expression)
        if any(token in ('"', "`", "'") for token in self.items):
            raise NotEvaluated(expression)  # a quote not closed, a character ('a')
        self.at = 0

    def peek(self) -> str | None:
        return self.items[self.at] if self.at < len(self.items) else None

    def take(self) -> str:
        token = self.peek()
        if token is None:
            raise NotEvaluated("end")
        self.at += 1
        return token


@dataclass
class _Scope:
    dot: Any
    root: PageRoot
    names: ChainMap[str, Any]


_UNKNOWN = object()  # a variable whose value was not evaluated


def _declared(tokens: _Tokens) -> tuple[list[str], str | None]:
    """The variables a pipeline starts by setting (`$x :=`, `$i, $v :=`, `$x =`)."""
    items, start = tokens.items, tokens.at
    names: list[str] = []
    at = start
    while at < len(items) and re.fullmatch(r"\$\w+", items[at]):
        names.append(items[at])
        if at + 1 < len(items) and items[at + 1] == ",":
            at += 2
            continue
        if at + 1 < len(items) and items[at + 1] in (":=", "="):
            tokens.at = at + 2
            return names, items[at + 1]
        break
    return [], None


def _pipeline(tokens: _Tokens, scope: _Scope, closing: str | None = None) -> Any:
    value: Any = None
    first = True
    while True:
        value = _command(tokens, scope, None if first else value, first)
        first = False
        if tokens.peek() == "|":
            tokens.take()
            continue
        if tokens.peek() != closing:
            raise NotEvaluated("pipeline")
        return value


def _ends(token: str | None) -> bool:
    return token is None or token in ("|", ")")


def _command(tokens: _Tokens, scope: _Scope, piped: Any, first: bool) -> Any:
    head = tokens.take()
    if head in ("now.Format", "time.Now.Format"):
        layout = _operand(tokens.take(), tokens, scope)
        if not first or not _ends(tokens.peek()):
            raise NotEvaluated(head)
        return call("time.Format", [layout, scope.root.page.now])
    if not _is_function(head):
        if head == "nil":
            raise NotEvaluated(head)  # "nil is not a command": Hugo fails
        value = _operand(head, tokens, scope)
        if not first or not _ends(tokens.peek()):
            raise NotEvaluated(head)  # arguments to a value: Hugo fails
        return value
    if head in ("and", "or"):  # their arguments one by one: the first that settles it
        pending = _raw_operands(tokens) + ([] if first else [lambda: piped])
        value = None
        for get in pending:
            value = get(scope)
            if truth(value) == (head == "or"):
                return value
        return value
    args = [get(scope) for get in _raw_operands(tokens)]
    values = args if first else [*args, piped]
    if head == "urlize" and len(values) == 1:  # the site's path settings, as its addresses
        page = scope.root.page
        return urlized(values[0], page.remove_path_accents, page.path_to_lower)
    return call(head, values)


def _raw_operands(tokens: _Tokens) -> list[Any]:
    """The operands up to the end of the command, each to be evaluated when asked."""
    out: list[Any] = []
    while not _ends(tokens.peek()):
        token = tokens.take()
        if token == "(":
            start = tokens.at
            _skip_group(tokens)
            inner = tokens.items[start : tokens.at - 1]
            out.append(lambda scope, inner=inner: _sub(inner, scope))
        else:
            out.append(lambda scope, token=token: _operand(token, _Tokens(""), scope))
    return out


def _skip_group(tokens: _Tokens) -> None:
    depth = 1
    while depth:
        token = tokens.take()
        depth += {"(": 1, ")": -1}.get(token, 0)


def _sub(inner: list[str], scope: _Scope) -> Any:
    tokens = _Tokens("")
    tokens.items = [*inner, ")"]
    return _pipeline(tokens, scope, ")")


def _is_function(token: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z_][\w.]*", token)) and token not in (
        "true", "false", "nil", "now", "time.Now"
    )  # fmt: skip


_ESCAPES = {
    "n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
    "\\": "\\", '"': '"',
}  # fmt: skip


def _unescape(match: re.Match[str]) -> str:
    """One escape of a Go string (`\\n`, `\\\\`, `\\"`, `\\u00e9`); bytes (`\\xff`, octal) are
    not read here."""
    code = match.group(1)
    if code[0] in "uU" and len(code) > 1:
        point = int(code[1:], 16)
        if point > 0x10FFFF or 0xD800 <= point <= 0xDFFF:  # no character: Go refuses it
            raise NotEvaluated(match.group(0))
        return chr(point)
    if code not in _ESCAPES:
        raise NotEvaluated(match.group(0))
    return _ESCAPES[code]


def _operand(token: str, tokens: _Tokens, scope: _Scope) -> Any:
    if token == "(":
        start = tokens.at
        _skip_group(tokens)
        return _sub(tokens.items[start : tokens.at - 1], scope)
    if token[:1] == '"':
        return re.sub(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", _unescape, token[1:-1])
    if token[:1] == "`":
        return token[1:-1]
    if _NUMBER.fullmatch(token):
        return float(token) if "." in token else int(token)
    if token in ("true", "false"):
        return token == "true"
    if token == "nil":
        return None
    if token in ("now", "time.Now"):
        return scope.root.page.now
    if token == ".":
        return scope.dot
    if token.startswith("."):
        return field_value(scope.dot, token[1:].split("."))
    if token.startswith("$"):
        name, _, rest = token.partition(".")
        if name == "$":
            value: Any = scope.root
        elif name in scope.names and scope.names[name] is not _UNKNOWN:
            value = scope.names[name]
        else:
            raise NotEvaluated(token)  # unknown, or set from what was not evaluated
        return field_value(value, rest.split(".")) if rest else value
    raise NotEvaluated(token)  # a function as argument, a character...


def _run_pipeline(expression: str, scope: _Scope) -> tuple[list[str], str | None, Any]:
    """The variables a pipeline sets, how (`:=` or `=`), and its value."""
    tokens = _Tokens(expression)
    names, how = _declared(tokens)
    return names, how, _pipeline(tokens, scope)


def _set(scope: _Scope, names: list[str], how: str | None, value: Any) -> None:
    for name in names:
        if how == "=":
            for layer in scope.names.maps:
                if name in layer:
                    layer[name] = value
                    break
            else:
                raise NotEvaluated(name)
        else:
            scope.names[name] = value


def evaluate(expression: str, page: PageContext) -> str:
    """The text of one template action (`replace .Name "-" " " | title`); raises
    NotEvaluated for anything not listed in this module's description."""
    expression = expression.strip()
    if expression.startswith("/*") and expression.endswith("*/"):
        return ""
    root = PageRoot(page)
    names, _how, value = _run_pipeline(expression, _Scope(root, root, ChainMap()))
    return "" if names else text_of(value)


# -- the template ---------------------------------------------------------------------------


@dataclass
class Rendered:
    """An archetype with its template bits filled in: `text`, and the bits left out (each
    as written, with the 0-based line it was on); `shaped` when a construct that shapes the
    text could not be followed (see the module's description), so that the text cannot be
    trusted."""

    text: str
    left_out: list[tuple[str, int]]
    shaped: bool = False
    stopped_at: str | None = None  # the action, as written, that could not be followed


class _Shaped(Exception):
    """The template's shape cannot be followed."""


@dataclass
class _Action:
    inner: str
    source: str


@dataclass
class _Block:
    word: str  # if, with, range
    source: str  # its opening action, as written
    arms: list[tuple[str, list[Any]]] = field(default_factory=list)  # (test, body)
    otherwise: list[Any] | None = None


def _pieces(text: str) -> list[Any]:
    """The text between actions (trimmed as the markers ask) and the actions."""
    out: list[Any] = []
    last, trim_next = 0, False
    for match in _ACTION.finditer(text):
        before = text[last : match.start()]
        if trim_next:
            before = before.lstrip(_WHITE)
        if match.group(1):
            before = before.rstrip(_WHITE)
        out.append(before)
        inner = match.group(2).strip()
        if not (inner.startswith("/*") and inner.endswith("*/")):
            out.append(_Action(inner, match.group(0)))
        last, trim_next = match.end(), bool(match.group(3))
    rest = text[last:]
    out.append(rest.lstrip(_WHITE) if trim_next else rest)
    return out


def _tree(pieces: list[Any]) -> list[Any]:
    """The pieces nested in their blocks; `_Shaped` when they do not nest."""
    top: list[Any] = []
    stack: list[tuple[_Block, list[Any]]] = []
    body = top
    for piece in pieces:
        if not isinstance(piece, _Action):
            body.append(piece)
            continue
        word, rest = (piece.inner.split(None, 1) + ["", ""])[:2]
        if word in _UNSUPPORTED:
            raise _Shaped(piece.source)
        if word in ("if", "with", "range"):
            block = _Block(word, piece.source)
            block.arms.append((rest.strip(), []))
            body.append(block)
            stack.append((block, body))
            body = block.arms[-1][1]
        elif word == "else":
            if not stack or stack[-1][0].otherwise is not None:
                raise _Shaped(piece.source)
            block = stack[-1][0]
            again, test = (rest.split(None, 1) + ["", ""])[:2]
            if again in ("if", "with") and again == block.word:
                block.arms.append((test.strip(), []))
                body = block.arms[-1][1]
            elif not rest.strip():
                block.otherwise = []
                body = block.otherwise
            else:
                raise _Shaped(piece.source)
        elif word == "end":
            if not stack:
                raise _Shaped(piece.source)
            body = stack.pop()[1]
        else:
            body.append(piece)
    if stack:
        raise _Shaped(stack[-1][0].source)  # never closed
    return top


class _Run:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.left_out: list[tuple[str, int]] = []

    def nodes(self, nodes: list[Any], scope: _Scope) -> None:
        for node in nodes:
            if isinstance(node, str):
                self.out.append(node)
            elif isinstance(node, _Action):
                self.action(node, scope)
            else:
                self.block(node, scope)

    def action(self, node: _Action, scope: _Scope) -> None:
        try:
            names, how, value = _run_pipeline(node.inner, scope)
            if names:
                _set(scope, names, how, value)
                return
            self.out.append(text_of(value))
        except NotEvaluated:
            declared = re.match(r"\s*(\$\w+)\s*:=", node.inner)
            if declared:  # its later uses are left out, or make the text shaped
                scope.names[declared.group(1)] = _UNKNOWN
                return
            self.left_out.append((node.source, "".join(self.out).count("\n")))

    def _test(self, node: _Block, test: str, scope: _Scope) -> tuple[list[str], Any]:
        try:
            names, how, value = _run_pipeline(test, scope)
        except NotEvaluated as exc:
            raise _Shaped(node.source) from exc
        if how == "=":
            raise _Shaped(node.source)
        return names, value

    def block(self, node: _Block, scope: _Scope) -> None:
        if node.word == "range":
            self.range(node, scope)
            return
        for test, body in node.arms:
            inner = _Scope(scope.dot, scope.root, scope.names.new_child())
            names, value = self._test(node, test, inner)
            if truth(value):
                _set(inner, names, ":=", value)
                if node.word == "with":
                    inner.dot = value
                self.nodes(body, inner)
                return
        if node.otherwise is not None:
            self.nodes(node.otherwise, _Scope(scope.dot, scope.root, scope.names.new_child()))

    def range(self, node: _Block, scope: _Scope) -> None:
        test, body = node.arms[0]
        names, value = self._test(
            node, test, _Scope(scope.dot, scope.root, scope.names.new_child())
        )
        if isinstance(value, dict):  # Go walks a map in its keys' order
            items = [(k, value[k]) for k in sorted(value, key=str)]
        elif isinstance(value, list):
            items = list(enumerate(value))
        elif value is None:
            items = []
        else:
            raise _Shaped(node.source)
        if len(names) > 2:
            raise _Shaped(node.source)
        for key, item in items:
            inner = _Scope(item, scope.root, scope.names.new_child())
            given = [item] if len(names) == 1 else [key, item]
            for name, each in zip(names, given, strict=False):
                inner.names[name] = each
            self.nodes(body, inner)
        if not items and node.otherwise is not None:
            self.nodes(node.otherwise, _Scope(scope.dot, scope.root, scope.names.new_child()))


def render(text: str, page: PageContext) -> Rendered:
    """`text` with each template action replaced by its value (those left out: by nothing)."""
    run = _Run()
    root = PageRoot(page)
    try:
        run.nodes(_tree(_pieces(text)), _Scope(root, root, ChainMap()))
    except _Shaped as stop:
        return Rendered("".join(run.out), run.left_out, True, str(stop))
    return Rendered("".join(run.out), run.left_out)


__all__ = ["NotEvaluated", "PageContext", "Rendered", "evaluate", "render"]
