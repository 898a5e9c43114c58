"""The `editor-app sync` commands that send a page for review and deal with the drafts
waiting on review branches: `send PAGE`, `drafts [--changes]`, `approve BRANCH`. What is done
on a draft where it waits (a note, a send back, a suggested edit) is in cli/sync_suggestions."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable

from editor_app.cli.common import (
    EXIT_CANNOT_RUN,
    EXIT_OK,
    EXIT_PROBLEMS,
    PAGE_HELP,
    fail,
    format_option,
)


def add_parsers(
    actions: argparse._SubParsersAction,
    site_arg: Callable,
    author_arg: Callable,
    email_arg: Callable,
) -> None:
    """The commands, under `editor-app sync`."""
    q = actions.add_parser("send", help="send a saved page for review on its own branch")
    q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    author_arg(q)
    email_arg(q)
    q = actions.add_parser("drafts", help="drafts waiting for review on branches")
    site_arg(q)
    q.add_argument(
        "--no-fetch", action="store_true", help="do not ask the server; say what is known here"
    )
    format_option(q)
    q.add_argument(
        "--changes",
        action="store_true",
        help="also what each draft changes in the shared copy, as `review diff` shows it",
    )
    q = actions.add_parser("approve", help="approve a draft sent for review, and share it")
    q.add_argument("branch", metavar="BRANCH", help="the draft's branch, as `drafts` shows it")
    site_arg(q)
    author_arg(q)
    q.add_argument(
        "--anyway", action="store_true", help="approve although notes or errors are still open"
    )
    q.add_argument("--reason", metavar="TEXT", help="why, with --anyway (kept in its record)")
    q.add_argument(
        "--own", action="store_true", help="approve your own draft (usually someone else does)"
    )
    email_arg(q)


def send(
    args: argparse.Namespace,
    site_of: Callable[[argparse.Namespace], str],
    email_of: Callable[[argparse.Namespace], str | None],
) -> int:
    """`sync send PAGE`: the page's site and `--email` worked out as every `sync` action
    does (`site_of`, `email_of`), after the page is found."""
    from pathlib import Path

    from editor_app.core import sync_drafts

    page = Path(args.page)
    if not page.is_file():
        return fail(f"{args.page} is not a page that can be read")
    site = site_of(argparse.Namespace(site=str(page.resolve().parent)))
    result = sync_drafts.send_for_review(site, page, args.author, email_of(args))
    print(f"{result.message} (branch {result.branch})")
    return EXIT_CANNOT_RUN if result.offline or result.not_found else EXIT_OK


def drafts(args: argparse.Namespace, site: str, as_json: bool) -> int:
    """`sync drafts`: the drafts waiting on review branches, with their notes and suggestions
    (as JSON when `--format json` or `--json` was given)."""
    from editor_app.core import review, sync_draft_review, sync_drafts
    from editor_app.core.sync_base import open_repo

    # A folder outside git: the one line `sync status` gives (exit 2), not a note that the
    # server could not be asked followed by the same words as the error.
    open_repo(site)
    if not args.no_fetch:
        # Drafts others sent since the last look are on the server: ask it first, as status
        # does (it said "No draft waiting" while one was there); only the fetch, not the
        # whole status.
        why = sync_drafts.ask_server(site)
        if why:  # a mistyped address said as such, as the Sharing bar says it
            print(f"editor-app: note: {why}; these are the drafts known here", file=sys.stderr)
    drafts = sync_drafts.draft_queue(site)
    if as_json:
        rows = []
        for d in drafts:
            seen = sync_draft_review.draft_review(site, d)
            rows.append(
                {
                    **d.to_json(),
                    "state": seen.state.state,
                    "state_reason": seen.state.reason or None,
                    "notes": [seen.note_json(n) for n in seen.store.notes],
                    "suggestions": [s.to_json() for s in seen.store.suggestions],
                }
            )
            if args.changes:
                rows[-1]["changes"] = sync_drafts.draft_diff(site, d).to_json()
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not drafts:
        print("No draft waiting for review on a branch.")
    for d in drafts:
        print(
            f"{d.branch}  {d.title}  ({d.status or 'no status'}; sent by {d.sent_by}, "
            f"{d.sent_at:%d %b %Y %H:%M})  {d.path}"
        )
        seen = sync_draft_review.draft_review(site, d)
        if seen.state.decision is not None:
            print(f"    {seen.state.describe()}")
        for note in seen.store.open_notes():
            on = seen.note_on(note)  # " (since changed)" when the words are gone
            # The id `sync resolve` takes, shown as everywhere else.
            print(f"    note {review.shown_id(note.id)} by {note.author}{on}: {note.text}")
        for s in seen.store.open_suggestions():  # the id for `sync accept|reject`
            print(f"    suggestion {review.shown_id(s.id)} by {s.author}: {s.describe()}")
        if args.changes:  # what the Drafts dialog shows, for an editor without the window
            changes = sync_drafts.draft_diff(site, d).to_text()
            print(textwrap.indent(changes.rstrip("\n"), "    "))
    return EXIT_OK


def approve(args: argparse.Namespace, site: str, email: str | None) -> int:
    """`sync approve BRANCH`: approved and shared, or what stands in the way and how."""
    from editor_app.cli.review_common import _print_approval_warnings, _ways_to_deal_with
    from editor_app.core import review, sync_drafts

    try:
        result = sync_drafts.approve_draft(
            site,
            args.branch,
            args.author,
            anyway=args.anyway,
            reason=args.reason or "",
            own=args.own,
            email=email,
        )
    except sync_drafts.OwnDraftRefused as exc:
        if exc.rule == sync_drafts.REFUSE:
            return fail(str(exc))
        print(f"{args.branch}: not approved: {exc} To approve it yourself:")  # asked, as the window
        print(f"  editor-app sync approve {args.branch} --own")
        return EXIT_PROBLEMS
    except review.ApprovalRefused as exc:  # the review window's gate, in the same words
        count = len(exc.blockers)
        print(
            f"{args.branch}: not approved: {count} thing{'s' if count != 1 else ''} to deal "
            "with first (nothing was changed):"
        )
        for b in exc.blockers:
            print(f"  - {b.listed_with_id}")
        ways = _ways_to_deal_with(exc.blockers, "sync", args.branch)
        for way in ways:  # how, by the ids listed, as `review approve` says it
            print(way)
        print(
            f"{'Or send it back' if ways else 'Send it back'}, or approve anyway: "
            f'editor-app sync approve {args.branch} --anyway --reason "why"'
        )
        return EXIT_PROBLEMS
    except review.ReviewError as exc:
        return fail(str(exc))
    print(f"{result.said(publish=False)}: {', '.join(result.pages) or 'no page'}")
    for page in result.to_publish:  # as `review approve` says it of a Jekyll draft
        print(f"{page}: not on the site until published: editor-app review publish {page}")
    if not result.offline:  # as `review approve` says them, from the approval's Check run
        _print_approval_warnings(args.branch, result.warnings)
    return EXIT_OK if not result.offline else EXIT_CANNOT_RUN
