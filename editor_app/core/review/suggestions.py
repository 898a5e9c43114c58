"""Suggested edits: an editor proposes new words for some words of the page (or of a setting).

A suggestion is anchored as a note is (the quoted words and the text around them), so it
survives edits elsewhere in the page. Accepting one is done by `decisions.accept_suggestion`,
through the lossless document model; here is only what a suggestion is and where it sits.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from editor_app.core.document import Document
from editor_app.core.page_language import holds_right_to_left
from editor_app.core.review.anchors import (
    FOUND,
    Anchor,
    anchor_exactly,
    passage_fields,
    quote_target,
    read_shared_fields,
)
from editor_app.core.review.common import clip, isolate, new_id, now_utc, read_when
from editor_app.core.schema_model import field_label

OPEN, ACCEPTED, REJECTED = "open", "accepted", "rejected"
REPLACE, DELETE, INSERT = "replace", "delete", "insert"


@dataclass
class Suggestion:
    """New words proposed for `quote` (in the text, or in the page setting `field`)."""

    replacement: str
    author: str
    date: datetime
    quote: str
    before: str = ""
    after: str = ""
    offset: int | None = None
    field: str | None = None  # None: the text of the page; else a page setting's name
    status: str = OPEN
    decided_by: str = ""
    decided_at: datetime | None = None
    id: str = dataclasses.field(default_factory=new_id)
    # Keys written by a newer editor-app, kept as they were.
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)

    is_general = False  # a suggestion is always on some words

    @property
    def kind(self) -> str:
        """ "delete" (no new words), "insert" (the old words kept, more added) or "replace"."""
        if not self.replacement:
            return DELETE
        q, r = self.quote, self.replacement
        if len(r) > len(q) and (r.startswith(q) or r.endswith(q)):
            return INSERT
        return REPLACE

    @property
    def inserted(self) -> str:
        """For an insertion: the added words alone."""
        if self.kind != INSERT:
            return ""
        if self.replacement.startswith(self.quote):
            return self.replacement[len(self.quote) :]
        return self.replacement[: len(self.replacement) - len(self.quote)]

    @property
    def is_open(self) -> bool:
        return self.status == OPEN

    def describe(
        self,
        *,
        shown: bool = False,
        width: int | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> str:
        """Plain words: replace “old” with “new”, delete “old”, insert “new” after “old”.
        `shown`: for a window's line, right-to-left words set apart (`isolate`). `width`: each
        quoted words cut to it on one line ("…"), the setting named still (a whole line cut
        lost which setting, and its closing quote). `labels`: the settings' names as the form
        shows them (`setting_labels`), for a window's line."""

        def said(words: str) -> str:
            if width is not None:
                words = clip(words, width)
            return isolate(words) if shown else words

        verb, words, where = self._said_in_parts(said, labels, shown)
        return f"{verb} {' '.join(words)}{where}"

    def lines(self, labels: Mapping[str, str] | None = None) -> list[str]:
        """`describe(shown=True)` for a list that reads each line in its own direction: when
        words of it read right to left, the quoted words each a line of their own
        ("replace", "“old”", "with", "“new”"), so a long Persian quote wraps from the right
        with its marks at its two ends (in one left-to-right line its closing mark stood
        mid-line; a line each, not set apart); else the one line, which wraps as it reads."""
        if not holds_right_to_left(self.quote + self.replacement):
            return [self.describe(shown=True, labels=labels)]
        verb, words, where = self._said_in_parts(lambda words: words, labels, True)
        return [f"{verb}{where}", *words]

    def _said_in_parts(
        self,
        said: Callable[[str], str],
        labels: Mapping[str, str] | None,
        labelled: bool,
    ) -> tuple[str, list[str], str]:
        """What `describe` and `lines` say, in parts: the verb ("replace"), the words after it
        (“old”, "with", “new”; each quoted words passed through `said`) and the setting it
        is in (" (in Title)", named by `labels` or as the form names it when `labelled`)."""
        # A window names the setting as its form does ("News title", or the `label:` the
        # site's schema gives it), not by its key.
        field = self.field
        if field and labelled:
            field = (labels or {}).get(field) or field_label(field)
        where = f" (in {field})" if field else ""
        if self.kind == DELETE:
            return "delete", [f"“{said(self.quote)}”"], where
        if self.kind == INSERT:
            side = "after" if self.replacement.startswith(self.quote) else "before"
            # As a reader reads it: the space joining the words is not theirs ("insert
            # “ to Hugo”" showed it). The stored words keep it.
            words = self.inserted.strip()
            added = f"“{said(words)}”" if words else _spacing_said(self.inserted)
            quote = said(self.quote.strip() or self.quote)
            return "insert", [added, side, f"“{quote}”"], where
        return "replace", [f"“{said(self.quote)}”", "with", f"“{said(self.replacement)}”"], where

    def to_dict(self) -> dict[str, Any]:
        """As the sidecar file keeps it: the words as a W3C Web Annotation target."""
        out: dict[str, Any] = {
            "id": self.id,
            "author": self.author,
            "date": self.date.isoformat(),
            "kind": self.kind,
            "target": quote_target(self.quote, self.before, self.after, self.offset, self.field),
            "replacement": self.replacement,
            "status": self.status,
        }
        if self.decided_at is not None:
            out["decided"] = {"by": self.decided_by, "date": self.decided_at.isoformat()}
        out.update(self.extra)
        return out

    def to_json(self) -> dict[str, Any]:
        """Plain JSON for scripts (`review suggestions --json`)."""
        return {
            "id": self.id,
            "author": self.author,
            "date": self.date.isoformat(),
            "kind": self.kind,
            "field": self.field,
            "old": self.quote,
            "new": self.replacement,
            "status": self.status,
            "decided_by": self.decided_by or None,
            "decided_at": self.decided_at.isoformat() if self.decided_at else None,
            "description": self.describe(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Suggestion:
        shared, field_name = read_shared_fields(data, _SUGGESTION_KEYS)
        decided = data.get("decided") if isinstance(data.get("decided"), dict) else {}
        status = str(data.get("status") or OPEN)
        return cls(
            replacement=str(data.get("replacement") or ""),
            field=field_name,
            status=status if status in (OPEN, ACCEPTED, REJECTED) else OPEN,
            decided_by=str(decided.get("by") or ""),
            decided_at=read_when(decided["date"]) if decided.get("date") else None,
            **shared,
        )


def _spacing_said(added: str) -> str:
    """Words for an insertion of spacing alone, which quotes would show as nothing."""
    if "\n" in added:
        return "a line break" if added.count("\n") == 1 else "line breaks"
    return "a space" if len(added) == 1 else "spaces"


_SUGGESTION_KEYS = frozenset(
    ("id", "author", "date", "kind", "target", "replacement", "status", "decided")
)


def make_suggestion(
    text: str,
    start: int,
    end: int,
    replacement: str,
    author: str,
    field: str | None = None,
) -> Suggestion:
    """A suggestion to replace text[start:end] by `replacement` (`text`: the body, or the
    value of the page setting `field`). Insertions are given as the old words with the new
    ones added before or after them."""
    start, end = sorted((max(0, start), min(len(text), end)))
    if not text[start:end].strip():
        raise ValueError("Choose the words the suggestion is about (not only spaces).")
    if replacement:
        # White space at the edges of the chosen words that the new words leave out stays in
        # the page: a drag that took in the space before a word, retyped without it, joined
        # two words ("six lawful" -> "sixlegal").
        while text[start].isspace() and not replacement[0].isspace():
            start += 1
        while text[end - 1].isspace() and not replacement[-1].isspace():
            end -= 1
    return Suggestion(
        replacement=replacement,
        author=author,
        date=now_utc(),
        field=field,
        **passage_fields(text, start, end),
    )


def joined(words: str, added: str, after: bool) -> str:
    """The words with `added` put after (or before) them; one space is put between two words
    that would otherwise run together (`site` + `and app` -> `site and app`)."""
    left, right = (words, added) if after else (added, words)
    if left and right and left[-1].isalnum() and right[0].isalnum():
        return f"{left} {right}"
    return left + right


def target_text(suggestion: Suggestion, doc: Document) -> str | None:
    """The text the suggestion is about now: the body, or the setting's value (None when the
    setting is gone or is not text)."""
    if suggestion.field is None:
        return doc.body
    value = doc.front_matter.get(suggestion.field) if doc.error is None else None
    return value if isinstance(value, str) else None


def place_suggestion(suggestion: Suggestion, doc: Document) -> Anchor | None:
    """Where the suggestion's words are now (state FOUND, or CHANGED when they were edited);
    None when its page setting is gone or no longer text."""
    text = target_text(suggestion, doc)
    if text is None:
        return None
    return anchor_exactly(suggestion, text)


def open_body_marks(suggestions: list[Suggestion], body: str) -> list[tuple[int, int, Suggestion]]:
    """(start, end, suggestion) of each open suggestion on words still in the body, in order."""
    marks = []
    for s in suggestions:
        if s.is_open and s.field is None:
            anchor = anchor_exactly(s, body)
            if anchor.state == FOUND:
                marks.append((anchor.start, anchor.end, s))
    marks.sort(key=lambda m: m[0])
    return marks


def setting_labels(schema: Any, collection: str | None) -> dict[str, str]:
    """Each setting of a collection's pages by the name its form shows: the `label:` the
    site's schema declares, else the key in plain words (`field_label`)."""
    fields = schema.for_collection(collection) if schema is not None else None
    return {f.name: f.label for f in fields.fields} if fields is not None else {}
