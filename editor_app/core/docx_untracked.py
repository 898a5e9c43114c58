"""Edits made in a returned review pack without Track Changes.

Word only marks what a reviewer changes while Review > Track Changes is on; words typed over
with it off are just the document's text. They are found here, so the import can take them in
as suggested edits (as tracked changes would have carried them: the old words, the new, the
words around them) and say so rather than drop them: each page of the pack, its pending
changes undone, is compared with the same page exported again (only when the page is
unchanged since the export, so that both start from the same words). The pack
carries a digest of each page's words as exported (`words_digest`): a page whose words still
match it has no such edit, and is not exported again (over a second on a long page).
"""

from __future__ import annotations

import difflib
import hashlib
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from editor_app.core.docx_direction_marks import without_handle_marks
from editor_app.core.docx_not_words import is_own_code
from editor_app.core.docx_read import PACK_BOOKMARK, TrackedChange
from editor_app.core.docx_template_tags import in_left_out
from editor_app.core.errors import counted

# Words Word shows as added by a pending change: not part of what was exported.
_ADDED = frozenset([qn("w:ins"), qn("w:moveTo")])
_TEXT, _DELETED = qn("w:t"), qn("w:delText")
_MOVED_FROM = qn("w:moveFrom")
_PARAGRAPH = qn("w:p")
_BLOCKS = frozenset([_PARAGRAPH, qn("w:tbl")])
# A paragraph's words, signs and spaces, compared one by one ("set." and "given." differ in
# their words alone).
_WORDS = re.compile(r"\w+|[^\w\s]+|\s+")


def pack_paragraphs(document: DocxDocument) -> dict[int, list[str]]:
    """Each page of a pack (by index) as its paragraphs' words, pending changes undone
    (the words with them accepted are not worked out: a returned file needs none)."""
    pages: dict[int, list[str]] = {}
    for page, part in page_paragraphs(document):
        # The marks the export put before a '@' are no words (docx_direction_marks).
        words = " ".join(without_handle_marks(_original_text(part)).split())
        if words:
            pages.setdefault(page, []).append(words)
    return pages


def page_paragraphs(document: DocxDocument) -> Iterator[tuple[int, Any]]:
    """Each paragraph of the pack's pages, with its page's index (not the contents page's);
    a table's cells each a paragraph of their own: read as one, a word typed in a cell was
    read with its neighbour cell's words glued to it, and found nowhere in the page."""
    page: int | None = None
    for block in document.element.body.iterchildren():
        if block.tag not in _BLOCKS:
            continue
        for mark in block.iter(qn("w:bookmarkStart")):
            name = mark.get(qn("w:name")) or ""
            if name.startswith(PACK_BOOKMARK) and name[len(PACK_BOOKMARK) :].isdigit():
                page = int(name[len(PACK_BOOKMARK) :])
        if page is not None:
            for part in [block] if block.tag == _PARAGRAPH else block.iter(_PARAGRAPH):
                yield page, part


def _pack_pairs(document: DocxDocument) -> dict[int, list[tuple[str, str]]]:
    """Each page's paragraphs as (words with pending changes undone, words with them
    accepted)."""
    pages: dict[int, list[tuple[str, str]]] = {}
    for page, part in page_paragraphs(document):
        # The marks the export put before a '@' are no words (docx_direction_marks).
        words = " ".join(without_handle_marks(_original_text(part)).split())
        accepted = " ".join(without_handle_marks(_accepted_text(part)).split())
        if words or accepted:  # empty paragraphs, and the breaks between pages, say nothing
            pages.setdefault(page, []).append((words, accepted))
    return pages


def _original_text(block: Any) -> str:
    parts = []
    for node in block.iter(_TEXT, _DELETED):
        if node.tag == _TEXT and any(a.tag in _ADDED for a in node.iterancestors()):
            continue
        if in_left_out(node):  # a placeholder for template code: no words of the page
            continue
        parts.append(node.text or "")
    return "".join(parts)


def _accepted_text(block: Any) -> str:
    """The words as Word shows them once the pending changes are accepted."""
    return "".join(
        node.text or ""
        for node in block.iter(_TEXT)
        if not any(a.tag == _MOVED_FROM for a in node.iterancestors()) and not in_left_out(node)
    )


def exported_paragraphs(page: Path, site: Any) -> list[tuple[str, str]]:
    """The page's paragraphs as an export writes them now: (words, words with the pack's
    open suggested edits accepted)."""
    from editor_app.core.docx_export import export_docx

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "page.docx"
        export_docx([page], target, site)
        return _pack_pairs(docx.Document(str(target))).get(0, [])


