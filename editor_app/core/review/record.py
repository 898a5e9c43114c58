"""The review record of a page, kept in its sidecar file: notes, suggestions and decisions.

`NoteStore(path)` reads and writes `<folder>/.review/<name>.notes.yml` (format in
docs/REVIEW.md). Files written before suggestions existed (version 1) are read as they are
and written in the current format on the next change, keeping every note and anchor.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from editor_app.core.review.anchors import CONTEXT, FOUND, Anchor, anchor_note
from editor_app.core.review.common import atomic_write, new_id, read_when
from editor_app.core.review.notes import Note, notes_path
from editor_app.core.review.suggestions import Suggestion

APPROVED, SENT_BACK = "approved", "sent back"


def warnings_said(count: int) -> str:
    """How every one-line summary of an approval (its decision, the page's state, the result
    of approving) counts Check's warnings: " with 2 warnings", " with 1 warning", "" for none."""
    if not count:
        return ""
    return " with 1 warning" if count == 1 else f" with {count} warnings"


def file_digest(data: bytes) -> str:
    """A short fingerprint of a page's bytes, to tell whether it changed since a decision."""
    return hashlib.sha256(data).hexdigest()[:16]


@dataclass
class Decision:
    """One Approve or Send back, as the page's review history keeps it."""

    decision: str  # APPROVED or SENT_BACK
    by: str
    date: datetime
    reason: str = ""  # the message sent back, or why it was approved anyway
    anyway: bool = False  # approved although something was still open
    despite: list[str] = field(default_factory=list)  # what was still open then
    warnings: list[str] = field(default_factory=list)  # what Check warned about then
    changes: list[dict[str, Any]] = field(default_factory=list)  # {field, old, new} set
    file: str = ""  # fingerprint of the page right after the decision
    note: str = ""  # the id of the note holding the message sent back
    undone_by: str = ""
    undone_at: datetime | None = None
    id: str = field(default_factory=new_id)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def undone(self) -> bool:
        return self.undone_at is not None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "decision": self.decision,
            "by": self.by,
            "date": self.date.isoformat(),
        }
        if self.reason:
            out["reason"] = self.reason
        if self.anyway:
            out["anyway"] = True
            out["despite"] = list(self.despite)
        if self.warnings:
            out["warnings"] = list(self.warnings)
        if self.changes:
            out["changes"] = [dict(c) for c in self.changes]
        if self.file:
            out["file"] = self.file
        if self.note:
            out["note"] = self.note
        if self.undone_at is not None:
            out["undone"] = {"by": self.undone_by, "date": self.undone_at.isoformat()}
        out.update(self.extra)
        return out

    def to_json(self) -> dict[str, Any]:
        from editor_app.core.review.common import _jsonable

        out = _jsonable(self.to_dict())
        out["undone"] = self.undone
        out["undone_by"] = self.undone_by or None
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decision:
        undone = data.get("undone") if isinstance(data.get("undone"), dict) else {}
        changes = data.get("changes") if isinstance(data.get("changes"), list) else []
        despite = data.get("despite") if isinstance(data.get("despite"), list) else []
        # Records written before approvals kept Check's warnings have none: read as no warning.
        warnings = data.get("warnings") if isinstance(data.get("warnings"), list) else []
        return cls(
            decision=str(data.get("decision") or ""),
            by=str(data.get("by") or ""),
            date=read_when(data.get("date")),
            reason=str(data.get("reason") or ""),
            anyway=bool(data.get("anyway", False)),
            despite=[str(d) for d in despite],
            warnings=[str(w) for w in warnings],
            changes=[c for c in changes if isinstance(c, dict) and "field" in c],
            file=str(data.get("file") or ""),
            note=str(data.get("note") or ""),
            undone_by=str(undone.get("by") or ""),
            undone_at=read_when(undone["date"]) if undone.get("date") else None,
            id=str(data.get("id") or new_id()),
            extra={k: v for k, v in data.items() if k not in _DECISION_KEYS},
        )

    @property
    def warned(self) -> str:
        """" with 2 warnings" when Check warned at the approval (its record kept them), else
        "": said in every one-line summary of the decision, as the approver saw it."""
        return warnings_said(len(self.warnings) if self.decision == APPROVED else 0)

    def describe(self) -> str:
        """One plain line: "approved by Ada with 2 warnings, 3 Dec 2026 (anyway: …)"."""
        from editor_app.core.review.common import _when

        text = f"{self.decision} by {self.by or 'someone'}{self.warned}, {_when(self.date)}"
        if self.anyway:
            text += f" (approved anyway: {self.reason})" if self.reason else " (approved anyway)"
        elif self.reason:
            text += f": {self.reason}"
        if self.undone_at is not None:
            text += f"; undone by {self.undone_by or 'someone'}, {_when(self.undone_at)}"
        return text


