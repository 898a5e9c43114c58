"""Hugo archetypes: a new page of a Hugo site starts as `hugo new content` would make it.

Which archetype (the section's or `--kind`'s, a file or a bundle's folder, the site's or its
theme's, else `default.md`): `core/archetype_find.py`. Its header keeps its own format (TOML
`+++` or YAML `---`) and key order, its body is kept, and the common template bits are
filled in: `.Date`, `.Name`, `.File.ContentBaseName` (and the other `.File` names),
`.Section`, `.Type` (the kind, else the section), `.Lang`, `.Site.Title`,
`.Site.Params.x`, `.Site.Language.Lang` and the site's other plain settings for the page's
language (`core/archetype_site.py`), `now.Format "..."`, with `replace`, `title`,
`humanize`, `strings.FirstUpper`, `upper`, `lower`, `urlize`, `time.Format` in a pipeline.

Anything else (`if`, `range`, `.Params` (which `hugo new` refuses), a `.Site.Params` value
the site does not set (Hugo writes `<no value>`), other functions) is not guessed at: a
header value holding one starts as any new page's would (empty, or the schema's default), a
body holding one starts empty, and a construct that shapes the text (`if`, `range`,
`with`...) makes the whole archetype fall back to the usual new page;
`ArchetypeStart.note` says so in one line.

A bundle archetype's `index.md` is made here like a file archetype; its other files are
`core/archetype_bundle.py`'s. A section's own page (`_index.md`) never comes from a bundle
archetype (`hugo new` takes the section's file archetype, else `default.md`). Nothing here writes to disk.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.core.archetype_find import (
    BUNDLE_INDEX,
    SECTION_INDEX,
    archetype_kinds,
    find_archetype,
    is_bundle_archetype,
    is_section_page,
    section_of,
)
from editor_app.core.archetype_site import language_of, named_language, site_value, site_values
from editor_app.core.document import Document
from editor_app.core.site_walk import rel_text

_ACTION = re.compile(r"\{\{(-?)(.*?)(-?)\}\}", re.S)
_BLOCK_WORDS = ("if", "else", "end", "range", "with", "define", "template", "block", "break")
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|`[^`]*`|[^\s|"`]+|\|')
_HEADER_KEY = re.compile(r"^([A-Za-z_][\w.-]*|\"[^\"]+\"|'[^']+')[ \t]*[:=]")
# Words AP style leaves in lower case inside a title (Hugo's default `title` style).
_MINOR = frozenset(
    "a an and as at but by en for if in nor of on or per the to v vs via yet up so".split()
)


class NotEvaluated(ValueError):
    """A template bit editor-app does not fill in."""


@dataclass
class ArchetypeStart:
    """How a new page starts from an archetype: `data` the page's bytes (None: the usual new
    page), `archetype` the file used, `note` one plain line on what was not filled in."""

    data: bytes | None = None
    archetype: Path | None = None
    note: str | None = None


@dataclass
class PageContext:
    """What an archetype's template may ask about the new page."""

    name: str  # the file's base name, without extension (`my-first-post`)
    section: str
    now: dt.datetime
    suffix: str = ".md"
    lang: str = "en"  # the page's language: `.Lang`, `.Site.Language.Lang`
    site: dict[str, Any] = field(default_factory=dict)  # `.Site`'s values (archetype_site)
    kind: str | None = None  # `--kind`: `.Type` (else the section)
    # The file from its content folder (`posts/sub/my-post/index.md`): `.File.Dir`, `.Path`...
    file: str | None = None
    section_page: bool = False  # `_index.md`: from a file archetype, never a bundle's


def _file_names(page: PageContext) -> dict[str, str]:
    """`.File`'s names, as Hugo gives them (a bundle's `index.md`: `BaseFileName` `index`,
    `ContentBaseName` the folder's name)."""
    path = page.file or f"{page.section}/{page.name}{page.suffix}"
    folder, _, logical = path.rpartition("/")
    base = (
        logical[: -len(page.suffix)] if page.suffix and logical.endswith(page.suffix) else logical
    )
    translation = base[: -len(page.lang) - 1] if base.endswith(f".{page.lang}") else base
    return {
        ".File.ContentBaseName": page.name, ".File.BaseFileName": base,
        ".File.TranslationBaseName": translation, ".File.LogicalName": logical,
        ".File.Ext": page.suffix.lstrip("."), ".File.Dir": f"{folder}/" if folder else "",
        ".File.Path": path,
    }  # fmt: skip


