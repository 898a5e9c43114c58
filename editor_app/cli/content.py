"""Commands on the content: `render`, `set`, `schema`, `new`, `rename`."""

from __future__ import annotations

import argparse
import sys

from editor_app.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    PAGE_HELP,
    SITE_HELP,
    cannot_read,
    fail,
    in_plain_words,
    open_site,
    warn_not_utf8,
    warn_not_utf8_pages,
)
from editor_app.cli.content_new import register_new
from editor_app.cli.content_set import _not_a_page, cmd_set


def register(sub: argparse._SubParsersAction) -> None:
    """Add the content commands to the parser."""
    p = sub.add_parser(
        "render",
        help="print the preview page of a document (sanitised: safe to open)",
        description="Print FILE's preview page as the window shows it, sanitised (safe to "
        "open), or with --body only the site's renderer's HTML of its text. Exit 0 when "
        "printed (a page not saved as UTF-8 is warned of on stderr), 2 when it cannot be "
        "(no such file, not a page; said why, in one line).",
    )
    p.add_argument("file", metavar="FILE", help=PAGE_HELP)
    p.add_argument(
        "--body",
        action="store_true",
        help="print only the renderer's raw HTML of the body, NOT sanitised (for comparing "
        "with the site's own renderer; never open it in a browser)",
    )
    p.add_argument(
        "--engine",
        choices=("kramdown", "markdown-it", "goldmark"),
        help="render with this engine instead of the site's own (Jekyll: kramdown, "
        "Eleventy: markdown-it, Hugo: goldmark)",
    )
    p.set_defaults(func=cmd_render)

    p = sub.add_parser(
        "set",
        help="set front-matter fields, changing only their lines",
        description="Set (FIELD=VALUE) or take away (--remove FIELD) fields of one page's "
        "settings; only those fields' lines change, the rest of the file stays byte for byte. "
        "A value its field cannot have (order=abc where order holds numbers) is refused, as "
        "rename refuses it, unless --anyway. Exit 0 when written (warnings of a slip, or of a "
        "page not saved as UTF-8, on stderr), 1 when written with --anyway but a value is not one the field can have, 2 "
        "when nothing was changed (said why, in one line).",
    )
    p.add_argument("file", metavar="FILE", help=PAGE_HELP)
    p.add_argument(
        "assignments",
        nargs="*",
        metavar="FIELD=VALUE",
        help="VALUE is read as a YAML scalar or flow list, e.g. topics=[Justice, Health]; "
        "for a text field (text in the schema, or text now), a VALUE YAML cannot read as "
        "written is that text, e.g. 'title=AI in education: new' (written quoted), and so "
        "are yes, no, #1 and - x; a VALUE of several lines is text, kept line for line "
        "(refused for a field that is not text); "
        "FIELD may be a field inside a group, e.g. params.returnType=int",
    )
    p.add_argument(
        "--remove",
        action="append",
        default=[],
        metavar="FIELD",
        help="take FIELD away from the page (its lines only, as the window's form does; "
        "repeat for several); a field inside a group too, e.g. --remove params.x (a group "
        "left with no field goes too); "
        "a field the site requires is then said, as Check says it",
    )
    p.add_argument(
        "--anyway",
        action="store_true",
        help="write a value its field cannot have all the same (order=abc where order holds "
        "numbers: refused otherwise, as rename refuses it); it is then said, exit 1",
    )
    p.set_defaults(func=cmd_set)

    p = sub.add_parser(
        "schema",
        help="print the schema in force (declared or inferred) as YAML",
        description="Print the fields of each collection of the site as YAML: its _schema.yml "
        "when it has one, else the fields its pages use (save the output as _schema.yml to "
        "declare them). Exit 0 when printed, 2 when it cannot be (no site there, an "
        "_schema.yml that cannot be read; said why, in one line).",
    )
    p.add_argument("site", metavar="SITE", nargs="?", default=".", help=SITE_HELP)
    p.set_defaults(func=cmd_schema)

    register_new(sub)

    p = sub.add_parser(
        "rename",
        help="rename or merge a value across the site",
        description="Every page whose FIELD is OLD, or lists OLD, gets NEW instead (merged when "
        "it lists NEW already); only that field's lines change. The files changed are listed "
        "on stdout, a count and notes (values differing only in capitals, left as they are) on "
        "stderr. Exit 0 when done, 1 when some files could not be changed (listed), 2 when "
        "nothing was changed: a wrong command line, or a NEW the field cannot have (a word "
        "for a number, a date or true/false).",
    )
    p.add_argument(
        "field",
        metavar="FIELD",
        help="the field holding the value, e.g. topics; a field inside a group: params.x",
    )
    p.add_argument("old", metavar="OLD", help="the value as the pages have it now")
    p.add_argument(
        "new", metavar="NEW", help="the value to put instead (one already used: the two merge)"
    )
    p.add_argument("site", metavar="SITE", nargs="?", default=".", help=SITE_HELP)
    p.add_argument("--dry-run", action="store_true", help="list what would change, change nothing")
    p.add_argument(
        "--target", action="store_true", help="also rename the related document's own title"
    )
    p.set_defaults(func=cmd_rename)


