"""Formatting commands of the Markdown editor as pure text operations (bold, link, heading...).

Each command takes the whole text and the selection (`start`, `end`: character offsets, in any
order) and returns an `Edit`: the one range of the old text to replace, what to put there, and
the selection afterwards. The editor applies it as a single undo step, so Ctrl+Z undoes exactly
one command, and only the touched lines change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Markers that start a list item or a quote, as Markdown (and kramdown) read them.
_BULLET = re.compile(r"^(\s*)([-*+])(\s+)")
_NUMBERED = re.compile(r"^(\s*)(\d{1,9})([.)])(\s+)")
_QUOTE = re.compile(r"^(\s{0,3})>\s?")
_HEADING = re.compile(r"^(\s{0,3})(#{1,6})(?:[ \t]+|$)")
_URL = re.compile(r"^(?:https?://|mailto:|www\.|/)\S*$")
# What the link command puts where the address goes, selected so typing replaces it.
LINK_PLACEHOLDER = "https://"
LINK_TEXT_PLACEHOLDER = "link text"


@dataclass(frozen=True)
class Edit:
    """Replace `old[start:end]` with `replacement`; then select `sel_start`..`sel_end`."""

    start: int
    end: int
    replacement: str
    sel_start: int
    sel_end: int

    def apply(self, text: str) -> str:
        """The text after the edit."""
        return text[: self.start] + self.replacement + text[self.end :]


def _ordered(start: int, end: int, text: str) -> tuple[int, int]:
    lo, hi = sorted((start, end))
    return max(0, min(lo, len(text))), max(0, min(hi, len(text)))


def _word_around(text: str, pos: int) -> tuple[int, int]:
    """The word the caret is in (letters, digits, apostrophes), or an empty range."""
    start = pos
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’_-"):
        start -= 1
    end = pos
    while end < len(text) and (text[end].isalnum() or text[end] in "'’_-"):
        end += 1
    # A caret at a word's edge belongs to no word: typing there starts a fresh one.
    if start == pos or end == pos:
        return pos, pos
    return start, end


def _run(text: str, pos: int, step: int, char: str) -> int:
    """How many `char` characters run from `pos` in direction `step` (-1 or 1)."""
    n = 0
    i = pos - 1 if step < 0 else pos
    while 0 <= i < len(text) and text[i] == char:
        n += 1
        i += step
    return n


def _toggle_wrap(text: str, start: int, end: int, marker: str) -> Edit:
    """Wrap the selection (or the word at the caret) in `marker`, or unwrap it."""
    start, end = _ordered(start, end, text)
    if start == end:
        start, end = _word_around(text, start)
    size = len(marker)
    char = marker[0]
    selected = text[start:end]

    def has_marker(before: int, after: int) -> bool:
        # `*` inside `**` is bold, not italic: tell them apart by the length of the run.
        if char != "*":
            return before >= size and after >= size
        if size == 1:
            return before in (1, 3) and after in (1, 3)
        return before >= 2 and after >= 2

    # Markers just outside the selection: **[word]**
    before, after = _run(text, start, -1, char), _run(text, end, 1, char)
    if has_marker(before, after) and (start != end or before == after):
        return Edit(start - size, end + size, selected, start - size, end - size)
    # Markers inside the selection: [**word**]
    inner_before, inner_after = _run(selected, 0, 1, char), _run(selected, len(selected), -1, char)
    if len(selected) > 2 * size and has_marker(inner_before, inner_after):
        inner = selected[size:-size]
        return Edit(start, end, inner, start, start + len(inner))
    # Keep spaces outside the markers: `**word **` is not bold in Markdown.
    lead = len(selected) - len(selected.lstrip())
    trail = len(selected) - len(selected.rstrip())
    core = selected.strip()
    if not core:
        replacement = selected + marker + marker
        caret = start + len(selected) + size
        return Edit(start, end, replacement, caret, caret)
    replacement = selected[:lead] + marker + core + marker + selected[len(selected) - trail :]
    new_start = start + lead + size
    return Edit(start, end, replacement, new_start, new_start + len(core))


def toggle_bold(text: str, start: int, end: int) -> Edit:
    """Make the selection (or the word at the caret) bold with `**`, or plain again."""
    return _toggle_wrap(text, start, end, "**")


def toggle_italic(text: str, start: int, end: int) -> Edit:
    """Make the selection (or the word at the caret) italic with `*`, or plain again."""
    return _toggle_wrap(text, start, end, "*")


def toggle_code(text: str, start: int, end: int) -> Edit:
    """Mark the selection as code with backticks, or plain again."""
    return _toggle_wrap(text, start, end, "`")


def make_link(text: str, start: int, end: int, url: str | None = None) -> Edit:
    """Turn the selection into `[text](url)`; the part still to type is selected afterwards.

    With no `url`, a selected web address becomes the link target and the link text is left
    to type; otherwise the selection is the link text and the address is left to type.
    """
    start, end = _ordered(start, end, text)
    if start == end:
        start, end = _word_around(text, start)
    selected = text[start:end]
    if url is None and _URL.match(selected.strip()) and "\n" not in selected:
        label = LINK_TEXT_PLACEHOLDER
        replacement = f"[{label}]({selected.strip()})"
        return Edit(start, end, replacement, start + 1, start + 1 + len(label))
    label = selected
    target = url if url is not None else LINK_PLACEHOLDER
    replacement = f"[{label}]({target})"
    if not label:
        return Edit(start, end, replacement, start + 1, start + 1)  # type the link text first
    if url is not None:
        caret = start + len(replacement)
        return Edit(start, end, replacement, caret, caret)
    target_start = start + len(label) + 3
    return Edit(start, end, replacement, target_start, target_start + len(target))


# A link whose address is still the placeholder Link put there: `[words](https://)`.
_LINK_AWAITING_ADDRESS = re.compile(r"\[([^\[\]\n]*)\]\((" + re.escape(LINK_PLACEHOLDER) + r")\)")


def link_address_to_fill(text: str, pos: int) -> tuple[int, int] | None:
    """The placeholder address (`https://`) of the link whose words the caret is in or just
    after, as Link leaves it when nothing was selected (`[|](https://)`): where Tab goes once
    the words are typed, since the caret sits between the brackets. None elsewhere."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    for match in _LINK_AWAITING_ADDRESS.finditer(text, line_start, line_end):
        if match.start(1) <= pos <= match.end(1):
            return match.start(2), match.end(2)
    return None


