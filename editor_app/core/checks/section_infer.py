"""The sections a group of pages shares, inferred from its pages.

The sections most pages of a collection, or of a naming pattern such as `case-study-*`, have
(three pages in four), in their usual order when the pages agree on it; read once a Check
(`inferred_sections`, the site fact "sections"), and told by `editor-app schema`
(`inferred_section_notes`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from editor_app.core.checks.common import DATED_STEM, file_stem
from editor_app.core.checks.context import Context
from editor_app.core.checks.page import _normalise_newlines, _split, decode, make_page, read_file
from editor_app.core.checks.section_headings import quick_sections, section_key
from editor_app.core.checks.section_matter import SampleBodies

SHARE = 0.75  # "most pages": a section three pages in four have
MIN_PATTERN = 3  # pages of a naming pattern needed to infer its sections
MIN_COLLECTION = 5


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