_DECISION_KEYS = frozenset(
    (
        "id",
        "decision",
        "by",
        "date",
        "reason",
        "anyway",
        "despite",
        "warnings",
        "changes",
        "file",
        "note",
        "undone",
    )
)


class _NotesDumper(yaml.SafeDumper):
    """PyYAML writes a NEL (U+0085) inside quotes as is, and reads it back as a line break:
    such strings are written double-quoted, where it becomes the escape `\\N`."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = '"' if "\x85" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_NotesDumper.add_representer(str, _represent_str)


class NoteStore:
    """The review record of one document (notes, suggestions, decisions) in its sidecar file.

    See docs/REVIEW.md for the format. Keys this version does not know are kept as they were.
    """

    VERSION = 2

    def __init__(self, document: str | os.PathLike[str]) -> None:
        self.document = Path(document)
        self.path = notes_path(self.document)
        self.notes: list[Note] = []
        self.suggestions: list[Suggestion] = []
        self.decisions: list[Decision] = []
        self.extra: dict[str, Any] = {}  # top-level keys written by a newer editor-app
        self.error: str | None = None
        self.load()

    def load(self) -> list[Note]:
        """Read the sidecar (no file: no notes). A damaged file is reported, never overwritten."""
        self.notes, self.suggestions, self.decisions, self.extra = [], [], [], {}
        self.error = None
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return self.notes
        except (OSError, UnicodeDecodeError) as exc:
            self.error = f"The review notes could not be read: {exc}"
            return self.notes
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 1})" if mark is not None else ""
            self.error = f"The review notes file is damaged{where} and was left untouched."
            return self.notes
        items = data.get("notes", []) if isinstance(data, dict) else None
        if not isinstance(items, list):
            self.error = "The review notes file does not hold a list of notes."
            return self.notes
        self.notes = [Note.from_dict(n) for n in items if isinstance(n, dict)]
        assert isinstance(data, dict)
        self.suggestions = [Suggestion.from_dict(s) for s in _items(data, "suggestions")]
        self.decisions = [Decision.from_dict(d) for d in _items(data, "decisions")]
        known = ("version", "document", "notes", "suggestions", "decisions")
        self.extra = {k: v for k, v in data.items() if k not in known}
        return self.notes

    def save(self) -> None:
        """Write the sidecar atomically (and remove it, with its folder if empty, when no notes)."""
        if self.error is not None:
            raise OSError(self.error)
        if not (self.notes or self.suggestions or self.decisions or self.extra):
            if self.path.exists():
                self.path.unlink()
                try:
                    self.path.parent.rmdir()
                except OSError:
                    pass  # other documents still have notes there
            return
        header = (
            f"# Review notes on {self.document.name}, kept by editor-app.\n"
            "# Not part of the published site: the folder name starts with a dot.\n"
        )
        data: dict[str, Any] = {
            "version": self.VERSION,
            "document": self.document.name,
            "notes": [n.to_dict() for n in self.notes],
        }
        if self.suggestions:
            data["suggestions"] = [s.to_dict() for s in self.suggestions]
        if self.decisions:
            data["decisions"] = [d.to_dict() for d in self.decisions]
        data.update(self.extra)
        body = yaml.dump(data, Dumper=_NotesDumper, allow_unicode=True, sort_keys=False, width=100)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, (header + body).encode("utf-8"))

    def add(self, note: Note) -> Note:
        """Add a note and save."""
        self.notes.append(note)
        self.save()
        return note

    def get(self, note_id: str) -> Note | None:
        return next((n for n in self.notes if n.id == note_id), None)

    def set_resolved(self, note_id: str, resolved: bool = True) -> None:
        """Mark a note as dealt with (or not) and save."""
        note = self.get(note_id)
        if note is not None and note.resolved != resolved:
            note.resolved = resolved
            self.save()

    def remove(self, note_id: str) -> None:
        """Delete a note and save."""
        self.notes = [n for n in self.notes if n.id != note_id]
        self.save()

    def open_notes(self) -> list[Note]:
        return [n for n in self.notes if not n.resolved]

    # -- suggestions and decisions ------------------------------------------------------------
    def add_suggestion(self, suggestion: Suggestion) -> Suggestion:
        """Add a suggested edit and save."""
        self.suggestions.append(suggestion)
        self.save()
        return suggestion

    def suggestion(self, suggestion_id: str) -> Suggestion | None:
        return next((s for s in self.suggestions if s.id == suggestion_id), None)

    def open_suggestions(self) -> list[Suggestion]:
        return [s for s in self.suggestions if s.is_open]

    def add_decision(self, decision: Decision) -> Decision:
        """Add a decision to the page's history and save."""
        self.decisions.append(decision)
        self.save()
        return decision

    def last_decision(self) -> Decision | None:
        return self.decisions[-1] if self.decisions else None

    def find(self, kind: str, given: str) -> list[Any]:
        """The notes or suggestions (`kind`) whose id is `given` or starts with it."""
        items = self.notes if kind == "note" else self.suggestions
        exact = [i for i in items if i.id == given]
        return exact or [i for i in items if given and i.id.startswith(given)]

    def anchors(self, body: str) -> dict[str, Anchor]:
        """Where each note sits in the current body."""
        return {n.id: anchor_note(n, body) for n in self.notes}

    def reanchor(self, body: str) -> dict[str, Anchor]:
        """Re-anchor every note and keep the found positions, so later searches start there.

        Notes whose passage was edited keep their quote (the editor's words refer to it).
        """
        found = self.anchors(body)
        dirty = False
        for note in self.notes:
            a = found[note.id]
            if a.state == FOUND and (note.offset != a.start or body[a.start : a.end] != note.quote):
                note.quote = body[a.start : a.end]
                note.before = body[max(0, a.start - CONTEXT) : a.start]
                note.after = body[a.end : a.end + CONTEXT]
                note.offset = a.start
                dirty = True
        if dirty:
            self.save()
        return found


