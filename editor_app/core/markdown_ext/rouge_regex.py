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
After more than five empty matches in a row, the rule's action is done and the step fails
(the next character an `err`), as in Rouge. A lexer made with `context` (a class) gives each run a fresh instance of
it, passed to function actions as `action(match, context)`: for lexers that keep counts,
such as YAML's indentation (a context with a `state_stack` attribute is given the state stack).
`stack` is the stack a run starts with, when Rouge's lexer pushes states at its start.
"""

from __future__ import annotations

import re
from typing import Any

Runs = list[tuple[str, str]]
Rule = tuple[Any, Any, tuple[str, ...]]
# Rouge gives up on a state after this many empty matches in a row.
_MAX_NULL_STEPS = 5


class LazyPattern:
    """An expression compiled the first time a lexer uses it: the lexers hold hundreds of
    expressions, and most pages use none or few of their languages (startup stays quick)."""

    __slots__ = ("_compiled", "flags", "module", "pattern")

    def __init__(self, pattern: str, flags: int, module: Any = re) -> None:
        self.pattern = pattern
        self.flags = flags
        self.module = module
        self._compiled: Any = None

    def compiled(self) -> Any:
        if self._compiled is None:
            self._compiled = self.module.compile(self.pattern, self.flags)
        return self._compiled

    def match(self, text: str, pos: int = 0) -> Any:
        return self.compiled().match(text, pos)


def rx(pattern: str, flags: int = 0) -> Any:
    """An expression with Ruby's line anchors (`re.M`), compiled on first use."""
    return LazyPattern(pattern, re.M | flags)


class RougeLexer:
    """Runs `states` from `start` over a text."""

    def __init__(
        self,
        states: dict[str, list[Rule]],
        start: str = "root",
        context: type | None = None,
        stack: tuple[str, ...] = (),
    ) -> None:
        self.states = states
        self.start = start
        self.context = context
        self.first_stack = list(stack or (start,))  # Rouge's `start { push :x }`
        self._flat: dict[str, list[tuple[Any, Any, Any, int]]] = {}

    def flat(self, state: str) -> list[tuple[Any, Any, Any, int]]:
        """The state's rules, mixins spliced in (made once per state)."""
        rules = self._flat.get(state)
        if rules is None:
            rules = self._flat[state] = _flatten(self.states, state)
        return rules

    def runs(self, text: str) -> Runs:
        return _Run(self).feed(text)

    def session(self) -> _Run:
        """A lexing that goes on over several texts (Rouge's `continue_lex`), as a console
        lexes each command line where the last one left off."""
        return _Run(self)


class _Run:
    """A lexing in progress: state stack and context, kept from one text to the next."""

    def __init__(self, lexer: RougeLexer) -> None:
        self.lexer = lexer
        self.states = lexer.states
        self.start = lexer.start
        self.text = ""
        self.out: Runs = []
        self.pos = 0
        self.null_steps = 0
        self.reset()

    def reset(self) -> None:
        """Back to the lexer's first states and a fresh context (Rouge's `reset!`)."""
        lexer = self.lexer
        self.context = lexer.context() if lexer.context is not None else None
        self.stack = list(lexer.first_stack)
        if hasattr(self.context, "state_stack"):  # for lexers asking whether a state is open
            self.context.state_stack = self.stack

    def feed(self, text: str) -> Runs:
        """The runs of `text`, lexed from where the previous text left the states."""
        self.text, self.pos, self.null_steps, self.out = text, 0, 0, []
        while self.pos < len(text):
            if not self.step(self.stack[-1]):
                add_run(self.out, "err", text[self.pos])
                self.pos += 1
        return self.out

    def step(self, state: str) -> bool:
        """Rouge's `step`: the first rule that matches acts; False if none (or too many empty)."""
        text, pos = self.text, self.pos
        rules = self.lexer.flat(state)
        i, count = 0, len(rules)
        while i < count:
            pattern, action, moves, resume = rules[i]
            m = pattern.match(text, pos)
            if m is None:
                i += 1
                continue
            emitted = _emit(action, m, self.context)
            if isinstance(emitted, tuple):  # a function's (tokens, moves)
                emitted, moves = emitted[0], moves + emitted[1]
            for css, value in emitted:
                add_run(self.out, css, value)
            self.pos = m.end()
            for move in moves:
                _move(self.stack, move)
            if not self.stack:
                self.stack.append(self.start)
            if m.end() == pos:
                self.null_steps += 1
                if self.null_steps > _MAX_NULL_STEPS:
                    if resume < 0:
                        return False
                    i = resume  # Rouge: the mixin's step failed, the including state goes on
                    continue
            else:
                self.null_steps = 0
            return True
        return False


def _flatten(states: dict[str, list[Rule]], name: str) -> list[tuple[Any, Any, Any, int]]:
    """A state's rules with its mixins spliced in, each with the index where the including
    state's rules resume should it fail inside a mixin (-1: the step fails)."""
    out: list[list[Any]] = []

    def add(state: str) -> list[list[Any]]:
        direct = []
        for rule in states[state]:
            if rule[0] == "mixin":
                inner = add(rule[1])
                for entry in inner:
                    entry[3] = len(out)
                continue
            pattern = rule[0].compiled() if isinstance(rule[0], LazyPattern) else rule[0]
            entry = [pattern, rule[1], rule[2], -1]
            out.append(entry)
            direct.append(entry)
        return direct

    add(name)
    return [tuple(entry) for entry in out]  # type: ignore[misc]


def _emit(action: Any, m: re.Match[str], context: Any) -> Any:
    if isinstance(action, str):
        return [(action, m.group(0))]
    if isinstance(action, tuple):
        return [(css, group or "") for css, group in zip(action, m.groups(), strict=False)]
    if context is not None:
        return action(m, context)
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


def add_run(out: Runs, css: str, value: str) -> None:
    """Add a token to the runs as Rouge does: an empty one left out, one of the class of the
    last run joined to it."""
    if not value:
        return
    if out and out[-1][0] == css:
        out[-1] = (css, out[-1][1] + value)
    else:
        out.append((css, value))
