"""Edits made in a returned review pack without Track Changes.

Word only marks what a reviewer changes while Review > Track Changes is on; words typed over
with it off are just the document's text, so an import has no change to turn into a suggested
edit. They are found here, so the import can say so rather than drop them in silence: each page
of the pack, its pending changes undone, is compared with the same page exported again (only
when the page is unchanged since the export, so that both start from the same words).
"""

from __future__ import annotations

import difflib
import tempfile
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn

from editor_app.core.docx_read import PACK_BOOKMARK

# Words Word shows as added by a pending change: not part of what was exported.
_ADDED = frozenset([qn("w:ins"), qn("w:moveTo")])
_TEXT, _DELETED = qn("w:t"), qn("w:delText")
_BLOCKS = frozenset([qn("w:p"), qn("w:tbl")])


def pack_paragraphs(data: bytes) -> dict[int, list[str]]:
    """Each page of a pack (by index) as its paragraphs' words, pending changes undone."""
    body = docx.Document(BytesIO(data)).element.body
    pages: dict[int, list[str]] = {}
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
        if words:  # empty paragraphs, and the page breaks between pages, say nothing
            pages.setdefault(page, []).append(words)
    return pages


def _original_text(block: Any) -> str:
    parts = []
    for node in block.iter(_TEXT, _DELETED):
        if node.tag == _TEXT and any(a.tag in _ADDED for a in node.iterancestors()):
            continue
        parts.append(node.text or "")
    return "".join(parts)


def changed_paragraphs(exported: list[str], returned: list[str]) -> int:
    """How many paragraphs of the returned page differ from the exported ones."""
    matcher = difflib.SequenceMatcher(None, exported, returned, autojunk=False)
    return sum(
        max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    )


def exported_paragraphs(page: Path, site: Any) -> list[str]:
    """The page's paragraphs as an export writes them now."""
    from editor_app.core.docx_export import export_docx

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "page.docx"
        export_docx([page], target, site)
        return pack_paragraphs(target.read_bytes()).get(0, [])


def untracked_edits_note(page: Path, site: Any, returned: list[str]) -> str | None:
    """A plain sentence when the returned page has words changed without Track Changes."""
    count = changed_paragraphs(exported_paragraphs(page, site), returned)
    if not count:
        return None
    what = "1 paragraph was" if count == 1 else f"{count} paragraphs were"
    return (
        f"{page.name}: {what} changed in Word without Track Changes, so those words were not "
        "taken in. To suggest them, turn on Review > Track Changes in Word and make the "
        "changes again."
    )
