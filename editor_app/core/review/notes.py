"""Review notes: the sidecar file next to the page, and where each note sits now."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from editor_app.core import gitutil
from editor_app.core.document import Document, body_line
from editor_app.core.review.anchors import (
    CHANGED,
    FOUND,
    GENERAL,
    LOST,
    MOVED,
    Anchor,
    anchor_note,
    passage_fields,
    quote_target,
    read_shared_fields,
)
from editor_app.core.review.common import new_id, now_utc

# How much of a note's quoted words a window's list of notes shows (review window, Drafts).
QUOTE_SHOWN = 161

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


def default_author(where: str | os.PathLike[str] | None = None) -> str:
    """A sensible name for new notes: git's user.name, else the login name. With `where` (the
    page or site), the user.name git has there, the site's own before the global one: the
    name `own_change_rule` knows the reviewer by, so notes and decisions are signed with it."""
    name = gitutil.user_name(where)
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
    id: str = field(default_factory=new_id)
    extra: dict[str, Any] = field(default_factory=dict)  # keys written by a newer editor-app

    @property
    def is_general(self) -> bool:
        return not self.quote

    def _own_fields(self) -> dict[str, Any]:
        """What both forms below write first, in this order."""
        return {
            "id": self.id,
            "author": self.author,
            "date": self.date.isoformat(),
            "text": self.text,
            "resolved": self.resolved,
        }

    def to_dict(self) -> dict[str, Any]:
        """The note as the sidecar file keeps it: the passage as a W3C Web Annotation target."""
        out = self._own_fields()
        if self.quote:
            out["target"] = quote_target(self.quote, self.before, self.after, self.offset)
        out.update(self.extra)
        return out

    def to_json(self) -> dict[str, Any]:
        """The note as plain JSON for scripts: the passage as `quote`, `before`, `after`."""
        out = self._own_fields()
        if self.quote:
            out.update(quote=self.quote, before=self.before, after=self.after, offset=self.offset)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Note:
        """A note as read from the sidecar, in either format; keys it does not know are kept."""
        shared, _field = read_shared_fields(data, _NOTE_KEYS)
        return cls(
            text=str(data.get("text") or ""),
            resolved=bool(data.get("resolved", False)),
            **shared,
        )


# Keys of a note in either format of the sidecar; any other key is kept as it was.
_NOTE_KEYS = frozenset(
    ("id", "author", "date", "text", "resolved", "target", "quote", "before", "after", "offset")
)


def make_note(body: str, start: int, end: int, text: str, author: str | None = None) -> Note:
    """A note on body[start:end] (start == end: a note on the whole page)."""
    start, end = sorted((max(0, start), min(len(body), end)))
    now = now_utc()
    author = author or default_author()
    if start == end:
        return Note(text=text, author=author, date=now)
    return Note(text=text, author=author, date=now, **passage_fields(body, start, end))


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
        out = self.note.to_json()
        out.update(
            place=self.place,
            line=self.line,
            start=None if self.place == GENERAL else self.anchor.start,
            end=None if self.place == GENERAL else self.anchor.end,
            passage=self.passage,
        )
        return out


def place_notes(store: Any, doc: Document) -> list[PlacedNote]:
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
        line = body_line(body, doc.body_start_line, anchor.start)
        out.append(PlacedNote(note, anchor, place, line, body[anchor.start : anchor.end]))
    return out


def note_on_words(note: Note, body: str | None = None) -> str:
    """Where a note is, as a listing of notes says it: ' on “built”'; ' on “built” (since
    changed)' when those words are no longer in `body` (the author replaced them since); ''
    for a note on the whole page. Without `body` the words are said as quoted."""
    if note.is_general:
        return ""
    gone = body is not None and note_words_changed(note, body)
    return f" on “{note.quote}”" + (" (since changed)" if gone else "")


def note_words_changed(note: Note, body: str) -> bool:
    """Whether the words a note quotes are no longer in `body` (false for a note on the
    whole page): the "(since changed)" of `note_on_words`, `words_changed` in JSON."""
    return not note.is_general and anchor_note(note, body).state == CHANGED
