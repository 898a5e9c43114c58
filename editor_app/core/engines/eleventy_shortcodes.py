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
from dataclasses import dataclass

from editor_app.core.engines.eleventy_definitions import (
    paired_content,
    read_definitions,
    replaced_trimming,
    shortcode_tag,
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
    for definition in read_definitions(config):
        body = _LINE_COMMENT.sub("", definition.body[1:-1])
        returned = _RETURN.match(body) or _joined(body)
        raw_params = definition.params
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
                definition.name,
                definition.paired,
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
        if chosen:
            text = _replaced(text, shortcode_tag(chosen, paired), chosen)
    return text


def _replaced(text: str, pattern: re.Pattern[str], chosen: dict[str, FilledShortcode]) -> str:
    def printed(m: re.Match[str]) -> str | None:
        arguments = arguments_of(m.group("args"))
        content = paired_content(m) if m.groupdict().get("content") is not None else ""
        if arguments is None or "{%" in content or "{{" in content:
            return None
        return chosen[m.group("name")].printed(arguments, content)

    return replaced_trimming(text, pattern, printed)
