"""Chroma's own lexers, run from the XML rules Hugo ships (`chroma_data/`).

Chroma (Hugo's highlighter) defines most lexers as XML: states of rules, each a regular
expression with a token type (or one per group), and pushes, pops or combined states.
This module reads those files and tokenises exactly as Chroma's `RegexLexer` does: rules
tried in order at the current position, an unmatched newline outside the first state
resets the stack, any other unmatched character is an `Error` token, `usingself` and
`using` lex a group again. `tokens()` then merges neighbouring tokens of one type, as
Hugo's `chroma.Coalesce` does. `tools/chroma_extract.py` copies the data from `hugo`.
"""

from __future__ import annotations

import functools
import html
import json
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "chroma_data"
_TAG = re.compile(r"<(/?)(\w+)((?:\s+\w+=\"[^\"]*\")*)\s*(/?)>|([^<]+)")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
# A state this deep is a lexer looping on its own pushes; Chroma has no limit, we stop.
_MAX_STACK = 200
_MAX_EMPTY_STEPS = 50


@dataclass
class _Rule:
    pattern: Any  # compiled expression, or None for a rule that always matches (empty)
    emitter: tuple | None
    mutators: list[tuple] = field(default_factory=list)


@dataclass
class _Node:
    tag: str
    attrs: list[tuple[str, str]]
    children: list[_Node] = field(default_factory=list)
    text: str = ""

    def attr(self, name: str, default: str = "") -> str:
        return next((html.unescape(v) for k, v in self.attrs if k == name), default)

    def attr_all(self, name: str) -> list[str]:
        return [html.unescape(v) for k, v in self.attrs if k == name]


def _parse(xml: str) -> _Node:
    """Chroma's XML as a tree (its files repeat attributes, which XML parsers refuse)."""
    root = _Node("", [])
    stack = [root]
    for m in _TAG.finditer(xml):
        closing, tag, attrs, empty, text = m.groups()
        if text is not None:
            stack[-1].text += html.unescape(text)
        elif closing:
            stack.pop()
        else:
            node = _Node(tag, _ATTR.findall(attrs))
            stack[-1].children.append(node)
            if not empty:
                stack.append(node)
    return root.children[0]


# `{,n}` is a quantifier in Python, plain text in .NET-style expressions (Chroma's).
_OPEN_MIN = re.compile(r"(?<!\\)\{(,\d+\})")


_LEADING_FLAGS = re.compile(r"\(\?:\(\?([imsx]+)\)")


class _NeverMatches:
    """A rule whose expression this Python cannot compile: it is skipped."""

    def match(self, text: str, pos: int = 0) -> None:
        return None


def _compile(pattern: str, flags: int) -> Any:
    pattern = _OPEN_MIN.sub(r"\\{\1", pattern)
    # `(?s)` at a rule's start (Go applies it from there on): Python's scoped `(?s:...)`.
    pattern = _LEADING_FLAGS.sub(r"(?:(?\1:", pattern, count=1) + (
        ")" if _LEADING_FLAGS.match(pattern) else ""
    )
    try:
        with warnings.catch_warnings():  # `[[` in Go's syntax: "possible nested set"
            warnings.simplefilter("ignore", FutureWarning)
            return re.compile(pattern, flags)
    except re.error:
        pass
    try:
        import regex  # .NET-style syntax Python's `re` lacks (\p{L}, (?<name>...))

        return regex.compile(pattern, flags | regex.V0)
    except Exception:  # noqa: BLE001 - no `regex`, or an expression neither module reads
        return _NeverMatches()


def _emitter(node: _Node) -> tuple | None:
    if node.tag == "token":
        return ("token", node.attr("type"))
    if node.tag == "bygroups":
        return ("bygroups", [_emitter(c) for c in node.children])
    if node.tag == "usingself":
        return ("usingself", node.attr("state"))
    if node.tag == "using":
        return ("using", node.attr("lexer"))
    if node.tag == "usingbygroup":
        groups = (int(node.attr("sublexer_name_group")), int(node.attr("code_group")))
        return ("usingbygroup", (groups, [_emitter(c) for c in node.children]))
    return None


