"""HTML blocks and inline HTML as markdown-it 12 and 13 (and Goldmark 1.5) find them.

markdown-it-py follows markdown-it 14. The older versions differ in which tag names start an
HTML block (`<source>`, `<meta>` in 12; not `<textarea>` nor `<search>`), in a lower-case
`<!doctype html>` (text), in comments holding `--` and `<?...?>` over lines (text in 12), and
in an outdented blank line ending a comment inside a list. `markdown_it_compat` puts these
rules in for the 12 and 13 profiles; Hugo's Goldmark engine uses them too
(`goldmark_html_rules`).
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.common.html_blocks import block_names
from markdown_it.common.html_re import HTML_OPEN_CLOSE_TAG_STR
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline


def replace_rule(ruler: object, name: str, fn: object) -> None:
    """Swap the function of rule `name`, keeping the rules it may interrupt."""
    rule = ruler.__rules__[ruler.__find__(name)]  # type: ignore[attr-defined]
    rule.fn = fn
    ruler.__cache__ = None  # type: ignore[attr-defined]


_NAMES_13 = sorted({*block_names, "source"} - {"search"})
_NAMES_12 = sorted({*_NAMES_13, "meta"})


def goldmark_html_rules(md: MarkdownIt) -> None:
    """HTML blocks and inline HTML as Goldmark 1.5 (Hugo 0.111) finds them: as markdown-it 13
    does, with `<meta>` among the block names."""
    replace_rule(md.block.ruler, "html_block", html_block_rule(html_sequences(True, True), True))
    replace_rule(md.inline.ruler, "html_inline", html_inline_rule(False))


def html_sequences(textarea: bool, meta: bool) -> list[tuple[re.Pattern[str], re.Pattern[str], bool]]:
    raw = "script|pre|style|textarea" if textarea else "script|pre|style"
    names = "|".join(_NAMES_12 if meta else _NAMES_13)
    return [
        (re.compile(rf"^<(?:{raw})(?=(\s|>|$))", re.I), re.compile(rf"</(?:{raw})>", re.I), True),
        (re.compile(r"^<!--"), re.compile(r"-->"), True),
        (re.compile(r"^<\?"), re.compile(r"\?>"), True),
        (re.compile(r"^<![A-Z]"), re.compile(r">"), True),
        (re.compile(r"^<!\[CDATA\["), re.compile(r"\]\]>"), True),
        (re.compile(rf"^</?(?:{names})(?=(\s|/?>|$))", re.I), re.compile(r"^$"), True),
        (re.compile(HTML_OPEN_CLOSE_TAG_STR + r"\s*$"), re.compile(r"^$"), False),
    ]


def html_block_rule(  # noqa: ANN202
    sequences: list[tuple[re.Pattern[str], re.Pattern[str], bool]], blank_goes_on: bool = False
):
    """markdown-it's html_block with these sequences; `blank_goes_on`: an outdented blank
    line does not end a block that ends on its own closing mark (a comment in a list)."""

    def html_block(state: StateBlock, startLine: int, endLine: int, silent: bool) -> bool:
        pos = state.bMarks[startLine] + state.tShift[startLine]
        maximum = state.eMarks[startLine]
        if state.sCount[startLine] - state.blkIndent >= 4:
            return False
        if not state.md.options.get("html") or state.src[pos : pos + 1] != "<":
            return False
        line = state.src[pos:maximum]
        found = next((seq for seq in sequences if seq[0].search(line)), None)
        if found is None:
            return False
        _, closing, interrupts = found
        if silent:
            return interrupts
        nextLine = startLine + 1
        if not closing.search(line):
            while nextLine < endLine:
                if state.sCount[nextLine] < state.blkIndent and not (
                    blank_goes_on and state.isEmpty(nextLine) and not closing.search("")
                ):
                    break
                pos = state.bMarks[nextLine] + state.tShift[nextLine]
                line = state.src[pos : state.eMarks[nextLine]]
                if closing.search(line):
                    if line:
                        nextLine += 1
                    break
                nextLine += 1
        state.line = nextLine
        token = state.push("html_block", "", 0)
        token.map = [startLine, nextLine]
        token.content = state.getLines(startLine, nextLine, state.blkIndent, True)
        return True

    return html_block


_ATTRIBUTE = (
    r"""(?:\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\s*=\s*(?:[^"'=<>`\x00-\x20]+|'[^']*'|"[^"]*"))?)"""
)


def _tag_pattern(old: bool) -> re.Pattern[str]:
    processing = r"<[?].*?[?]>" if old else r"<[?][\s\S]*?[?]>"
    return re.compile(
        "(?:"
        + "|".join(
            (
                rf"<[A-Za-z][A-Za-z0-9\-]*{_ATTRIBUTE}*\s*/?>",
                r"</[A-Za-z][A-Za-z0-9\-]*\s*>",
                r"<!---->|<!--(?:-?[^>-])(?:-?[^-])*-->",
                processing,
                r"<![A-Z]+\s+[^>]*>",
                r"<!\[CDATA\[[\s\S]*?\]\]>",
            )
        )
        + ")"
    )


_LINK_OPEN = re.compile(r"<a[>\s]", re.I)
_LINK_CLOSE = re.compile(r"</a\s*>", re.I)


def html_inline_rule(old: bool):  # noqa: ANN202
    pattern = _tag_pattern(old)

    def html_inline(state: StateInline, silent: bool) -> bool:
        pos, src = state.pos, state.src
        if not state.md.options.get("html") or src[pos] != "<" or pos + 2 >= state.posMax:
            return False
        ch = src[pos + 1]
        if ch not in "!?/" and not ("a" <= ch.lower() <= "z"):
            return False
        # The last `>` of the text, found once: a run of unclosed `<` stays linear.
        last = state.__dict__.get("_last_gt")
        if last is None:
            last = state.__dict__["_last_gt"] = src.rfind(">")
        if last < pos:
            return False
        match = pattern.match(src, pos)
        if not match:
            return False
        if not silent:
            token = state.push("html_inline", "", 0)
            token.content = match.group(0)
            # No bare links inside `<a ...>` (what linkify asks)
            if _LINK_OPEN.match(token.content):
                state.linkLevel += 1
            elif _LINK_CLOSE.match(token.content):
                state.linkLevel -= 1
        state.pos += len(match.group(0))
        return True

    return html_inline
