"""Hugo archetypes: a new page of a Hugo site starts as `hugo new content` would make it.

Which archetype (the section's or `--kind`'s, a file or a bundle's folder, the site's or its
theme's, else `default.md`): `core/archetype_find.py`. Its header keeps its own format (TOML
`+++` or YAML `---`) and key order, its body is kept, and its template is run as Hugo runs
it (`core/archetype_template.py`: `.Date`, `.Name`, `.File.*`, `.Section`, `.Type`, `.Lang`,
`.Site.Title`, `.Site.Params.x` for the page's language (`core/archetype_site.py`),
pipelines of the usual functions (`core/archetype_functions.py`), `if`, `with`, `range`,
variables).

Anything else (`.Params` (which `hugo new` refuses), a `.Site.Params` value printed that the
site does not set (Hugo writes `<no value>`), other functions) is not guessed at: a header
value holding one starts as any new page's would (empty, or the schema's default), a body
holding one starts empty, and a block that cannot be followed (its test not evaluated,
`define`, `template`...) makes the whole archetype fall back to the usual new page;
`ArchetypeStart.note` says so in one line.

A bundle archetype's `index.md` is made here like a file archetype; its other files are
`core/archetype_bundle.py`'s. A section's own page (`_index.md`) never comes from a bundle
archetype (`hugo new` takes the section's file archetype, else `default.md`). Nothing here
writes to disk.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor_app.core.archetype_find import (
    BUNDLE_INDEX,
    SECTION_INDEX,
    archetype_kinds,
    find_archetype,
    hugo_settings,
    is_bundle_archetype,
    is_section_page,
    section_of,
)
from editor_app.core.archetype_site import language_of, named_language, site_values
from editor_app.core.archetype_template import (
    NotEvaluated,
    PageContext,
    Rendered,
    evaluate,
    render,
)
from editor_app.core.document import Document
from editor_app.core.hugo_urlize import path_settings
from editor_app.core.schema_model import is_empty
from editor_app.core.site_walk import rel_text

_HEADER_KEY = re.compile(r"^([A-Za-z_][\w.-]*|\"[^\"]+\"|'[^']+')[ \t]*[:=]")


@dataclass
class ArchetypeStart:
    """How a new page starts from an archetype: `data` the page's bytes (None: the usual new
    page), `archetype` the file used, `note` one plain line on what was not filled in,
    `added` the keys added after the archetype's own (it lacked them)."""

    data: bytes | None = None
    archetype: Path | None = None
    note: str | None = None
    added: tuple[str, ...] = ()


# -- the new page ---------------------------------------------------------------------------


def _with_added(
    doc: Document,
    lacking: dict[str, Any],
    added_lines: Callable[[dict[str, Any]], list[str]] | None,
) -> Document:
    """`doc` with the keys of `lacking` added after its own: as `added_lines` writes them
    when they read back so, else one by one (`Document.set`)."""
    if not lacking:
        return doc
    text = doc.to_bytes().decode("utf-8")
    end = _header_lines(text)
    if added_lines is not None and doc.front_matter_format == "yaml" and end:
        lines = text.split("\n")
        tried = Document.from_text(
            "\n".join(lines[: end - 1] + added_lines(lacking) + lines[end - 1 :])
        )
        got = tried.front_matter if tried.error is None else {}
        if all(got.get(k) == v for k, v in lacking.items()) and len(got) == len(
            doc.front_matter
        ) + len(lacking):
            return tried
    for key, value in lacking.items():
        doc.set(key, value)
    return doc


def _header_lines(text: str) -> int:
    """How many lines the header takes, its fences included (0 without a header)."""
    lines = text.split("\n")
    fence = lines[0].strip() if lines else ""
    if fence not in ("---", "+++"):
        return 0
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() == fence:
            return i + 1
    return 0


def archetype_page(
    site: Any,
    collection: str,
    title: str,
    values: dict[str, Any],
    today: dt.date | None = None,
    path: Path | None = None,
    wins: dict[str, Any] | None = None,
    added_lines: Callable[[dict[str, Any]], list[str]] | None = None,
    kind: str | None = None,
) -> ArchetypeStart:
    """`archetype_start` for a page that will be `path` (else named from `title`; a bundle's
    `index.md` is named after its folder, as Hugo names it), made now (on `today` when
    given), of `kind` when given (`hugo new --kind`); `ArchetypeStart()` off Hugo sites."""
    if getattr(site, "generator", None) != "hugo":
        return ArchetypeStart()
    page = page_context(site, collection, title, today, path, kind)
    return archetype_start(site, collection, title, values, page, wins, added_lines)


def page_context(
    site: Any,
    collection: str,
    title: str,
    today: dt.date | None = None,
    path: Path | None = None,
    kind: str | None = None,
) -> PageContext:
    """What the archetype's template may ask about the page that will be `path` (else named
    from `title`; a bundle's `index.md` is named after its folder), made now (on `today`)."""
    section_page = False
    if path is None:
        from editor_app.core.new_page_path import slugify

        name, suffix = slugify(title), ".md"
        lang = language_of(site, Path(site.collections[collection].folder) / f"{name}.md")
    else:
        path = Path(path)
        name, suffix = path.stem, path.suffix or ".md"
        lang = language_of(site, path)
        section_page = is_section_page(path)
        if named_language(site, path) is not None:  # `x.fr.md`: Hugo's `.Name` is `x`
            name = name.rpartition(".")[0]
        if name in (Path(BUNDLE_INDEX).stem, SECTION_INDEX):  # named after its folder
            name = path.parent.name
    now = dt.datetime.now().astimezone().replace(microsecond=0)
    if today is not None:
        now = now.replace(year=today.year, month=today.month, day=today.day)
    section = section_of(site, collection)
    file = _from_content(site, path) if path is not None else None
    values = site_values(site, lang)
    paths = path_settings(hugo_settings(site))
    return PageContext(
        name, section, now, suffix, lang, values, kind, file, section_page,
        remove_path_accents=paths.remove_accents, path_to_lower=paths.to_lower,
    )  # fmt: skip