class ChromaLexer:
    """One Chroma lexer from its XML definition."""

    def __init__(self, xml: str) -> None:
        tree = _parse(xml)
        config = next(c for c in tree.children if c.tag == "config")
        options = {c.tag: c.text.strip() for c in config.children}
        self.name = options.get("name", "")
        self.ensure_nl = options.get("ensure_nl") == "true"
        flags = 0 if options.get("not_multiline") == "true" else re.M
        if options.get("case_insensitive") == "true":
            flags |= re.I
        if options.get("dot_all") == "true":
            flags |= re.S
        rules = next(c for c in tree.children if c.tag == "rules")
        raw: dict[str, list[_Node]] = {s.attr("name"): s.children for s in rules.children}
        self._states: dict[str, list[_Rule | str]] = {}
        for name, nodes in raw.items():
            self._states[name] = [self._rule(node, flags) for node in nodes]
        self._expanded: dict[str, list[_Rule]] = {}

    def _rule(self, node: _Node, flags: int) -> _Rule | str:
        pattern = node.attr("pattern", "")
        emitter = None
        mutators: list[tuple] = []
        for child in node.children:
            if child.tag == "include":
                return child.attr("state")  # expanded when the state is first used
            if child.tag == "push":
                mutators.append(("push", child.attr_all("state")))
            elif child.tag == "pop":
                mutators.append(("pop", int(child.attr("depth", "1"))))
            elif child.tag == "combined":
                mutators.append(("combined", child.attr_all("state")))
            elif child.tag == "mutators":
                mutators.extend(self._rule(child, flags).mutators)  # type: ignore[union-attr]
            else:
                emitter = _emitter(child)
        compiled = _compile(f"(?:{pattern})", flags) if pattern else None
        return _Rule(compiled, emitter, mutators)

    def _rules(self, state: str) -> list[_Rule]:
        """A state's rules with its `include`s spliced in (and `combined` states made)."""
        done = self._expanded.get(state)
        if done is not None:
            return done
        if state.startswith("\0"):  # a combined state: its parts' rules in order
            out = [r for part in state[1:].split("\0") for r in self._rules(part)]
        else:
            out = []
            seen = {state}

            def add(items: list[_Rule | str]) -> None:
                for item in items:
                    if isinstance(item, str):
                        if item not in seen:
                            seen.add(item)
                            add(self._states.get(item, []))
                    else:
                        out.append(item)

            add(self._states.get(state, []))
        self._expanded[state] = out
        return out

    def tokenise(self, text: str, state: str = "root", nested: bool = False) -> list:
        """[(type, text)] as Chroma's iterator yields them (not merged)."""
        added = False
        if not nested and self.ensure_nl and not text.endswith("\n"):
            text += "\n"
            added = True
        end = len(text) - 1 if added else len(text)
        out: list[tuple[str, str]] = []
        stack = [state]
        pos = 0
        empty_steps = 0
        while pos < end and stack:
            current = stack[-1]
            for rule in self._rules(current):
                if rule.pattern is None:
                    m = None
                    matched = ""
                else:
                    m = rule.pattern.match(text, pos)
                    if m is None:
                        continue
                    matched = m.group(0)
                break
            else:
                if text[pos] == "\n" and current != state:
                    stack = [state]
                    continue
                out.append(("Error", text[pos]))
                pos += 1
                continue
            before = list(stack)
            pos += len(matched)
            for mutator in rule.mutators:
                self._mutate(stack, mutator)
            if rule.emitter is not None:
                self._emit(rule.emitter, m, matched, out)
            empty_steps = empty_steps + 1 if not matched else 0
            if not matched and (stack == before or empty_steps > _MAX_EMPTY_STEPS):
                # Rules matching nothing, with no move or moving in a circle, would loop
                # for ever (Chroma itself would hang): skip a character.
                out.append(("Error", text[pos]))
                pos += 1
                empty_steps = 0
            if len(stack) > _MAX_STACK:
                break
        if pos < len(text) and not stack:
            out.append(("Error", text[pos:]))
        elif pos < end:  # stopped by the depth guard: the rest kept as text
            out.append(("Text", text[pos:end]))
        return out

    def _mutate(self, stack: list[str], mutator: tuple) -> None:
        kind, arg = mutator
        if kind == "push":
            if not arg:
                stack.append(stack[-1])
            for name in arg:
                if name == "#pop":
                    if stack:
                        stack.pop()
                else:
                    stack.append(name)
        elif kind == "pop":
            del stack[max(0, len(stack) - arg) :]
        else:  # combined
            stack.append("\0" + "\0".join(arg))

    def _emit(self, emitter: tuple, m: Any, text: str, out: list) -> None:
        kind, arg = emitter
        if kind == "token":
            out.append((arg, text))
        elif kind == "usingself":
            out.extend(self.tokenise(text, arg or "root", nested=True))
        elif kind == "using":
            other = lexer_for(arg)
            out.extend(other.tokenise(text, nested=True) if other else [("Other", text)])
        elif kind == "usingbygroup":  # the code group lexed in the language another names
            (name_group, code_group), emitters = arg
            groups = m.groups() if m is not None else ()
            sub = lexer_for(groups[name_group - 1] or "") if len(groups) >= code_group else None
            for n, (emitter, group) in enumerate(zip(emitters, groups, strict=False), 1):
                if n == code_group and sub is not None:
                    out.extend(sub.tokenise(group or ""))
                elif emitter is not None:
                    self._emit(emitter, None, group or "", out)
        else:  # bygroups
            groups = m.groups() if m is not None else ()
            if len(arg) != len(groups):
                out.append(("Error", text))
                return
            for sub, group in zip(arg, groups, strict=True):
                if sub is not None:
                    self._emit(sub, None, group or "", out)


