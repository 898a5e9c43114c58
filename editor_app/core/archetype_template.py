"""A Hugo archetype's template run as `hugo new` runs it (Go's text/template), for the parts
archetypes use: actions and pipelines (`replace .Name "-" " " | title`, parentheses),
`{{ if }}` / `{{ else if }}` / `{{ else }}`, `{{ with }}` (its `.` the value), `{{ range }}`
over a list or group (`.` each item; `$i, $v :=`), variables (`$x := ...`, `$` the page),
comments and trim markers (`{{-`, `-}}`), the values of `core/archetype_site.py` and the
functions of `core/archetype_functions.py`.

What the page may ask (`PageContext`): `.Date`, `.Name`, `.File.*`, `.Section`, `.Type`,
`.Kind`, `.Lang`, `.Page.*`, `.Site.Title`, `.Site.Params.x` (a param the site lacks is nil:
false in an `if`, left out when printed, where Hugo writes `<no value>`)...

A printed bit not evaluated is left out (`Rendered.left_out`, with its line); a block whose
test cannot be evaluated (`if .Params.x`, `range` over what is not a list), `define`,
`template`, `block`, `break`, `continue`, or blocks that do not close make the text
`shaped`: not to be trusted. Nothing here writes to disk.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import ChainMap
from dataclasses import dataclass, field
from typing import Any

from editor_app.core.archetype_functions import NotEvaluated, call, rfc3339, text_of, truth

# An action: its trim markers (`{{- ` and ` -}}`, Go's: a space beside the dash) and inside.
_ACTION = re.compile(r"\{\{(-[ \t\r\n])?(\s*/\*.*?\*/\s*|.*?)([ \t\r\n]-)?\}\}", re.S)
_TOKEN = re.compile(
    r'"(?:[^"\\\n]|\\.)*"|`[^`]*`|:=|[()|,=]|-?\d+(?:\.\d+)?(?![\w.])|[$.]?[\w.]*[\w$]|\.|\S'
)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_WHITE = " \t\r\n"
_UNSUPPORTED = ("define", "template", "block", "break", "continue")


@dataclass
class PageContext:
    """What an archetype's template may ask about the new page."""

    name: str  # the file's base name, without extension (`my-first-post`)
    section: str
    now: dt.datetime
    suffix: str = ".md"
    lang: str = "en"  # the page's language: `.Lang`, `.Site.Language.Lang`
    site: dict[str, Any] = field(default_factory=dict)  # `.Site`'s values (archetype_site)
    kind: str | None = None  # `--kind`: `.Type` (else the section)
    # The file from its content folder (`posts/sub/my-post/index.md`): `.File.Dir`, `.Path`...
    file: str | None = None
    section_page: bool = False  # `_index.md`: from a file archetype, never a bundle's


def _file_names(page: PageContext) -> dict[str, str]:
    """`.File`'s names, as Hugo gives them (a bundle's `index.md`: `BaseFileName` `index`,
    `ContentBaseName` the folder's name)."""
    path = page.file or f"{page.section}/{page.name}{page.suffix}"
    folder, _, logical = path.rpartition("/")
    base = (
        logical[: -len(page.suffix)] if page.suffix and logical.endswith(page.suffix) else logical
    )
    translation = base[: -len(page.lang) - 1] if base.endswith(f".{page.lang}") else base
    return {
        ".File.ContentBaseName": page.name, ".File.BaseFileName": base,
        ".File.TranslationBaseName": translation, ".File.LogicalName": logical,
        ".File.Ext": page.suffix.lstrip("."), ".File.Dir": f"{folder}/" if folder else "",
        ".File.Path": path,
    }  # fmt: skip


def _page_names(page: PageContext) -> dict[str, Any]:
    files = _file_names(page)
    return {
        **files, ".Name": page.name, ".Section": page.section,
        ".Type": page.kind or page.section, ".Kind": "page", ".Page.Kind": "page",
        ".Date": rfc3339(page.now), ".Lang": page.lang, ".File.Lang": page.lang,
        # `.Page`: the page Hugo makes to fill the archetype (its type the section's, kind
        # or not; its title, params... a placeholder's, never written here).
        ".Page.Section": page.section, ".Page.Type": page.section, ".Page.Lang": page.lang,
        ".Page.File.Lang": page.lang, **{".Page" + k: v for k, v in files.items()},
    }  # fmt: skip


class _Page:
    """`.` at the top of the template (and `$`): the new page."""

    def __init__(self, page: PageContext) -> None:
        self.page = page
        self.names = _page_names(page)


def _lookup(group: dict[str, Any], key: str) -> tuple[bool, Any]:
    lowered = {str(k).lower(): v for k, v in group.items()}
    return key.lower() in lowered, lowered.get(key.lower())


