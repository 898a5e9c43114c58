"""`editor-app sync accept|reject BRANCH ID` and `sync undo-decision BRANCH`: a suggested edit
on a draft waiting on its review branch, decided where it waits (core/sync_draft_suggestions);
`sync resolve BRANCH NOTE_ID [--reopen]`: a note on it marked as dealt with."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from editor_app.cli.common import EXIT_OK, fail


def add_parsers(
    actions: argparse._SubParsersAction, site_arg: Callable, author_arg: Callable
) -> None:
    """The four commands, under `editor-app sync`."""
    for verb, what in (
        ("accept", "accept a suggested edit on a draft: its words are made, on its branch"),
        ("reject", "reject a suggested edit on a draft: the draft is not changed"),
    ):
        q = actions.add_parser(verb, help=what)
        q.add_argument("branch", metavar="BRANCH", help="the draft's branch, as `drafts` shows it")
        q.add_argument("suggestion_id", metavar="ID", help="the id `drafts` shows (or its start)")
        site_arg(q)
        author_arg(q)
    q = actions.add_parser("resolve", help="mark a note on a draft as resolved, on its branch")
    q.add_argument("branch", metavar="BRANCH", help="the draft's branch, as `drafts` shows it")
    q.add_argument("note_id", metavar="NOTE_ID", help="the id `drafts --json` shows (or its start)")
    q.add_argument("--reopen", action="store_true", help="open a resolved note again")
    site_arg(q)
    author_arg(q)
    q = actions.add_parser(
        "undo-decision", help="take back the last accept or reject of a suggested edit on a draft"
    )
    q.add_argument("branch", metavar="BRANCH", help="the draft's branch, as `drafts` shows it")
    site_arg(q)
    author_arg(q)


def decide(args: argparse.Namespace, site: str) -> int:
    from editor_app.core import review, sync_draft_suggestions

    verb = args.sync_command
    try:
        s = sync_draft_suggestions.decide_suggestion(
            site, args.branch, args.suggestion_id, verb, args.author
        )
    except review.ReviewError as exc:  # no such open suggestion; its words changed since
        return fail(str(exc))
    done = "Accepted" if verb == sync_draft_suggestions.ACCEPT else "Rejected"
    made = ": made in the draft" if verb == sync_draft_suggestions.ACCEPT else ""
    print(f"{done} the suggested edit {s.id[:8]} ({s.describe()}) on {args.branch}{made}")
    return EXIT_OK


def undo_decision(args: argparse.Namespace, site: str) -> int:
    from editor_app.core import review, sync_draft_suggestions

    try:
        last = sync_draft_suggestions.undo_suggestion_decision(site, args.branch, args.author)
    except review.ReviewError as exc:
        return fail(str(exc))
    done = "acceptance" if last.verb == sync_draft_suggestions.ACCEPT else "rejection"
    print(
        f"Undid the {done} by {last.by} of the suggested edit {last.suggestion_id[:8]} "
        f"on {args.branch}: it is open again"
    )
    return EXIT_OK


def resolve(args: argparse.Namespace, site: str) -> int:
    from editor_app.core import review, sync_draft_review

    try:
        note = sync_draft_review.resolve_on_draft(
            site, args.branch, args.note_id, args.author, resolved=not args.reopen
        )
    except review.ReviewError as exc:  # no such note; the start of several ids
        return fail(str(exc))
    done = "Reopened" if args.reopen else "Resolved"
    print(f"{done} note {note.id[:8]} ({note.author}: {note.text}) on {args.branch}")
    return EXIT_OK
