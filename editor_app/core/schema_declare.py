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


def required_only_inferred(site: Site, schema: Schema) -> dict[FieldPlace, list[str]]:
    """Fields of an inferred schema whose `required`, declared as it is, would make a page an
    error (inferred, a page without the field is at most warned): each with those pages
    (relative paths, sorted)."""
    from editor_app.core.validate import validate_site

    if schema.source != "inferred":
        return {}
    declared = schema_from_yaml(schema_to_yaml(schema), site)
    if declared.error is not None:
        return {}
    found: dict[FieldPlace, list[str]] = defaultdict(list)
    for problem in validate_site(site, declared, content=False, cache=False):
        if problem.code != "required-missing" or problem.path is None or not problem.field:
            continue
        collection = site.collection_of(site.root / problem.path)
        if collection is not None:
            found[(collection, problem.field.split(".", 1)[0])].append(str(problem.path))
    return {place: sorted(set(pages)) for place, pages in found.items()}


def schema_to_declare(site: Site, schema: Schema) -> str:
    """`schema_to_yaml`, with `required` left as a comment where declaring it would tell
    pages Check is quiet about today (see the module's docstring)."""
    loose = required_only_inferred(site, schema)
    if not loose:
        return schema_to_yaml(schema)
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
    return schema_to_yaml(schema, loose_required=notes)
