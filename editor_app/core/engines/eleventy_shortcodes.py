"""An Eleventy site's shortcodes that only fill their arguments into a piece of HTML, drawn as
the site prints them.

11ty.dev's `{% codetitle "eleventy.config.js", "Filename" %}` (178 on its pages) is
`addShortcode("codetitle", function (title, heading = "Filename") { return `<div
class="codetitle codetitle-left"><b>${heading} </b>${title}</div>`; })`, and its paired
`{% minilink "/docs/" %}text{% endminilink %}` the same with the content as first argument.
Such a shortcode is read from the configuration (a function, or an arrow function, whose body
is one `return` of a template text using its parameters alone, `${title}`) and put in the
page before Markdown reads it, as Eleventy runs it: each `${name}` the argument given (the
parameter's default when not given, `undefined` as JavaScript prints a missing one). A
function doing more (a condition, a call) is not read here, and a tag whose arguments are
not quoted text or numbers (a page variable) stays a placeholder, its value unknown here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from editor_app.core.engines.eleventy_toc import balanced
from editor_app.core.engines.templates import RAW_BLOCK

_DEFINED = re.compile(
    r"add(?P<paired>Paired)?Shortcode\(\s*[\"'](?P<name>[\w-]+)[\"']\s*,\s*"
    r"(?:function\s*\w*\s*\((?P<params>[^)]*)\)\s*\{|\((?P<arrow>[^)]*)\)\s*=>\s*\{)"
)
_RETURN = re.compile(r"^\s*return\s*`(?P<template>[^`]*)`\s*;?\s*$")
# `return (`<b>${a}</b>` + (alt ? `<i>${alt}</i>` : ""));`: parts joined, one shown when its
# parameter is given (11ty.dev's `emoji`).
_JOINED = re.compile(r"^\s*return\s*\((?P<expr>.*)\)\s*;?\s*$", re.S)
_PART = re.compile(
    r"\s*(?:`(?P<text>[^`]*)`"
    r"|\(\s*(?P<when>\w+)\s*\?\s*`(?P<then>[^`]*)`\s*:\s*(?:\"\"|'')\s*\))\s*(?P<plus>\+)?"
)
_WHEN = re.compile(r"\$\{\?(\w+):(.*?)\?\}", re.S)
_SLOT = re.compile(r"\$\{\s*(\w+)\s*\}")
_LINE_COMMENT = re.compile(r"^\s*//.*$", re.M)
_PARAM = re.compile(r"""^\s*(\w+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|(\d+)))?\s*$""")
_ARGUMENT = re.compile(r"""\s*(?:"([^"\n]*)"|'([^'\n]*)'|(-?\d+(?:\.\d+)?))\s*(?:,|$)""")


@dataclass(frozen=True)
class FilledShortcode:
    """A shortcode printing its arguments in a fixed piece of HTML."""

    name: str
    paired: bool
    params: tuple[str, ...]
    defaults: tuple[str | None, ...]
    template: str

    def printed(self, arguments: list[str], content: str = "") -> str:
        """What the shortcode prints for `arguments` (and `content` when paired)."""
        given = ([content] if self.paired else []) + arguments
        values = {}
        for i, name in enumerate(self.params):
            if i < len(given):
                values[name] = given[i]
            else:
                default = self.defaults[i]
                values[name] = "undefined" if default is None else default

        def shown(m: re.Match[str]) -> str:
            value = values.get(m.group(1), "undefined")
            return m.group(2) if value not in ("", "undefined") else ""  # JavaScript's falsy text

        template = _WHEN.sub(shown, self.template)
        return _SLOT.sub(lambda m: values.get(m.group(1), "undefined"), template)


def read_filled_shortcodes(config: str) -> list[FilledShortcode]:
    """The shortcodes of the configuration text `config` that only fill in their arguments."""
    found = []
    for m in _DEFINED.finditer(config):
        body = balanced(config, m.end() - 1)[1:-1]
        returned = _RETURN.match(_LINE_COMMENT.sub("", body)) or _joined(
            _LINE_COMMENT.sub("", body)
        )
        raw_params = m.group("params") if m.group("params") is not None else m.group("arrow")
        params = [_PARAM.match(p) for p in raw_params.split(",")] if raw_params.strip() else []
        if returned is None or any(p is None for p in params):
            continue
        names = tuple(p.group(1) for p in params if p is not None)
        if any(slot not in names for slot in _SLOT.findall(returned.group("template"))):
            continue
        if "${" in _SLOT.sub("", _WHEN.sub("", returned.group("template"))):
            continue  # an expression, not a parameter
        defaults = tuple(
            next((g for g in p.groups()[1:] if g is not None), None)
            for p in params
            if p is not None
        )
        found.append(
            FilledShortcode(
                m.group("name"),
                bool(m.group("paired")),
                names,
                defaults,
                returned.group("template"),
            )
        )
    return found


