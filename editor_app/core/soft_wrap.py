"""Hard-wrapped paragraphs shown as flowing text, the file left as it is.

Many pages are wrapped by hand at about 80 characters. Markdown joins the lines of a paragraph
anyway, so the breaks only matter to the eye; in an editor that wraps again at its own edge they
leave ragged lines. `join_lines` replaces each break inside a paragraph by `JOIN_MARK`, a space
character pages do not use, so the text keeps its length and every position in it (the caret,
a selection, a problem's place) stays the same. `split_lines` puts the breaks back: whatever is
typed around a mark, the break stays between the same words, and an untouched page comes back
byte for byte.

Only lines Markdown itself would join are joined: the lines of a plain paragraph. Headings,
lists' first lines, quotes, tables, code, HTML, template tags and lines ending in a hard
break (two spaces or a backslash) keep their breaks.
"""

from __future__ import annotations

import re

# THREE-PER-EM SPACE: about as wide as a plain space, a place to wrap, and not typed by anyone.
JOIN_MARK = "\u2004"

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# Lines that start a block of their own (or belong to one): never joined to the line above.
_BLOCK_START = re.compile(
    r"""^(?:
        [ \t]              # indented: code, or a list item's continuation
      | \#                 # heading
      | >                  # quote
      | [-*+](?:[ \t]|$)   # bullet item, or a rule / setext underline
      | \d{1,9}[.)](?:[ \t]|$)  # numbered item
      | [=_*-]{3,}         # rule, setext underline
      | =+[ \t]*$          # setext underline
      | <                  # HTML
      | \{[%{]             # template tags and shortcodes
      | \[[^\]]+\]:        # link reference definition
      | \*\[               # abbreviation definition (kramdown)
      | \{:                # kramdown attribute list
      | \$\$               # display maths
      | :                  # definition (kramdown)
    )""",
    re.X,
)
_DEFINITION = re.compile(r"\[[^\]]+\]:")
# A line whose own ending matters: a hard break (two spaces, a backslash) or a stray CR.
_KEEP_END = re.compile(r"(?:  |\\|\r)$")


def _joinable_start(line: str) -> bool:
    """`line` may run on from the line above (a plain paragraph line)."""
    return bool(line.strip()) and "|" not in line and not _BLOCK_START.match(line)


def _joinable_end(line: str) -> bool:
    """The break after `line` is only a break of the eye."""
    if not line.strip() or "|" in line or _KEEP_END.search(line):
        return False
    stripped = line.lstrip(" ")
    if stripped.startswith(("#", "<", "{%", "{{", "{:", "*[", "$$")) or _DEFINITION.match(stripped):
        return False  # headings, HTML, tags, definitions: one line each
    return not re.match(r"[=_*-]{3,}\s*$", stripped)


def join_lines(text: str) -> str | None:
    """`text` with each break inside a paragraph replaced by `JOIN_MARK` (same length).

    None when the text already holds the mark: the breaks could not be told from it.
    """
    if JOIN_MARK in text:
        return None
    lines = text.split("\n")
    joined: list[str] = []
    fence: str | None = None
    for i, line in enumerate(lines):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            joined.append(line + "\n")
            continue
        if opening:
            fence = opening.group(1)
            joined.append(line + "\n")
            continue
        following = lines[i + 1] if i + 1 < len(lines) else None
        runs_on = (
            following is not None
            and _joinable_end(line)
            and _joinable_start(following)
            and not _FENCE.match(following)
        )
        joined.append(line + (JOIN_MARK if runs_on else "\n"))
    return "".join(joined)[:-1]  # the last line had no break after it


def split_lines(text: str) -> str:
    """The file's text back from a joined one: each `JOIN_MARK` is the break it stood for."""
    return text.replace(JOIN_MARK, "\n")


def line_start(text: str, line: int) -> int:
    """Where line `line` (1-based, clamped) of the file's text starts in `text`.

    `text` may be joined or not: the mark counts as the break it stands for.
    """
    plain = split_lines(text)
    position = 0
    for _ in range(max(0, line - 1)):
        at = plain.find("\n", position)
        if at < 0:
            break
        position = at + 1
    return position