def image_markdown(alt: str, url: str) -> str:
    """The Markdown for an image: `![alt](url)`, with characters that would break it escaped."""
    alt = alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("\n", " ")
    url = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    return f"![{alt}]({url})"


def insert_text(text: str, start: int, end: int, new: str) -> Edit:
    """Replace the selection with `new`; the caret ends after it."""
    start, end = _ordered(start, end, text)
    return Edit(start, end, new, start + len(new), start + len(new))


def insert_block(text: str, start: int, end: int, new: str) -> Edit:
    """Put `new` (a picture) in a paragraph of its own, as the preview then shows it: below
    the words, not within the sentence. In a line of words the line is split around it;
    on an empty line next to a paragraph a blank line separates them. A selection is
    replaced where it is (its words became the picture's description)."""
    start, end = _ordered(start, end, text)
    if start != end:
        return insert_text(text, start, end, new)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    # A blank line on each side that has words next to it: a picture on the line under a
    # paragraph is joined to it by Markdown, shown within its last line. A blank line
    # already there is used, never doubled.
    if text[line_start:start].strip():
        before = "\n\n"
    else:
        above = text[slice(*_line_block(text, line_start - 1, line_start - 1))]
        before = "\n" if line_start > 0 and above.strip() else ""
    if text[start:line_end].strip():
        after = "\n\n"
    else:
        below = text[slice(*_line_block(text, line_end + 1, line_end + 1))]
        after = "\n" if line_end < len(text) and below.strip() else ""
    block = before + new + after
    caret = start + len(before) + len(new)
    return Edit(start, end, block, caret, caret)


# -- commands on whole lines --------------------------------------------------------------


def _line_block(text: str, start: int, end: int) -> tuple[int, int]:
    """The start of the first and the end of the last line the selection touches."""
    start, end = _ordered(start, end, text)
    # A selection ending at the start of a line (a whole line selected) does not include it.
    if end > start and text[end - 1 : end] == "\n":
        end -= 1
    block_start = text.rfind("\n", 0, start) + 1
    block_end = text.find("\n", end)
    return block_start, len(text) if block_end < 0 else block_end


def _map_lines(text: str, start: int, end: int, change) -> Edit:
    """Apply `change(lines) -> lines` to the selected lines; keep the caret in step."""
    s, e = _ordered(start, end, text)
    block_start, block_end = _line_block(text, s, e)
    old_lines = text[block_start:block_end].split("\n")
    new_lines = change(old_lines)
    replacement = "\n".join(new_lines)
    first_delta = len(new_lines[0]) - len(old_lines[0])
    total_delta = len(replacement) - (block_end - block_start)
    if s == e:
        # One caret on one line: it moves with the text it was in, never into the marker.
        caret = max(block_start, s + first_delta)
        caret = max(caret, block_start + _prefix_length(new_lines[0]))
        caret = min(caret, block_start + len(new_lines[0]))
        return Edit(block_start, block_end, replacement, caret, caret)
    return Edit(block_start, block_end, replacement, block_start, block_end + total_delta)


