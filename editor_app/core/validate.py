"""Validation: one rule engine behind the Validate button and `editor-app validate`.

Every rule turns what it finds into a `Problem` with a stable code (see docs/VALIDATION.md), a
1-based line in the file, the field concerned, and a message a non-technical author can act on.
The rules live in `core/checks/`, one module per family, in a registry (`checks/registry.py`);
this module reads the files and runs the registry on each.

Severity follows one principle: an *error* is something that will break the site or is certainly
wrong; a *warning* is something an editor would want to look at, or a judgement drawn from what
the rest of the site does (an inferred schema can be wrong, and a site folder may hold only part
of the real site); a *suggestion* is a content check (is the page good?), never a failure unless
`validate --strict`. The content checks run by default (`content=False`, or `validate
--no-content`, leaves them out); a whole-site check remembers those that read only the page
in the user's cache folder (`checks/content_cache.py`; `cache=False`, or `--no-cache`, skips it).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from editor_app.core import safe_paths
from editor_app.core.checks import CODES, ERROR, SUGGESTION, WARNING, Problem, sort_key
from editor_app.core.checks.content_cache import ContentCache
from editor_app.core.checks.context import Context, context_for, schema_for
from editor_app.core.checks.page import Page, bad_byte_line, decode, make_page, read_file
from editor_app.core.checks.registry import Rule, register, run_page
from editor_app.core.checks.unknown_tags import tags_not_all_known_note
from editor_app.core.site import SITE_SETTINGS_FILES, Site, SiteError
from editor_app.core.site_index import collector_paused

Progress = Callable[[int, int], None]

# Problems with the file itself, found before any rule runs ("reading" is the reading-level
# rule's name: registered under it, these codes were never listed in CODES).
register(Rule("files", {"unreadable": ERROR, "binary-file": ERROR}))

BINARY_FILE = (
    "This file holds binary data, not text (it contains zero bytes, which text never does), "
    "so it cannot be checked or shown as a page. A picture or a document from another "
    "program needs its own file ending (such as .png or .pdf); a page must be saved as text."
)


def _binary_file(rel: str, text: str) -> Problem | None:
    """One plain problem for a file holding zero bytes, which no rule could read as a page."""
    if "\x00" not in text:
        return None
    line = text.count("\n", 0, text.index("\x00")) + 1
    return Problem(rel, line, None, ERROR, "binary-file", BINARY_FILE)


def validate_document(
    doc: Any, site: Site | None = None, schema: Any = None, content: bool = True
) -> list[Problem]:
    """Problems in one open document (its current text), given a prebuilt site and schema;
    the content checks' suggestions too, unless `content` is False.

    Cheap enough to run after each pause in typing: the site facts are computed once and
    reused until the index or the schema changes.
    """
    if schema is None and site is not None:
        schema = schema_for(site)
    ctx = context_for(site, schema)
    page = _page_of_document(doc, site, ctx)
    binary = _binary_file(page.rel, page.text)
    if binary is not None:
        return [binary]
    return sorted(run_page(page, ctx, content), key=sort_key)


def _page_of_document(doc: Any, site: Site | None, ctx: Context) -> Page:
    """An open document's current text as the rules see it (also the window's checklist)."""
    path = getattr(doc, "path", None)
    path = Path(path) if path is not None else None
    if path is not None and site is not None:
        # A relative path is the user's, from the current folder (Document.load("x.md")),
        # when there is such a file there; else from the site's folder.
        abs_path = path
        if not path.is_absolute() and not path.exists():
            abs_path = site.root / path
        abs_path = abs_path.resolve()
        rel = ctx.rel(abs_path)
        collection = site.collection_of(abs_path)
        # The open document is the newest version: a clash is reported on it, not the other.
        mtime = float("inf")
        entry = site.entry(abs_path) if hasattr(site, "entry") else None
        own = entry.front_matter if entry is not None else None
    else:
        rel = path.name if path is not None else ""
        collection = None
        mtime = 0.0
        own = None
    text = doc.text
    data = None
    if getattr(doc, "error", None) is None and getattr(doc, "has_front_matter", False):
        data = doc.front_matter
    page = make_page(
        rel, abs_path if site is not None and path else path, collection, text, data, mtime
    )
    page.own = own
    field_line = getattr(doc, "field_line", None)
    if callable(field_line) and page.has_front_matter and not page.unclosed:
        page.line_of = field_line
    decode_error = getattr(doc, "decode_error", None)
    if decode_error:
        page.decode_error = str(decode_error)
        page.decode_error_line = bad_byte_line(getattr(doc, "original", b""))
    return page


def _page_for_entry(ctx: Context, entry: Any, raw: bytes | OSError | None = None) -> Page | Problem:
    """Read one indexed file (unless `raw` holds its bytes already) and split it, reusing the
    index's parsed front matter; or the very page the site's spelling made from these bytes."""
    ahead = ctx.words_ahead.pop(entry.path, None) if ctx.words_ahead else None
    if ahead is not None and ahead[0] is raw:  # made once, by `page_of_entry`, from these bytes
        return ahead[1]
    return page_of_entry(ctx.rel(entry.path), entry, raw)


def page_of_entry(rel: str, entry: Any, raw: bytes | OSError | None = None) -> Page | Problem:
    """One indexed file as the check reads it: read (unless `raw` holds its bytes or the read
    error), decoded and split, with the index's parsed front matter; or a one-line problem."""
    try:
        if raw is None:
            raw = read_file(entry.path)
        elif isinstance(raw, OSError):
            raise raw
    except OSError as exc:
        return Problem(
            rel, None, None, ERROR, "unreadable", f"The file cannot be read: {exc.strerror or exc}."
        )
    text, decode_error, bad_line = decode(raw)
    # (a zero character is read from zero bytes only, in any encoding: most files have none,
    # found at once in the bytes, where a wide text is searched for it slowly)
    binary = _binary_file(rel, text) if b"\x00" in raw else None
    if binary is not None:
        return binary
    # The index parsed the header already; parse again only to explain an error.
    data = entry.front_matter if entry.error is None and decode_error is None else None
    if data is not None and not data:
        data = None  # empty or no header: cheap to look again, and tells the cases apart
    page = make_page(rel, entry.path, entry.collection, text, data, entry.mtime)
    page.own = entry.front_matter
    if decode_error:
        page.decode_error = decode_error
        page.decode_error_line = bad_line
    return page


