"""The typographer of markdown-it 12 and 13 (a site's `typographer: true`), where it differs.

- Curly quotes (`smartquotes`): 12 and 13 count Unicode punctuation only, not symbols, as
  punctuation beside a quote; 12.2 also looks for the characters beside a quote in text
  only (not in code or inline HTML; an empty one counts as a letter), and a quote that
  could open or close never opens, where 13 and 14 open it after punctuation.
- Dashes (`replacements`): 12.2 consumed the character after `--` or `---`, so in `1--2--3`
  only the first pair became a dash.

The quote rule is markdown-it's own `process_inlines`, with those switches.
"""

from __future__ import annotations

import re
import unicodedata

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isWhiteSpace
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_QUOTE = re.compile(r"['\"]")
_APOSTROPHE = "\u2019"


def _punct(code: int) -> bool:
    return isMdAsciiPunct(code) or unicodedata.category(chr(code)).startswith("P")


def _neighbour(tokens: list[Token], indexes: range, last: bool, text_only: bool) -> int:
    for j in indexes:
        if tokens[j].type in ("softbreak", "hardbreak"):
            break
        content = tokens[j].content
        if text_only:
            if tokens[j].type not in ("text", "text_special"):
                continue
            if not content:
                # 12.2 read a character of an empty text (an emphasis mark's leftover):
                # not a number, so neither space nor punctuation, as a letter is.
                return ord("a")
        elif not content:
            continue
        return ord(content[-1] if last else content[0])
    return 0x20


def _process(tokens: list[Token], state: StateCore, old: bool) -> None:
    stack: list[dict] = []
    quotes = state.md.options.quotes
    for i, token in enumerate(tokens):
        level = token.level
        while stack and stack[-1]["level"] > level:
            stack.pop()
        if token.type != "text" and not (old and token.type == "text_special"):
            continue  # (12 read escapes and entities as text: `\"` and `&quot;` curl too)
        text, pos = token.content, 0
        while pos < len(text):
            m = _QUOTE.search(text, pos)
            if not m:
                break
            at = m.start()
            pos = at + 1
            single = m.group() == "'"
            last = ord(text[at - 1]) if at else _neighbour(tokens, range(i - 1, -1, -1), True, old)
            nxt = (
                ord(text[pos])
                if pos < len(text)
                else _neighbour(tokens, range(i + 1, len(tokens)), False, old)
            )
            last_punct, next_punct = _punct(last), _punct(nxt)
            last_space, next_space = isWhiteSpace(last), isWhiteSpace(nxt)
            can_open = not next_space and not (next_punct and not (last_space or last_punct))
            can_close = not last_space and not (last_punct and not (next_space or next_punct))
            if nxt == 0x22 and not single and 0x30 <= last <= 0x39:
                can_open = can_close = False  # 1"" : an inch
            if can_open and can_close:
                # the middle of a word (12 never opens there), or between punctuation
                can_open, can_close = (False if old else last_punct), next_punct
            if not can_open and not can_close:
                if single:
                    text = token.content = text[:at] + _APOSTROPHE + text[at + 1 :]
                continue
            closed = False
            if can_close:
                for j in range(len(stack) - 1, -1, -1):
                    item = stack[j]
                    if item["level"] < level:
                        break
                    if item["single"] == single and item["level"] == level:
                        open_q, close_q = (quotes[2], quotes[3]) if single else quotes[:2]
                        token.content = text[:at] + close_q + text[at + 1 :]
                        target = tokens[item["token"]]
                        target.content = (
                            target.content[: item["pos"]]
                            + open_q
                            + target.content[item["pos"] + 1 :]
                        )
                        pos += len(close_q) - 1
                        if item["token"] == i:
                            pos += len(open_q) - 1
                        text = token.content
                        del stack[j:]
                        closed = True
                        break
            if closed:
                continue
            if can_open:
                stack.append({"token": i, "pos": at, "single": single, "level": level})
            elif can_close and single:
                text = token.content = text[:at] + _APOSTROPHE + text[at + 1 :]


def _smartquotes(old: bool):  # noqa: ANN202
    def rule(state: StateCore) -> None:
        if not state.md.options.typographer:
            return
        for token in state.tokens:
            if token.type == "inline" and token.children and _QUOTE.search(token.content):
                _process(token.children, state, old)

    return rule


_SCOPED_12 = re.compile(r"\((c|tm|r|p)\)", re.I)
_SCOPED = {"c": "©", "r": "®", "p": "§", "tm": "™"}
_RARE_12 = (
    (re.compile(r"\+-"), "±"),
    (re.compile(r"\.{2,}"), "…"),
    (re.compile(r"([?!])…"), "\\1.."),
    (re.compile(r"([?!]){4,}"), "\\1\\1\\1"),
    (re.compile(r",{2,}"), ","),
    (re.compile(r"(^|[^-])---([^-]|$)", re.M), "\\1\u2014\\2"),
    (re.compile(r"(^|\s)--(\s|$)", re.M), "\\1\u2013\\2"),
    (re.compile(r"(^|[^-\s])--([^-\s]|$)", re.M), "\\1\u2013\\2"),
)


def _replacements_12(state: StateCore) -> None:
    """markdown-it 12.2's replacements: `(p)` is §, and its dash expressions."""
    if not state.md.options.typographer:
        return
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        inside_autolink = 0
        for token in block.children:
            if token.type == "text" and not inside_autolink:
                text = _SCOPED_12.sub(lambda m: _SCOPED[m.group(1).lower()], token.content)
                for pattern, replacement in _RARE_12:
                    text = pattern.sub(replacement, text)
                token.content = text
            if token.type == "link_open" and token.info == "auto":
                inside_autolink -= 1
            if token.type == "link_close" and token.info == "auto":
                inside_autolink += 1


def apply_typography(md: MarkdownIt, version: str) -> None:
    """markdown-it `version`'s quotes and dashes ("12" or "13"; 14 is markdown-it-py's)."""
    if version not in ("12", "13"):
        return
    rules = md.core.ruler.__rules__
    rules[md.core.ruler.__find__("smartquotes")].fn = _smartquotes(version == "12")
    if version == "12":
        rules[md.core.ruler.__find__("replacements")].fn = _replacements_12
    md.core.ruler.__cache__ = None
