"""Rename or merge a value everywhere: every page whose field holds the old value gets the new
one, each with a minimal edit.

Every write goes through `Document.set` (only the field's lines change) and an atomic save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.core.document import Document, FrontMatterError, parse_cli_value
from editor_app.core.field_place import list_items_of
from editor_app.core.group_field import field_value, group_edited
from editor_app.core.site import Site
from editor_app.core.tool_support import as_text


@dataclass
class RenameReport:
    """What a rename changed (or, in a dry run, would change)."""

    field: str
    old: Any
    new: Any
    dry_run: bool = False
    changed: list[Path] = field(default_factory=list)  # documents using the value
    targets: list[Path] = field(default_factory=list)  # related documents whose title changed
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # (file, why, in plain words)
    notes: list[str] = field(default_factory=list)

    @property
    def files(self) -> list[Path]:
        """Every file changed (or that would change), in order."""
        return self.changed + [p for p in self.targets if p not in self.changed]


def _matches(value: Any, old: Any) -> bool:
    """True when a scalar value is OLD: the same value, or (for text) the same written text."""
    if isinstance(value, list | dict) or value is None:
        return False
    if type(value) is type(old) and value == old:
        return True
    return isinstance(old, str) and not isinstance(value, str) and as_text(value) == old


def _close_to(value: Any, old: Any) -> bool:
    """Same text ignoring capitals and spaces at the ends, but not the same value."""
    if not isinstance(old, str) or isinstance(value, list | dict) or value is None:
        return False
    return as_text(value).strip().casefold() == old.strip().casefold()


def _new_like(matched: Any, new: Any) -> Any:
    """NEW in the type of the value it replaces: `order: 3` renamed to "4" stays a number."""
    if isinstance(new, str) and not isinstance(matched, str):
        try:
            parsed = parse_cli_value(new)
        except ValueError:
            return new
        if type(parsed) is type(matched):
            return parsed
    return new


def _renamed(value: Any, old: Any, new: Any) -> Any:
    """The field's value with OLD replaced by NEW (list items merged when NEW is already there)."""
    if isinstance(value, list):
        replaced = [_new_like(item, new) if _matches(item, old) else item for item in value]
        merged = {i for i, item in enumerate(value) if _matches(item, old)}
        merged |= {i for i, item in enumerate(value) if _same_value(item, _new_like(item, new))}
        out: list[Any] = []
        for i, item in enumerate(replaced):
            # NEW listed already: merge into its first place rather than list it twice
            if i in merged and any(_same_value(x, item) for x in out):
                continue
            out.append(item)
        return out
    if _matches(value, old):
        return _new_like(value, new)
    return value


def _uses(value: Any, old: Any, test: Any = _matches) -> bool:
    if isinstance(value, list):
        return any(test(item, old) for item in value)
    return test(value, old)


def rename_value(
    site: Site,
    field: str,
    old: Any,
    new: Any,
    dry_run: bool = False,
    rename_target: bool = False,
    schema: Any = None,
) -> RenameReport:
    """Change every document whose FIELD is OLD (or lists OLD) to NEW, each with a minimal edit.

    With `rename_target`, the related document whose title is OLD (the field's relation in the
    schema, e.g. a page in `_topics`) gets NEW as its title too. Files that cannot be edited
    safely are listed in `skipped` and left untouched. `schema`: the one in force when the
    caller holds it (else loaded), worked out before any value changes.
    """
    report = RenameReport(field, old, new, dry_run)
    if _same_value(old, new):
        report.notes.append("The old and new values are the same: nothing to do.")
        return report
    # What the field points at is read before any value changes: an inferred relation could
    # no longer be recognised once many documents hold the new value.
    relations = _relations(site, field, report, schema) if rename_target else None
    usual = _UsualListMark(site, field, old, new)
    for entry in site.entries():
        if entry.error is None:
            found, value = field_value(entry.front_matter, field)
            if not found:
                continue
            if not _uses(value, old):
                # A near-miss that already is NEW (merging "Public Sector" into "Public
                # sector") is what the user asked for: no note.
                if _uses(value, old, lambda v, o: _close_to(v, o) and not _matches(v, new)):
                    report.notes.append(
                        f"{_rel(site, entry.path)}: {field} is {as_text(value)!r}, which "
                        f"differs from {old!r} only in capitals or spaces; it was left as it is."
                    )
                continue
        # Read the file itself: the index may be older than the disk, or unable to parse it.
        changed = _edit(
            site, entry.path, report, lambda doc: _rename_in(doc, field, old, new, usual)
        )
        if changed:
            report.changed.append(entry.path)
    if relations:
        _rename_targets(site, old, new, report, relations)
    return report