def page_made_ahead(ctx: Context, entry: Any, lent: bytes | None) -> Page | None:
    """For a site-wide fact that reads every page: the page the check reads for the indexed
    file `entry` when there is one to share, the page being checked (`ctx.checking`) or one
    made here from the bytes the index `lent` and left in `ctx.words_ahead` for its check to
    take over. None when the fact is to read the file its own way: no bytes lent, a binary
    file, a page the check cannot decode or whose header the index read and the check does
    not (the facts go by the index's header).

    A page whose header cannot be read is shared: the check parses its header again, as a
    fact reading the file itself would (the index keeps no header for it)."""
    if entry.error is not None and entry.front_matter:
        return None
    checking = ctx.checking
    if checking is not None and checking.path == entry.path and not checking.decode_error:
        return checking
    if not lent:
        return None
    ahead = ctx.words_ahead.get(entry.path)
    if ahead is not None and ahead[0] is lent:
        return ahead[1]
    page = page_of_entry(ctx.rel(entry.path), entry, lent)
    if isinstance(page, Problem) or page.decode_error:
        return None
    ctx.words_ahead[entry.path] = (lent, page)
    return page


def validate_site(
    site: Site,
    schema: Any = None,
    progress: Progress | None = None,
    only: Iterable[Path] | None = None,
    content: bool = True,
    cache: bool = True,
) -> list[Problem]:
    """Problems in every document of the site (or only the files in `only`), sorted by file;
    the content checks' suggestions too, unless `content` is False. A whole-site check reads
    and then updates the remembered content checks (`checks/content_cache.py`) unless `cache`
    is False."""
    with collector_paused():  # many objects, no cycles: see site_index.collector_paused
        problems = _check_site(site, schema, progress, only, content, cache)
    problems.sort(key=sort_key)
    return problems


