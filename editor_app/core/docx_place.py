"""Where Word's words stand in the page's Markdown: a comment's or a tracked change's quoted
words found past formatting marks, link addresses and typographic quotes, told apart from
other copies by the words around them; Word comments made review notes on those words."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core.docx_read import DocxComment, TrackedChange

if TYPE_CHECKING:
    from editor_app.core.review import Note


# -- finding quoted words in Markdown ------------------------------------------------------------

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "."})
# Between two words of the quote the Markdown may hold formatting marks or a link's address.
_BETWEEN = r"(?:[\s*_`~\[\]>#|\\]|\]\([^)\s]*\))+"
# Inside a word: formatting marks, or a link's end glued to it (`[keys][].`, `[it](url),`).
_INSIDE = r"(?:[*_`~\\]|\](?:\([^)\s]*\)|\[[^\]\n]{0,200}\])?)*"
_EDGE_WORDS = 30


def locate_words(body: str, words: str) -> tuple[int, int] | None:
    """Where `words` (plain text, as a reader sees it) stand in Markdown `body`, or None.

    White space, formatting marks, link addresses and typographic quotes or dashes may
    differ. When the words stand there more than once, the first place is taken.
    """
    tokens = words.translate(_QUOTES).split()
    if not tokens:
        return None
    if len(tokens) > 2 * _EDGE_WORDS:
        # A long passage: found by its first words and its last ones.
        first = _search(body, tokens[:_EDGE_WORDS], 0)
        last = _search(body, tokens[-_EDGE_WORDS:], first[1]) if first else None
        return (first[0], last[1]) if first and last else None
    return _search(body, tokens, 0)


def words_pattern(words: str) -> re.Pattern[str] | None:
    """A pattern finding `words` as a reader sees them in Markdown (formatting marks, link
    addresses, typographic quotes and dashes may differ); None when there are no words."""
    tokens = words.translate(_QUOTES).split()
    if not tokens:
        return None
    try:
        return re.compile(_BETWEEN.join(_INSIDE.join(_char(c) for c in t[:200]) for t in tokens))
    except re.error:
        return None


def _search(body: str, tokens: list[str], start: int) -> tuple[int, int] | None:
    pattern = _BETWEEN.join(_INSIDE.join(_char(c) for c in token[:200]) for token in tokens)
    try:
        m = re.compile(pattern).search(body, start)
    except re.error:
        return None
    return (m.start(), m.end()) if m else None


def _char(c: str) -> str:
    if c == '"':
        return '["“”]'
    if c == "'":
        return "['‘’]"
    if c == "-":
        return "(?:-{1,3}|[–—])"
    if c == ".":
        return "[.…]"
    return re.escape(c)


def short(text: str, limit: int = 60) -> str:
    """The words on one line, cut to `limit` characters with “…”."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def touches(left: str, right: str) -> bool:
    """Whether the end of `left` and the start of `right` touch, no space between them
    (`permalink` and `: /:year/`)."""
    return bool(left and right) and not left[-1].isspace() and not right[0].isspace()


def _more_than_once(body: str, words: str) -> bool:
    first = locate_words(body, words)
    return first is not None and locate_words(body[first[1] :], words) is not None


