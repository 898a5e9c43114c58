"""The parts a page must have: `section-missing` and `section-order`.

A section is a heading, or a bold label starting a paragraph (`**Methods used:** ...`). The
sections a page needs are declared in `_schema.yml` (a collection's `sections:`, for all its
pages or for those matching `when:` a field value or file name pattern), or inferred: the
sections most pages of a collection, or of a naming pattern such as `case-study-*`, share.
"""

from __future__ import annotations

import fnmatch
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from editor_app.core.checks.body_text import prose
from editor_app.core.checks.common import DATED_STEM, file_stem
from editor_app.core.checks.content_text import LEAD_IN_LABEL, plain_words, read_body
from editor_app.core.checks.context import Context
from editor_app.core.checks.page import (
    Page,
    _normalise_newlines,
    _split,
    decode,
    make_page,
    read_file,
)
from editor_app.core.checks.problem import SUGGESTION, Problem, make_problem
from editor_app.core.checks.registry import Rule, register
from editor_app.core.checks.section_matter import SampleBodies, holds_matter

SHARE = 0.75  # "most pages": a section three pages in four have
MIN_PATTERN = 3  # pages of a naming pattern needed to infer its sections
MIN_COLLECTION = 5


def section_key(name: str) -> str:
    return " ".join(name.strip().rstrip(":.?!").split()).casefold()


# Each matched in "\n" + the text from the newline before its line (a pattern starting with a
# fixed character lets the regex engine skip ahead instead of trying every position); three
# passes, each turning a line down at its first character, cost less than one pattern trying
# every line as a heading over an underline.
_QUICK_ATX = re.compile(r"\n {0,3}#{1,6}[ \t]+([^\n]*?)[ \t#]*$", re.M)
_QUICK_UNDERLINE = re.compile(r"\n {0,3}(?:=+|-+)[ \t]*$", re.M)
_QUICK_LEAD = re.compile(r"\n" + LEAD_IN_LABEL, re.M)
_NOT_SETEXT_START = frozenset("-*#>|")


def quick_sections(body: str, title: Any = None) -> list[tuple[str, str]]:
    """(key, name) of each section of a body, in order: `page_sections` without lines, in a
    few scans (to infer what a collection's pages share without reading each one fully)."""
    # Blanking examples never adds a "#", "**" or an underline: a body without any has no
    # section, and is not blanked at all.
    atx = "#" in body
    underline = ("=" in body or "-" in body) and _QUICK_UNDERLINE.search("\n" + body) is not None
    # (A character alone is found in one fast pass, a pair takes several times as long.)
    lead = ("*" in body and "**" in body) or ("_" in body and "__" in body)
    if not (atx or underline or lead):
        return []
    title_key = section_key(title) if isinstance(title, str) else None
    text = prose(body)
    scan = "\n" + text  # offset i in `scan` is the newline before text offset i's line
    found: list[tuple[int, str, str]] = []  # (offset of the line, name, raw name)
    if atx and "#" in text:
        for m in _QUICK_ATX.finditer(scan):
            name = plain_words(m.group(1))
            if m.group(0)[1:].lstrip()[:2] in ("# ", "#\t") and section_key(name) == title_key:
                continue  # the title again, as a level 1 heading
            found.append((m.start(), name, ""))
    setext: set[int] = set()
    if underline:
        for m in _QUICK_UNDERLINE.finditer(scan):
            end = m.start() - 1  # the newline ending the line above, in `text`
            if end < 0:
                continue
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if not line or line[0] in _NOT_SETEXT_START or line[0].isspace():
                if not (line.startswith("**") and line.strip("* \t")):  # bold words: a heading
                    continue
            setext.add(start)
            # Starts a paragraph: the text's first line, or one after a blank line (the
            # text's own first line may be that blank line: `scan` holds the newline before).
            if start == 0 or scan[start - 1 : start + 1] == "\n\n":
                found.append((start, plain_words(line), ""))
    if lead and ("**" in text or "__" in text):
        for m in _QUICK_LEAD.finditer(scan):
            start = m.start()
            if start in setext or (start > 0 and scan[start - 1 : start + 1] != "\n\n"):
                continue  # a heading over an underline, or a label not starting a paragraph
            found.append((start, plain_words(m.group(1)), ""))
    found.sort(key=lambda item: item[0])
    out = []
    for _start, name, _raw in found:
        key = section_key(name)
        if key:
            out.append((key, name.rstrip(":")))
    return out


