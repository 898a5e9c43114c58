"""The approval gate: what holds a page's approval back (validation errors, open notes and
suggestions: `approval_blockers`) and what Check warns about (`approval_warnings`), found
together from one Check run (`approval_findings`, `ApprovalFindings`). `decisions` approves
behind it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from editor_app.core.document import Document, body_line
from editor_app.core.review.anchors import FOUND, GENERAL, LOST
from editor_app.core.review.common import ReviewError, _load_schema, clip, isolate, shown_id
from editor_app.core.review.notes import PlacedNote, place_notes
from editor_app.core.review.record import NoteStore, file_digest
from editor_app.core.review.suggestions import Suggestion, place_suggestion, setting_labels


def _site_and_schema(path: Path, site: Any, schema: Any) -> tuple[Any, Any]:
    if site is None:
        from editor_app.core.site import Site

        site = Site.open(path)
    if schema is None:
        schema = _load_schema(site)
    return site, schema


# -- the approval gate ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Blocker:
    """Something that must be dealt with before a page is approved."""

    kind: str  # "error" (validation), "note", "suggestion" or "record" (unreadable notes file);
    # "warning" (validation) is said before approving but does not hold it back
    text: str  # plain words, one line
    line: int | None = None  # the file line, when there is one
    shown: str = ""  # for a window's line: right-to-left words set apart (`isolate`)
    where: str = ""  # where it is, in words ("line 12", "the whole page", ...): `place`
    id: str = ""  # a note's or suggested edit's id, to resolve, accept or reject it by

    @property
    def place(self) -> str:
        """Where it is, in words: `where`, else "line N", else "the whole page" (a
        validation finding of no one line, such as a setting the page lacks)."""
        if self.where:
            return self.where
        return f"line {self.line}" if self.line is not None else "the whole page"

    @property
    def listed(self) -> str:
        """The line a listing of blockers prints: a note or suggestion led by where it is
        ("Line 12: Open note by ..."; "Whole page: ..."), as Check's findings name their line."""
        if self.kind not in ("note", "suggestion"):
            return self.text
        place = self.place.removeprefix("the ")
        return f"{place[:1].upper()}{place[1:]}: {self.text}"

    @property
    def listed_with_id(self) -> str:
        """`listed`, with the id to resolve, accept or reject it by, for the command line:
        "… (note 0d7874ed8dc8)"."""
        return f"{self.listed} ({self.kind} {shown_id(self.id)})" if self.id else self.listed

    @property
    def said(self) -> str:
        """The words a window shows (`shown`, else `text`)."""
        return self.shown or self.text

    def to_json(self) -> dict[str, Any]:
        # `where` says it in words, and why there is no line when `line` is null.
        return {
            "kind": self.kind,
            "text": self.text,
            "line": self.line,
            "where": self.place,
            "id": self.id or None,
        }


class ApprovalRefused(ReviewError):
    """Approve was refused: `blockers` says what is still open."""

    def __init__(self, blockers: list[Blocker]) -> None:
        count = len(blockers)
        super().__init__(
            f"This page cannot be approved yet: {count} thing{'s' if count != 1 else ''} "
            "still to deal with."
        )
        self.blockers = blockers


def approval_blockers(
    path: str | os.PathLike[str], site: Any = None, schema: Any = None
) -> list[Blocker]:
    """The validation errors, open notes and open suggestions of a page, in that order."""
    return approval_findings(path, site, schema).blockers


def error_blockers(doc: Document, site: Any, schema: Any) -> list[Blocker]:
    """The validation errors of a page's text (the first part of `approval_blockers`)."""
    return _check_findings(doc, site, schema, "error")


def approval_warnings(
    path: str | os.PathLike[str], site: Any = None, schema: Any = None
) -> list[Blocker]:
    """What Check warns about on a page (kind "warning"): approving does not wait for them,
    but the approver is told before (the window's Approve question lists them; `review
    approve` prints them). Errors refuse instead (`approval_blockers`)."""
    path = Path(path).resolve()
    site, schema = _site_and_schema(path, site, schema)
    return warning_findings(Document.load(path), site, schema)


def warning_findings(doc: Document, site: Any, schema: Any) -> list[Blocker]:
    """Check's warnings on a page's text (`approval_warnings`; a branch draft's too)."""
    return _check_findings(doc, site, schema, "warning")


class ApprovalFindings(NamedTuple):
    """What an approval stands on, kept apart: what holds it back (`blockers`: errors, open
    notes and suggestions) and what Check warns about (`warnings`, said but not holding it).
    `checked`: the fingerprint (`file_digest`) of the page's bytes Check ran on, so approving
    those very bytes (`approve_page(findings=...)`) need not run it again."""

    blockers: list[Blocker]
    warnings: list[Blocker]
    checked: str = ""


def approval_findings(
    path: str | os.PathLike[str], site: Any = None, schema: Any = None
) -> ApprovalFindings:
    """`approval_blockers` and `approval_warnings` at once (the window's Approve asks for
    both): the page loaded and Check run on it once, not once for each."""
    path = Path(path).resolve()
    site, schema = _site_and_schema(path, site, schema)
    return document_findings(Document.load(path), site, schema, NoteStore(path))


