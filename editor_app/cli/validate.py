"""`editor-app validate`: check documents or whole sites against the schema."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor_app.cli.common import EXIT_OK, EXIT_PROBLEMS, fail, format_option


def register(sub: argparse._SubParsersAction) -> None:
    """Add the validate command to the parser."""
    p = sub.add_parser(
        "validate",
        help="check documents or a whole site against the schema",
        description="Check PATH (a site's folder, or pages in one) against the schema and the "
        "site's rules, and print each problem with its page and line. Exit 0 when no error is "
        "found (warnings and suggestions leave it 0 unless --strict), 1 when there are errors "
        "(with --strict: any problem), 2 when it cannot run (no such file, a folder that is "
        "no site, a folder holding no page to check; said why, in one line). A page in no "
        "site is checked alone, and a note says the checks that need a site did not run. "
        "JSON gives each problem's path from its site's root and the site's folder (site).",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="a site folder, or files in one")
    format_option(p)
    p.add_argument(
        "--no-content",
        dest="content",
        action="store_false",
        help="leave out the content checks (sections, alt text, link text, reading level, "
        "house style), whose suggestions never change the exit code unless --strict",
    )
    # Kept for scripts written when the content checks had to be asked for.
    p.add_argument("--content", dest="content", action="store_true", help=argparse.SUPPRESS)
    p.add_argument(
        "--no-cache",
        dest="cache",
        action="store_false",
        help="check every page again, without the content checks' results remembered from "
        "the last check of the site (kept in your cache folder, never in the site)",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 on any problem, warnings and suggestions included",
    )
    p.set_defaults(func=cmd_validate, content=True, cache=True)


def cmd_validate(args: argparse.Namespace) -> int:
    """Check documents or whole sites; exit 0 (no error), 1 (errors) or 2 (cannot run)."""
    import json

    from editor_app.cli.progress import StderrProgress
    from editor_app.core.validate import ERROR, CannotValidate, validate_paths

    notes: list[str] = []
    checked: list[Path] = []
    by_site: dict[Path, list] = {}
    try:
        # A big site takes a while: say how far on stderr (a terminal only, wiped before the
        # problems are printed).
        with StderrProgress() as progress:
            problems = validate_paths(
                args.paths,
                notes,
                content=getattr(args, "content", True),
                cache=getattr(args, "cache", True),
                progress=progress.reporter,
                checked=checked,
                by_site=by_site,
            )
    except CannotValidate as exc:
        return fail(str(exc))
    # A mistyped or empty folder must not pass as "No problems found" (a CI run would too).
    for folder in _folders_with_no_page(args.paths, checked):
        return fail(f"no page to check in {folder} (it holds no page of the site)")
    # What could not be worked out is never silent, in JSON too (on stderr, which leaves the
    # JSON on stdout whole): a script checking the site would not learn of a broken schema.
    for note in notes:
        sys.stderr.write(f"editor-app: note: {note}\n")
    try:  # messages quote the page's own characters: never fail on a narrow console
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass
    # Each site's problems together, in the order the paths named the sites (one site: the
    # order `validate_paths` gives).
    found = [(root, p) for root, site_problems in by_site.items() for p in site_problems]
    if args.format == "json":
        # `path` stays from the site's root (scripts rely on it); `site` says which site, so
        # two sites' `index.md` are told apart.
        rows = [{**p.to_json(), "site": root.as_posix()} for root, p in found]
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_problems_text(_as_reached_from_here(found), len(set(checked))))
    if getattr(args, "strict", False):
        return EXIT_PROBLEMS if problems else EXIT_OK
    return EXIT_PROBLEMS if any(p.severity == ERROR for p in problems) else EXIT_OK


def _folders_with_no_page(paths: list[str], checked: list[Path]) -> list[str]:
    """The folders among `paths` that hold none of the pages `checked`."""
    pages = [Path(page).resolve() for page in checked]
    empty = []
    for raw in paths:
        folder = Path(raw).expanduser()
        if folder.is_dir():
            folder = folder.resolve()
            if not any(page.is_relative_to(folder) for page in pages):
                empty.append(raw)
    return empty


def _as_reached_from_here(found: list) -> list:
    """The problems of `found` (site root, problem) with each page's path as the reader
    reaches it from the folder they are in, when the site lies inside it
    (`mysite/_posts/a.md` for `validate mysite`): a path from the site's root (`_posts/a.md`)
    opened nothing there. With pages of two sites, one outside it is named in full: the two
    sites' `index.md` are not one page. JSON keeps paths from the root, beside the site."""
    import dataclasses
    import os

    here = Path.cwd()
    several_sites = len({root for root, _problem in found}) > 1
    shown = []
    for root, problem in found:
        page = Path(root) / problem.path
        path = problem.path
        if page.is_relative_to(here) and page != here:
            path = Path(os.path.relpath(page, here)).as_posix()
        elif several_sites:
            path = page.as_posix()
        if path != problem.path:
            problem = dataclasses.replace(problem, path=path)
        shown.append(problem)
    return shown


def _problems_text(problems: list, checked: int = 0) -> str:
    """Problems grouped by file, one indented line each, then a summary line saying how many
    of the `checked` pages have problems ("... in 44 of 1,012 pages.")."""
    if not problems:
        return f"No problems found in {_pages(checked)}.\n" if checked else "No problems found.\n"
    out: list[str] = []
    by_file: dict[str, list] = {}
    for p in problems:
        by_file.setdefault(p.path, []).append(p)
    line_width = max(len(f"line {p.line}") if p.line else 1 for p in problems)
    field_width = min(24, max(len(p.field or "") for p in problems))
    for path, items in by_file.items():
        out.append(path)
        for p in items:
            where = f"line {p.line}" if p.line else "-"
            out.append(
                f"  {where:<{line_width}}  {p.field or '':<{field_width}}  "
                f"{p.severity}: {p.message}"
            )
        out.append("")
    errors = sum(1 for p in problems if p.severity == "error")
    suggestions = sum(1 for p in problems if p.severity == "suggestion")
    warnings = len(problems) - errors - suggestions

    def count(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    files = len(by_file)
    if checked > files:
        where = f"{files:,} of {_pages(checked)}"
    elif checked > 1 and checked == files:
        where = f"all {_pages(checked)}"
    else:
        where = _pages(files)
    if suggestions:
        out.append(
            f"{count(errors, 'error')}, {count(warnings, 'warning')} and "
            f"{count(suggestions, 'suggestion')} in {where}."
        )
    else:
        out.append(f"{count(errors, 'error')} and {count(warnings, 'warning')} in {where}.")
    return "\n".join(out) + "\n"


def _pages(n: int) -> str:
    """'1 page', '1,012 pages'."""
    return f"{n:,} page{'' if n == 1 else 's'}"