def cmd_render(args: argparse.Namespace) -> int:
    """Print the preview page (or with --body only the rendered body) of FILE."""
    from pathlib import Path

    from editor_app.core.document import Document
    from editor_app.core.render import Renderer
    from editor_app.core.site import Site, SiteError

    path = Path(args.file)
    if _not_a_page(args.file):
        return fail(f"{args.file}: not a page (a Markdown or HTML file), so it has no preview")
    try:
        doc = Document.load(path)
    except OSError as exc:
        return fail(cannot_read(args.file, exc))
    if doc.not_text_reason is not None:
        return fail(f"{args.file}: {doc.not_text_reason}, so it has no preview")
    if doc.decode_error:
        warn_not_utf8(args.file, doc, "The preview shows its text as read that way")
    try:
        site = Site.open(path)
    except (SiteError, OSError):
        site = None  # a loose file still renders; only site links stay unresolved
    renderer = Renderer(site, engine=args.engine)
    if args.body:
        sys.stdout.write(renderer.page_body_html(doc))
        return EXIT_OK
    schema = None
    if site is not None:
        try:
            from editor_app.core.schema import load_schema

            schema = load_schema(site)
        except Exception:  # noqa: BLE001 (the page still renders without the schema)
            schema = None
    sys.stdout.write(renderer.render_page(doc, schema))
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the schema in force (declared `_schema.yml`, or inferred) in the declared format."""
    from editor_app.cli.progress import StderrProgress
    from editor_app.core.checks.sections import inferred_section_notes
    from editor_app.core.schema import SCHEMA_FILE, load_schema
    from editor_app.core.schema_declare import schema_to_declare
    from editor_app.core.site import SiteError

    try:
        site = open_site(args.site)
    except SiteError as exc:
        return fail(str(exc))
    # A huge folder takes a while: say how far on stderr (a terminal only), and wipe that
    # line before anything is printed.
    with StderrProgress() as progress:
        entries = site.entries(progress=progress.reporter("Reading pages"))
        if entries:
            progress.step("Working out the fields")
            schema = load_schema(site)
            # `editor-app schema > _schema.yml` empties the file before it is read: an empty
            # file declares nothing, so the inferred schema (in force meanwhile) is printed.
            if schema.error is not None and _blank_file(site.root / SCHEMA_FILE):
                said = f"{schema.error} The fields were inferred"
                schema.notes = [n for n in schema.notes if not n.startswith(said)]
                schema.error = None
            if schema.error is None:
                progress.step("Checking what declaring it would change")
                text = schema_to_declare(site, schema)
                progress.step("Finding the sections pages share")
                notes = inferred_section_notes(site, schema)
    if not entries:
        return fail(site.no_pages_message())
    if schema.error is not None:
        # Printing the inferred schema here would hide the broken file from its owner.
        where = f", line {schema.error.line}" if schema.error.line else ""
        return fail(f"{site.root / SCHEMA_FILE}{where}: {schema.error.message}")
    sys.stdout.write(text)
    if notes:  # as YAML comments: the output stays a schema file to save
        sys.stdout.write(
            "\n# Sections most pages share (pages having each); declare them under a "
            "collection's `sections:` (docs/VALIDATION.md):\n"
        )
        sys.stdout.write("".join(f"#   {line}\n" for line in notes))
    return EXIT_OK


def _blank_file(path: object) -> bool:
    """A file that is there and holds nothing but white space."""
    from pathlib import Path

    try:
        return not Path(str(path)).read_bytes().strip()
    except OSError:
        return False


def _warn_relation_left(site: object, schema: object, field: str, old: str, new: str) -> None:
    """FIELD names pages of another collection by title, OLD is a page's title there and NEW
    is none: the renamed values would name no page (`--target` renames that page too).
    `schema`: the site's, worked out before the rename (it could tell the relation no more
    once the pages hold the new value)."""
    import os

    from editor_app.core.schema import FILE_KEY
    kinds = {
        (f.collection, f.key == FILE_KEY)
        for cs in schema.collections.values()  # type: ignore[attr-defined]
        if (f := cs.field(field)) is not None and f.type == "relation" and f.collection
    }
    for kind, by_file in sorted(kinds):
        if by_file:
            # `related: beginners` names _articles/beginners.md by its file name.
            documents = site.documents(kind)  # type: ignore[attr-defined]
            named = {e.path.stem: e.path for e in documents}
        else:
            named = {
                e.title.strip(): e.path
                for e in site.documents(kind)  # type: ignore[attr-defined]
                if isinstance(e.title, str)
            }
        if old.strip() in named and new.strip() not in named:
            page = os.path.relpath(named[old.strip()], site.root)  # type: ignore[attr-defined]
            what = "named" if by_file else "titled"
            instead = "rename that file too" if by_file else "--target renames that page too"
            print(
                f"editor-app: warning: {page} is {what} {old!r} and no page there is {what} "
                f"{new!r}, so the changed pages would point to no page ({instead})",
                file=sys.stderr,
            )


def cmd_rename(args: argparse.Namespace) -> int:
    """Rename or merge a value across the site; print each changed (or would-change) file.

    Exit 0 when done, 1 when some files using the value could not be changed (named on
    stderr, left untouched), 2 on bad arguments.
    """
    import os

    from editor_app.core.rename_value import rename_value
    from editor_app.core.site import SiteError

    field = args.field.strip()
    # `"Health "`: spaces at the ends would be written, quoted, and match no topic page; `set`
    # drops them as YAML does, and OLD is matched without them.
    args.new = args.new.strip()
    # Each refusal says what to give instead: "NEW is empty" alone left it to be guessed.
    if not field:
        return fail("FIELD is empty: name the field holding the value, e.g. topics")
    if args.old.strip() == args.new:
        return fail(f"OLD and NEW are the same ({args.old!r}): there is nothing to rename")
    if not args.old.strip():
        # `rename subtitle "" x` changed the pages with `subtitle: ""` and left those with
        # `subtitle:` alone, which look the same in the form: empty is no value to rename.
        return fail(
            f"OLD is empty: give the value the pages have now (rename does not fill empty "
            f"fields; editor-app set PAGE {field}=VALUE fills one page's)"
        )
    if not args.new.strip():
        return fail(
            f"NEW is empty: give the value to put instead of {args.old!r} (rename does not "
            "take a value away)"
        )
    if "\n" in args.new or "\r" in args.new:
        # A value shared by pages (a topic, an author) is one line; it was written as given.
        return fail(
            f"NEW {args.new!r} holds a line break: rename puts one value in place of another; "
            "give it on one line (text of several lines goes into a page with set)"
        )
    if os.path.isfile(args.site):
        # `rename tags a b page.md` reads as that page alone; every page of its site changes.
        return fail(
            f"{args.site} is a file: rename changes every page of a site, so give the site's "
            f"folder (e.g. .); to change this page alone: editor-app set {args.site} "
            f"{field}=VALUE"
        )
    try:
        # `rename title A B ~` would rewrite any Markdown below
        site = open_site(args.site, one_site=True)
    except SiteError as exc:
        return fail(str(exc))
    if not site.entries():
        return fail(site.no_pages_message())  # not "changed 0 files": nothing is here
    from editor_app.core.rename_value import unfit_new_value
    from editor_app.core.schema import load_schema

    # Worked out once, before any page changes, for the value's check, --target's related
    # pages and the warning after: inferring it is most of a rename's time.
    schema = load_schema(site)
    unfit = unfit_new_value(site, field, args.new, schema=schema)
    if unfit is not None:
        # `rename order 1 first`: each page would get a value its field cannot have.
        return fail(f"{unfit}: nothing was changed")
    report = rename_value(
        site,
        field,
        args.old,
        args.new,
        dry_run=args.dry_run,
        rename_target=args.target,
        schema=schema,
    )
    def shown(path: object) -> str:
        try:
            return os.path.relpath(path)  # type: ignore[call-overload]
        except ValueError:  # another drive (Windows): the full path then
            return str(path)

    for path in report.files:
        print(shown(path))
    # A page not saved as UTF-8 keeps its encoding: said of each, as `set` says it.
    then = "would be" if args.dry_run else "is"
    warn_not_utf8_pages(report.files, shown, f"The new value {then} written in that encoding too")
    for note in report.notes:
        print(f"editor-app: note: {note}", file=sys.stderr)
    if report.files and not args.target:
        _warn_relation_left(site, schema, field, args.old, args.new)
    advice: dict[str, None] = {}
    for path, why in report.skipped:
        # Named as the changed files are, so that a script can match the two lists.
        why, said = in_plain_words(why)
        if said is not None:
            advice[said] = None
        print(f"editor-app: not changed: {shown(path)}: {why}", file=sys.stderr)
    for said in advice:  # once, not on every file refused
        print(f"editor-app: {said}", file=sys.stderr)
    verb = "would change" if args.dry_run else "changed"
    count = len(report.files)
    why = ""
    if not count and not report.skipped:
        # Most likely a slip in FIELD or OLD: say which, rather than a bare "0 files".
        names = {k for e in site.entries() for k in _field_names(e.front_matter or {})}
        import difflib

        from editor_app.core.tool_support import value_uses

        inside = sorted(n for n in names if n.startswith(field + "."))
        if field in names and inside:
            # `rename eleventyNavigation Blog News`: the value is in a field of the group.
            uses = {
                n: sum(u.count for u in value_uses(site, n) if u.text == args.old) for n in inside
            }
            example = max(inside, key=lambda n: uses[n])  # the field most pages hold it in
            why = f": {field} is a group of fields; name the one holding the value, e.g. {example}"
        elif field in names:
            why = f": no page has {args.old!r} in {field}"
            # `Healt` for `Health`: name the value meant (capitals alone are noted above).
            values = [use.text for use in value_uses(site, field)]
            near = difflib.get_close_matches(args.old, values, n=1, cutoff=0.8)
            if near and near[0].casefold() != args.old.strip().casefold():
                why += f"; did you mean {near[0]!r}?"
        else:
            # `topic` or `topik` for `topics`, `Author` for `author`: name the field meant.
            same = [n for n in sorted(names) if n.casefold() == field.casefold()]
            near = same or difflib.get_close_matches(field, sorted(names), n=1, cutoff=0.7)
            why = f": no page has a field called {field!r}"
            why += f"; did you mean {near[0]!r}?" if near else ""
    print(f"editor-app: {verb} {count} file{'s' if count != 1 else ''}{why}", file=sys.stderr)
    return EXIT_PROBLEMS if report.skipped else EXIT_OK


def _field_names(front_matter: dict, prefix: str = "") -> set[str]:
    """The page's field names, with the fields inside its groups as `params.x` (the name
    `rename` takes for them)."""
    names: set[str] = set()
    for key, value in front_matter.items():
        if not isinstance(key, str):
            continue
        names.add(prefix + key)
        if isinstance(value, dict):
            names |= _field_names(value, f"{prefix}{key}.")
    return names