def locate_in_context(
    body: str,
    words: str,
    before: list[str],
    after: list[str],
    glued: tuple[bool, bool] = (False, False),
) -> tuple[int, int] | None:
    """`words` in the body, told apart from other copies by the words around them. `glued`:
    whether the words touch the word before / after them without a space (`permalink:`)."""
    for b, a in (
        (before, after),
        (before[-3:], after[:3]),
        (before[-1:], after[:1]),
        (before[-1:], []),
        ([], after[:1]),
        ([], []),
    ):
        if not b and not a and (before or after) and _more_than_once(body, words):
            # Words around them, but found nowhere with them (a subtitle the pack shows, or
            # text edited since): one of several copies would be a guess.
            return None
        left = " ".join(b) + ("" if glued[0] or not b else " ")
        right = ("" if glued[1] or not a else " ") + " ".join(a)
        phrase = left + words + right
        where = locate_words(body, phrase)
        if where is None:
            continue
        inner = locate_words(body[where[0] : where[1]], words)
        if b:
            # The words are after the context: look from the end of the context words.
            ctx = locate_words(body[where[0] : where[1]], " ".join(b))
            offset = ctx[1] if ctx else 0
            inner = locate_words(body[where[0] + offset : where[1]], words)
            if inner is not None:
                inner = (inner[0] + offset, inner[1] + offset)
        if inner is not None:
            return where[0] + inner[0], where[0] + inner[1]
    return None


def changed_words_only(change: TrackedChange) -> TrackedChange:
    """A tracked replacement narrowed to the words it changes, as the PDF pack marks it: Word
    records retyping "the quick brown fox" as "the quick red fox" as the whole passage
    deleted and inserted; the words both share at the start and the end (whole words) join
    the words around it, so the suggestion is "brown" -> "red". The change as it is when
    it is no replacement, or the two share no whole word at an end."""
    old_words = list(re.finditer(r"\S+", change.old))
    new_words = list(re.finditer(r"\S+", change.new))
    if not old_words or not new_words:
        return change
    most = min(len(old_words), len(new_words))
    head = 0
    while head < most and old_words[head].group() == new_words[head].group():
        head += 1
    tail = 0
    while tail < most - head and old_words[-1 - tail].group() == new_words[-1 - tail].group():
        tail += 1
    if not head and not tail or head + tail >= max(len(old_words), len(new_words)):
        return change  # nothing shared, or nothing but white space changed

    def middle(text: str, words: list[re.Match[str]]) -> tuple[int, int]:
        """Where the changed words stand in `text`: after the shared head's space, before the
        shared tail's."""
        start = words[head].start() if head < len(words) else len(text)
        end = words[-1 - tail].end() if tail < len(words) - head else start
        if head == len(words) - tail:  # no words of its own: between head and tail
            start = end = words[head].start() if head < len(words) else len(text)
        return start, end

    old_start, old_end = middle(change.old, old_words)
    new_start, new_end = middle(change.new, new_words)
    if old_start == old_end:
        # Words added alone: with the spaces around them, which tell whether they were typed
        # apart from the shared words or onto them.
        new_start = new_words[head - 1].end() if head else 0
        new_end = new_words[len(new_words) - tail].start() if tail else len(change.new)
    return replace(
        change,
        old=change.old[old_start:old_end],
        new=change.new[new_start:new_end],
        before=change.before + change.old[:old_start],
        after=change.old[old_end:] + change.after,
    )


# -- comments as review notes --------------------------------------------------------------------


_LINK = re.compile(r"!?\[(\s*)([^\[\]]*?)\s*\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")


# An inline code span on one line: its backticks (one or more) and its words.
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")