def tokens(lexer: ChromaLexer | DelegatingLexer, text: str) -> list[tuple[str, str]]:
    """The lexer's tokens, neighbours of one type merged, empty ones dropped (Coalesce)."""
    return _merge(lexer.tokenise(text))


@functools.lru_cache(maxsize=1)
def languages() -> dict[str, str]:
    """Fence language (lower case) -> its XML file, or "" for Chroma's lexers in Go."""
    return json.loads((DATA / "languages.json").read_text("utf-8"))


@functools.lru_cache(maxsize=64)
def _load(file_name: str) -> ChromaLexer:
    return ChromaLexer((DATA / file_name).read_text("utf-8"))


class DelegatingLexer:
    """Chroma's DelegatingLexer: the language lexer's `Other` text, joined, is lexed by
    the root lexer, and the language's own tokens are put back where they were."""

    def __init__(self, root: ChromaLexer, language: ChromaLexer) -> None:
        self.root = root
        self.language = language
        self.name = language.name

    def tokenise(self, text: str, state: str = "root", nested: bool = False) -> list:
        inserted: list[tuple[int, int, list]] = []  # (start, end, tokens) in the text
        others = []
        offset = 0
        last = None
        for kind, value in _merge(self.language.tokenise(text, state, nested)):
            if kind == "Other":
                if last is not None and last != "Other" and inserted:
                    inserted[-1] = (inserted[-1][0], offset, inserted[-1][2])
                others.append(value)
            else:
                if last is None or last == "Other":
                    inserted.append((offset, 0, []))
                inserted[-1][2].append((kind, value))
            last = kind
            offset += len(value)
        if not inserted:
            return self.root.tokenise(text, nested=nested)
        root_tokens = _merge(self.root.tokenise("".join(others), nested=nested))
        out: list[tuple[str, str]] = []
        offset = 0
        tokens = iter(root_tokens)
        token = next(tokens, None)
        pending = iter(inserted)
        insertion = next(pending, None)
        while token is not None or insertion is not None:
            if token is None or (
                insertion is not None and insertion[0] < offset + len(token[1])
            ):
                if token is not None:  # split the root token at the insertion
                    cut = insertion[0] - offset  # type: ignore[index]
                    if cut > 0:
                        out.append((token[0], token[1][:cut]))
                        offset += cut
                    token = (token[0], token[1][cut:]) if cut < len(token[1]) else None
                    if token is not None and cut <= 0 and not token[1]:
                        token = None
                start, end, items = insertion  # type: ignore[misc]
                out.extend(items)
                offset += end - start
                if token is None:
                    token = next(tokens, None)
                insertion = next(pending, None)
            else:
                out.append(token)
                offset += len(token[1])
                token = next(tokens, None)
        return out


