"""markdown-it 12 and 13 where they render otherwise than 14 (the preview's markdown-it-py).

An Eleventy site renders with the markdown-it its `package.json` brings in: Eleventy 0.x
and 1.x ship markdown-it 12, Eleventy 2 ships 13, Eleventy 3 and 4 ship 14, and a site may
declare `markdown-it` itself. `markdown_it_version(root)` reads that from the site's plain
JSON (the installed package, `package-lock.json`, then `package.json`); nothing is run.

`apply_profile(md, "12" | "13")` then puts back, one small rule each, what those versions
did differently (profile "12" is Debian's `node-markdown-it` 12.2, the reference renderer):

- a lower-case `<!doctype html>` is text (13 and 12: only `<!DOCTYPE` starts an HTML block
  or is inline HTML); HTML comments holding `--`, `<?...?>` over lines (12) are text;
- emphasis flanking counts Unicode punctuation only, not symbols: `(375×*)` keeps its `*`;
- image `alt` text leaves out escapes and entities (13), and line breaks too (12);
- HTML blocks: `<textarea>` and `<search>` start none, `<source>` does (and `<meta>` in
  12); an outdented blank line ends a comment block inside a list;
- 12 only: headings are tried before HTML blocks (`<div>` over `---` is a heading), and
  tables split as 12 did: `|` inside backticks does not split a cell, `\\|` keeps its
  backslash inside code, a row needs a `|`, the table ends only at a line without one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from types import MethodType

from markdown_it import MarkdownIt
from markdown_it.common.html_blocks import block_names
from markdown_it.common.html_re import HTML_OPEN_CLOSE_TAG_STR
from markdown_it.common.utils import isMdAsciiPunct, isWhiteSpace
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.rules_core.text_join import _join_text_tokens
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline.state_inline import Scanned

from editor_app.core.engines.markdown_it_typography import apply_typography

VERSIONS = ("12", "13", "14")
# A site that declares nothing: what a new Eleventy site installs today (Eleventy 3).
DEFAULT_VERSION = "14"

# -- which markdown-it the site runs -------------------------------------------------------

_MAJOR = re.compile(r"(\d+)(?:\.\d+)*")


def _major(spec: object) -> int | None:
    """The major version a package.json range names: `^13.0.1` 13, `~12.3` 12, `*` None."""
    if not isinstance(spec, str):
        return None
    spec = spec.split("npm:")[-1].rsplit("@", 1)[-1] if "npm:" in spec else spec
    m = _MAJOR.search(spec)
    return int(m.group(1)) if m else None


def _profile_of_markdown_it(major: int) -> str:
    return "12" if major <= 12 else "13" if major == 13 else "14"


def _profile_of_eleventy(major: int) -> str:
    return "12" if major <= 1 else "13" if major == 2 else "14"


def _read_json(path: Path) -> dict:
    try:
        if path.is_file() and path.stat().st_size < 20_000_000:
            data = json.loads(path.read_text("utf-8", errors="replace"))
            return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        pass
    return {}


def _declared_major(root: Path, package: str) -> tuple[int, str] | None:
    """(major version, where read) of `package` for the site: installed, locked, declared."""
    installed = _read_json(root / "node_modules" / package / "package.json")
    major = _major(installed.get("version"))
    if major is not None:
        return major, f"node_modules/{package}"
    lock = _read_json(root / "package-lock.json").get("packages")
    entry = lock.get(f"node_modules/{package}") if isinstance(lock, dict) else None
    major = _major(entry.get("version")) if isinstance(entry, dict) else None
    if major is not None:
        return major, "package-lock.json"
    declared = _read_json(root / "package.json")
    for field in ("dependencies", "devDependencies"):
        deps = declared.get(field)
        major = _major(deps.get(package)) if isinstance(deps, dict) else None
        if major is not None:
            return major, "package.json"
    return None


def eleventy_major(root: Path | None) -> int | None:
    """The major version of Eleventy the site runs, when its package files say."""
    found = _declared_major(root, "@11ty/eleventy") if root is not None else None
    return found[0] if found else None


def markdown_it_version(root: Path | None) -> tuple[str, str]:
    """(profile, where it was read) for the site at `root`: "12", "13" or "14"."""
    if root is None:
        return DEFAULT_VERSION, "default"
    for package in ("markdown-it", "@11ty/eleventy"):
        found = _declared_major(root, package)
        if found is not None:
            return _by(package, found[0]), found[1]
    return DEFAULT_VERSION, "default"


def _by(package: str, major: int) -> str:
    if package == "markdown-it":
        return _profile_of_markdown_it(major)
    return _profile_of_eleventy(major)


# -- the profile ---------------------------------------------------------------------------


def apply_profile(md: MarkdownIt, version: str) -> None:
    """Make `md` (markdown-it-py, which follows 14) render as markdown-it `version` did."""
    if version != "12":
        # Escapes and entities inside an image's text stay their own tokens (and so
        # out of its `alt`), as in markdown-it 13 and 14.
        _replace(md.core.ruler, "text_join", _text_join_outside_images)
    md.add_render_rule("image", _image_rule(version))
    if version not in ("12", "13"):
        return
    old = version == "12"
    apply_typography(md, version)
    _replace(md.block.ruler, "html_block", _html_block_rule(_sequences(not old, old)))
    _replace(md.inline.ruler, "html_inline", _html_inline_rule(old))
    punctuation_only_flanking(md)
    if old:
        _move_after(md.block.ruler, "html_block", "lheading")
        _replace(md.block.ruler, "table", table_12)
        quote = md.block.ruler.__rules__[md.block.ruler.__find__("blockquote")]
        _replace(md.block.ruler, "blockquote", _blockquote_12(quote.fn))


def _blockquote_12(original):  # noqa: ANN001, ANN202 (markdown-it-py's rule)
    """12.2's quote, once a line of it was outdented (a lazy line, in a nested quote), took
    no later `>` line: the quote ends there (14 looks at each line on its own)."""

    def blockquote(state: StateBlock, startLine: int, endLine: int, silent: bool) -> bool:
        if not silent:
            outdented = False
            for line in range(startLine + 1, endLine):
                if state.isEmpty(line):
                    break
                if state.sCount[line] < state.blkIndent:
                    outdented = True
                elif outdented and state.src[state.bMarks[line] + state.tShift[line]] == ">":
                    endLine = line
                    break
        return original(state, startLine, endLine, silent)

    return blockquote


def _replace(ruler: object, name: str, fn: object) -> None:
    """Swap the function of rule `name`, keeping the rules it may interrupt."""
    rule = ruler.__rules__[ruler.__find__(name)]  # type: ignore[attr-defined]
    rule.fn = fn
    ruler.__cache__ = None  # type: ignore[attr-defined]


def _move_after(ruler: object, name: str, after: str) -> None:
    rules = ruler.__rules__  # type: ignore[attr-defined]
    rule = rules.pop(ruler.__find__(name))  # type: ignore[attr-defined]
    rules.insert(ruler.__find__(after) + 1, rule)  # type: ignore[attr-defined]
    ruler.__cache__ = None  # type: ignore[attr-defined]


# Emphasis flanking: markdown-it 13 and before count Unicode punctuation (P), not symbols (S).


def _is_punct_p(ch: str) -> bool:
    return isMdAsciiPunct(ord(ch)) or unicodedata.category(ch).startswith("P")


def _scan_delims(self: StateInline, start: int, canSplitWord: bool) -> Scanned:
    src, maximum = self.src, self.posMax
    marker = src[start]
    last = src[start - 1] if start > 0 else " "
    pos = start
    while pos < maximum and src[pos] == marker:
        pos += 1
    nxt = src[pos] if pos < maximum else " "
    last_punct, next_punct = _is_punct_p(last), _is_punct_p(nxt)
    last_space, next_space = isWhiteSpace(ord(last)), isWhiteSpace(ord(nxt))
    left = not (next_space or (next_punct and not (last_space or last_punct)))
    right = not (last_space or (last_punct and not (next_space or next_punct)))
    can_open = left and (canSplitWord or not right or last_punct)
    can_close = right and (canSplitWord or not left or next_punct)
    return Scanned(can_open, can_close, pos - start)


def punctuation_only_flanking(md: MarkdownIt) -> None:
    """Emphasis and strikethrough flank on punctuation alone (markdown-it 13, Goldmark)."""
    for name in ("emphasis", "strikethrough"):
        _replace(md.inline.ruler, name, _punctuation_only(md.inline.ruler, name))


def _punctuation_only(ruler: object, name: str):  # noqa: ANN202
    original = ruler.__rules__[ruler.__find__(name)].fn  # type: ignore[attr-defined]

    def rule(state: StateInline, silent: bool) -> bool:
        if "scanDelims" not in state.__dict__:
            state.scanDelims = MethodType(_scan_delims, state)  # type: ignore[method-assign]
        return original(state, silent)

    return rule


# Image alt text (markdown-it's `renderInlineAsText`): 14 keeps text, inline HTML and line
# breaks; 13 text and soft breaks; 12 text alone. None keeps code, escapes or entities
# (which 12 reads as text).


def _text_join_outside_images(state: StateCore) -> None:
    for token in state.tokens:
        if token.type == "inline" and token.children:
            token.children = _join_text_tokens(token.children)


def _image_rule(version: str):  # noqa: ANN202
    kept = {"text"}
    if version == "12":
        kept |= {"text_special"}
    if version != "12":
        kept |= {"softbreak"}
    if version == "14":
        kept |= {"hardbreak", "html_inline", "html_block"}

    def as_text(tokens: list) -> str:
        out = []
        for token in tokens or []:
            if token.type == "image":
                out.append(as_text(token.children))
            elif token.type in kept:
                out.append("\n" if token.type.endswith("break") else token.content)
        return "".join(out)

    def image(self, tokens, idx, options, env):  # noqa: ANN001, ANN202
        token = tokens[idx]
        token.attrSet("alt", as_text(token.children))
        return self.renderToken(tokens, idx, options, env)

    return image


# HTML blocks and inline HTML.

_NAMES_13 = sorted({*block_names, "source"} - {"search"})
_NAMES_12 = sorted({*_NAMES_13, "meta"})


def goldmark_html_rules(md: MarkdownIt) -> None:
    """HTML blocks and inline HTML as Goldmark 1.5 (Hugo 0.111) finds them: as markdown-it 13
    does, with `<meta>` among the block names."""
    _replace(md.block.ruler, "html_block", _html_block_rule(_sequences(True, True), True))
    _replace(md.inline.ruler, "html_inline", _html_inline_rule(False))


def _sequences(textarea: bool, meta: bool) -> list[tuple[re.Pattern[str], re.Pattern[str], bool]]:
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


def _html_block_rule(  # noqa: ANN202
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


def _html_inline_rule(old: bool):  # noqa: ANN202
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


# Tables as markdown-it 12.2 read them.


def _split_row_12(text: str) -> list[str]:
    """Cells of a row: `|` splits unless escaped or inside backticks; `\\|` is kept."""
    result, pos, escapes, last, ticked, last_tick = [], 0, 0, 0, False, 0
    while pos < len(text):
        ch = text[pos]
        if ch == "`":
            if ticked:
                ticked, last_tick = False, pos
            elif escapes % 2 == 0:
                ticked, last_tick = True, pos
        elif ch == "|" and escapes % 2 == 0 and not ticked:
            result.append(text[last:pos])
            last = pos + 1
        escapes = escapes + 1 if ch == "\\" else 0
        pos += 1
        if pos == len(text) and ticked:
            # an unclosed backtick: go on from just after it, as text
            ticked, pos = False, last_tick + 1
    result.append(text[last:])
    return result


def _line_12(state: StateBlock, line: int) -> str:
    return state.src[state.bMarks[line] + state.blkIndent : state.eMarks[line]]


def _strip_pipes(text: str) -> str:
    text = text[1:] if text.startswith("|") else text
    return text[:-1] if text.endswith("|") else text


def table_12(state: StateBlock, startLine: int, endLine: int, silent: bool) -> bool:
    """markdown-it 12.2's table rule."""
    if startLine + 2 > endLine:
        return False
    nextLine = startLine + 1
    if state.sCount[nextLine] < state.blkIndent or state.sCount[nextLine] - state.blkIndent >= 4:
        return False
    pos = state.bMarks[nextLine] + state.tShift[nextLine]
    if pos >= state.eMarks[nextLine] or state.src[pos] not in "|-:":
        return False
    if any(ch not in "|-: \t" for ch in state.src[pos + 1 : state.eMarks[nextLine]]):
        return False
    aligns = []
    columns = _line_12(state, nextLine).split("|")
    for i, cell in enumerate(columns):
        t = cell.strip()
        if not t:
            if i in (0, len(columns) - 1):
                continue
            return False
        if not re.fullmatch(r":?-+:?", t):
            return False
        aligns.append(
            ("center" if t[0] == ":" else "right")
            if t[-1] == ":"
            else ("left" if t[0] == ":" else "")
        )
    line = _line_12(state, startLine).strip()
    if "|" not in line or state.sCount[startLine] - state.blkIndent >= 4:
        return False
    columns = _split_row_12(_strip_pipes(line))
    count = len(columns)
    if count > len(aligns):
        return False
    if silent:
        return True

    def cell(tag: str, i: int, text: str, line_map: list[int] | None) -> None:
        token = state.push(f"{tag}_open", tag, 1)
        if line_map:
            token.map = line_map
        if aligns[i]:
            token.attrs = {"style": "text-align:" + aligns[i]}
        token = state.push("inline", "", 0)
        token.content = text.strip()
        if line_map:
            token.map = line_map
        token.children = []
        state.push(f"{tag}_close", tag, -1)

    table = state.push("table_open", "table", 1)
    table.map = [startLine, 0]
    state.push("thead_open", "thead", 1).map = [startLine, startLine + 1]
    state.push("tr_open", "tr", 1).map = [startLine, startLine + 1]
    for i, text in enumerate(columns):
        cell("th", i, text, [startLine, startLine + 1])
    state.push("tr_close", "tr", -1)
    state.push("thead_close", "thead", -1)
    body = state.push("tbody_open", "tbody", 1)
    body.map = [startLine + 2, 0]
    nextLine = startLine + 2
    while nextLine < endLine:
        if state.sCount[nextLine] < state.blkIndent:
            break
        line = _line_12(state, nextLine).strip()
        if "|" not in line or state.sCount[nextLine] - state.blkIndent >= 4:
            break
        cells = _split_row_12(_strip_pipes(line))
        state.push("tr_open", "tr", 1)
        for i in range(count):
            cell("td", i, cells[i] if i < len(cells) else "", None)
        state.push("tr_close", "tr", -1)
        nextLine += 1
    state.push("tbody_close", "tbody", -1)
    state.push("table_close", "table", -1)
    table.map[1] = body.map[1] = nextLine
    state.line = nextLine
    return True
