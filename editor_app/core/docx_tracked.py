"""Open suggested edits in a Word review pack, as Word's own tracked changes.

Each open suggestion on the page's text (or on the title or subtitle the pack shows) is
written as a deletion of its words and an insertion of the new ones, by the person who
suggested it and dated when, so a reviewer sees it as Word shows any pending change (and may
comment on it). A replacement deletes the whole passage and inserts the whole replacement; an
insertion (the words kept, new ones added before or after them) is the new words inserted
alone, as the PDF marks it and as a reviewer who typed them would have. A returned pack reads
back as the same suggestion, which the import recognises and does not add again
(`docx_pack_import`, by `is_tracked_suggestion`).
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
        if getattr(suggestion, "kind", "") == "insert":
            _track_insertion(runs, suggestion, writer)
        else:
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


def _inserted_run(beside: Any, words: str) -> Any:
    """A run of `words` formatted as the run `beside` it."""
    added = deepcopy(beside)
    for child in list(added):
        if child.tag != qn("w:rPr"):
            added.remove(child)
    text = OxmlElement("w:t")
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    text.text = words
    added.append(text)
    return added


def _edge(run: Any, last: bool) -> Any:
    """Where an insertion beside `run` goes: outside the link it ends (or starts), so the new
    words are not taken into the link; else beside the run itself."""
    parent = run.getparent()
    siblings = [c for c in parent if c.tag == qn("w:r")] if parent is not None else []
    at_edge = siblings and siblings[-1 if last else 0] is run
    return parent if parent.tag == qn("w:hyperlink") and at_edge else run


def _track_insertion(runs: list[Any], suggestion: Any, writer: Any) -> None:
    """The new words alone inserted after the passage's last run (or before its first), the
    passage left as it is."""
    after = suggestion.replacement.startswith(suggestion.quote)
    beside = runs[-1]._r if after else runs[0]._r
    inserted = _mark("w:ins", suggestion, writer)
    inserted.append(_inserted_run(beside, suggestion.inserted))
    if after:
        _edge(beside, last=True).addnext(inserted)
    else:
        _edge(beside, last=False).addprevious(inserted)


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
    inserted = _mark("w:ins", suggestion, writer)
    inserted.append(_inserted_run(runs[-1]._r, replacement))
    deleted.addnext(inserted)


def _plain(text: str) -> str:
    return " ".join(plain_quote(text or "").split()).casefold()


def is_tracked_suggestion(suggestion: Any, change: Any) -> bool:
    """Whether `change`, a tracked change read from a returned pack, is `suggestion` as the
    pack tracked it (`track_suggestions`): same author, the passage and its new words (an
    insertion: the new words alone, beside the passage's words). One still pending is that
    suggestion, not a new one; one gone was decided in Word."""
    if _plain(change.author) != _plain(suggestion.author):
        return False
    if getattr(suggestion, "kind", "") != "insert" or change.old.strip():
        return _plain(change.old) == _plain(suggestion.quote) and _plain(change.new) == _plain(
            suggestion.replacement
        )
    if _plain(change.new) != _plain(suggestion.inserted):
        return False
    quote = _plain(suggestion.quote)
    if suggestion.replacement.startswith(suggestion.quote):
        return _plain(change.before).endswith(quote)
    return _plain(change.after).startswith(quote)
