"""A review note's two written forms, pinned: the notes file's (the passage as a W3C Web
Annotation target, keys from a newer editor-app kept) and the scripts' JSON (`review notes
--json`: the passage as quote, before, after)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from editor_app.core.review.notes import Note

WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _note(quote: str = "bus stops") -> Note:
    return Note(
        text="Which ones?", author="Ann Lee", date=WHEN, quote=quote, before="the ",
        after=" near", offset=12, id="abc123", extra={"colour": "red"},
    )  # fmt: skip


def test_the_notes_file_form() -> None:
    data = _note().to_dict()
    assert list(data)[:5] == ["id", "author", "date", "text", "resolved"]
    assert {k: v for k, v in data.items() if k != "target"} == {
        "id": "abc123", "author": "Ann Lee", "date": "2026-03-01T09:30:00+00:00",
        "text": "Which ones?", "resolved": False, "colour": "red",
    }  # fmt: skip
    assert json.dumps(data["target"], sort_keys=True).count("bus stops") == 1
    assert Note.from_dict(data) == _note()


def test_the_scripts_form() -> None:
    assert _note().to_json() == {
        "id": "abc123", "author": "Ann Lee", "date": "2026-03-01T09:30:00+00:00",
        "text": "Which ones?", "resolved": False,
        "quote": "bus stops", "before": "the ", "after": " near", "offset": 12,
    }  # fmt: skip
    general = _note(quote="").to_json()
    assert list(general) == ["id", "author", "date", "text", "resolved"]