def _prefix_length(line: str) -> int:
    for pattern in (_HEADING, _BULLET, _NUMBERED, _QUOTE):
        m = pattern.match(line)
        if m:
            return m.end()
    return 0


def set_heading(text: str, start: int, end: int, level: int) -> Edit:
    """Make the selected lines headings of `level` (1-6); the same level again makes them text.

    Level 0 turns headings back into ordinary text.
    """
    if not 0 <= level <= 6:
        raise ValueError("heading level must be between 0 and 6")

    def change(lines: list[str]) -> list[str]:
        present = [_HEADING.match(line) for line in lines if line.strip()]
        same = bool(present) and all(m and len(m.group(2)) == level for m in present)
        out = []
        for line in lines:
            if not line.strip():
                out.append(line)
                continue
            m = _HEADING.match(line)
            content = line[m.end() :] if m else line.lstrip()
            if same or level == 0:
                out.append(content)
            else:
                out.append("#" * level + " " + content)
        return out

    return _map_lines(text, start, end, change)


def _toggle_prefix(text: str, start: int, end: int, pattern: re.Pattern, prefix) -> Edit:
    def change(lines: list[str]) -> list[str]:
        filled = [line for line in lines if line.strip()]
        if not filled:
            return [prefix(0) + line for line in lines]
        if all(pattern.match(line) for line in filled):
            return [pattern.sub("", line, count=1) if line.strip() else line for line in lines]
        out = []
        n = 0
        for line in lines:
            if line.strip():
                out.append(prefix(n) + line)
                n += 1
            else:
                out.append(line)
        return out

    return _map_lines(text, start, end, change)


def toggle_bullet_list(text: str, start: int, end: int) -> Edit:
    """Start each selected line with `- `, or take the bullets away when all have them."""
    return _toggle_prefix(text, start, end, re.compile(r"^\s*[-*+]\s+"), lambda n: "- ")


def toggle_numbered_list(text: str, start: int, end: int) -> Edit:
    """Number the selected lines `1.`, `2.`, ..., or take the numbers away when all have them."""
    return _toggle_prefix(
        text, start, end, re.compile(r"^\s*\d{1,9}[.)]\s+"), lambda n: f"{n + 1}. "
    )


def toggle_quote(text: str, start: int, end: int) -> Edit:
    """Start each selected line with `> `, or take the quote marks away when all have them."""

    def change(lines: list[str]) -> list[str]:
        filled = [line for line in lines if line.strip()]
        if filled and all(_QUOTE.match(line) for line in filled):
            return [_QUOTE.sub("", line, count=1) for line in lines]
        # Blank lines inside a quote keep a bare `>` so it stays one quote.
        return ["> " + line if line.strip() else ">" for line in lines]

    return _map_lines(text, start, end, change)


# A list item's marker as Enter continues it: indent, bullet or number, a task box, the space.
_ITEM = re.compile(r"^(\s*)(?:([-*+])|(\d{1,9})([.)]))([ \t]+)(\[[ xX]\][ \t]+)?")
# `* * *` or `- - -` is a line across the page, not a list.
_RULE = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,})$")


def new_line_in_list(line: str, column: int) -> tuple[int, str] | None:
    """Enter pressed at `column` of a list item `line`, as word processors and Markdown editors
    take it: `(replace_from, text)` puts `text` in place of `line[replace_from:column]`.

    After an item's words the next item is started with the same marker (the next number, an
    empty task box); on an item with no words yet the marker is taken away, ending the list,
    and the caret goes to the next line: the emptied line keeps what follows apart from the
    list (a line typed right below an item is read as more of its words).
    None where Enter is only a new line: not a list item, or the caret before the words."""
    m = _ITEM.match(line)
    if m is None or column < m.end() or _RULE.match(line):
        return None
    indent, bullet, number, delimiter, space, box = m.groups()
    if not line[m.end() :].strip() and column == len(line):
        return 0, "\n"  # an empty item: Enter ends the list, its line left blank
    marker = bullet if bullet else f"{int(number) + 1}{delimiter}"
    return column, "\n" + indent + marker + space + ("[ ] " if box else "")