def _check_site(
    site: Site,
    schema: Any,
    progress: Progress | None,
    only: Iterable[Path] | None,
    content: bool,
    cache: bool = True,
) -> list[Problem]:
    # The index hands over the bytes it read building itself (now or earlier, before the
    # schema was inferred): each file is then read once, not twice.
    entries = site.entries()
    take = getattr(site, "take_read_bytes", None)
    raw: dict[Path, bytes] = take() if callable(take) else {}
    if schema is None:
        schema = schema_for(site)
    ctx = context_for(site, schema)
    chosen = entries
    if only is not None:
        wanted = {Path(p).resolve() for p in only}
        chosen = [e for e in entries if e.path in wanted]
    total = len(chosen)
    step = max(1, total // 100)
    problems: list[Problem] = []
    done = 0
    # The files are read here, one by one: a helper thread reading ahead was slower (each
    # read hands the interpreter lock back and forth between the two threads), on a shared
    # 2-core machine 0.73 s against 0.51 s for 10,000 documents.
    ctx.raw_bytes = raw
    remembered = ContentCache.open(ctx, raw) if cache and content and only is None else None
    try:
        for entry in chosen:
            lent = raw.pop(entry.path, None)
            page = _page_for_entry(ctx, entry, lent)
            if isinstance(page, Problem):
                problems.append(page)
            else:
                # (site-wide facts its check asks for read it as it is; one the index had no
                # bytes of, they read from the file, as for the pages not checked yet)
                ctx.checking = page if isinstance(lent, bytes) and lent else None
                problems.extend(run_page(page, ctx, content, remembered))
            done += 1
            if progress is not None and (done % step == 0 or done == total):
                progress(done, total)  # may raise to stop (the window's Stop button)
        if remembered is not None:
            remembered.save(ctx)  # only after a whole check: a stopped one keeps the old file
    finally:
        ctx.raw_bytes = {}
        ctx.words_ahead = {}
        ctx.checking = None
    return problems


_NO_SITE_NOTE = (
    "no site found around the pages in {folder} (no site's settings file there or above: "
    + SITE_SETTINGS_FILES
    + "), so each page was checked alone: "
    "the checks that need the site (links and pictures, fields its other pages share, the "
    "generator's own rules) did not run."
)

PAGE_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".html", ".htm", ".txt"})


class CannotValidate(Exception):
    """The paths given cannot be validated (missing, unreadable, not a site)."""


def validate_paths(
    paths: Sequence[str | os.PathLike[str]],
    notes: list[str] | None = None,
    content: bool = True,
    cache: bool = True,
    progress: Callable[[str], Progress] | None = None,
    checked: list[Path] | None = None,
    by_site: dict[Path, list[Problem]] | None = None,
) -> list[Problem]:
    """Problems for the command line: each path a site folder, a folder in one, or files
    (`cache`: as `validate_site`'s). `progress`, when given, makes a `progress(done, total)`
    callback for each step by its name ("Reading pages", "Checking pages"); `checked`, when
    given, receives each page checked (a page named twice, twice); `by_site`, when given,
    receives each site's root (resolved) and its problems, sorted, in the order the paths
    named the sites (a problem's path is from its site's root: two sites may share one).

    Raises `CannotValidate` when a path is missing or unreadable. `notes`, when given, receives
    what each site could not work out (`Site.notes`: links skipped, folders unreadable, ...).
    """
    if not paths:
        raise CannotValidate("no path given.")
    groups: dict[Path, tuple[Site, list[Path] | None]] = {}
    for raw in paths:
        p = Path(raw).expanduser()
        if not safe_paths.exists(p):  # a too-long or NUL-holding argument is simply missing
            if any("\udc80" <= c <= "\udcff" for c in str(p)) and os.path.lexists(p):
                # There, but named with bytes that are no text (not UTF-8): say so.
                raise CannotValidate(
                    f"{os.fsencode(p).decode('utf-8', 'replace')}: the name holds characters "
                    "that are not text (not "
                    "UTF-8), which the site's tools cannot read; rename it."
                )
            from editor_app.core.tool_support import not_there

            raise CannotValidate(not_there(str(raw)))
        if not os.access(p, os.R_OK):
            raise CannotValidate(f"{raw}: cannot be read (permission denied).")
        if p.is_file() and p.suffix.lower() not in PAGE_SUFFIXES:
            raise CannotValidate(f"{raw}: not a page (a Markdown or HTML file).")
        if os.path.islink(p) and p.is_file():
            _refuse_link_out_of_its_site(raw, p)
        p = p.resolve()
        try:
            site = Site.open(p)
        except SiteError as exc:
            raise CannotValidate(str(exc)) from exc
        key = site.root.resolve()
        if key not in groups:
            groups[key] = (site, [])
        site, wanted = groups[key]
        if wanted is None:
            continue  # already the whole site
        if p.is_dir() and p == key:
            groups[key] = (site, None)
        elif p.is_dir():
            wanted.append(p)
        else:
            wanted.append(p)
    reading = progress("Reading pages") if progress is not None else None
    checking = progress("Checking pages") if progress is not None else None
    problems: list[Problem] = []
    told_no_site = False
    for root, (site, wanted) in groups.items():
        found: list[Problem] = []
        if by_site is not None:
            by_site[root] = found
        no_site = site.no_site_message()
        if no_site is not None and wanted is None:
            raise CannotValidate(no_site)  # said before a walk of everything below it
        if no_site is not None and notes is not None and not told_no_site:
            # Pages in no site get the checks a page alone allows; what a CI run is not told
            # would pass as checked.
            told_no_site = True
            notes.append(_NO_SITE_NOTE.format(folder=site.root))
        if wanted is None:
            if not site.entries(progress=reading):  # never "no problems" for a non-site
                raise CannotValidate(site.no_pages_message())
            found.extend(validate_site(site, progress=checking, content=content, cache=cache))
            problems.extend(found)
            if checked is not None:
                checked.extend(e.path for e in site.entries())
            continue
        entries = {e.path: e for e in site.entries(progress=reading)}
        files: list[Path] = []
        for p in wanted:
            if p.is_dir():
                files.extend(e for e in entries if e.is_relative_to(p))
            else:
                files.append(p)
        indexed = [f for f in files if f in entries]
        found.extend(validate_site(site, progress=checking, only=indexed, content=content))
        for f in files:
            if f not in entries:
                found.extend(_validate_loose_file(site, f, content))
        found.sort(key=sort_key)
        problems.extend(found)
        if checked is not None:
            checked.extend(files)
    if notes is not None:
        for site, wanted in groups.values():
            # Some pages checked: the files skipped elsewhere in the site are not theirs.
            said = site.notes_within(wanted) if wanted is not None else site.notes
            broken = broken_schema_note(site)
            said = [*said, broken] if broken is not None else said
            notes.extend(n for n in check_notes(site, said, schema_for(site)) if n not in notes)
    problems.sort(key=sort_key)
    return problems