def _merge(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, value in items:
        if not value:
            continue
        if out and out[-1][0] == kind and len(out[-1][1]) < 8192:
            out[-1] = (kind, out[-1][1] + value)
        else:
            out.append((kind, value))
    return out


# Lexers Chroma writes in Go, rewritten here in its XML form from Chroma's source; those
# it wraps in a DelegatingLexer name their root lexer.
PORTED = {
    "html": "ported/HTML.xml",
    "go": "ported/Go.xml",
    "golang": "ported/Go.xml",
    "md": "ported/Markdown.xml",
    "mkd": "ported/Markdown.xml",
    "markdown": "ported/Markdown.xml",
    "go-html-template": "ported/GoHTMLTemplate.xml",
}
_DELEGATE_TO = {"markdown": "html", "Go HTML Template": "html"}


def lexer_for(language: str) -> ChromaLexer | DelegatingLexer | None:
    """Chroma's lexer for a fence language, or None (unknown, or written in Go and not
    ported, or one whose rules cannot be read here)."""
    try:
        return _lexer_for(language)
    except Exception:  # noqa: BLE001 - a broken data file must not break the preview
        return None


def _lexer_for(language: str) -> ChromaLexer | DelegatingLexer | None:
    file_name = languages().get(language.lower())
    if file_name:
        return _load("lexers/" + file_name)
    ported = PORTED.get(language.lower()) if file_name == "" else None
    if not ported:
        return None
    lexer = _load(ported)
    root = _DELEGATE_TO.get(lexer.name)
    return _delegating(root, ported) if root else lexer


@functools.lru_cache(maxsize=16)
def _delegating(root: str, language_file: str) -> DelegatingLexer:
    return DelegatingLexer(lexer_for(root), _load(language_file))  # type: ignore[arg-type]


@functools.lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    """Token type -> CSS class (Chroma's StandardTypes), read from the styles' data."""
    return json.loads((DATA / "classes.json").read_text("utf-8"))


_CAMEL = re.compile(r"[A-Z][a-z]*")
# Chroma's sub-categories (types numbered x100); every other type's parent is its category.
_SUBCATEGORIES = ("LiteralString", "LiteralNumber", "CommentPreproc")


_CATEGORIES = frozenset(
    "Keyword Name Literal Operator Punctuation Comment Generic Text Error Other".split()
)


def parents(kind: str) -> list[str]:
    """A token type's sub-category and category (`LiteralStringDoc`: `LiteralString`,
    `Literal`), nearest first; nothing for the formatter's own types (`LineHighlight`)."""
    parts = _CAMEL.findall(kind)
    if not parts or parts[0] not in _CATEGORIES or kind == parts[0]:
        return []
    sub = next((s for s in _SUBCATEGORIES if kind.startswith(s) and kind != s), None)
    return [sub, parts[0]] if sub else [parts[0]]


@functools.lru_cache(maxsize=256)
def css_class(kind: str) -> str:
    """The class Chroma prints for a token type: its own, else its parent's ("" for Text)."""
    classes = _classes()
    if kind in classes:
        return classes[kind]
    return next((classes[p] for p in parents(kind) if p in classes), "")


def token_classes() -> dict[str, str]:
    """Token type -> class, for every type that has a class of its own."""
    return _classes()


@functools.lru_cache(maxsize=1)
def styles() -> dict[str, dict[str, str]]:
    """{style name: {class: CSS}}, the pre wrapper's CSS under ""."""
    return json.loads((DATA / "styles.json").read_text("utf-8"))
