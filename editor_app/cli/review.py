"""`editor-app review`: the review workflow from the command line (same core as the window)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from editor_app.cli import review_decide, review_notes, review_suggest
from editor_app.cli.common import EXIT_OK, PAGE_HELP, SITE_HELP, fail, format_option
from editor_app.cli.review_common import (
    _print_json,
    _Refused,
    _review_page,
    _review_site,
    _review_when,
)

if TYPE_CHECKING:  # for type hints only: the actions import what they use when they run
    from pathlib import Path

    from editor_app.core.review import QueueFilter, QueueItem
    from editor_app.core.site import Site


def register(sub: argparse._SubParsersAction) -> None:
    """Add the review command and its actions to the parser."""
    p = sub.add_parser(
        "review",
        help="review drafts: queue, what changed, notes, approve or send back, report",
        description="Review the pages of this copy of the site: the pages waiting, what changed, "
        "notes and suggested edits on their words, approve or send back, a Jekyll draft "
        "published, a report. Notes, suggestions and decisions are kept in a .review folder "
        "beside the page. Drafts waiting on review branches: editor-app sync drafts. Exit 0 "
        "when done, 1 when approve leaves a page unapproved (what to deal with first is "
        "listed), 2 when the action cannot run (said why, in one line; nothing is changed).",
    )
    actions = p.add_subparsers(dest="review_command", metavar="ACTION", required=True)

    q = actions.add_parser(
        "queue",
        help="the pages waiting for review",
        description="List the pages waiting for review, newest change first. The filters "
        "are those of the review window's queue; given together, a page must match them all.",
    )
    q.add_argument("site", metavar="SITE", nargs="?", default=".", help=SITE_HELP)
    q.add_argument(
        "--status",
        metavar="STATUS",
        help="only pages with this status (any case), e.g. draft or unpublished",
    )
    q.add_argument(
        "--author",
        metavar="NAME",
        help="only pages by this author (any case): the name as shown, or as a slug "
        "(jeni-tennison)",
    )
    q.add_argument(
        "--collection",
        metavar="NAME",
        help="only pages of this collection: its name or its label (any case)",
    )
    q.add_argument(
        "--with-problems",
        action="store_true",
        help="only pages with problems (as `editor-app validate` finds them)",
    )
    q.add_argument(
        "--text",
        metavar="WORDS",
        help="only pages showing these words (any case) in their title, kind, status, author, "
        "date or path: the window's filter box",
    )
    format_option(q)
    q = actions.add_parser("diff", help="what changed in a page: settings and paragraphs")
    q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    against = q.add_mutually_exclusive_group()
    against.add_argument(
        "--against", metavar="REV", help="compare with this commit (default: the last commit)"
    )
    against.add_argument(
        "--snapshot", action="store_true", help="compare with the version last marked reviewed"
    )
    q.add_argument(
        "--to", metavar="REV", help="with --against: compare up to this commit, not the file now"
    )
    q.add_argument(
        "--context",
        type=int,
        default=1,
        metavar="N",
        help="unchanged paragraphs shown around a change",
    )
    format_option(q)
    q = actions.add_parser(
        "mark-reviewed", help="keep the page as it is now as the reviewed version"
    )
    q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    q = actions.add_parser(
        "versions", help="the commits that changed a page, and when it was last marked reviewed"
    )
    q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    format_option(q)
    q = actions.add_parser("notes", help="a page's review notes, and where their words are now")
    q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    format_option(q)
    q = actions.add_parser("note", help="add a review note on some words (or the whole page)")
    q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    q.add_argument("--on", metavar="WORDS", help="the words of the page the note is about")
    q.add_argument(
        "--nth", type=int, metavar="N", help="which one, when the words appear more than once"
    )
    q.add_argument("--text", required=True, help="the note")
    q.add_argument("--author", help="your name (default: git's user.name, else your login)")
    q = actions.add_parser("resolve", help="mark a note as resolved (or --reopen it)")
    q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    q.add_argument("note_id", metavar="NOTE_ID", help="the note's id, or its first characters")
    q.add_argument("--reopen", action="store_true", help="make a resolved note open again")
    q = actions.add_parser("delete-note", help="delete a review note")
    q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    q.add_argument("note_id", metavar="NOTE_ID", help="the note's id, or its first characters")
    review_decide.register_actions(actions)
    review_suggest.register_actions(actions)
    q = actions.add_parser(
        "report", help="an HTML report: pages, problems and notes (a folder: its queue)"
    )
    q.add_argument(
        "targets",
        nargs="*",
        default=["."],
        metavar="SITE|PAGE",
        help="a site's folder (its pages waiting for review), or pages (default: the current "
        "folder, as queue)",
    )
    q.add_argument(
        "-o", "--output", metavar="FILE.html", help="where to write it (default: stdout)"
    )
    p.set_defaults(func=cmd_review)


def _review_queue(args: argparse.Namespace) -> int:
    from editor_app.core import review
    from editor_app.core.schema import load_schema

    site = _review_site(args.site, site_needed=True)  # as validate: stray Markdown is no queue
    if not site.entries():
        raise _Refused(site.no_pages_message())  # not "nothing to review": nothing is here
    schema = load_schema(site)
    items = review.review_queue(site, schema)
    warning = review.notes_publishing_warning(site)
    if warning:
        print(f"editor-app: warning: {warning}", file=sys.stderr)
    rules = review.QueueFilter(
        status=args.status,
        author=args.author,
        collection=args.collection,
        with_problems=args.with_problems,
        text=args.text,
    )
    filtered = rules != review.QueueFilter()
    if filtered:
        labels = {name: c.label for name, c in site.collections.items()}
        everything, items = items, review.filter_queue(items, rules, labels)
        if not items:
            # Say why the list is empty (stderr, so that --json output stays plain JSON).
            for line in _review_queue_misses(site, schema, rules, everything):
                print(f"editor-app: {line}", file=sys.stderr)
    on_branches = review.branch_drafts(site, items)
    more = (  # "more" beside listed pages; with none listed, the drafts alone wait
        f"{on_branches} {'more ' if items else ''}draft"
        f"{'s wait' if on_branches != 1 else ' waits'} on review branches: editor-app sync drafts"
        if on_branches
        else ""
    )
    if args.format == "json":
        _print_json([item.to_json() for item in items])
        if more:  # said, on stderr so the output stays plain JSON ("[]" said nothing of them)
            print(f"editor-app: {more}", file=sys.stderr)
        return EXIT_OK
    if not items:
        if filtered:
            print("No page waiting for review matches these filters.")
        else:
            print(review.nothing_to_review(site, schema))
        if more:
            print(more)
        return EXIT_OK

    rows = [
        (
            review.clip(it.title, 48),
            it.status
            + (f" ({it.state_said})" if it.state != "waiting" else "")
            + (" (newer draft waits)" if it.newer_draft is not None else ""),
            review.clip(it.author, 28),
            it.date.isoformat() if it.date else "",
            str(it.problems) if it.problems else "",
            it.relative + (" *" if it.last_change_source == "not committed" else ""),
        )
        for it in items
    ]
    head = ("Title", "Status", "Author", "Date", "Problems", "Path")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head) - 1)]
    for row in [head, *rows]:
        cells = [
            cell.ljust(w) if i != 4 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=False))
        ]
        print("  ".join([*cells, row[-1]]).rstrip())
    count = len(items)
    summary = f"{count} page{'s' if count != 1 else ''} waiting for review."
    if filtered:
        total = len(everything)
        summary = (
            f"{count} of {total} page{'s' if total != 1 else ''} waiting for review "
            f"{'matches' if count == 1 else 'match'} these filters."
        )
    if any(it.last_change_source == "not committed" for it in items):
        summary += " * = changed since the last commit."
    print(summary)
    for it in items:
        if it.newer_draft is not None:  # the row is the shared copy: never review that one
            print(
                f"{it.relative}: {it.newer_draft_text}; review that one: editor-app sync drafts"
            )
    if more:
        print(more)
    return EXIT_OK


def _review_queue_misses(
    site: Site, schema: object, rules: QueueFilter, everything: list[QueueItem]
) -> list[str]:
    """Plain lines on a filter naming a status or collection that nothing in the queue has."""
    from editor_app.core import review

    lines = []
    if rules.status is not None:
        statuses = review.queue_statuses(site, schema)
        for it in everything:
            if it.status.casefold() not in {s.casefold() for s in statuses}:
                statuses.append(it.status)
        if rules.status.strip().casefold() not in {s.casefold() for s in statuses}:
            lines.append(
                f"no page waiting for review can have the status {rules.status!r} "
                f"(the statuses waiting for review: {', '.join(statuses)})"
            )
    if rules.author is not None:
        by_author = review.QueueFilter(author=rules.author)
        if not any(by_author.accepts(it) for it in everything):
            names = {n.strip() for it in everything for n in it.author.split(",")}
            authors = sorted(names - {""}, key=str.casefold)
            lines.append(
                f"no page waiting for review is by {rules.author!r} "
                f"(the authors in the queue: {', '.join(authors) or 'none'})"
            )
    if rules.collection is not None:
        wanted = rules.collection.strip().casefold()
        known = {n.casefold() for n in site.collections}
        known |= {c.label.casefold() for c in site.collections.values()}
        if wanted not in known:
            lines.append(
                f"this site has no collection called {rules.collection!r} "
                f"(it has: {', '.join(sorted(site.collections))})"
            )
    return lines


def _review_diff(args: argparse.Namespace) -> int:
    from editor_app.core import review

    path, _doc = _review_page(args.page)
    history = review.History(path)
    if args.context < 0:
        raise _Refused("--context must be 0 or more")
    if args.to is not None and args.against is None:
        raise _Refused("--to needs --against (the older version)")
    try:
        if args.against is not None:
            newer = history.resolve(args.to) if args.to is not None else None
            diff = history.between(history.resolve(args.against), newer)
        elif args.snapshot:
            diff = history.since_reviewed()
        else:
            diff = history.what_changed()
    except review.ReviewError as exc:
        raise _Refused(f"{args.page}: {exc}") from exc
    except OSError as exc:
        raise _Refused(f"{args.page}: the versions could not be read: {exc}") from exc
    if diff is None:
        raise _Refused(
            f"{args.page} has not been marked as reviewed yet, so there is nothing to compare "
            f"with (editor-app review mark-reviewed {args.page} keeps this version)"
        )
    if args.format == "json":
        _print_json(diff.to_json())
        return EXIT_OK
    sys.stdout.write(diff.to_text(context=args.context))
    if not diff.changed and args.against is None and not args.snapshot and history.uses_git:
        print(
            "editor-app: note: no changes since the last commit; --against REV compares with "
            "an earlier commit (git log lists them)",
            file=sys.stderr,
        )
    return EXIT_OK


def _review_mark(args: argparse.Namespace) -> int:
    from editor_app.core import review

    path, _doc = _review_page(args.page)
    try:
        review.History(path).mark_reviewed()
    except OSError as exc:
        raise _Refused(f"the reviewed copy could not be kept: {exc.strerror or exc}") from exc
    print(
        f"{args.page}: this version is kept as the reviewed one; "
        "`review diff --snapshot` shows what changes after it."
    )
    return EXIT_OK


def _review_versions(args: argparse.Namespace) -> int:
    from editor_app.core import review

    path, _doc = _review_page(args.page)
    history = review.History(path)
    commits = history.commits()
    snapshot = history.snapshots.get(path)
    if args.format == "json":
        _print_json(
            {
                "commits": [
                    {
                        "id": c.sha,
                        "date": c.date.isoformat(),
                        "author": c.author,
                        "subject": c.subject,
                    }
                    for c in commits
                ],
                "reviewed": snapshot.taken.isoformat() if snapshot is not None else None,
            }
        )
        return EXIT_OK
    if not history.uses_git:
        print(f"{args.page}: not under git.")
    elif not commits:
        print(f"{args.page}: not committed yet.")
    for c in commits:
        print(f"{c.short}  {_review_when(c.date)}  {c.author}: {c.subject}")
    if snapshot is not None:
        print(f"Last marked as reviewed: {_review_when(snapshot.taken)} (diff --snapshot)")
    else:
        print("Never marked as reviewed.")
    return EXIT_OK


def _review_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from editor_app.core import review
    from editor_app.core.schema import load_schema

    targets = [Path(t) for t in args.targets]
    for t in targets:
        if not t.exists():
            from editor_app.cli.common import not_found

            raise _Refused(not_found(str(t)))
    # A folder's queue is refused where no site is, as `review queue` refuses it.
    site = _review_site(targets[0], site_needed=any(t.is_dir() for t in targets))
    if not site.entries():
        raise _Refused(site.no_pages_message())  # not an empty report: nothing is here
    root = Path(site.root).resolve()
    schema = load_schema(site)
    queue = None
    paths: list[Path] = []
    for t in targets:
        full = t.resolve()
        if not full.is_relative_to(root):
            raise _Refused(f"{t} is not in the site at {site.root}; report on one site at a time")
        if full.is_dir():
            if queue is None:
                queue = review.review_queue(site, schema)
            paths += [it.path for it in queue if it.path.is_relative_to(full)]
        else:
            paths.append(full)
    paths = list(dict.fromkeys(paths))  # a page named twice is reported once
    if len(targets) == 1 and targets[0].resolve() == root:
        title = "Review report: the whole queue"
    elif len(targets) == 1 and len(paths) == 1 and not targets[0].is_dir():
        entry = site.entry(paths[0])
        title = f"Review report: {entry.title if entry is not None else paths[0].stem}"
    else:
        title = "Review report"
    if args.output not in (None, "-"):
        # Never over a page (or any file that is not a web page): the page would be lost.
        out = Path(args.output)
        if out.suffix.lower() not in (".html", ".htm"):
            raise _Refused(f"{out.name} is not a web page's name: end it in .html")
        if out.resolve() in paths:
            raise _Refused(f"{args.output} is one of the pages reported on: give another name")
        if not out.parent.is_dir():  # as export says it ("The folder no longer exists")
            raise _Refused(
                f"there is no folder {out.parent}: make it first, or write the report elsewhere"
            )
    # Drafts on review branches are no page of this copy's queue: said beside it.
    waiting = review.branch_drafts(site, queue) if queue is not None else 0
    html_text = review.report_html(paths, site, schema, None, title, waiting)
    count = f"{len(paths)} page{'s' if len(paths) != 1 else ''}"
    if args.output is None or args.output == "-":
        sys.stdout.write(html_text)
        return EXIT_OK
    try:
        written = review.write_report(args.output, html_text)
    except OSError as exc:
        raise _Refused(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    if not paths:
        # A queue with nothing in it yet: said plainly, the (empty) report still written.
        from editor_app.core.review.report import NOTHING_IN_REVIEW

        nothing = NOTHING_IN_REVIEW
        if not (len(targets) == 1 and targets[0].resolve() == root):
            nothing = nothing.replace("Nothing is", "Nothing there is", 1)
        print(f"{nothing}. Wrote an empty review report to {written}.")
    else:
        print(f"Wrote the review report on {count} to {written}.")
    if waiting:
        from editor_app.core.review.report import drafts_not_reported

        print(f"{drafts_not_reported(waiting)}.")
    return EXIT_OK


_REVIEW_ACTIONS = {
    "queue": _review_queue,
    "diff": _review_diff,
    "mark-reviewed": _review_mark,
    "versions": _review_versions,
    **review_notes.ACTIONS,
    **review_decide.ACTIONS,
    **review_suggest.ACTIONS,
    "report": _review_report,
}


def cmd_review(args: argparse.Namespace) -> int:
    """The review workflow: queue, what changed, notes, approve / send back, report.

    The same core calls as the window's review screen. Exit 0 when done, 2 when the action
    cannot run (nothing is changed then).
    """
    try:  # titles and notes quote the page's own characters: never fail on a narrow console
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass
    try:
        return _REVIEW_ACTIONS[args.review_command](args)
    except _Refused as exc:
        return fail(str(exc))
