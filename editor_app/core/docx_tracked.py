"""Open suggested edits in a Word review pack, as Word's own tracked changes.

Each open suggestion on the page's text (or on the title or subtitle the pack shows) is
written as a deletion of its words and an insertion of the new ones, by the person who
suggested it and dated when, so a reviewer sees it as Word shows any pending change (and may
comment on it). The whole passage is deleted and the whole replacement inserted: a returned
pack then reads back as the same suggestion, which the import recognises and does not add
again (`docx_pack_import`).
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor_app.core.docx_inline import runs_covering
from editor_app.core.docx_loose_text import LooseText, find_placed, normal_text, plain_quote

_FIRST_ID = 10_000  # apart from the comments' and bookmarks' ids


def track_suggestions(writer: Any, page: Any, unplaced: list[str]) -> int:
    """Write `page.suggestions` (the open ones) as tracked changes in the page the writer has
    just written; return how many. One whose words are not found (or overlap another's) is
    said in `unplaced`."""
    count = 0
    header = LooseText(writer.text[: writer.body_start])
    body: LooseText | None = None
    for suggestion in getattr(page, "suggestions", []):
        quote = plain_quote(suggestion.quote or "")
        if suggestion.field:
            found, offset = header.find(quote), 0
        else:
            body = body or LooseText(writer.text[writer.body_start :])
            found = find_placed(body, suggestion, page.body)
            offset = writer.body_start
        runs = runs_covering(writer.spans, found[0] + offset, found[1] + offset) if found else []
        paragraphs = {_paragraph(run._r) for run in runs}
        if not runs or len(paragraphs) != 1 or any(_tracked(run._r) for run in runs):
            unplaced.append(
                f"{page.path.name}: the suggested edit by {suggestion.author or 'someone'} on "
                f"“{normal_text(suggestion.quote or '')[:60]}” is not shown in the pack: its "
                "words were not found in the page as the pack shows it."
            )
            continue
        _track(runs, suggestion.replacement or "", suggestion, writer)
        if hasattr(page, "tracked"):
            page.tracked.append(suggestion.id)  # recorded in the pack, to tell on return
        count += 1
    return count


def _paragraph(run: Any) -> Any:
    parent = run.getparent()
    while parent is not None and parent.tag != qn("w:p"):
        parent = parent.getparent()
    return parent


def _tracked(run: Any) -> bool:
    parent = run.getparent()
    return parent is not None and parent.tag in (qn("w:del"), qn("w:ins"))


def _mark(tag: str, suggestion: Any, writer: Any) -> Any:
    writer.tracked_id = getattr(writer, "tracked_id", _FIRST_ID) + 1
    mark = OxmlElement(tag)
    mark.set(qn("w:id"), str(writer.tracked_id))
    mark.set(qn("w:author"), suggestion.author or "Reviewer")
    if getattr(suggestion, "date", None) is not None:
        mark.set(qn("w:date"), suggestion.date.strftime("%Y-%m-%dT%H:%M:%SZ"))
    return mark


def _track(runs: list[Any], replacement: str, suggestion: Any, writer: Any) -> None:
    """The runs deleted (one `w:del` per unbroken row of them: words partly in a link, or
    around a comment's mark), the replacement inserted after the last."""
    deleted = None
    for run in runs:
        if deleted is None or deleted.getnext() is not run._r:
            deleted = _mark("w:del", suggestion, writer)
            run._r.addprevious(deleted)
        for text in run._r.findall(qn("w:t")):
            text.tag = qn("w:delText")
        deleted.append(run._r)
    if not replacement:
        return
    added = deepcopy(runs[-1]._r)
    for child in list(added):
        if child.tag != qn("w:rPr"):
            added.remove(child)
    text = OxmlElement("w:t")
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    text.text = replacement
    added.append(text)
    inserted = _mark("w:ins", suggestion, writer)
    inserted.append(added)
    deleted.addnext(inserted)