def unfit_new_value(
    site: Site, field: str, new: str, collection: str | None = None, schema: Any = None
) -> str | None:
    """Why NEW cannot be FIELD's value where the schema says it holds a number, a date or
    true/false (`rename order 1 first`, `set PAGE order=abc`); None when it can, or the
    schema does not tell. `collection`: the page's, whose own field decides when it has one;
    otherwise every collection having the field must agree (`weight` on a hugo-docs page
    whose section has none is a number everywhere else); a field the generator reads as a
    date (`date`, Hugo's `lastmod`) holds dates. A date is what the checks take as
    one (a Jekyll time with its zone; Eleventy's `date: Last Modified`). `schema`: the one
    in force when the caller holds it (else loaded)."""
    from editor_app.core.checks.types import fits_kind
    from editor_app.core.generator_dates import is_generator_date_field

    if "{{" in new or "{%" in new:
        return None  # a template's value (an archetype's `date: '{{ .Date }}'`), filled in later
    if schema is None:
        from editor_app.core.schema import load_schema

        schema = load_schema(site)
    own = schema.collections.get(collection) if collection else None
    own_field = _schema_field(own, field) if own is not None else None
    if own_field is not None:
        kinds = {own_field.type}
    else:
        kinds = {
            f.type
            for cs in schema.collections.values()
            if (f := _schema_field(cs, field)) is not None
        }
    if is_generator_date_field(field, getattr(site, "generator", None)):
        # `date=tomorrow` on a hugo-docs page: Hugo reads it as a date, whatever the few
        # pages writing it made inference call it (none, or text).
        kinds = {"date"}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    try:
        value = parse_cli_value(new)
    except ValueError:
        value = new
    if fits_kind(kind, field, value, getattr(site, "generator", None)):
        return None
    if kind == "number":
        return f"{field} holds numbers, and {new!r} is not a number"
    if kind == "boolean":
        return f"{field} holds true or false, and {new!r} is neither"
    if kind in ("date", "datetime"):
        return f"{field} holds dates, and {new!r} is not one (write it as YYYY-MM-DD)"
    return None


def _schema_field(fields: Any, name: str) -> Any:
    """The collection's schema field `name`; with dots (`params.searchable`), the sub-field
    inside its group, as the form shows a group's fields. A field whose own name holds a dot
    is taken first. None when the schema does not tell of it."""
    found = fields.field(name)
    if found is not None or "." not in name:
        return found
    top, *inner = name.split(".")
    found = fields.field(top)
    for key in inner:
        found = next((f for f in found.fields or () if f.name == key), None) if found else None
    return found


