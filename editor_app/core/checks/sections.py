"""The parts a page must have: `section-missing` and `section-order`.

A section is a heading, or a bold label starting a paragraph (`**Methods used:** ...`). The
sections a page needs are declared in `_schema.yml` (a collection's `sections:`, for all its
pages or for those matching `when:` a field value or file name pattern), or inferred: the
sections most pages of a collection, or of a naming pattern such as `case-study-*`, share.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from typing import Any

from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import SUGGESTION, Problem, make_problem
from editor_app.core.checks.registry import Rule, register
from editor_app.core.checks.section_headings import (  # noqa: F401  (read from here too)
    page_sections,
    quick_sections,
    section_key,
)
from editor_app.core.checks.section_infer import (  # noqa: F401  (read from here too)
    SectionSet,
    _patterns,
    inferred_section_notes,
    inferred_sections,
)
from editor_app.core.checks.section_matter import holds_matter


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
