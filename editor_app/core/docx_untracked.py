"""Edits made in a returned review pack without Track Changes.

Word only marks what a reviewer changes while Review > Track Changes is on; words typed over
with it off are just the document's text, so an import has no change to turn into a suggested
edit. They are found here, so the import can say so rather than drop them in silence: each page
of the pack, its pending changes undone, is compared with the same page exported again (only
when the page is unchanged since the export, so that both start from the same words). The pack
carries a digest of each page's words as exported (`words_digest`): a page whose words still
match it has no such edit, and is not exported again (over a second on a long page).
"""

from __future__ import annotations

import difflib
import hashlib
import tempfile
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from editor_app.core.docx_read import PACK_BOOKMARK

# Words Word shows as added by a pending change: not part of what was exported.
_ADDED = frozenset([qn("w:ins"), qn("w:moveTo")])
_TEXT, _DELETED = qn("w:t"), qn("w:delText")
_MOVED_FROM = qn("w:moveFrom")
_BLOCKS = frozenset([qn("w:p"), qn("w:tbl")])


def pack_paragraphs(document: DocxDocument) -> dict[int, list[str]]:
    """Each page of a pack (by index) as its paragraphs' words, pending changes undone."""
    return {
        page: [original for original, _accepted in pairs if original]
        for page, pairs in _pack_pairs(document).items()
    }


def _pack_pairs(document: DocxDocument) -> dict[int, list[tuple[str, str]]]:
    """Each page's paragraphs as (words with pending changes undone, words with them
    accepted)."""
    body = document.element.body
    pages: dict[int, list[tuple[str, str]]] = {}
    page: int | None = None
    for block in body.iterchildren():
        if block.tag not in _BLOCKS:
            continue
        for mark in block.iter(qn("w:bookmarkStart")):
            name = mark.get(qn("w:name")) or ""
            if name.startswith(PACK_BOOKMARK) and name[len(PACK_BOOKMARK) :].isdigit():
                page = int(name[len(PACK_BOOKMARK) :])
        if page is None:
            continue  # the contents page
        words = " ".join(_original_text(block).split())
        accepted = " ".join(_accepted_text(block).split())
        if words or accepted:  # empty paragraphs, and the breaks between pages, say nothing
            pages.setdefault(page, []).append((words, accepted))
    return pages


def _original_text(block: Any) -> str:
    parts = []
    for node in block.iter(_TEXT, _DELETED):
        if node.tag == _TEXT and any(a.tag in _ADDED for a in node.iterancestors()):
            continue
        parts.append(node.text or "")
    return "".join(parts)


def _accepted_text(block: Any) -> str:
    """The words as Word shows them once the pending changes are accepted."""
    return "".join(
        node.text or ""
        for node in block.iter(_TEXT)
        if not any(a.tag == _MOVED_FROM for a in node.iterancestors())
    )


def changed_paragraphs(exported: list[str], returned: list[str]) -> int:
    """How many paragraphs of the returned page differ from the exported ones."""
    matcher = difflib.SequenceMatcher(None, exported, returned, autojunk=False)
    return sum(
        max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
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


def untracked_edits_note(
    page: Path, site: Any, returned: list[str], exported_digest: str = "", label: str = ""
) -> str | None:
    """A plain sentence when the returned page has words changed without Track Changes.

    A suggested edit the pack showed as a tracked change and the reviewer accepted in Word
    leaves its new words as plain text: that paragraph is the pack's own, not an untracked
    edit (the import says the suggestion came back decided). `exported_digest`: the pack's
    `words_digest` of the page as exported; the words matching it, nothing was changed.
    `label`: how the sentence names the page (else its file name)."""
    if exported_digest and words_digest(returned) == exported_digest:
        return None
    exported = exported_paragraphs(page, site)
    accepted = {new: old for old, new in exported if new != old}
    returned = [accepted.get(words, words) for words in returned]
    count = changed_paragraphs([old for old, _new in exported if old], [w for w in returned if w])
    if not count:
        return None
    what = "1 paragraph was" if count == 1 else f"{count} paragraphs were"
    return (
        f"{label or page.name}: {what} changed in Word without Track Changes, so those words were not "
        "taken in. To suggest them, turn on Review > Track Changes in Word and make the "
        "changes again."
    )
