"""An Eleventy site's own filters that only replace text, run as the site runs them.

11ty.dev's `packageManagerCodeTransform` (30 uses on `usage.md`, each panel of its npm / pnpm
/ yarn tabs) is
`(content, type) => { if(type === "yarn") { return content.replaceAll("npx @11ty/", "yarn
exec "); } else if(type === "pnpm") { ... } return content; }`. A filter of that form, read
from the configuration: branches on its second parameter equal to quoted text, each returning
its first parameter through `replaceAll` (or `replace`, the first only) of quoted texts, and
a last `return` the same; nothing else. A replacement holding `$` (JavaScript's patterns) is
not read. Any other filter is not run (its tag stays a placeholder saying so).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_ADDED = re.compile(
    r"addFilter\(\s*[\"'](?P<name>[\w$]+)[\"']\s*,\s*(?:function\s*[\w$]*\s*)?"
    r"\(\s*(?P<content>[A-Za-z_$][\w$]*)\s*,\s*(?P<kind>[A-Za-z_$][\w$]*)\s*\)\s*(?:=>\s*)?\{"
)
_TEXT = r"""(?:"(?:[^"\\\n])*"|'(?:[^'\\\n])*')"""
_CALL = re.compile(
    r"\s*\.\s*(?P<all>replaceAll|replace)\(\s*(?P<a>" + _TEXT + r")\s*,\s*(?P<b>" + _TEXT + r")\s*\)"
)
_SPACE = re.compile(r"(?:\s+|//[^\n]*|/\*.*?\*/)*", re.S)

Replacements = tuple[tuple[str, str, bool], ...]  # (text, replacement, every one)


@dataclass(frozen=True)
class ReplaceFilter:
    """A filter's replacements for each value of its argument, and otherwise."""

    branches: dict[str, Replacements]
    otherwise: Replacements

    def __call__(self, content: str, argument: str) -> str:
        for text, replacement, every in self.branches.get(argument, self.otherwise):
            content = content.replace(text, replacement, -1 if every else 1)
        return content


def read_replace_filters(config: str) -> dict[str, Callable[[str, str], str]]:
    """The configuration's filters of that form by name."""
    found: dict[str, Callable[[str, str], str]] = {}
    for m in _ADDED.finditer(config):
        read = _read_body(config, m.end(), m["content"], m["kind"])
        if read is not None:
            found[m["name"]] = read
    return found


def _skip(text: str, at: int) -> int:
    return _SPACE.match(text, at).end()


def _returned(text: str, at: int, content: str) -> tuple[Replacements, int] | None:
    """`return content.replaceAll("a", "b")...;` at `at`: its replacements and its end."""
    m = re.compile(r"return\s+" + re.escape(content) + r"\b").match(text, at)
    if m is None:
        return None
    calls: list[tuple[str, str, bool]] = []
    at = m.end()
    while (call := _CALL.match(text, at)) is not None:
        before, after = call["a"][1:-1], call["b"][1:-1]
        if "$" in after or not before:
            return None
        calls.append((before, after, call["all"] == "replaceAll"))
        at = call.end()
    at = _skip(text, at)
    if text.startswith(";", at):
        at += 1
    return tuple(calls), _skip(text, at)


def _read_body(text: str, at: int, content: str, kind: str) -> ReplaceFilter | None:
    branches: dict[str, Replacements] = {}
    condition = re.compile(
        r"(?:else\s+)?if\s*\(\s*" + re.escape(kind) + r"\s*===?\s*(?P<v>" + _TEXT + r")\s*\)\s*\{"
    )
    at = _skip(text, at)
    while (branch := condition.match(text, at)) is not None:
        returned = _returned(text, _skip(text, branch.end()), content)
        if returned is None or not text.startswith("}", returned[1]):
            return None
        branches.setdefault(branch["v"][1:-1], returned[0])
        at = _skip(text, returned[1] + 1)
    last = _returned(text, at, content)
    if last is None or not text.startswith("}", last[1]) or not branches:
        return None
    return ReplaceFilter(branches, last[0])