def words_digest(paragraphs: list[str]) -> str:
    """A digest of a page's paragraphs (as `pack_paragraphs` gives them), kept in the pack."""
    return hashlib.sha256("\n".join(paragraphs).encode("utf-8")).hexdigest()[:16]


@dataclass
class Untracked:
    """A returned page's words changed without Track Changes: `paragraphs`, how many
    paragraphs differ from the page as exported; `changes`, those edits as tracked changes
    would carry them (the old words, the new, the words around them), by `author`."""

    paragraphs: int = 0
    changes: list[TrackedChange] = field(default_factory=list)


def untracked_edits(
    page: Path,
    site: Any,
    returned: list[str],
    exported_digest: str = "",
    author: str = "",
    *,
    code: list[str],
) -> Untracked:
    """The words of the returned page (`returned`, pending changes undone) changed without
    Track Changes, compared with the page exported again (see the module).

    A suggested edit the pack showed as a tracked change and the reviewer accepted in Word
    leaves its new words as plain text: that paragraph is the pack's own, not an untracked
    edit (the import says the suggestion came back decided). `exported_digest`: the pack's
    `words_digest` of the page as exported; the words matching it, nothing was changed.
    `code`: the page's own style sheet and script (`docx_not_words.own_code` of its body)."""
    if exported_digest and words_digest(returned) == exported_digest:
        return Untracked()
    exported = exported_paragraphs(page, site)
    accepted = {new: old for old, new in exported if new != old}
    old = [words for words, _new in exported if words]
    # A pack made before a page's own style sheet or script was left out shows it as a
    # paragraph: not words the reviewer wrote (it came back as one to add).
    new = [
        accepted.get(words, words) for words in returned if words and not is_own_code(words, code)
    ]
    found = Untracked()
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        found.paragraphs += max(i2 - i1, j2 - j1)
        pairs = min(i2 - i1, j2 - j1)
        for a, b in zip(old[i1 : i1 + pairs], new[j1 : j1 + pairs], strict=True):
            found.changes += _word_changes(a, b, author)
        if j2 - j1 > pairs:  # paragraphs the reviewer wrote, after the one before them
            previous = old[i1 + pairs - 1] if i1 + pairs else ""
            added = "\n\n".join(new[j1 + pairs : j2])
            found.changes.append(TrackedChange(author, None, "", added, "", "", previous=previous))
        for gone in old[i1 + pairs : i2]:  # paragraphs the reviewer deleted
            found.changes.append(TrackedChange(author, None, gone, "", "", ""))
    return found


def _word_changes(old: str, new: str, author: str) -> list[TrackedChange]:
    """The words changed between a paragraph as exported and as returned, each run of them
    (words apart by spaces alone taken together) a change with the paragraph's words around
    it, as Word records a tracked change."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    spans: list[list[int]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if spans and not "".join(a[spans[-1][1] : i1]).strip():
            spans[-1][1], spans[-1][3] = i2, j2  # one change with the one before
        else:
            spans.append([i1, i2, j1, j2])
    return [
        TrackedChange(
            author, None, "".join(a[i1:i2]), "".join(b[j1:j2]), "".join(a[:i1]), "".join(a[i2:])
        )
        for i1, i2, j1, j2 in spans
    ]


def untracked_edits_note(
    page: Path, found: Untracked, label: str = "", taken: int = 0
) -> str | None:
    """A plain sentence when the returned page has words changed without Track Changes
    (`found`, as `untracked_edits` gives them); `taken` of them came in as suggested
    edits. `label`: how the sentence names the page (else its file name)."""
    count = found.paragraphs
    if not count:
        return None
    name = label or page.name
    what = "1 paragraph was" if count == 1 else f"{count} paragraphs were"
    if taken and taken == len(found.changes):
        return (
            f"{name}: {what} changed in Word without Track Changes: taken in as "
            f"{counted(taken, 'suggested edit')}, to accept or reject in the editor."
        )
    if taken:
        return (
            f"{name}: {what} changed in Word without Track Changes: "
            f"{counted(taken, 'change')} taken in as suggested edits, "
            f"{counted(len(found.changes) - taken, 'other')} not found in the page. "
            "To suggest those, turn on Review > Track Changes in Word and make them again."
        )
    return (
        f"{name}: {what} changed in Word without Track Changes, so those words were not "
        "taken in. To suggest them, turn on Review > Track Changes in Word and make the "
        "changes again."
    )
