"""`editor-app rename-file PAGE --to-date`: a dated page file (a Jekyll post) renamed to the day
of its date field, the site's `{% post_url %}` links following (core/post_rename.py)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from editor_app.cli.common import (
    EXIT_OK,
    PAGE_HELP,
    cannot_read,
    fail,
    not_found,
    open_site,
    tolerant_stdout,
    warn_not_utf8_pages,
)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "rename-file",
        help="rename a dated page file (2024-01-02-slug.md) to the day of its date field",
        description="A dated page file takes its date field's day (the slug and extension "
        "kept). {% post_url %} and {% link %} tags (Hugo: ref, relref) naming it follow; "
        "so do links written as "
        "its address with the file name's old day (Jekyll publishes a post at its date field's "
        "day), and, for a page whose address is made from its file name, links to that "
        "address (Jekyll by the site's permalink settings; Hugo by its permalinks, url and "
        "slug; Eleventy by its permalink and the file's path). Pages that may still link to "
        "an old address another way are named, not changed; so are they where the address is "
        "not certain. A page the rename moves keeps its old address, so links from elsewhere "
        "still lead to it: added to its redirect_from (Jekyll with jekyll-redirect-from) or "
        "its aliases (Hugo), and said; --no-redirect leaves it out. "
        "Exit 0 when done (or nothing is to be done: the name has the day already, or there is "
        "no date field), 2 when it cannot be done (said why).",
    )
    p.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    # A new name given after PAGE (`rename-file old.md new.md`, as `mv` takes it) is refused
    # in words: argparse said only that --to-date was required.
    p.add_argument("new_name", nargs="?", help=argparse.SUPPRESS)
    p.add_argument(
        "--to-date",
        action="store_true",
        help="take the date field's day for the file name (slug kept); links to it follow; "
        "required, the one renaming rename-file does",
    )
    p.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")
    p.add_argument(
        "--no-redirect",
        action="store_true",
        help="do not add a moved page's old address to its redirect_from or aliases",
    )
    p.set_defaults(func=cmd_rename_file)


def cmd_rename_file(args: argparse.Namespace) -> int:
    """Rename PAGE to its date; print the new name and each page whose links changed.

    Exit 0 when done, or the dates agree already or there is no date field; 2 when it cannot
    be done (a name taken, a date field that is no date)."""
    from editor_app.core.post_rename import (
        CannotRename,
        NothingToRename,
        apply_rename,
        plan_rename_to_date,
    )
    from editor_app.core.safe_paths import is_inside
    from editor_app.core.site import SiteError

    tolerant_stdout()
    if args.new_name is not None:
        return fail(
            "rename-file renames PAGE to its date field's day, with --to-date "
            f"(editor-app rename-file --to-date {args.page}); it takes no new name: "
            "move the file yourself, then run editor-app validate to find the links to it"
        )
    if not args.to_date:
        return fail(
            f"give --to-date: rename-file renames PAGE to its date field's day "
            f"(editor-app rename-file --to-date {args.page}), the one renaming it does"
        )
    page = Path(args.page)
    if page.is_dir():
        # Said as render, set and review say it.
        return fail(cannot_read(args.page, "This is a folder, not a file"))
    if not page.exists():
        return fail(not_found(args.page))  # with the file perhaps meant
    if not page.is_file():
        # A pipe or a device: it is there ("no such file" sent the author looking for it).
        # The words set and render use for it.
        return fail(
            cannot_read(
                args.page,
                "it is not an ordinary file (a device, a pipe or a socket), so it is left alone",
            )
        )
    try:
        # No site at all: links would be looked for, and changed, in every Markdown file below.
        # The site is the one the page is named in, a link to a page elsewhere refused.
        site = open_site(page.absolute().parent)
        if not is_inside(page, site.root):
            return fail(
                f"{args.page}: it is a link to a file outside the site, so it is left alone; "
                "the file was not renamed"
            )
        plan = plan_rename_to_date(site, page, keep_old_address=not args.no_redirect)
        # Each page the rename edits (its links, its old address) that is not saved as UTF-8
        # keeps its encoding: said as `set` and `rename` say it, before it is written.
        then = "would be" if args.dry_run else "is"
        warn_not_utf8_pages(
            sorted(plan.pages),
            lambda path: Path(os.path.relpath(path, site.root)).as_posix(),
            f"The change {then} written in that encoding too",
        )
        if not args.dry_run:
            apply_rename(plan, site.root, site)
    except NothingToRename as exc:
        # Nothing to do is done: a script renaming every post goes on past the ones in order
        # (named with their date field's day, or with no date field: the name's day is theirs).
        print(f"{exc} Nothing to rename.")
        return EXIT_OK
    except (SiteError, CannotRename) as exc:
        return fail(str(exc))
    root = Path(site.root).resolve()

    def shown(path: Path) -> str:
        return (
            (plan.new if path == plan.old and not args.dry_run else path)
            .relative_to(root)
            .as_posix()
        )

    for changed in sorted(plan.pages):
        print(f"{'links to change' if args.dry_run else 'links changed'}: {shown(changed)}")
    for linking in sorted(plan.still_linking):
        # Written another way than the address worked out: the author looks at them.
        print(f"may still link to {plan.address.old if plan.address else 'it'}: {shown(linking)}")
    print(plan.summary(dry_run=args.dry_run))
    return EXIT_OK