# -- the template ---------------------------------------------------------------------------


def _go_layout(layout: str, when: dt.datetime) -> str:
    """`when` written in Go's reference-time layout (`2006-01-02`, `Jan 2, 2006`...)."""
    if layout.startswith(":"):  # Hugo's named, localised layouts (`:date_long`)
        raise NotEvaluated(layout)
    offset = when.strftime("%z") or "+0000"
    tokens = {
        "2006": f"{when.year:04d}", "January": when.strftime("%B"), "Monday": when.strftime("%A"),
        "-07:00": f"{offset[:3]}:{offset[3:]}", "-0700": offset, "Z07:00": (
            "Z" if offset == "+0000" else f"{offset[:3]}:{offset[3:]}"),
        "MST": when.strftime("%Z") or "UTC", "Jan": when.strftime("%b"), "Mon": when.strftime("%a"),
        "01": f"{when.month:02d}", "02": f"{when.day:02d}", "06": f"{when.year % 100:02d}",
        "15": f"{when.hour:02d}", "03": f"{(when.hour % 12) or 12:02d}",
        "04": f"{when.minute:02d}", "05": f"{when.second:02d}", "PM": when.strftime("%p"),
        "pm": when.strftime("%p").lower(), "_2": f"{when.day:2d}", "1": str(when.month),
        "2": str(when.day), "3": str((when.hour % 12) or 12), "4": str(when.minute),
        "5": str(when.second),
    }  # fmt: skip
    pattern = "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True))
    return re.sub(pattern, lambda m: tokens[m.group(0)], layout)


def _rfc3339(when: dt.datetime) -> str:
    return _go_layout("2006-01-02T15:04:05Z07:00", when)  # Go's time.RFC3339: `Z` for UTC


def _title_case(text: str) -> str:
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        inner = 0 < i < len(words) - 1
        out.append(word if inner and word.lower() in _MINOR else word[:1].upper() + word[1:])
    return " ".join(out)


