"""An inferred schema made ready to declare: saving it unchanged must not turn a passing site
red.

An inferred `required` means most pages fill the field in; Check warns a page it lacks one
only when every other page has it. Declared, `required: true` is an error on every page
without the field. So where a page lacks a field today, its `required: true` is written as a
comment, saying which pages lack it: the site's owner decides.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from editor_app.core.schema_yaml import schema_from_yaml, schema_to_yaml

if TYPE_CHECKING:
    from editor_app.core.schema_model import Schema
    from editor_app.core.site import Site

# A field's place in a schema: (collection, field name).
FieldPlace = tuple[str, str]


def _declared_problems(site: Site, schema: Schema) -> list | None:
    """The problems Check would find with the inferred `schema` saved as `_schema.yml`
    (None: it is declared already, or would not read back)."""
    from editor_app.core.validate import validate_site

    if schema.source != "inferred":
        return None
    declared = schema_from_yaml(schema_to_yaml(schema), site)
    if declared.error is not None:
        return None
    return validate_site(site, declared, content=False, cache=False)


def required_only_inferred(site: Site, declared_problems: list) -> dict[FieldPlace, list[str]]:
    """Fields of an inferred schema whose `required`, declared as it is, would make a page an
    error (inferred, a page without the field is at most warned): each with those pages
    (relative paths, sorted), from `declared_problems` (`_declared_problems`)."""
    found: dict[FieldPlace, list[str]] = defaultdict(list)
    for problem in declared_problems:
        if problem.code != "required-missing" or problem.path is None or not problem.field:
            continue
        collection = site.collection_of(site.root / problem.path)
        if collection is not None:
            found[(collection, problem.field.split(".", 1)[0])].append(str(problem.path))
    return {place: sorted(set(pages)) for place, pages in found.items()}


def errors_once_declared(site: Site, schema: Schema, declared_problems: list) -> list[str]:
    """Pages (relative paths, sorted) that the inferred `schema` saved as it is would make
    errors, Check warning them at most today: values a relation does not know (a project no
    page is titled, a topic in other capitals), which the schema's notes name. A `required`
    left as a comment (`required_only_inferred`) is not counted."""
    from editor_app.core.validate import validate_site

    candidates = [
        p
        for p in declared_problems
        if p.severity == "error" and p.code != "required-missing" and p.path is not None
    ]
    if not candidates:
        return []
    # Only the pages that would have an error are checked again as they are today: a whole
    # second Check of the site (half of `schema`'s time) gave the same answer.
    pages = {(site.root / p.path).resolve() for p in candidates}
    now = {
        (str(p.path), p.field)
        for p in validate_site(site, schema, only=pages, content=False)
        if p.severity == "error"
    }
    return sorted({str(p.path) for p in candidates if (str(p.path), p.field) not in now})


def schema_to_declare(site: Site, schema: Schema) -> str:
    """`schema_to_yaml`, with `required` left as a comment where declaring it would tell
    pages Check is quiet about today (see the module's docstring), and a plain warning at the
    top when saving it would make some pages errors all the same."""
    problems = _declared_problems(site, schema)
    loose = required_only_inferred(site, problems or [])
    notes = {}
    for (collection, name), pages in loose.items():
        cs = schema.collections.get(collection)
        total = cs.documents if cs is not None and cs.documents else None
        lacking = len(pages)
        counted = f"{lacking} of {total} pages" if total else f"{lacking} pages"
        if lacking == 1:
            counted = f"1 of {total} pages" if total else "1 page"
        verb = "lacks" if lacking == 1 else "lack"
        shown = ", ".join(pages[:3]) + (f" and {lacking - 3} more" if lacking > 3 else "")
        notes[(collection, name)] = (
            f"# required: true  ({counted} {verb} it: {shown}; declared required, each "
            "would be an error)"
        )
    text = schema_to_yaml(schema, loose_required=notes or None)
    becoming = errors_once_declared(site, schema, problems) if problems else []
    if not becoming:
        return text
    # 'It is then used as is' alone let the owner think nothing would change: the values the
    # notes name are warnings while inferred, errors once declared (docs/SCHEMA.md).
    count = len(becoming)
    shown = ", ".join(becoming[:3]) + (f" and {count - 3} more" if count > 3 else "")
    pages = "1 page" if count == 1 else f"{count} pages"
    warning = (
        f"# Careful: saved as it is, this makes {pages} errors that are only warnings today "
        f"(the notes below name their values): {shown}. Fix them first, or adjust the fields."
    )
    first, second, rest = text.split("\n", 2)
    return "\n".join([first, second, warning, rest])
