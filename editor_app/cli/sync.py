"""`editor-app sync`: share the site through its git server (same core as the window).

status | pull (Get latest) | push (Share my changes) | choices | choose | send | drafts | approve |
send-back | undo-send-back | note (a draft on its review branch).
Exit 0 when done, 1 when choices are waiting after Get latest, 2 when it could not run (not a
git copy, the server unreachable, access refused), with one plain line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from editor_app.cli import sync_review, sync_suggestions
from editor_app.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    fail,
    format_option,
    tolerant_stdout,
)

# What `--help` says of the exit codes, in the words of docs/SHARING.md.
EXIT_CODES_HELP = (
    "Exit codes: 0 done; 1 when choices are waiting after pull or push; 2 when it could not "
    "run (a folder not kept in git, the server unreachable, access refused), with one line on "
    "stderr. status --format json (or --json) prints its facts then too "
    '("state": "not_shared" outside git).'
)

SITE_OR_PAGE_HELP = (
    "the site's folder, any folder inside it, or a page of it (default: the folder you are in)"
)


def as_json(args: argparse.Namespace) -> bool:
    return args.format == "json"


def register(sub: argparse._SubParsersAction) -> None:
    """Add the sync command and its actions to the parser."""
    p = sub.add_parser(
        "sync",
        help="share the site through git: status, get latest (pull), share my changes (push)",
        description="Share the site with others through its git server, in plain words. "
        "Credentials are git's own (ssh agent, credential helper); nothing asks for a password.",
        epilog=EXIT_CODES_HELP,
    )
    actions = p.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    def site_arg(q: argparse.ArgumentParser) -> None:
        q.add_argument("site", metavar="SITE", nargs="?", default=".", help=SITE_OR_PAGE_HELP)

    def author_arg(q: argparse.ArgumentParser) -> None:
        q.add_argument(
            "--author", metavar="NAME", help="the name on the change (default: git's user.name)"
        )

    q = actions.add_parser(
        "status", help="where this copy stands, in plain words", epilog=EXIT_CODES_HELP
    )
    site_arg(q)
    q.add_argument(
        "--no-fetch", action="store_true", help="do not ask the server; say what is known here"
    )
    format_option(q)

    def email_arg(q: argparse.ArgumentParser) -> None:
        q.add_argument(
            "--email",
            metavar="ADDRESS",
            help="the e-mail on the change, so others can write to you (default: git's "
            "user.email, else the name alone)",
        )

    q = actions.add_parser("pull", help="Get latest: bring in others' changes, keeping yours")
    site_arg(q)
    author_arg(q)
    email_arg(q)
    q = actions.add_parser("push", help="Share my changes: commit the saved pages and send them")
    site_arg(q)
    q.add_argument("--message", "-m", metavar="M", help="the description of the change")
    author_arg(q)
    email_arg(q)
    q = actions.add_parser(
        "choices", help="places changed here and by others, waiting for a choice"
    )
    site_arg(q)
    format_option(q)
    q = actions.add_parser("choose", help="settle one: keep mine, keep theirs or keep both")
    q.add_argument("choice_id", metavar="ID", help="the id `choices` shows (or its start)")
    q.add_argument(
        "choice",
        metavar="CHOICE",
        choices=("mine", "theirs", "both"),
        help="mine: keep your version; theirs: keep the other one; both (a paragraph): keep "
        "yours, then theirs",
    )
    site_arg(q)
    sync_review.add_parsers(actions, site_arg, author_arg, email_arg)
    sync_suggestions.add_parsers(actions, site_arg, author_arg, email_arg)
    p.set_defaults(func=cmd_sync)


def cmd_sync(args: argparse.Namespace) -> int:
    from pathlib import Path

    from editor_app.core import sync

    tolerant_stdout()
    site = getattr(args, "site", None)
    if site is not None and Path(site).is_file():
        # A page given: its site, as `validate` or `review` take a page inside a site.
        args.site = str(Path(site).absolute().parent)
    elif site is not None and not Path(site).is_dir():
        what = "is not a folder" if Path(site).exists() else "no such folder"
        return fail(f"{site}: {what}.")
    try:
        return _ACTIONS[args.sync_command](args)
    except sync.GitError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"a file could not be read or written: {exc.strerror or exc}")


def _site(args: argparse.Namespace) -> str:
    from pathlib import Path

    from editor_app.core.site import Site, SiteError

    try:
        return str(Site.open(Path(args.site)).root)
    except (SiteError, OSError):
        return str(Path(args.site).resolve())


def _from_here(site: str) -> Callable[[str], str]:
    """A path the repository names (from its root: `docs/_posts/a.md`) as the reader reaches
    it from the folder they are in, when that is inside the repository (`_posts/a.md` in
    `docs/`); as the repository names it otherwise."""
    import os
    from pathlib import Path

    from editor_app.core import gitutil

    root = gitutil.repo_root(site)
    here = Path.cwd()
    if root is None or not here.is_relative_to(Path(root).resolve()):
        return lambda path: path

    def shown(path: str) -> str:
        return Path(os.path.relpath(Path(root).resolve() / path, here)).as_posix()

    return shown


def _status(args: argparse.Namespace) -> int:
    from editor_app.core import sync

    st = sync.status(_site(args), fetch=not args.no_fetch)
    if as_json(args):
        # A folder outside git too: the same shape (state "not_shared"), for scripts.
        print(json.dumps(st.to_json(), indent=2, ensure_ascii=False))
    if not st.is_git:
        return fail(sync.NOT_SHARED_TEXT)
    if as_json(args):
        return EXIT_OK
    print(st.message)
    shown = _from_here(_site(args))
    for title, paths in (
        ("Changed here, not shared yet:", st.pages_changed_here + st.other_files_changed_here),
        ("Never shared (the site's .gitignore leaves them out):", st.left_out),
        ("Changed by others (Get latest):", st.changed_by_others),
        ("Brought in by the last Get latest:", st.brought_in),
        ("Sent back to you (see the review notes):", st.sent_back),
        ("Changed since sent for review (send it again):", st.changed_since_sent),
        (
            "Sent for review:",
            [p for p in st.in_review if p not in {*st.sent_back, *st.changed_since_sent}],
        ),
    ):
        if paths:
            print(title)
            for path in paths:
                old = st.moved_from(path)
                print(f"  {shown(path)}" + (f" (moved from {shown(old)})" if old else ""))
    _print_choices(st.conflicts, shown)
    return EXIT_OK


def _print_choices(conflicts: list, shown: Callable[[str], str] = str) -> None:
    from editor_app.core import sync_conflicts

    if not conflicts:
        return
    print("Choices to make (editor-app sync choose ID CHOICE):")
    for c in conflicts:
        described = sync_conflicts.describe(c)
        if described.startswith(f"{c.path}: "):
            described = shown(c.path) + described[len(c.path) :]
        print(f"  {c.id}  {described}")
        mine, theirs = sync_conflicts.short_versions(
            sync_conflicts.kept_page_words(c, c.mine),
            sync_conflicts.kept_page_words(c, c.theirs),
        )
        # The side that removed it said so, not an empty line.
        mine = "(you removed it)" if c.removed_by == "here" else mine
        theirs = "(they removed it)" if c.removed_by == "others" else theirs
        print(f"      mine:   {mine}")
        print(f"      theirs: {theirs}")
        # A setting has no "both" (one value only): each says what it can be settled with.
        print(f"      choose: {' or '.join(c.choices)}")


def _email(args: argparse.Namespace) -> str | None:
    """`--email`, checked: a mistyped one is refused before anything is done."""
    from editor_app.core import sync

    problem = sync.email_problem(args.email or "")
    if problem:
        raise sync.SyncError(f"--email {args.email!r}: {problem[:1].lower()}{problem[1:]}")
    return (args.email or "").strip() or None


def _pull(args: argparse.Namespace) -> int:
    from editor_app.core import sync

    result = sync.pull(_site(args), args.author, _email(args))
    if result.offline:
        return fail(sync.OFFLINE_TEXT.lower())
    print(result.message)
    shown = _from_here(_site(args))
    moved_to = {new: old for old, new in result.page_moves.items()}
    for path in result.brought_in:
        if path in result.page_moves:
            continue  # said with its new name
        old = moved_to.get(path)
        print(f"  {shown(path)}" + (f" (moved from {shown(old)})" if old else ""))
    _print_choices(result.conflicts, shown)
    # Choices to make, or a damaged review record to repair: left for the person.
    return EXIT_PROBLEMS if result.conflicts or result.kept_aside else EXIT_OK


def _push(args: argparse.Namespace) -> int:
    from editor_app.core import sync

    site = _site(args)  # opened once: the push, the note on its name, the choices
    result = sync.push(site, args.message, args.author, email=_email(args))
    if result.offline or result.crowded or result.not_found:
        # Only the first letter made small: "saved here. Offline: ...", and the button
        # named as it reads ("Share my changes again"), not "saved here. offline: ...".
        message = result.message
        return fail(message[:1].lower() + message[1:])
    print(result.message)
    _say_login_name(site, args.author, result.commit)
    if result.choices:
        # Left out until chosen (waiting before, or come up as Share got the latest first):
        # listed with the command that makes them.
        _print_choices(result.choices, _from_here(site))
        return EXIT_PROBLEMS
    return EXIT_OK


def _say_login_name(site: str, author: str | None, commit: str | None) -> None:
    """A change signed with the computer's login name ("root") is said, with how to sign
    with one's own: nobody knows who "root" is in the site's history."""
    from editor_app.core import sync, sync_identity

    login = sync_identity.login_name_used(sync.open_repo(site), author) if commit else None
    if login:
        print(
            f"editor-app: note: shared under this computer's login name '{login}'; give "
            "--author NAME (and --email ADDRESS) to sign your changes",
            file=sys.stderr,
        )


def _choices(args: argparse.Namespace) -> int:
    from editor_app.core import sync

    st = sync.status(_site(args), fetch=False)
    if as_json(args):
        print(json.dumps([c.to_json() for c in st.conflicts], indent=2, ensure_ascii=False))
    elif st.conflicts:
        _print_choices(st.conflicts, _from_here(_site(args)))
    else:
        print("No choice waiting.")
    return EXIT_OK


def _choose(args: argparse.Namespace) -> int:
    from editor_app.core import sync, sync_conflicts

    repo = sync.open_repo(_site(args))
    waiting = [c.id for c in sync_conflicts.load(repo)]
    matching = [i for i in waiting if i.startswith(args.choice_id)]
    if not matching:
        # "That choice is not waiting any more" for a mistyped ID sent people looking for
        # a choice settled elsewhere.
        listed = "; editor-app sync choices lists them" if waiting else ""
        return fail(
            f"no choice waiting has the ID {args.choice_id!r} "
            f"({len(waiting) or 'no'} choice{'' if len(waiting) == 1 else 's'} waiting{listed})"
        )
    if len(matching) > 1 and args.choice_id not in matching:
        return fail(
            f"{args.choice_id!r} starts the IDs of {len(matching)} choices "
            f"({', '.join(matching)}): give more of the ID"
        )
    c = sync_conflicts.resolve(repo, args.choice_id, args.choice)
    if c.extra.get("kept_as"):  # two pictures of one name, both kept
        print(f"{sync_conflicts.kept_both_words(c)} Share my changes to send both.")
        return EXIT_OK
    # Their version is already the shared one: only a choice of mine (or both) is news to send.
    after = "" if args.choice == "theirs" else " Share my changes to send it."
    if args.choice != "theirs" and not sync_conflicts.shared_from_app(repo, c):
        after = f" {sync_conflicts.KEPT_HERE_ONLY}"
    shown = _from_here(_site(args))
    print(f"{sync_conflicts.CHOICE_WORDS[args.choice]}: {shown(c.path)} ({c.where}).{after}")
    return EXIT_OK


def _on_draft(act: Callable[[argparse.Namespace, str, str | None], int]) -> Callable:
    """A command on a draft, given its site and the checked `--email`; what it refuses
    (`review.ReviewError`: no such note, a record that cannot be read…) said in one line."""

    def run(args: argparse.Namespace) -> int:
        from editor_app.core import review

        try:
            return act(args, _site(args), _email(args))
        except review.ReviewError as exc:
            return fail(str(exc))

    return run


_ACTIONS = {
    "status": _status,
    "pull": _pull,
    "push": _push,
    "choices": _choices,
    "choose": _choose,
    # Sending for review and the drafts waiting (cli/sync_review), with this site and --email.
    "send": lambda args: sync_review.send(args, _site, _email),
    "drafts": lambda args: sync_review.drafts(args, _site(args), as_json(args)),
    "approve": _on_draft(sync_review.approve),
    # On a draft where it waits (cli/sync_suggestions), signed with --author and --email.
    **{name: _on_draft(act) for name, act in sync_suggestions.ACTIONS.items()},
}
