"""Review notes: the sidecar file next to the page, and where each note sits now."""

from __future__ import annotations

import getpass
import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

from editor_app.core import gitutil
from editor_app.core.document import Document
from editor_app.core.review.anchors import (
    CHANGED,
    CONTEXT,
    FOUND,
    GENERAL,
    LOST,
    MOVED,
    Anchor,
    anchor_note,
)
from editor_app.core.review.common import _atomic_write

NOTES_FOLDER = ".review"  # a dot-folder: Jekyll, Eleventy and Hugo leave it out of the site
NOTES_SUFFIX = ".notes.yml"


def notes_path(document: str | os.PathLike[str]) -> Path:
    """The sidecar file of a document: `<folder>/.review/<file name>.notes.yml`."""
    doc = Path(document)
    return doc.parent / NOTES_FOLDER / f"{doc.name}{NOTES_SUFFIX}"


def notes_publishing_warning(site: Any) -> str | None:
    """Plain words when the site's configuration would publish the notes folders, else None.

    Jekyll skips dot-folders unless `_config.yml` lists them under `include:`.
    """
    config = getattr(site, "config", None)
    include = config.get("include") if isinstance(config, dict) else None
    items = include if isinstance(include, list) else [include] if include else []
    for item in items:
        name = str(item).strip().strip("/")
        if name.split("/")[-1] in (NOTES_FOLDER, ".*", "*") or name.endswith(NOTES_FOLDER + "/*"):
            return (
                f"The site settings (_config.yml) include “{item}”, so review notes in "
                f"{NOTES_FOLDER} folders would be published. Remove it from the include list."
            )
    return None


def default_author() -> str:
    """A sensible name for new notes: git's user.name, else the login name."""
    name = gitutil.user_name()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "Editor"


@dataclass
class Note:
    """A review comment, attached to a quoted passage of the text (or to the whole page)."""

    text: str
    author: str
    date: datetime
    quote: str = ""
    before: str = ""
    after: str = ""
    offset: int | None = None
    resolved: bool = False
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    @property
    def is_general(self) -> bool:
        return not self.quote

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "author": self.author,
            "date": self.date.isoformat(),
            "text": self.text,
            "resolved": self.resolved,
        }
        if self.quote:
            out.update(quote=self.quote, before=self.before, after=self.after, offset=self.offset)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Note:
        when = data.get("date")
        if isinstance(when, str):
            try:
                when = datetime.fromisoformat(when)
            except ValueError:
                when = None
        elif isinstance(when, date) and not isinstance(when, datetime):
            when = datetime(when.year, when.month, when.day, tzinfo=UTC)
        if not isinstance(when, datetime):
            when = datetime.fromtimestamp(0, UTC)
        offset = data.get("offset")
        return cls(
            text=str(data.get("text") or ""),
            author=str(data.get("author") or ""),
            date=when,
            quote=str(data.get("quote") or ""),
            before=str(data.get("before") or ""),
            after=str(data.get("after") or ""),
            offset=offset if isinstance(offset, int) and not isinstance(offset, bool) else None,
            resolved=bool(data.get("resolved", False)),
            id=str(data.get("id") or uuid.uuid4().hex[:12]),
        )


def make_note(body: str, start: int, end: int, text: str, author: str | None = None) -> Note:
    """A note on body[start:end] (start == end: a note on the whole page)."""
    start, end = sorted((max(0, start), min(len(body), end)))
    now = datetime.now(UTC).replace(microsecond=0)
    author = author or default_author()
    if start == end:
        return Note(text=text, author=author, date=now)
    return Note(
        text=text,
        author=author,
        date=now,
        quote=body[start:end],
        before=body[max(0, start - CONTEXT) : start],
        after=body[end : end + CONTEXT],
        offset=start,
    )


@dataclass(frozen=True)
class PlacedNote:
    """A note and where its passage is in the page now, in words a reader or script can use.

    `place`: "found" (same words, same place), "moved" (same words, elsewhere: the text
    around them changed), "lost" (the quoted words were edited; `anchor` is the best guess
    from the text around them) or "general" (a note on the whole page).
    """

    note: Note
    anchor: Anchor
    place: str
    line: int | None  # 1-based line of the file where the passage starts now
    passage: str  # the words at that place now

    def to_json(self) -> dict[str, Any]:
        out = self.note.to_dict()
        out.update(
            place=self.place,
            line=self.line,
            start=None if self.place == GENERAL else self.anchor.start,
            end=None if self.place == GENERAL else self.anchor.end,
            passage=self.passage,
        )
        return out


def place_notes(store: NoteStore, doc: Document) -> list[PlacedNote]:
    """Every note of `store` placed in the document's current text (nothing is written)."""
    body = doc.body
    anchors = store.anchors(body)
    out = []
    for note in store.notes:
        anchor = anchors[note.id]
        if anchor.state == GENERAL:
            out.append(PlacedNote(note, anchor, GENERAL, None, ""))
            continue
        if anchor.state == CHANGED:
            place = LOST
        elif note.offset is not None and note.offset != anchor.start:
            place = MOVED
        else:
            place = FOUND
        line = doc.body_start_line + body.count("\n", 0, anchor.start)
        out.append(PlacedNote(note, anchor, place, line, body[anchor.start : anchor.end]))
    return out


class _NotesDumper(yaml.SafeDumper):
    """PyYAML writes a NEL (U+0085) inside quotes as is, and reads it back as a line break:
    such strings are written double-quoted, where it becomes the escape `\\N`."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = '"' if "\x85" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_NotesDumper.add_representer(str, _represent_str)


class NoteStore:
    """The review notes of one document, kept in its sidecar file (see docs/REVIEW.md)."""

    VERSION = 1

    def __init__(self, document: str | os.PathLike[str]) -> None:
        self.document = Path(document)
        self.path = notes_path(self.document)
        self.notes: list[Note] = []
        self.error: str | None = None
        self.load()

    def load(self) -> list[Note]:
        """Read the sidecar (no file: no notes). A damaged file is reported, never overwritten."""
        self.notes, self.error = [], None
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
        items = data.get("notes") if isinstance(data, dict) else None
        if not isinstance(items, list):
            self.error = "The review notes file does not hold a list of notes."
            return self.notes
        self.notes = [Note.from_dict(n) for n in items if isinstance(n, dict)]
        return self.notes

    def save(self) -> None:
        """Write the sidecar atomically (and remove it, with its folder if empty, when no notes)."""
        if self.error is not None:
            raise OSError(self.error)
        if not self.notes:
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
        data = {
            "version": self.VERSION,
            "document": self.document.name,
            "notes": [n.to_dict() for n in self.notes],
        }
        body = yaml.dump(data, Dumper=_NotesDumper, allow_unicode=True, sort_keys=False, width=100)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(self.path, (header + body).encode("utf-8"))

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