def _items(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = data.get(key)
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


RECORD_LISTS = ("notes", "suggestions", "decisions")


def record_ids(data: bytes) -> set[str] | None:
    """The ids of every note, suggested edit and decision in a record's bytes (None: unreadable).

    A text merge of two records can read as valid YAML and still drop one side's notes (both
    files written whole, a key given twice: the last wins); comparing ids tells."""
    loaded = _read_record(data)
    if loaded is None:
        return None
    return {str(i["id"]) for key in RECORD_LISTS for i in _items(loaded, key) if "id" in i}


def _read_record(data: bytes) -> dict[str, Any] | None:
    """A record's bytes read as its mapping; None when they cannot be read as one."""
    try:
        loaded = yaml.safe_load(data.decode("utf-8")) or {}
    except (UnicodeDecodeError, yaml.YAMLError):
        return None
    return loaded if isinstance(loaded, dict) else None


def union_records(document: str, mine: bytes, theirs: bytes) -> bytes | None:
    """`mine` with every note, suggested edit and decision of `theirs` it lacks (by id), in the
    record's own format; None when either cannot be read (a damaged record is never rewritten)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="editor-app-record-") as tmp:
        page = Path(tmp) / Path(document).name
        stores = []
        for data in (mine, theirs):
            notes_path(page).parent.mkdir(parents=True, exist_ok=True)
            notes_path(page).write_bytes(data)
            stores.append(NoteStore(page))
        here, there = stores
        if here.error is not None or there.error is not None:
            return None
        for key in RECORD_LISTS:
            known = {item.id for item in getattr(here, key)}
            getattr(here, key).extend(i for i in getattr(there, key) if i.id not in known)
        here.save()
        return notes_path(page).read_bytes()


def decisions_made(old: bytes | None, new: bytes | None) -> list[str]:
    """The decisions (APPROVED, SENT_BACK) in the record `new` that `old` has not, not undone:
    Share's commit message says "Approve 'TITLE'" for an approval made here, not only that the
    page and its notes changed. [] when either record cannot be read."""

    def decisions(data: bytes | None) -> list[dict[str, Any]] | None:
        if data is None:
            return []
        loaded = _read_record(data)
        return _items(loaded, "decisions") if loaded is not None else None

    before, after = decisions(old), decisions(new)
    if before is None or after is None:
        return []
    seen = {str(d.get("id")) for d in before}
    return [
        str(d.get("decision"))
        for d in after
        if str(d.get("id")) not in seen
        and d.get("decision") in (APPROVED, SENT_BACK)
        and not isinstance(d.get("undone"), dict)
    ]
