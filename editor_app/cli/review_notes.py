"""`editor-app review` notes: list them (and where their words are now), add, resolve, delete."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from editor_app.cli.common import EXIT_OK
from editor_app.cli.review_common import (
    _page_record,
    _passage_refused,
    _print_json,
    _Refused,
    _review_page,
    _review_when,
)

if TYPE_CHECKING:
    from editor_app.core.review import Note, NoteStore


def _review_one_note(args: argparse.Namespace) -> tuple[NoteStore, Note]:
    """The page's note store and the note named by (the start of) its id."""
    path, _doc = _review_page(args.page)
    store = _page_record(args.page, path)
    found = [n for n in store.notes if n.id.startswith(args.note_id)] if args.note_id else []
    if len(found) != 1:
        which = "no note" if not found else f"{len(found)} notes"
        raise _Refused(
            f"{args.page}: {which} with an id starting “{args.note_id}” "
            "(editor-app review notes PAGE lists them)"
        )
    return store, found[0]


def _review_resolve(args: argparse.Namespace) -> int:
    store, note = _review_one_note(args)
    try:
        store.set_resolved(note.id, not args.reopen)
    except OSError as exc:
        raise _Refused(f"the notes could not be saved: {exc.strerror or exc}") from exc
    from editor_app.core import review

    state = "open again" if args.reopen else "resolved"
    print(f"{args.page}: note {review.shown_id(note.id)} is {state}.")
    return EXIT_OK


def _review_delete_note(args: argparse.Namespace) -> int:
    store, note = _review_one_note(args)
    try:
        store.remove(note.id)
    except OSError as exc:
        raise _Refused(f"the notes could not be saved: {exc.strerror or exc}") from exc
    from editor_app.core import review

    print(f"{args.page}: note {review.shown_id(note.id)} deleted.")
    return EXIT_OK


_PLACES = {
    "found": "found",
    "moved": "moved (same words, the text around them changed)",
    "lost": "lost (the quoted words were edited since the note was written)",
    "general": "on the whole page",
}


def _review_notes(args: argparse.Namespace) -> int:
    from editor_app.core import review

    path, doc = _review_page(args.page)
    store = _page_record(args.page, path)
    placed = review.place_notes(store, doc)
    if args.format == "json":
        _print_json([p.to_json() for p in placed])
        return EXIT_OK
    if not placed:
        print(f"{args.page}: no review notes.")
        return EXIT_OK
    open_count = sum(1 for p in placed if not p.note.resolved)
    total = len(placed)
    print(f"{args.page}: {total} note{'s' if total != 1 else ''}, {open_count} open")
    for p in placed:
        where = _PLACES[p.place] if p.line is None else f"line {p.line}, {_PLACES[p.place]}"
        resolved = ", resolved" if p.note.resolved else ""
        print(f"\n  {review.shown_id(p.note.id)}  {where}{resolved}")
        print(f"    {p.note.author}, {_review_when(p.note.date)}")
        if p.note.quote:
            print(f"    “{' '.join(p.note.quote.split())}”")
            if p.place == "lost" and p.passage.strip():
                print(f"    now near: “{' '.join(p.passage.split())}”")
        for line in p.note.text.splitlines() or [""]:
            print(f"    {line}")
    return EXIT_OK


def _review_note(args: argparse.Namespace) -> int:
    from editor_app.core import review

    text = args.text.strip()
    if not text:
        raise _Refused("the note's text is empty")
    path, doc = _review_page(args.page)
    body = doc.body
    start = end = 0
    if args.on is not None:
        try:  # as written, else as the preview or a report shows them: **bold**, [a link](...)
            start, end = review.find_quoted(body, args.on, args.nth)
        except review.PassageNotFound as exc:
            raise _passage_refused(args.page, exc, args.nth, "no note was added") from exc
    elif args.nth is not None:
        raise _Refused("--nth needs --on")
    store = _page_record(args.page, path)
    try:
        author = args.author or review.default_author(path)  # the site's git name, as approve
        note = store.add(review.make_note(body, start, end, text, author))
    except OSError as exc:
        raise _Refused(f"the note could not be saved: {exc.strerror or exc}") from exc
    if note.is_general:
        print(f"{args.page}: added note {review.shown_id(note.id)} on the whole page.")
    else:
        from editor_app.core.document import body_line

        line = body_line(body, doc.body_start_line, start)
        print(f"{args.page}: added note {review.shown_id(note.id)} on line {line}.")
    return EXIT_OK


ACTIONS: dict[str, Callable[[argparse.Namespace], int]] = {
    "resolve": _review_resolve,
    "delete-note": _review_delete_note,
    "notes": _review_notes,
    "note": _review_note,
}