def _refuse_link_out_of_its_site(raw: str | os.PathLike[str], link: Path) -> None:
    """A page named by a link leading out of the site holding the link: skipped by the site's
    walk, so not checked here either, said in one line (followed, it was checked as a page
    in no site, with a note about the folder it leads to)."""
    try:
        site = Site.open(link.absolute().parent.resolve())
    except SiteError:
        return
    if site.no_site_message() is None and not safe_paths.is_inside(link, Path(site.root)):
        raise CannotValidate(
            f"{raw}: it is a link to a file outside the site, so it is not checked (the site "
            "skips it too)."
        )


CHECKED_INSTEAD = "the pages were checked against fields worked out from them"


def broken_schema_note(site: Site, instead: str = CHECKED_INSTEAD) -> str | None:
    """What a `_schema.yml` that cannot be read means, in plain words (`instead`: what was
    done without it, e.g. the pages checked against fields worked out from them); None when
    there is none or it reads. The file's own rules were otherwise left out without a word
    (by `validate`, and by `new`, which makes the page from the inferred fields)."""
    error = getattr(schema_for(site), "error", None)
    if error is None:
        return None
    from editor_app.core.schema_model import SCHEMA_FILE

    where = f", line {error.line}" if error.line else ""
    return (
        f"{SCHEMA_FILE}{where}: {error.message.rstrip('.')}; its fields and rules are not used "
        f"until it is fixed: {instead}"
    )


def check_notes(site: Site, said: Iterable[str], schema: Any) -> list[str]:
    """What a Check of `site` tells beside its problems: `said` (the notes the caller holds:
    the site's, those of some pages of it, or its schema's), then, once, what Check cannot
    judge on the site (shortcodes or tags not all known), as the check itself decided it
    with `schema` (the one in force)."""
    notes = list(said)
    tags = tags_not_all_known_note(context_for(site, schema))
    if tags is not None and tags not in notes:
        notes.append(tags)
    return notes


def _validate_loose_file(site: Site, path: Path, content: bool = True) -> list[Problem]:
    """A file given by name that the index does not hold (e.g. outside the collections)."""
    schema = schema_for(site)
    ctx = context_for(site, schema)
    try:
        raw = read_file(path)
    except OSError as exc:
        raise CannotValidate(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    text, decode_error, bad_line = decode(raw)
    binary = _binary_file(ctx.rel(path), text)
    if binary is not None:
        return [binary]
    page = make_page(ctx.rel(path), path, site.collection_of(path), text, None, 0.0)
    if decode_error:
        page.decode_error = decode_error
        page.decode_error_line = bad_line
    return run_page(page, ctx, content)


__all__ = [
    "CODES",
    "ERROR",
    "SUGGESTION",
    "WARNING",
    "CannotValidate",
    "Problem",
    "sort_key",
    "validate_document",
    "validate_paths",
    "validate_site",
]
