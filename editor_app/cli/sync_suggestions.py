"""The `editor-app sync` commands on a draft where it waits on its review branch, made there
(core/sync_draft_review, core/sync_draft_suggestions): `send-back`, `undo-send-back`, `note`,
`resolve BRANCH NOTE_ID [--reopen]` (a note marked as dealt with), `accept|reject BRANCH ID`
(a suggested edit) and `undo-decision BRANCH`. Each is signed as `sync push` signs: `--author`
and `--email`, else git's."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from editor_app.cli.common import EXIT_OK, fail

BRANCH_HELP = "the draft's branch, as `drafts` shows it"


def add_parsers(
    actions: argparse._SubParsersAction,
    site_arg: Callable,
    author_arg: Callable,
    email_arg: Callable,
) -> None:
    """The commands, under `editor-app sync`."""

    def signed(q: argparse.ArgumentParser) -> None:
        site_arg(q)
        author_arg(q)
        email_arg(q)

    q = actions.add_parser(
        "send-back", help="send a draft back to its author with a note, on its branch"
    )
    q.add_argument("branch", metavar="BRANCH", help=BRANCH_HELP)
    q.add_argument(
        "--reason",
        "--text",
        dest="reason",
        metavar="TEXT",
        help="what to change (a note on the whole page; --text, as `note` names it)",
    )
    signed(q)
    q = actions.add_parser("undo-send-back", help="take back the last send back of a draft")
    q.add_argument("branch", metavar="BRANCH", help=BRANCH_HELP)
    signed(q)
    q = actions.add_parser("note", help="add a review note to a draft, on its branch")
    q.add_argument("branch", metavar="BRANCH", help=BRANCH_HELP)
    q.add_argument("--text", required=True, metavar="TEXT", help="the note")
    q.add_argument("--on", metavar="WORDS", default="", help="the draft's words it is on")
    q.add_argument("--nth", type=int, metavar="N", help="which of several places (1, 2...)")
    signed(q)
    for verb, what in (
        ("accept", "accept a suggested edit on a draft: its words are made, on its branch"),
        ("reject", "reject a suggested edit on a draft: the draft is not changed"),
    ):
        q = actions.add_parser(verb, help=what)
        q.add_argument("branch", metavar="BRANCH", help=BRANCH_HELP)
        q.add_argument("suggestion_id", metavar="ID", help="the id `drafts` shows (or its start)")
        signed(q)
    q = actions.add_parser("resolve", help="mark a note on a draft as resolved, on its branch")
    q.add_argument("branch", metavar="BRANCH", help=BRANCH_HELP)
    q.add_argument("note_id", metavar="NOTE_ID", help="the id `drafts --json` shows (or its start)")
    q.add_argument("--reopen", action="store_true", help="open a resolved note again")
    signed(q)
    q = actions.add_parser(
        "undo-decision", help="take back the last accept or reject of a suggested edit on a draft"
    )
    q.add_argument("branch", metavar="BRANCH", help=BRANCH_HELP)
    signed(q)


def send_back(args: argparse.Namespace, site: str, email: str | None) -> int:
    from editor_app.core import sync_draft_review

    draft = sync_draft_review.find_draft(site, args.branch)
    sync_draft_review.send_back_draft(
        site, args.branch, args.reason or "", args.author, email=email
    )
    said = f", with the note: {args.reason.strip()}" if (args.reason or "").strip() else ""
    print(f"Sent back '{draft.title}' to {draft.sent_by}{said}")
    return EXIT_OK


def undo_send_back(args: argparse.Namespace, site: str, email: str | None) -> int:
    from editor_app.core import sync_draft_review

    undone = sync_draft_review.undo_send_back(site, args.branch, args.author, email=email)
    print(f"Undid the send back by {undone.by} of the draft on {args.branch}; its message is gone")
    return EXIT_OK


def note(args: argparse.Namespace, site: str, email: str | None) -> int:
    from editor_app.cli.review_common import _passage_refused
    from editor_app.core import review, sync_draft_review

    try:
        added = sync_draft_review.note_on_draft(
            site, args.branch, args.text, args.author, on=args.on, nth=args.nth, email=email
        )
    except review.PassageNotFound as exc:  # not in the draft, or there more than once
        return fail(str(_passage_refused(args.branch, exc, args.nth, "no note was added")))
    on = f" on “{added.quote}”" if added.quote else " on the whole page"
    print(f"Added note {review.shown_id(added.id)}{on} to the draft on {args.branch}")
    return EXIT_OK


def decide(args: argparse.Namespace, site: str, email: str | None) -> int:
    from editor_app.core import review, sync_draft_suggestions

    verb = args.sync_command
    s = sync_draft_suggestions.decide_suggestion(
        site, args.branch, args.suggestion_id, verb, args.author, email=email
    )
    done = "Accepted" if verb == sync_draft_suggestions.ACCEPT else "Rejected"
    made = ": made in the draft" if verb == sync_draft_suggestions.ACCEPT else ""
    print(
        f"{done} the suggested edit {review.shown_id(s.id)} ({s.describe()}) on {args.branch}{made}"
    )
    return EXIT_OK


def undo_decision(args: argparse.Namespace, site: str, email: str | None) -> int:
    from editor_app.core import review, sync_draft_suggestions

    last = sync_draft_suggestions.undo_suggestion_decision(
        site, args.branch, args.author, email=email
    )
    done = "acceptance" if last.verb == sync_draft_suggestions.ACCEPT else "rejection"
    print(
        f"Undid the {done} by {last.by} of the suggested edit "
        f"{review.shown_id(last.suggestion_id)} on {args.branch}: it is open again"
    )
    return EXIT_OK


def resolve(args: argparse.Namespace, site: str, email: str | None) -> int:
    from editor_app.core import review, sync_draft_review

    found = sync_draft_review.resolve_on_draft(
        site, args.branch, args.note_id, args.author, resolved=not args.reopen, email=email
    )
    done = "Reopened" if args.reopen else "Resolved"
    print(
        f"{done} note {review.shown_id(found.id)} ({found.author}: {found.text}) on {args.branch}"
    )
    return EXIT_OK


# Each command's function, called with the site and the checked --email; a review.ReviewError
# (its review record cannot be read; no such note or open suggestion, or its words changed
# since) is said in one line by the caller (cli/sync `_on_draft`), as for every command here.
ACTIONS: dict[str, Callable[[argparse.Namespace, str, str | None], int]] = {
    "send-back": send_back,
    "undo-send-back": undo_send_back,
    "note": note,
    "accept": decide,
    "reject": decide,
    "undo-decision": undo_decision,
    "resolve": resolve,
}