def outside_code(body: str, start: int, end: int, after: bool) -> tuple[int, int]:
    """The word beside an insertion, `body[start:end]`, widened over a code span's backticks
    when it ends the span (`after`: the insertion follows it) or starts it, so the new words
    go outside the code: "the `public` output directory", not "the `public output`"."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    for span in _CODE_SPAN.finditer(body, line_start, len(body) if line_end < 0 else line_end):
        if not span.start(2) <= start < end <= span.end(2):
            continue
        # the whole span, its backticks included, is the passage the words go beside
        if after and not body[end : span.end(2)].strip():
            return span.start(), span.end()
        if not after and not body[span.start(2) : start].strip():
            return span.start(), span.end()
    return start, end


def whole_links(body: str, start: int, end: int, replacement: str) -> tuple[int, int, str]:
    """A passage replaced or deleted in Word that takes a link's words, or part of them, and
    words outside the link, made so that accepting it leaves no half link (it left "use of[
    patient data", the `[` alone). All of the words: the link's marks go too, the new words
    keeping the space the marks held ("of[ words](...)": "of new words"). From inside its
    words to past it: the link ends where the passage starts ("[ confidential](...) new").
    From before it to inside its words: it starts where the passage ends ("new [ patient
    information](...)"). A passage within one link's words, or with none, as it is."""
    for link in _LINK.finditer(body, max(0, start - 2000), min(len(body), end + 2000)):
        words_start, words_end = link.start(2), link.end(2)
        if words_end <= words_start or end <= link.start() or start >= link.end():
            continue
        if start <= words_start and end >= words_end:  # all of its words
            if start > link.start() and link.group(1) and replacement[:1].strip():
                replacement = " " + replacement
            start, end = min(start, link.start()), max(end, link.end())
        elif words_start < start < words_end and end >= link.end():
            while body[start - 1].isspace() and start - 1 > words_start:
                start -= 1
            closing = body[words_end : link.end()]
            replacement = closing + (" " if replacement[:1].strip() else "") + replacement
        elif start <= link.start() and words_start < end < words_end:
            opening = body[link.start() : words_start].rstrip()
            replacement = replacement + (" " if replacement[-1:].strip() else "") + opening
    return start, end, replacement


def inside_marks(body: str, start: int, end: int) -> tuple[int, int]:
    """A range around `*words*` or `**words**` narrowed to the words themselves."""
    while end - start > 2 and body[start] in "*_~" and body[end - 1] == body[start]:
        start, end = start + 1, end - 1
    return start, end


def located(body: str, comment: DocxComment) -> tuple[int, int]:
    """Where the words a Word comment is on stand in the body; (0, 0) when they are not found
    (the note is then on the whole page)."""
    found = locate_words(body, comment.quoted) if comment.quoted else None
    return found or (0, 0)


def located_in_context(body: str, comment: DocxComment) -> tuple[int, int]:
    """Where a returned pack's comment stands in the page: when its words are there more
    than once, the copy with the same words around it in the paragraph (as a tracked change
    is placed); (0, 0), the whole page, when no copy has them; else the words where found."""
    if comment.quoted and "\n" not in comment.quoted.strip():
        glued = (
            touches(comment.before, comment.quoted),
            touches(comment.quoted, comment.after),
        )
        found = locate_in_context(
            body,
            comment.quoted.strip(),
            comment.before.split()[-6:],
            comment.after.split()[:6],
            glued,
        )
        if found is not None:
            return found
        if (comment.before.strip() or comment.after.strip()) and _more_than_once(
            body, comment.quoted.strip()
        ):
            return (0, 0)  # no copy with the words around it: not a guess among several
    return located(body, comment)


def note_of(body: str, start: int, end: int, comment: DocxComment, page: Path) -> Note:
    """A Word comment as a review note on body[start:end] of `page`, dated as in Word when it
    says; a comment without an author is signed as the page's site signs notes
    (`review.default_author`)."""
    from editor_app.core import review

    author = comment.author or review.default_author(page)
    note = review.make_note(body, start, end, comment.text, author)
    if comment.date is not None:
        note.date = comment.date
    note.resolved = comment.done  # marked done in Word: arrives resolved
    return note


def add_comment_notes(page: Path, body: str, comments: list[DocxComment], lost: list[str]) -> int:
    from editor_app.core import review

    store = review.NoteStore(page)
    added = 0
    for comment in comments:
        if comment.placed:
            start, end = inside_marks(body, comment.start, comment.end)
        else:
            start, end = located(body, comment)
        store.add(note_of(body, start, end, comment, page))
        added += 1
        if comment.quoted and start == end:
            lost.append(
                f"The comment by {comment.author or 'someone'} on “{short(comment.quoted)}” "
                "is kept as a note on the whole page: its words were not found."
            )
    return added