def _from_content(site: Any, path: Path) -> str | None:
    """`path` from the content folder holding it (`posts/sub/x.md`), as `.File.Path` is."""
    here = Path(path).resolve()
    layout = getattr(site, "layout", None)
    for base, _lang in getattr(layout, "content", None) or []:
        if here.is_relative_to(Path(base).resolve()):
            return here.relative_to(Path(base).resolve()).as_posix()
    return None


def archetype_start(
    site: Any,
    collection: str,
    title: str,
    values: dict[str, Any],
    page: PageContext,
    wins: dict[str, Any] | None = None,
    added_lines: Callable[[dict[str, Any]], list[str]] | None = None,
) -> ArchetypeStart:
    """A new page of `collection` from its archetype, when the site has one.

    `values`: what the page would start with otherwise (its title under the key holding
    `title`, the schema's defaults, today's date). The typed title always wins; `wins`
    (the folder's shared values, `lang: fr`) win over the archetype's; the archetype's other
    values win over `values`, which fill the archetype's empty values and are added after its
    keys when it lacks them (the schema's defaults, a draft mark), in a YAML header as
    `added_lines` writes them (the site's list style) when given. Returns `data=None` (with a `note`) when the
    archetype cannot be followed."""
    found = find_archetype(site, collection, page.kind, bundles=not page.section_page)
    if found is None:
        return ArchetypeStart()
    # A bundle (a folder per page): its `index.md` is the page; its other files are copied
    # beside it when the page is created (`core/archetype_bundle.py`).
    source_file = found / BUNDLE_INDEX if is_bundle_archetype(found) else found
    where = rel_text(source_file, Path(site.root))
    try:
        source = source_file.read_bytes().decode("utf-8")  # as written: CRLF lines kept
    except (OSError, UnicodeDecodeError):
        return ArchetypeStart(None, found, f"{where} could not be read; the new page starts "
                              "like the section's other pages")  # fmt: skip
    done = render(source, page)
    # The part that could not be followed, named (on one line, shortened) when known.
    named = " ".join((done.stopped_at or "").split())
    named = f" ({named[:57]}...)" if len(named) > 60 else f" ({named})" if named else ""
    fallback = ArchetypeStart(
        None, found,
        f"{where} uses template parts editor-app does not fill in{named}; the new page starts "
        "like the section's other pages",
    )  # fmt: skip
    if done.shaped:
        return fallback
    header_end = _header_lines(done.text)
    if done.left_out and not header_end and done.text.lstrip().startswith("{"):
        return fallback  # a JSON header: where it ends is not worked out here
    source_lines = done.text.split("\n")
    emptied: list[str] = []
    body_dropped = False
    for _bit, line in done.left_out:
        if line >= header_end:
            body_dropped = True
            continue
        match = _HEADER_KEY.match(source_lines[line]) if line < len(source_lines) else None
        if match is None:
            return fallback  # inside a nested value or a list: the structure is uncertain
        emptied.append(match.group(1).strip("\"'"))
    text = done.text
    if body_dropped:
        # The header, then one empty line, ending as the archetype's lines end (CRLF or LF).
        crlf = header_end and source_lines[header_end - 1].endswith("\r")
        text = "\n".join(source_lines[:header_end]) + (
            ("\n\r\n" if crlf else "\n\n") if header_end else ""
        )
    doc = Document.from_text(text)
    if doc.error is not None and not done.left_out:
        return ArchetypeStart(None, found, f"{where}: its settings cannot be read; the new page "
                              "starts like the section's other pages")  # fmt: skip
    if doc.error is not None:
        return fallback
    title_key = next((k for k, v in values.items() if v == title), "title")
    try:
        doc.set(title_key, title)
        for key, value in (wins or {}).items():
            doc.set(key, value)
        for key in emptied:
            if key in values and key != title_key:
                doc.set(key, values[key])
            elif key in doc.front_matter and doc.front_matter[key] not in (None, ""):
                doc.set(key, None if doc.front_matter_format == "yaml" else "")
        for key, value in values.items():
            if key == title_key or key in (wins or {}) or is_empty(value):
                continue
            if key in doc.front_matter and is_empty(doc.front_matter[key]):
                doc.set(key, value)
        lacking = {
            k: v
            for k, v in values.items()
            if k != title_key and k not in doc.front_matter and not is_empty(v)
        }
        doc = _with_added(doc, lacking, added_lines)
    except (ValueError, TypeError):
        return fallback
    parts = []
    if emptied:
        parts.append(f"{', '.join(dict.fromkeys(emptied))} left as on any new page")
    if body_dropped:
        parts.append("its text left out")
    note = None
    if parts:
        note = f"{where} uses template parts editor-app does not fill in: {'; '.join(parts)}"
    return ArchetypeStart(doc.to_bytes(), found, note, tuple(lacking))


__all__ = [
    "ArchetypeStart",
    "NotEvaluated",
    "PageContext",
    "Rendered",
    "archetype_kinds",
    "archetype_page",
    "archetype_start",
    "page_context",
    "evaluate",
    "find_archetype",
    "render",
    "section_of",
]