def _as_time(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise NotEvaluated(str(value)) from exc


def _call(name: str, args: list[Any]) -> Any:
    """A template function over its arguments (a piped value comes last, as in Go)."""
    text = [str(a) for a in args]
    if name in ("replace", "strings.Replace", "strings.ReplaceAll") and len(args) in (3, 4):
        return text[0].replace(text[1], text[2]) if len(args) == 3 else text[0]
    if len(args) == 1:
        one = {
            "title": _title_case, "strings.Title": _title_case,
            "strings.FirstUpper": lambda s: s[:1].upper() + s[1:],
            "humanize": lambda s: re.sub(r"[-_]+", " ", s).strip().capitalize(),
            "upper": str.upper, "strings.ToUpper": str.upper,
            "lower": str.lower, "strings.ToLower": str.lower,
            "strings.TrimSpace": str.strip, "trim": str.strip,
            "urlize": lambda s: re.sub(r"\s+", "-", s.strip()).lower(),
        }  # fmt: skip
        if name in one:
            return one[name](text[0])
    if name in ("time.Format", "dateFormat") and len(args) == 2:
        return _go_layout(text[0], _as_time(args[1]))
    raise NotEvaluated(name)


def _value(token: str, page: PageContext) -> Any:
    if token[:1] in '"`':
        return token[1:-1].replace('\\"', '"') if token[0] == '"' else token[1:-1]
    files = _file_names(page)
    names = {
        **files, ".Name": page.name, ".Section": page.section,
        ".Type": page.kind or page.section, ".Kind": "page", ".Page.Kind": "page",
        ".Date": _rfc3339(page.now), "now": page.now, "time.Now": page.now,
        ".Lang": page.lang, ".File.Lang": page.lang,
        # `.Page`: the page Hugo makes to fill the archetype (its type the section's, kind
        # or not; its title, params... a placeholder's, never written here).
        ".Page.Section": page.section, ".Page.Type": page.section, ".Page.Lang": page.lang,
        ".Page.File.Lang": page.lang, **{".Page" + k: v for k, v in files.items()},
    }  # fmt: skip
    if token in names:
        return names[token]
    if token.startswith(".Site.") and page.site:
        try:
            found = site_value(page.site, token[len(".Site.") :])
        except KeyError:
            raise NotEvaluated(token) from None
        return ("true" if found else "false") if isinstance(found, bool) else found
    raise NotEvaluated(token)


def _command(tokens: list[str], piped: Any, page: PageContext, first: bool) -> Any:
    head, rest = tokens[0], tokens[1:]
    for clock in ("now.Format", "time.Now.Format"):
        if head == clock and len(rest) == 1 and first:
            return _go_layout(str(_value(rest[0], page)), page.now)
    if head.startswith((".", '"', "`")) or head in ("now", "time.Now"):
        if rest or not first:
            raise NotEvaluated(head)
        return _value(head, page)
    args = [_value(t, page) for t in rest]
    return _call(head, args if first else [*args, piped])


def evaluate(expression: str, page: PageContext) -> str:
    """The text of one template action (`replace .Name "-" " " | title`); raises
    NotEvaluated for anything not listed in this module's description."""
    expression = expression.strip()
    if expression.startswith("/*") and expression.endswith("*/"):
        return ""
    if "(" in expression or ":=" in expression or "$" in expression:
        raise NotEvaluated(expression)
    tokens = _TOKEN.findall(expression)
    if not tokens or "".join(tokens).replace(" ", "") != re.sub(r"\s+", "", expression):
        raise NotEvaluated(expression)
    commands: list[list[str]] = [[]]
    for token in tokens:
        if token == "|":
            commands.append([])
        else:
            commands[-1].append(token)
    if any(not c for c in commands):
        raise NotEvaluated(expression)
    value: Any = None
    for i, command in enumerate(commands):
        value = _command(command, value, page, first=i == 0)
    if isinstance(value, dt.datetime):
        return _rfc3339(value)
    return str(value)


@dataclass
class Rendered:
    """An archetype with its template bits filled in: `text`, and the bits left out (each
    as written, with the 0-based line it was on); `shaped` when a construct that shapes the
    text (`if`, `range`...) was found, so that the text cannot be trusted."""

    text: str
    left_out: list[tuple[str, int]]
    shaped: bool = False


def render(text: str, page: PageContext) -> Rendered:
    """`text` with each template action replaced by its value (those left out: by nothing)."""
    out: list[str] = []
    left_out: list[tuple[str, int]] = []
    shaped = False
    last = 0
    for match in _ACTION.finditer(text):
        before = text[last : match.start()]
        if match.group(1):
            before = before.rstrip()
        out.append(before)
        inner = match.group(2).strip()
        first_word = inner.split(None, 1)[0] if inner else ""
        if first_word in _BLOCK_WORDS or first_word.startswith("$"):
            shaped = True
        try:
            out.append(evaluate(inner, page))
        except NotEvaluated:
            left_out.append((match.group(0), "".join(out).count("\n")))
        last = match.end()
        if match.group(3):
            rest = text[last:]
            last += len(rest) - len(rest.lstrip())
    out.append(text[last:])
    return Rendered("".join(out), left_out, shaped)


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


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


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
        from editor_app.core.page_create import slugify

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
    return PageContext(name, section, now, suffix, lang, values, kind, file, section_page)


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
        source = source_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ArchetypeStart(None, found, f"{where} could not be read; the new page starts "
                              "like the section's other pages")  # fmt: skip
    done = render(source, page)
    fallback = ArchetypeStart(
        None, found,
        f"{where} uses template parts editor-app does not fill in; the new page starts like "
        "the section's other pages",
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
        text = "\n".join(source_lines[:header_end]) + ("\n\n" if header_end else "")
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
            if key == title_key or key in (wins or {}) or _empty(value):
                continue
            if key in doc.front_matter and _empty(doc.front_matter[key]):
                doc.set(key, value)
        lacking = {
            k: v
            for k, v in values.items()
            if k != title_key and k not in doc.front_matter and not _empty(v)
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
    return ArchetypeStart(doc.to_bytes(), found, note)


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