def page_sections(page: Page) -> list[tuple[str, str, int]]:
    """(key, name as written, line) of each section, in order."""
    body = read_body(page)
    title = page.data.get("title")
    title_key = section_key(title) if isinstance(title, str) else None
    found = [
        (section_key(h.text), h.text.rstrip(":"), h.line)
        for h in body.headings
        if h.text and not (h.level == 1 and section_key(h.text) == title_key)
    ]
    found += [(section_key(h.text), h.text.rstrip(":"), h.line) for h in body.lead_ins]
    return sorted(found, key=lambda s: s[2])


@dataclass
class SectionSet:
    """The sections a group of pages should have."""

    label: str  # what the messages call the group: "resources", "case-study-* resources"
    names: list[str]  # in the usual order
    ordered: bool
    pages: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # inferred: pages having each
    declared: bool = False
    keys: list[str] = field(default_factory=list)
    without_sections: int = 0  # inferred: the group's pages with no section at all
    tell_running_text: bool = True  # whether those are told (three pages in four have some)

    def __post_init__(self) -> None:
        self.keys = [section_key(n) for n in self.names]

    def asked_of(self, have: list[tuple[str, str, int]]) -> bool:
        """Whether a page with the sections `have` is asked for these: not one written as
        running text, with none, where its group's pages without any are not told."""
        return bool(have) or self.declared or self.tell_running_text


def _patterns(stem: str) -> list[str]:
    """`case-study-cag` -> ["case-*", "case-study-*"] (dates dropped first)."""
    words = DATED_STEM.sub("", stem).lower().split("-")
    return ["-".join(words[:n]) + "-*" for n in range(1, min(3, len(words) - 1) + 1)]


# Pages written as one running text (no heading, no bold label) are another form, not pages
# each missing every section: the usual sections are those on three pages in four of the
# pages that have sections. When those are three pages in four of the group, a page without
# any is told once that it has none; when they are fewer (but at least a third of the group),
# the pages without are not told: 4 old case studies without any heading neither hide the
# sections 5 new ones share nor get four suggestions each.
LEAST_WITH_SECTIONS = 1 / 3


def _infer(
    label: str, docs: list[list[tuple[str, str, int]]], least: int = 1
) -> SectionSet | None:
    with_sections = [d for d in docs if d]
    mostly = len(with_sections) >= SHARE * len(docs)
    if not mostly and len(with_sections) < max(least, LEAST_WITH_SECTIONS * len(docs)):
        return None
    found = _infer_shared(label, with_sections)
    if found is not None:
        found.without_sections = len(docs) - len(with_sections)
        found.tell_running_text = mostly
    return found


