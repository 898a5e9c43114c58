"""A small runner for lexers written after Rouge's `RegexLexer` (Rouge is Jekyll's highlighter).

A lexer is a dict of states, each a list of rules. A rule is `(expression, action, moves)`:
the action is a class for the whole match, a tuple of classes (one per group), or a
function `(match) -> [(class, text)]` (or `([(class, text)], moves)`); the moves are state names to push, `"#pop"`,
`"#pop:2"`, `"#push"` (the current state again), `"goto:x"` (replace the top) or
`"#reset"` (back to the first state). A rule
written `("mixin", name)` splices in another state's rules where it stands, as Rouge's
`mixin` does. As in Rouge: the first rule that matches wins, an unmatched character is an
`err` token, and neighbouring tokens of one class are joined. Expressions use Ruby's
meaning of `^` and `$` (always line starts and ends), so they are compiled MULTILINE.
"""

from __future__ import annotations

import re
from typing import Any

Runs = list[tuple[str, str]]
Rule = tuple[Any, Any, tuple[str, ...]]
# Rouge gives up on a state after this many empty matches in a row.
_MAX_NULL_STEPS = 5


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """An expression compiled with Ruby's line anchors (`re.M`)."""
    return re.compile(pattern, re.M | flags)


class RougeLexer:
    """Runs `states` from `start` over a text."""

    def __init__(self, states: dict[str, list[Rule]], start: str = "root") -> None:
        self.states = states
        self.start = start

    def runs(self, text: str) -> Runs:
        out: Runs = []
        stack = [self.start]
        pos = 0
        null_steps = 0
        while pos < len(text):
            found = self._step(stack[-1], text, pos, null_steps) if stack else None
            if found is None:
                _add(out, "err", text[pos])
                pos += 1
                null_steps = 0
                continue
            m, action, moves = found
            null_steps = null_steps + 1 if m.end() == pos else 0
            emitted = _emit(action, m)
            if isinstance(emitted, tuple):  # a function's (tokens, moves)
                emitted, moves = emitted[0], moves + emitted[1]
            for css, value in emitted:
                _add(out, css, value)
            pos = m.end()
            for move in moves:
                _move(stack, move)
            if not stack:
                stack.append(self.start)
        return out

    def _step(self, state: str, text: str, pos: int, null_steps: int) -> tuple | None:
        for rule in self.states[state]:
            if rule[0] == "mixin":
                found = self._step(rule[1], text, pos, null_steps)
                if found is not None:
                    return found
                continue
            m = rule[0].match(text, pos)
            if m is not None:
                if m.end() == pos and null_steps >= _MAX_NULL_STEPS:
                    continue
                return m, rule[1], rule[2]
        return None


def _emit(action: Any, m: re.Match[str]) -> Any:
    if isinstance(action, str):
        return [(action, m.group(0))]
    if isinstance(action, tuple):
        return [(css, group or "") for css, group in zip(action, m.groups(), strict=False)]
    return action(m)  # tokens, or (tokens, moves)


def _move(stack: list[str], move: str) -> None:
    if move == "#pop":
        if stack:
            stack.pop()
    elif move.startswith("#pop:"):
        del stack[max(0, len(stack) - int(move[5:])) :]
    elif move == "#reset":  # Rouge's reset_stack
        del stack[1:]
    elif move == "#push":
        stack.append(stack[-1])
    elif move.startswith("goto:"):
        if stack:
            stack.pop()
        stack.append(move[5:])
    else:
        stack.append(move)


def _add(out: Runs, css: str, value: str) -> None:
    if not value:
        return
    if out and out[-1][0] == css:
        out[-1] = (css, out[-1][1] + value)
    else:
        out.append((css, value))