def _fields(value: Any, names: list[str]) -> Any:
    """`value.A.B`: a group's keys (any case, as Hugo's settings); a key a group lacks is nil,
    as Go's map gives it; anything else is not evaluated."""
    if isinstance(value, _Page):
        dotted = "." + ".".join(names)
        if dotted in value.names:
            return value.names[dotted]
        if names[0] != "Site" or len(names) < 2 or not value.page.site:
            raise NotEvaluated(dotted)
        known, found = _lookup(value.page.site, names[1])
        if not known:
            raise NotEvaluated(dotted)  # no such field of `.Site`: Hugo fails
        return _fields(found, names[2:]) if len(names) > 2 else found
    for i, name in enumerate(names):
        if not isinstance(value, dict):
            raise NotEvaluated(".".join(names))
        value = _lookup(value, name)[1]
        if value is None and i < len(names) - 1:
            raise NotEvaluated(".".join(names))  # a field of nil: Hugo fails
    return value


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
    root: _Page
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
    return call(head, args if first else [*args, piped])


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


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"'}


def _unescape(match: re.Match[str]) -> str:
    """One escape of a Go string (`\\n`, `\\\\`, `\\"`); others are not read here."""
    if match.group(1) not in _ESCAPES:
        raise NotEvaluated(match.group(0))
    return _ESCAPES[match.group(1)]


def _operand(token: str, tokens: _Tokens, scope: _Scope) -> Any:
    if token == "(":
        start = tokens.at
        _skip_group(tokens)
        return _sub(tokens.items[start : tokens.at - 1], scope)
    if token[:1] == '"':
        return re.sub(r"\\(.)", _unescape, token[1:-1])
    if token[:1] == "`":
        return token[1:-1]
    if _NUMBER.fullmatch(token):
        return float(token) if "." in token else int(token)
    if token in ("true", "false"):
        return token == "true"
    if token in ("now", "time.Now"):
        return scope.root.page.now
    if token == ".":
        return scope.dot
    if token.startswith("."):
        return _fields(scope.dot, token[1:].split("."))
    if token.startswith("$"):
        name, _, rest = token.partition(".")
        if name == "$":
            value: Any = scope.root
        elif name in scope.names and scope.names[name] is not _UNKNOWN:
            value = scope.names[name]
        else:
            raise NotEvaluated(token)  # unknown, or set from what was not evaluated
        return _fields(value, rest.split(".")) if rest else value
    raise NotEvaluated(token)  # nil, a function as argument, a character...


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
    root = _Page(page)
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


class _Shaped(Exception):
    """The template's shape cannot be followed."""


@dataclass
class _Action:
    inner: str
    source: str


@dataclass
class _Block:
    word: str  # if, with, range
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
            raise _Shaped(word)
        if word in ("if", "with", "range"):
            block = _Block(word)
            block.arms.append((rest.strip(), []))
            body.append(block)
            stack.append((block, body))
            body = block.arms[-1][1]
        elif word == "else":
            if not stack or stack[-1][0].otherwise is not None:
                raise _Shaped("else")
            block = stack[-1][0]
            again, test = (rest.split(None, 1) + ["", ""])[:2]
            if again in ("if", "with") and again == block.word:
                block.arms.append((test.strip(), []))
                body = block.arms[-1][1]
            elif not rest.strip():
                block.otherwise = []
                body = block.otherwise
            else:
                raise _Shaped("else")
        elif word == "end":
            if not stack:
                raise _Shaped("end")
            body = stack.pop()[1]
        else:
            body.append(piece)
    if stack:
        raise _Shaped("unclosed")
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

    def _test(self, test: str, scope: _Scope) -> tuple[list[str], Any]:
        try:
            names, how, value = _run_pipeline(test, scope)
        except NotEvaluated as exc:
            raise _Shaped(test) from exc
        if how == "=":
            raise _Shaped(test)
        return names, value

    def block(self, node: _Block, scope: _Scope) -> None:
        if node.word == "range":
            self.range(node, scope)
            return
        for test, body in node.arms:
            inner = _Scope(scope.dot, scope.root, scope.names.new_child())
            names, value = self._test(test, inner)
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
        names, value = self._test(test, _Scope(scope.dot, scope.root, scope.names.new_child()))
        if isinstance(value, dict):  # Go walks a map in its keys' order
            items = [(k, value[k]) for k in sorted(value, key=str)]
        elif isinstance(value, list):
            items = list(enumerate(value))
        elif value is None:
            items = []
        else:
            raise _Shaped(test)
        if len(names) > 2:
            raise _Shaped(test)
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
    root = _Page(page)
    try:
        run.nodes(_tree(_pieces(text)), _Scope(root, root, ChainMap()))
    except _Shaped:
        return Rendered("".join(run.out), run.left_out, True)
    return Rendered("".join(run.out), run.left_out)


__all__ = ["NotEvaluated", "PageContext", "Rendered", "evaluate", "render"]