def document_findings(doc: Document, site: Any, schema: Any, store: NoteStore) -> ApprovalFindings:
    """`approval_findings` of a page's text `doc` and its review record `store` (a branch
    draft's as its branch holds them): Check run once for its errors and its warnings."""
    return _with_record(checked_findings(doc, site, schema), doc, site, schema, store)


def checked_findings(
    doc: Document, site: Any, schema: Any, findings: ApprovalFindings | None = None
) -> list[Blocker]:
    """Check's errors and warnings on `doc`: those of `findings` (the approve question's)
    when they were found on these very bytes (their `checked`), else from Check run now."""
    if findings is not None and findings.checked == file_digest(doc.original):
        return [b for b in [*findings.blockers, *findings.warnings] if b.kind in CHECK_KINDS]
    return _check_findings(doc, site, schema, *CHECK_KINDS)


def _with_record(
    found: list[Blocker], doc: Document, site: Any, schema: Any, store: NoteStore
) -> ApprovalFindings:
    """Check's errors and warnings on `doc` (`found`), with the open notes and suggestions
    of its review record `store` read now."""
    errors = [b for b in found if b.kind == "error"]
    warnings = [b for b in found if b.kind == "warning"]
    labels = _setting_labels(doc, site, schema)
    return ApprovalFindings(
        errors + record_blockers(store, labels, doc), warnings, file_digest(doc.original)
    )


def _setting_labels(doc: Document, site: Any, schema: Any) -> dict[str, str]:
    """The page's settings by the names its form shows, for its suggestions in a checklist."""
    collection_of = getattr(site, "collection_of", None)
    if doc.path is None or collection_of is None:
        return {}
    return setting_labels(schema, collection_of(doc.path))


CHECK_KINDS = ("error", "warning")  # the findings of Check, not of the review record


def _check_findings(doc: Document, site: Any, schema: Any, *severities: str) -> list[Blocker]:
    from editor_app.core.validate import validate_document

    return [
        Blocker(
            p.severity,
            f"{p.severity.capitalize()}{f' on line {p.line}' if p.line else ''}: {p.message}",
            p.line,
        )
        for p in validate_document(doc, site, schema, content=False)
        if p.severity in severities
    ]


def record_blockers(
    store: NoteStore, labels: dict[str, str] | None = None, doc: Document | None = None
) -> list[Blocker]:
    """The open notes and open suggestions of a review record (the rest of
    `approval_blockers`), or why the record cannot be read. `labels`: the settings by the
    names the form shows (`setting_labels`), for a window's line. `doc`: the page's text, to
    say the file line each note and suggestion is on now (else their `line` is None)."""
    out: list[Blocker] = []
    if store.error is not None:
        out.append(Blocker("record", store.error, where="the page's review record"))
    placed = {p.note.id: p for p in place_notes(store, doc)} if doc is not None else {}
    for note in store.open_notes():
        words = (note.author, clip(note.quote, 40), clip(note.text, 70))
        text = _open_note(*words)
        line, where = _note_place(placed.get(note.id))
        shown = _open_note(*(isolate(w) for w in words))
        out.append(Blocker("note", text, line, shown, where, note.id))
    for s in store.open_suggestions():
        text = f"Open suggestion by {s.author}: {s.describe(width=40)}"
        shown = f"Open suggestion by {isolate(s.author)}: {s.describe(shown=True, width=40, labels=labels)}"
        line, where = _suggestion_place(s, doc)
        out.append(Blocker("suggestion", text, line, shown, where, s.id))
    return out


def _note_place(placed: PlacedNote | None) -> tuple[int | None, str]:
    """The file line a note is on now, and where in words ("" when the line says it)."""
    if placed is None:
        return None, "not placed: the page's text was not read"
    if placed.place == GENERAL:
        return None, "the whole page"
    if placed.place == LOST:  # kept, placed by the words that were around them
        return placed.line, f"near line {placed.line} (the quoted words were edited since)"
    return placed.line, ""


def _suggestion_place(s: Suggestion, doc: Document | None) -> tuple[int | None, str]:
    """The file line a suggested edit is on now, and where in words."""
    if doc is None:
        return None, "not placed: the page's text was not read"
    if s.field is not None:
        line = doc.field_line(s.field)
        if line is None:
            return None, f"the setting {s.field}, no longer in the page"
        return line, f"the setting {s.field}, line {line}"
    anchor = place_suggestion(s, doc)
    if anchor is None:
        return None, "not placed"
    line = body_line(doc.body, doc.body_start_line, anchor.start)
    if anchor.state != FOUND:
        return line, f"near line {line} (its words were edited since)"
    return line, ""


def suggestion_where(s: Suggestion, doc: Document) -> str:
    """Where a suggested edit is in the page now, in the words a listing of blockers says it
    (`Blocker.place`): "line 12", "the setting title, line 3", "near line 12 (its words were
    edited since)", "the setting title, no longer in the page" or "not placed"."""
    line, where = _suggestion_place(s, doc)
    return where or f"line {line}"


def _open_note(author: str, quote: str, text: str) -> str:
    on = f" (on “{quote}”)" if quote else ""
    return f"Open note by {author}{on}: {text}"
