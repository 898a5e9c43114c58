"""`editor-app review` decisions: approve (behind the approval gate), send back, publish (a
Jekyll draft), undo, history. Suggested edits are in `review_suggest.py`. Same core as the
window."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from editor_app.cli.common import EXIT_OK, EXIT_PROBLEMS, PAGE_HELP, format_option
from editor_app.cli.review_common import (
    _page_record,
    _print_approval_warnings,
    _print_json,
    _Refused,
    _review_page,
    _review_site,
    _review_when,
    _sentence,
    _ways_to_deal_with,
)

if TYPE_CHECKING:
    from pathlib import Path


AUTHOR_HELP = "your name (default: git's user.name, else your login)"


def register_actions(actions: argparse._SubParsersAction) -> None:
    """Add these actions to `editor-app review`."""
    q = actions.add_parser(
        "approve",
        help="set the status to its final value, as Approve does; refused (exit 1) while the "
        "page has errors, open notes or open suggestions",
    )
    q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    q.add_argument("--anyway", action="store_true", help="approve although something is still open")
    q.add_argument(
        "--reason", metavar="TEXT", help="why (needed with --anyway; kept in the review record)"
    )
    q.add_argument("--author", help=AUTHOR_HELP)
    q.add_argument(
        "--own",
        action="store_true",
        help="approve a page whose last change is your own (usually someone else does)",
    )
    format_option(q)
    q = actions.add_parser(
        "send-back", help="leave the page a draft, optionally with a note for the author"
    )
    q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    q.add_argument(
        "--reason",
        "--text",
        dest="reason",
        metavar="TEXT",
        help="a message for the author, kept as a note (--text, as `review note` names it)",
    )
    q.add_argument("--author", help=AUTHOR_HELP)
    q = actions.add_parser(
        "publish",
        help="move an approved Jekyll draft from _drafts to _posts, named with its date "
        "(its review record goes with it)",
    )
    q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    q.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the post's date when neither its file name nor its header gives one (default: today)",
    )
    q = actions.add_parser("undo", help="undo the last Approve or Send back on a page")
    q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    q.add_argument("--author", help=AUTHOR_HELP)
    q = actions.add_parser("history", help="the decisions on a page, and where it stands")
    q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    format_option(q)


def _written(value: Any) -> str:
    from editor_app.core.tool_support import written

    return written(value) or "(not set)"  # as the file writes it (`true`, not `True`)


def _approve(args: argparse.Namespace) -> int:
    from editor_app.core import review
    from editor_app.core.document import FrontMatterError
    from editor_app.core.schema import load_schema

    if args.anyway and not (args.reason or "").strip():
        raise _Refused("--anyway needs --reason TEXT: say why (it is kept in the review record)")
    path, doc = _review_page(args.page)
    site = _review_site(path)
    if _already_approved(args, path, site):
        return EXIT_OK
    try:
        schema = load_schema(site)  # working it out reads every page of the site
        approval = review.approve_page(
            path,
            site,
            schema,
            anyway=args.anyway,
            reason=args.reason or "",
            author=args.author,
            own=args.own,
        )
    except review.ApprovalRefused as exc:
        return _refused(args, exc.blockers)
    except review.OwnChangeRefused as exc:
        if exc.rule == review.OWN_REFUSE:  # the site leaves it to another person
            raise _Refused(f"{args.page}: not approved: {exc}") from exc
        # Asked first, as the window asks.
        if args.format == "json":
            _print_json({"approved": False, "own_change": True, "message": str(exc)})
            return EXIT_PROBLEMS
        print(f"{args.page}: not approved: {exc} To approve it yourself:")
        print(f"  editor-app review approve {args.page} --own")
        return EXIT_PROBLEMS
    except (review.ReviewError, FrontMatterError, ValueError, TypeError) as exc:
        raise _Refused(f"{args.page}: {_sentence(exc)}; the file was not changed") from exc
    except OSError as exc:
        raise _Refused(f"cannot write {args.page}: {exc.strerror or exc}") from exc
    # Said after approving: warnings do not hold an approval back (errors do), but the
    # approver should know what they approved with (the approval's own Check run found them).
    warnings = approval.warnings
    difference = review.diff_versions(doc.original, approval.document.original)
    changes = difference.fields
    if args.format == "json":
        # The values themselves (true, a list...); null for a line the version does not have.
        _print_json(
            {
                "approved": True,
                "changes": [
                    {"field": c["name"], "kind": c["kind"], "old": c["old"], "new": c["new"]}
                    for c in difference.to_json()["fields"]
                ],
                "anyway": bool(args.anyway),
                "warnings": [w.to_json() for w in warnings],
            }
        )
        return EXIT_OK
    if not changes and review.in_jekyll_drafts(site.collection_of(path), site.generator):
        print(
            f"{args.page}: approved; it goes on the site once it is moved to _posts "
            f"(editor-app review publish {args.page})."
        )
    elif not changes:
        print(f"{args.page}: already final; nothing changed.")
    for ch in changes:
        print(f"{args.page}: {_change_line(ch.name, ch.old, ch.new, ch.kind)}")
    _print_approval_warnings(args.page, warnings)
    return EXIT_OK


def _already_approved(args: argparse.Namespace, path: Path, site: Any) -> bool:
    """True, and said, when the page's last decision approved it and it is unchanged since:
    nothing is recorded again (each run added another approval to its history; the window
    offers no Approve then). JSON: `"already": true`, as approved, nothing changed."""
    from editor_app.core import review

    state = review.page_state(path)
    if state.state != review.APPROVED or state.changed or state.decision is None:
        return False
    if args.format == "json":
        _print_json(
            {"approved": True, "already": True, "changes": [], "anyway": False, "warnings": []}
        )
        return True
    said = f"{args.page}: already {state.decision.describe()}, unchanged since; nothing changed."
    if review.in_jekyll_drafts(site.collection_of(path), site.generator):
        said += f" Publish it to put it on the site: editor-app review publish {args.page}"
    print(said)
    return True


def _change_line(name: str, old: Any, new: Any, kind: str = "changed") -> str:
    """`status: draft -> final`; a line the change added or took away (`kind` "added",
    "removed") said so in words, not as "(not set)"."""
    if kind == "removed":
        return f"{name}: {_written(old)} (line removed)"
    if kind == "added":
        return f"{name}: {_written(new)} (line added)"
    return f"{name}: {_written(old)} -> {_written(new)}"


def _refused(args: argparse.Namespace, blockers: list[Any]) -> int:
    if args.format == "json":
        _print_json({"approved": False, "blockers": [b.to_json() for b in blockers]})
        return EXIT_PROBLEMS
    count = len(blockers)
    print(
        f"{args.page}: not approved: {count} thing{'s' if count != 1 else ''} to deal with "
        "first (the file was not changed):"
    )
    for b in blockers:
        print(f"  - {b.listed_with_id}")
    # How, by the ids listed: "Resolve them" alone left the editor asking how.
    ways = _ways_to_deal_with(blockers, "review", args.page)
    for way in ways:
        print(way)
    print(
        f"{'Or approve' if ways else 'Resolve them, or approve'} anyway: "
        f'editor-app review approve {args.page} --anyway --reason "why"'
    )
    return EXIT_PROBLEMS


def _publish(args: argparse.Namespace) -> int:
    import datetime as dt

    from editor_app.core import review

    when = None
    if args.date:
        try:
            when = dt.date.fromisoformat(args.date)
        except ValueError as exc:
            raise _Refused(f"--date {args.date}: write the date as year-month-day") from exc
    path, _doc = _review_page(args.page)
    site = _review_site(path)
    try:
        target = review.publish_draft(path, site, today=when)
    except review.NotApproved as exc:  # or changed since approved: the core's words
        raise _Refused(
            f"{args.page}: {exc.said(f'editor-app review approve {args.page}')}"
        ) from exc
    except review.ReviewError as exc:
        raise _Refused(f"{args.page}: {_sentence(exc)}; nothing was moved") from exc
    except OSError as exc:
        raise _Refused(f"{args.page} could not be moved: {exc.strerror or exc}") from exc
    shown = target.relative_to(site.root) if target.is_relative_to(site.root) else target
    print(f"{args.page}: published as {shown.as_posix()}; it goes on the site at the next build.")
    return EXIT_OK


def _send_back(args: argparse.Namespace) -> int:
    from editor_app.core import review

    path, doc = _review_page(args.page)
    try:
        note = review.send_back(path, args.reason or "", args.author)
    except (review.ReviewError, OSError) as exc:
        raise _Refused(f"{args.page}: the message could not be saved: {exc}") from exc
    status = doc.get("status") if doc.error is None else None
    kept = f" (status: {status})" if status is not None else ""
    print(f"{args.page}: sent back; the page is unchanged{kept} and its notes are kept.")
    if note is not None:
        shown = review.shown_id(note.id)
        print(f"{args.page}: your message was added as note {shown} on the whole page.")
    return EXIT_OK


def _undo(args: argparse.Namespace) -> int:
    from editor_app.core import review
    from editor_app.core.document import FrontMatterError

    path, _doc = _review_page(args.page)
    try:
        undone = review.undo_last(path, args.author, _review_site(path))
    except (review.ReviewError, FrontMatterError, ValueError) as exc:
        raise _Refused(f"{args.page}: {_sentence(exc)}") from exc
    except OSError as exc:
        raise _Refused(f"cannot write {args.page}: {exc.strerror or exc}") from exc
    what = "approval" if undone.decision == review.APPROVED else "send back"
    print(f"{args.page}: undid the {what} by {undone.by} ({_review_when(undone.date)}).")
    for c in undone.changes:
        field, old, new = c["field"], c.get("old"), c.get("new")
        if not c.get("was_set", True):  # the approval added the line: undo took it away
            print(f"{args.page}: {_change_line(field, new, None, 'removed')}")
        elif new is None:  # the approval took the line away: undo put it back
            print(f"{args.page}: {field}: {_written(old)} (line put back)")
        else:
            print(f"{args.page}: {_change_line(field, new, old)}")
    if undone.decision == review.APPROVED and not undone.changes and "_posts" in path.parts:
        # A Jekyll draft approved, then published: undo takes back the approval, not the
        # move, and the post would go on the site all the same without a word.
        print(
            f"{args.page}: it is still in _posts, so it goes on the site at the next build; "
            "move it back to _drafts to keep it off."
        )
    return EXIT_OK


def _history(args: argparse.Namespace) -> int:
    from editor_app.core import review

    path, doc = _review_page(args.page)
    store = _page_record(args.page, path)
    state = review.page_state(path)
    standing, reason = state.state, state.reason
    if state.decision is None and doc.error is None:
        # 'waiting' was said of every page with no decision, also of one no one can approve.
        from editor_app.core.schema import load_schema

        site = _review_site(path)
        not_waiting = review.not_waiting_reason(site, load_schema(site), path, doc.front_matter)
        if not_waiting is not None:
            standing, _, reason = not_waiting.partition(": ")
    if args.format == "json":
        _print_json(
            {
                "state": standing,
                "reason": reason or None,
                "decisions": [d.to_json() for d in store.decisions],
            }
        )
        return EXIT_OK
    if standing != state.state:
        print(f"{args.page}: {standing}: {reason}")
    else:
        print(f"{args.page}: {state.describe()}")
    if not store.decisions:
        print("No decision yet.")
    for d in store.decisions:
        print(f"  - {d.describe()}")
        for item in d.despite:
            print(f"      despite: {item}")
        for item in d.warnings:
            print(f"      warned: {item}")
    return EXIT_OK


ACTIONS: dict[str, Callable[[argparse.Namespace], int]] = {
    "approve": _approve,
    "send-back": _send_back,
    "publish": _publish,
    "undo": _undo,
    "history": _history,
}