def _joined(body: str) -> re.Match[str] | None:
    """A `return (`...` + (p ? `...` : ""))` body as one template (a part shown when its
    parameter is given written `${?p:...?}`), matched as `_RETURN` matches; None otherwise."""
    m = _JOINED.match(body)
    if m is None:
        return None
    parts, at, expr = [], 0, m.group("expr").strip()
    while at < len(expr):
        part = _PART.match(expr, at)
        if part is None or not part.group(0):
            return None
        if part.group("text") is not None:
            parts.append(part.group("text"))
        else:
            parts.append("${?" + part.group("when") + ":" + part.group("then") + "?}")
        at = part.end()
        if not part.group("plus") and at < len(expr):
            return None
    return _RETURN.match("return `" + "".join(parts) + "`")


def arguments_of(text: str, numbers: bool = True) -> list[str] | None:
    """A shortcode's arguments when each is quoted text or a number (quoted text alone with
    `numbers` off), else None (a variable or an expression: its value is not known here)."""
    values: list[str] = []
    rest = text.strip()
    while rest:
        m = _ARGUMENT.match(rest)
        if m is None or not m.group(0) or (m.group(3) is not None and not numbers):
            return None
        values.append(next(g for g in m.groups() if g is not None))
        rest = rest[m.end() :].strip()
    return values


def with_filled_shortcodes(text: str, shortcodes: list[FilledShortcode]) -> str:
    """`text` with each of `shortcodes` given plain arguments replaced by what it prints."""
    if not shortcodes or "{%" not in text:
        return text
    for paired in (True, False):
        chosen = {s.name: s for s in shortcodes if s.paired == paired}
        if not chosen:
            continue
        names = "|".join(re.escape(n) for n in chosen)
        tag = rf"\{{%(?P<d1>-?)\s*(?P<name>{names})(?:\s+(?P<args>[^%]*?))?\s*"
        # A paired one's `-%}` trims its content; the space after it goes by its end tag's.
        if paired:
            tag += r"(?P<c1>-?)%\}(?P<content>.*?)\{%(?P<c2>-?)\s*end(?P=name)\s*(?P<d2>-?)%\}"
        else:
            tag += r"(?P<d2>-?)%\}"
        pattern = re.compile(rf"(?P<raw>{RAW_BLOCK.pattern})|{tag}", re.S)
        text = _replaced(text, pattern, chosen)
    return text


def _replaced(text: str, pattern: re.Pattern[str], chosen: dict[str, FilledShortcode]) -> str:
    def printed(m: re.Match[str]) -> str | None:
        arguments = arguments_of(m.group("args") or "")
        content = m.groupdict().get("content") or ""
        content = content.lstrip() if m.groupdict().get("c1") else content
        content = content.rstrip() if m.groupdict().get("c2") else content
        if arguments is None or "{%" in content or "{{" in content:
            return None
        return chosen[m.group("name")].printed(arguments, content)

    return replaced_trimming(text, pattern, printed)


def shortcode_tag(names: Iterable[str]) -> re.Pattern[str]:
    """A raw block (group `raw`, kept as written) or an unpaired shortcode of one of `names`
    (group `name`) with its arguments (`args`), and the trimming marks `replaced_trimming`
    reads (`d1`, `d2`)."""
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"(?P<raw>{RAW_BLOCK.pattern})"
        rf"|\{{%(?P<d1>-?)\s*(?P<name>{alternatives})\s+(?P<args>[^%]*?)\s*(?P<d2>-?)%\}}",
        re.S,
    )


def replaced_trimming(
    text: str, pattern: re.Pattern[str], printed: Callable[[re.Match[str]], str | None]
) -> str:
    """`text` with each match of `pattern` replaced by `printed(match)` (kept as written for
    a raw block, group `raw`, or when None), the space before it dropped when its tag opens
    `{%-` (group `d1`) and the space after it when it closes `-%}` (group `d2`), as
    Nunjucks trims."""
    out: list[str] = []
    at = 0
    trim_next = False
    for m in pattern.finditer(text):
        before = text[at : m.start()]
        before = before.lstrip() if trim_next else before
        trim_next = False
        shown = None if m.group("raw") else printed(m)
        if shown is None:
            out.append(before + m.group(0))
        else:
            out.append((before.rstrip() if m.group("d1") else before) + shown)
            trim_next = bool(m.group("d2"))
        at = m.end()
    rest = text[at:]
    out.append(rest.lstrip() if trim_next else rest)
    return "".join(out)