def _infer_shared(label: str, docs: list[list[tuple[str, str, int]]]) -> SectionSet | None:
    counts: Counter = Counter()
    shown: dict[str, str] = {}
    ranks: dict[str, list[int]] = defaultdict(list)
    for sections in docs:
        seen = set()
        for rank, (key, name, _line) in enumerate(sections):
            if key in seen:
                continue
            seen.add(key)
            counts[key] += 1
            shown.setdefault(key, name)
            ranks[key].append(rank)
    shared = [k for k, n in counts.items() if n >= SHARE * len(docs)]
    if not shared:
        return None
    shared.sort(key=lambda k: sorted(ranks[k])[len(ranks[k]) // 2])
    # In order only when the pages holding them mostly agree on it.
    agree = total = 0
    for sections in docs:
        keys = [k for k, _n, _l in sections if k in shared]
        if len(keys) >= 2:
            total += 1
            agree += keys == [k for k in shared if k in keys]
    found = SectionSet(label, [shown[k] for k in shared], total > 0 and agree >= SHARE * total)
    found.pages = len(docs)
    found.counts = {shown[k]: counts[k] for k in shared}
    return found


def _body_and_title(entry: Any, collection: str, data: bytes) -> tuple[str, Any]:
    """The body and title of an indexed file, split as `make_page` splits it (the index's
    header kept), without making a whole page when the header is a plain YAML one."""
    text = decode(data)[0]
    front_matter = entry.front_matter
    if front_matter:
        normal = _normalise_newlines(text)
        has_header, _unclosed, _header, _first, body, _start = _split(normal)
        if has_header or normal[:1] not in "+-{":  # not a TOML or JSON header
            return body, front_matter.get("title")
    page = make_page("", entry.path, collection, text, front_matter or None)
    return page.body, page.data.get("title")


def inferred_sections(ctx: Context) -> dict[str, Any]:
    """Per collection: {"collection": SectionSet | None, "patterns": {pattern: SectionSet}}
    and, per file, the pattern it belongs to (worked out once, reading each page's body)."""

    def build(c: Context) -> dict[str, Any]:
        result: dict[str, Any] = {"by_file": {}}
        groups: dict[str | None, list[Any]] = defaultdict(list)
        for e in c.entries:
            if e.collection is not None:
                groups[e.collection].append(e)
        for coll, entries in groups.items():
            sample = SampleBodies()
            sections = _sections_to_infer(c, coll, entries, sample)
            if sections is None:  # a file could not be read: the others read, every one
                sample = SampleBodies()
                sections = _read_sections(c, coll, entries, sample)
                read = list(sections)
            else:
                read = [e.path for e in entries]  # (those left unread share nothing enough)
            label = coll.replace("_", " ")
            entry = {"collection": None, "patterns": {}}
            if len(read) >= MIN_COLLECTION and len(sections) == len(read):
                entry["collection"] = _infer(label, list(sections.values()), MIN_COLLECTION)
            for pattern, paths in _pattern_groups(read).items():
                if MIN_PATTERN <= len(paths) < 0.9 * len(read):
                    found = _infer(
                        f"{pattern} {label}", [sections[p] for p in paths], MIN_PATTERN
                    )
                    if found is not None:
                        entry["patterns"][pattern] = found
                        for p in paths:  # the longest pattern wins (checked in that order)
                            result["by_file"][p] = pattern
            inferred = [entry["collection"], *entry["patterns"].values()]
            keys = {k for found in inferred if found is not None for k in found.keys}
            # What pages lacking a section may hold instead, learnt from the pages read now.
            entry["usual"] = sample.usual(keys, section_key)
            result[coll] = entry
        return result

    return ctx.fact("sections", build)


def _pattern_groups(paths: list[Any]) -> dict[str, list[Any]]:
    """The files of each naming pattern (`case-study-*`), from their names alone."""
    by_pattern: dict[str, list[Any]] = defaultdict(list)
    for path in paths:
        for pattern in _patterns(file_stem(path.name)):
            by_pattern[pattern].append(path)
    return by_pattern


def _page_sections_to_infer(
    ctx: Context, coll: str, e: Any, sample: SampleBodies | None = None
) -> list | None:
    """`quick_sections` of an indexed file, ranked (None when it cannot be read); its body
    kept in `sample` for the sections it has."""
    from editor_app.core.validate import page_made_ahead

    lent = ctx.raw_bytes.get(e.path)
    # The page being checked, or the one its check will make from the bytes the index lent
    # (made once, shared with the site's spelling majority and the check).
    page = page_made_ahead(ctx, e, lent)
    if page is not None:
        body, title = page.body, page.data.get("title")
    else:
        try:
            data = lent or read_file(e.path)
        except OSError:
            return None
        body, title = _body_and_title(e, coll, data)
    found = quick_sections(body, title)
    if sample is not None:
        sample.add(body, {k for k, _name in found})
    return [(k, name, i) for i, (k, name) in enumerate(found)]


def _read_sections(
    ctx: Context, coll: str, entries: list[Any], sample: SampleBodies | None = None
) -> dict[Any, list]:
    """The sections of every page of a collection that can be read."""
    sections: dict[Any, list] = {}
    for e in entries:
        found = _page_sections_to_infer(ctx, coll, e, sample)
        if found is not None:
            sections[e.path] = found
    return sections


def _sections_to_infer(
    ctx: Context, coll: str, entries: list[Any], sample: SampleBodies | None = None
) -> dict[Any, list] | None:
    """The sections of the pages of a collection that inference needs (None when a file
    cannot be read). Once no section can be on three pages in four any more, the pages left
    are read only if a naming pattern needs them: on most sites most pages are not read."""
    total = len(entries)
    needed = {
        path
        for paths in _pattern_groups([e.path for e in entries]).values()
        if MIN_PATTERN <= len(paths) < 0.9 * total
        for path in paths
    }
    counts: Counter = Counter()
    most = 0  # pages having the most common section so far
    with_sections = 0  # pages read that have a section
    sections: dict[Any, list] = {}
    for done, e in enumerate(entries):
        left = total - done
        # The best a section can still reach: every page left has it (the share is of the
        # pages with sections, and those must be a third of the collection).
        # (`_infer`: three pages in four of the collection, or of those with sections when
        # they are at least a third of it)
        could_have = with_sections + left  # pages with sections at most
        hopeless = (
            total < MIN_COLLECTION
            or most + left < SHARE * could_have
            or could_have < LEAST_WITH_SECTIONS * total
            or (could_have < SHARE * total and could_have < MIN_COLLECTION)
        )
        if hopeless and e.path not in needed:
            continue  # no section can be shared by enough pages any more
        found = _page_sections_to_infer(ctx, coll, e, sample)
        if found is None:
            return None
        sections[e.path] = found
        with_sections += bool(found)
        for key in {k for k, _name, _rank in found}:
            counts[key] += 1
            most = max(most, counts[key])
    return sections


def _declared(ctx: Context, page: Page) -> SectionSet | None:
    spec = ctx.settings.sections.get(page.collection or "")
    if spec is None:
        return None
    label = (page.collection or "page").replace("_", " ")
    items = spec if isinstance(spec, list) else [spec]
    if all(isinstance(i, str) for i in items):
        return SectionSet(label, list(items), True, declared=True)
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("sections"), list):
            continue
        when = item.get("when") or {}
        if isinstance(when, dict) and not all(_matches(page, k, v) for k, v in when.items()):
            continue
        names = [str(n) for n in item["sections"]]
        return SectionSet(label, names, bool(item.get("ordered", True)), declared=True)
    return None


def _matches(page: Page, key: str, pattern: Any) -> bool:
    if key == "file":
        value: Any = page.path.name if page.path is not None else page.rel
    else:
        value = page.data.get(key)
    values = value if isinstance(value, list) else [value]
    pat = str(pattern).casefold()
    return any(v is not None and fnmatch.fnmatchcase(str(v).casefold(), pat) for v in values)


def required_sections(ctx: Context, page: Page) -> SectionSet | None:
    """The sections `page` should have: declared, else inferred (pattern, then collection)."""
    declared = _declared(ctx, page)
    if declared is not None or page.collection is None:
        return declared
    inferred = inferred_sections(ctx).get(page.collection)
    if not inferred:
        return None
    pattern = inferred_sections(ctx)["by_file"].get(page.path)
    if pattern is not None and pattern in inferred["patterns"]:
        return inferred["patterns"][pattern]
    return inferred["collection"]


def check_sections(page: Page, ctx: Context) -> Iterable[Problem]:
    wanted = required_sections(ctx, page)
    if wanted is None or not wanted.keys:
        return
    have = page_sections(page)
    if not wanted.asked_of(have):
        return  # written as one running text, as others of its group: another form
    if not have and len(wanted.keys) > 1:
        yield _none_of_the_sections(page, wanted)
        return
    where = {k: line for k, _n, line in reversed(have)}  # first line of each
    present = [k for k in wanted.keys if k in where]
    for i, key in enumerate(wanted.keys):
        if key in where:
            continue
        name = wanted.names[i]
        usual = (inferred_sections(ctx).get(page.collection) or {}).get("usual", {})
        if not wanted.declared and holds_matter(page.body, usual.get(key, frozenset())):
            continue  # its usual lines are on the page, under another heading
        later = [where[k] for k in wanted.keys[i + 1 :] if k in where]
        line = later[0] if later else (max(where.values()) if where else page.body_start_line)
        if wanted.declared:
            how = "the site asks every page like this one for it"
        else:
            how = f"{wanted.counts.get(name, 0)} of {_among(wanted, bool(have))} have it"
        yield make_problem(
            page,
            line,
            None,
            "section-missing",
            f"This page has no '{name}' section ({how}). Add it as a heading, or as a bold "
            f"label starting a paragraph (**{name}:** ...).",
        )
    if wanted.ordered and len(present) >= 2:
        order = sorted(present, key=lambda k: where[k])
        if order != present:
            first = next(k for k, w in zip(order, present, strict=True) if k != w)
            name = wanted.names[wanted.keys.index(first)]
            usual = ", ".join(wanted.names[wanted.keys.index(k)] for k in present)
            yield make_problem(
                page,
                where[first],
                None,
                "section-order",
                f"The section '{name}' is out of the usual order ({usual}). Move it so "
                "readers find the parts where they expect them.",
            )


def _among(wanted: SectionSet, has_sections: bool) -> str:
    """The pages a section's count is out of, in words: "10 case-study-* resources"; "the 9
    case-study-* resources with sections" when others have none (the share is of those), for
    a page with sections (a page without any is told of the whole group)."""
    if wanted.without_sections and has_sections:
        return f"the {wanted.pages} {wanted.label} with sections"
    return f"{wanted.pages + wanted.without_sections} {wanted.label}"


def _none_of_the_sections(page: Page, wanted: SectionSet) -> Problem:
    """One suggestion for a page with no section at all, where the site declares them or most
    pages of its group have them (not one for each section: it is one thing to do)."""
    if wanted.declared:
        which = f"the sections the site asks every page like this one for ({', '.join(wanted.names)})"
    else:
        least = min(wanted.counts.get(n, 0) for n in wanted.names)
        which = (
            f"the usual sections ({', '.join(wanted.names)}: each on at least {least} of "
            f"{_among(wanted, False)})"
        )
    return make_problem(
        page,
        page.body_start_line,
        None,
        "section-missing",
        f"This page has none of {which}. Add them as headings, or as bold labels starting a "
        f"paragraph (**{wanted.names[0]}:** ...).",
    )


register(
    Rule(
        "sections",
        {"section-missing": SUGGESTION, "section-order": SUGGESTION},
        check=check_sections,
        needs=("settings", "sections"),
        kind="content",
    )
)


def inferred_section_notes(site: Any, schema: Any = None) -> list[str]:
    """Plain lines for `editor-app schema`: the sections most pages of each collection or
    naming pattern share, with how many pages have each (to declare them as `sections:`)."""
    from editor_app.core.checks.context import context_for, schema_for

    ctx = context_for(site, schema if schema is not None else schema_for(site))
    found = inferred_sections(ctx)
    # The patterns some page is checked by: a shorter one whose pages all fall under a longer
    # one (`deploy-*`, all `deploy-with-*`) asks nothing of any page, and would be a second line
    # of the same sections.
    applied = {
        (e.collection, found["by_file"][e.path]) for e in ctx.entries if e.path in found["by_file"]
    }
    lines: list[str] = []
    for coll in sorted(k for k in found if k != "by_file"):
        entry = found[coll]
        patterns = [(p, s) for p, s in sorted(entry["patterns"].items()) if (coll, p) in applied]
        groups = [("", entry["collection"]), *patterns]
        for pattern, wanted in groups:
            if wanted is None:
                continue
            where = f"{coll}, files {pattern}" if pattern else coll
            order = "in this order" if wanted.ordered else "in any order"
            parts = ", ".join(f"{n} ({wanted.counts.get(n, 0)})" for n in wanted.names)
            lines.append(f"{where} ({wanted.pages} pages, {order}): {parts}")
    return lines
