"""A field inside a group, named with dots (`params.x`, Hugo's way of naming its nested
values): read it, or work out the group as it is once the field is set or taken away.

A page edits a group by setting the whole top-level group again (`Document.set`), which
rewrites only the lines that changed; `set`, `set --remove` and `rename` all go through here.
A field whose own name holds a dot is taken first.
"""

from __future__ import annotations

import copy
from typing import Any

_NOT_FOUND = (False, None)


def field_value(front_matter: dict, field: str) -> tuple[bool, Any]:
    """(whether the page has it, its value) for FIELD: a top-level field, or with dots a field
    inside a group. A list of groups is not a group."""
    if field in front_matter:
        return True, front_matter[field]
    if "." not in field:
        return _NOT_FOUND
    place: Any = front_matter
    for key in field.split("."):
        if not isinstance(place, dict) or key not in place:
            return _NOT_FOUND
        place = place[key]
    return True, place


def group_edited(
    front_matter: dict,
    field: str,
    value: Any = None,
    *,
    remove: bool = False,
    make_group: bool = False,
) -> tuple[str, dict | None]:
    """(top-level group, the group with FIELD set to VALUE inside it, or taken away with
    `remove`): a copy, the page is not touched. FIELD is dotted (`params.x.y`); a group on
    the way that the page lacks is made when setting. Taking away a group's last field takes
    the group too, and so on up (None: the top-level group itself goes): an empty `params:`,
    `[params]` or `"params": {}` left behind is nothing an author wrote or wants.

    With `make_group`, a page lacking the top-level group gets it (`params`, which the
    collection's other pages hold with FIELD in it): the caller has asked the site.

    LookupError (its message one plain line): the page has no such group, or (removing) no
    such field in it, or a name on the way holds a value rather than a group."""
    top, *inner = field.split(".")
    if make_group and not remove and top not in front_matter and inner and all(inner):
        front_matter = {**front_matter, top: {}}
    group = front_matter.get(top)
    doing = "removed" if remove else "set"
    if top in front_matter and group is not None and not isinstance(group, dict):
        # `seo.name=x` where `seo` is a list of groups: "has no group called 'seo'" misled.
        what = "a list" if isinstance(group, list) else "a single value"
        raise LookupError(
            f"{top!r} holds {what}, not a group of fields, so {field!r} cannot be {doing}; "
            f"{'remove' if remove else 'set'} {top} as a whole"
        )
    if not isinstance(group, dict) or not inner or not all(inner):
        raise LookupError(
            f"the page has no group of fields called {top!r} to "
            f"{'remove' if remove else 'set'} {field!r} in{_group_hint(front_matter, top, inner)}"
        )
    whole = copy.deepcopy(group)
    place = whole
    groups = [whole]  # the groups from the top-level one down to the field's own
    for key in inner[:-1]:
        if not isinstance(place.get(key, {}), dict) or (remove and key not in place):
            raise LookupError(
                f"{top}.{key} is not a group of fields, so {field!r} cannot be {doing}"
            )
        place = place.setdefault(key, {})
        groups.append(place)
    if not remove:
        place[inner[-1]] = value
    elif inner[-1] in place:
        del place[inner[-1]]
        for depth in range(len(groups) - 1, 0, -1):
            if groups[depth]:
                break
            del groups[depth - 1][inner[depth - 1]]  # a group emptied by this removal goes
    else:
        raise LookupError(f"the group {top!r} has no field {'.'.join(inner)!r} to remove")
    return top, (whole if whole or not remove else None)


def _group_hint(front_matter: dict, top: str, inner: list[str]) -> str:
    """The group meant (`parms`: `params`), or how to add a new one (`seo='{title: VALUE}'`):
    a group is not made at the top level by a dotted name, which a slip would do."""
    import difflib

    groups = [k for k, v in front_matter.items() if isinstance(k, str) and isinstance(v, dict)]
    near = difflib.get_close_matches(top, groups, n=1, cutoff=0.75)
    if near:
        return f" (did you mean {'.'.join([near[0], *inner])!r}?)"
    if not inner or not all(inner):
        return ""
    written = "VALUE"
    for key in reversed(inner):
        written = f"{{{key}: {written}}}"
    return f"; to add the group, write {top}='{written}'"


__all__ = ["field_value", "group_edited"]