def _same_value(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b


class _UsualListMark:
    """The mark the site's pages write list `field`'s items in by choice, in lists of one
    style ("flow" or "item"): '"', "'", False for plain, None when no page tells; the pages
    are read once, when first asked. A list whose items all need quotes after a rename
    (`[highlight]` -> `["highlight: new"]`) then goes back to the site's habit when renamed
    back: hugo-docs' plain `keywords: [highlight]`, eleventy-website's quoted
    `tags: ["related-filters"]`. Pages holding OLD or NEW are left out (their quotes may be
    the rename's own); up to PAGES pages are read."""

    PAGES = 200

    def __init__(self, site: Site, field: str, old: Any, new: Any) -> None:
        self._site, self._field, self._left_out = site, field, (old, new)
        self._listed: list[tuple[str | None, str, str]] | None = None

    def __call__(self, context: str) -> str | bool | None:
        from editor_app.core.document_yaml_text import QuoteHabits

        if self._listed is None:
            self._listed = self._read()
        listed = tuple(item for item in self._listed if item[2] == context)
        return QuoteHabits(listed=listed).list_items

    def _read(self) -> list[tuple[str | None, str, str]]:
        field, left_out = self._field, self._left_out
        return list_items_of(
            self._site.entries(),
            field,
            lambda entry: any(_uses(entry.front_matter[field], lo) for lo in left_out),
            self.PAGES,
        )


def _rename_in(
    doc: Document, field: str, old: Any, new: Any, usual: _UsualListMark | None = None
) -> bool:
    found, value = field_value(doc.front_matter, field)
    if not found or not _uses(value, old):
        return False
    if field in doc.front_matter:
        doc.set(field, _renamed(value, old, new), usual_list_mark=usual)
        return True
    # Inside a group: the group is set with only that value changed, so only its lines are
    # rewritten (as `set params.x=...` and the form edit a group).
    doc.set(*group_edited(doc.front_matter, field, _renamed(value, old, new)))
    return True


def _edit(site: Site, path: Path, report: RenameReport, change: Callable[[Document], bool]) -> bool:
    """Apply `change(doc)` to one file and save it (unless a dry run); False if unchanged."""
    try:
        doc = Document.load(path, inside=site.root)
    except OSError as exc:
        report.skipped.append((path, f"cannot be read ({exc.strerror or exc})"))
        return False
    if doc.error is not None:
        if _mentions(doc, report):
            report.skipped.append((path, f"its settings cannot be read ({doc.error})"))
        return False
    try:
        if not change(doc) or not doc.is_modified:
            return False
        if not report.dry_run:
            doc.save(inside=site.root)  # a page that is a link leading out is left alone
            site.update_entry(path)
    except (FrontMatterError, ValueError, TypeError) as exc:
        report.skipped.append((path, str(exc)))
        return False
    except OSError as exc:
        report.skipped.append((path, f"cannot be saved ({exc.strerror or exc})"))
        return False
    return True


def _mentions(doc: Document, report: RenameReport) -> bool:
    """A broken document that seems to use the value (so skipping it is worth reporting)."""
    name = report.field.rpartition(".")[2]  # `params.x`: the header writes `x:`
    return f"{name}:" in doc.raw_front_matter and str(report.old) in doc.raw_front_matter


def _relations(
    site: Site, field: str, report: RenameReport, schema: Any = None
) -> set[tuple[str, str]]:
    """The (collection, naming field) pairs FIELD points at in the schema; notes when none."""
    from editor_app.core.schema import FILE_KEY, load_schema

    if schema is None:
        schema = load_schema(site)
    targets: set[tuple[str, str]] = set()
    by_file: set[str] = set()
    for cs in schema.collections.values():
        f = cs.field(field)
        if f is None or f.type != "relation" or not f.collection:
            continue
        if f.key == FILE_KEY:
            by_file.add(f.collection)
        else:
            targets.add((f.collection, f.key or "title"))
    for name in sorted(by_file - {c for c, _ in targets}):
        report.notes.append(
            f"{field} points to {name} by file name; rename that file by hand if needed."
        )
    if not targets and not by_file:
        report.notes.append(
            f"{field} does not refer to pages of another collection: no title to rename."
        )
    return targets


def _rename_targets(
    site: Site, old: Any, new: Any, report: RenameReport, targets: set[tuple[str, str]]
) -> None:
    for name, key in sorted(targets):

        def retitle(doc: Document, key: str = key) -> bool:
            if not _matches(doc.get(key), old):
                return False
            doc.set(key, _new_like(doc.get(key), new))
            return True

        for entry in site.documents(name):
            if entry.error is None and not _matches(entry.front_matter.get(key), old):
                continue
            if _edit(site, entry.path, report, retitle):
                report.targets.append(entry.path)


def _rel(site: Site, path: Path) -> str:
    try:
        return path.relative_to(site.root).as_posix()
    except ValueError:
        return str(path)


__all__ = ["RenameReport", "field_value", "rename_value", "unfit_new_value"]
