"""The fields of each collection: declared in the site's `_schema.yml`, or inferred from documents.

The declared format is described in docs/SCHEMA.md. Inference needs no configuration: it looks
at the values the documents already hold (types, repeated values, titles of other collections,
files in asset folders) and reports odd values in `Schema.notes` instead of failing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor_app.core import safe_paths
from editor_app.core.schema_infer import infer_schema
from editor_app.core.schema_model import (
    CHOICE_MAX,
    DATES,
    DRAFT_BOOLEANS,
    DRAFT_WORDS,
    FIELD_KEYS,
    FIELD_TYPES,
    FILE_KEY,
    LONG_TEXT_CHARS,
    MATCH_SHARE,
    SCHEMA_FILE,
    TYPE_ALIASES,
    CollectionSchema,
    Field,
    Schema,
    SchemaError,
    _join,
    _plain_failure,
    field_label,
    looks_unique,
)
from editor_app.core.schema_yaml import schema_from_yaml, schema_to_yaml
from editor_app.core.site_index import collector_paused

# The schema's rooms: the model (schema_model), the declared file read and written
# (schema_yaml), inference (schema_infer) and its value scans (schema_values). Callers import
# from here.
__all__ = [
    "CHOICE_MAX",
    "DATES",
    "DRAFT_BOOLEANS",
    "DRAFT_WORDS",
    "FIELD_KEYS",
    "FIELD_TYPES",
    "FILE_KEY",
    "LONG_TEXT_CHARS",
    "MATCH_SHARE",
    "SCHEMA_FILE",
    "TYPE_ALIASES",
    "CollectionSchema",
    "Field",
    "Schema",
    "SchemaError",
    "field_label",
    "infer_schema",
    "load_schema",
    "looks_unique",
    "schema_from_yaml",
    "schema_to_yaml",
]

if TYPE_CHECKING:
    from editor_app.core.site import Site

# -- loading ---------------------------------------------------------------------------------


def load_schema(site: Site) -> Schema:
    """The schema in force: `_schema.yml` at the site root when present, else inferred.

    Never raises: a broken file sets `Schema.error` and the inferred schema is used instead.
    Collections the file does not mention are inferred (and say so in `notes`). What the
    documents hold never stops it: a collection or field that cannot be worked out is said in
    `notes` and the rest goes on.
    """
    try:
        with collector_paused():  # a big site's inference makes many objects, no cycles
            schema = _load_schema(site)
        # What the site's layout left unclear (a missing source folder, skipped links) is
        # said with the schema, so every face that shows its notes shows these too.
        schema.notes[:0] = [n for n in site.notes if n not in schema.notes]
        if getattr(site, "generator", None) == "hugo":  # declared fields too: `linktitle` is
            for collection in schema.collections.values():  # `linkTitle` to Hugo
                collection.names_any_case = True
        return schema
    except Exception as exc:  # noqa: BLE001 - the last guard: pages must still open
        return Schema(
            notes=[
                "The fields of this site could not be worked out "
                f"({_plain_failure(exc)}); pages open with their settings shown as written."
            ]
        )


def _load_schema(site: Site) -> Schema:
    site.entries()  # the walk says what it skipped in `site.notes`
    path = site.root / SCHEMA_FILE
    if not safe_paths.is_file(path):
        return infer_schema(site)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        inferred = infer_schema(site)
        why = "it is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else _plain_failure(exc)
        inferred.error = SchemaError(f"the file cannot be read ({why}).")
        inferred.notes.insert(0, f"{SCHEMA_FILE} cannot be read; the fields were inferred.")
        return inferred
    try:
        declared = schema_from_yaml(text, site)
    except SchemaError as exc:
        inferred = infer_schema(site)
        inferred.error = exc
        inferred.notes.insert(0, f"{exc} The fields were inferred from the documents instead.")
        return inferred
    missing = [n for n in site.collections if n not in declared.collections]
    # Named for other settings (`sections:`) but without `fields:`: their fields are inferred.
    unlisted = [
        n
        for n in site.collections
        if n in declared.collections and not declared.collections[n].fields_declared
    ]
    if missing or unlisted:
        inferred = infer_schema(site, only=missing + unlisted)
        for name in missing + unlisted:
            declared.collections[name] = inferred.collections[name]
        if missing:
            declared.notes.append(
                f"{SCHEMA_FILE} does not list {_join(missing)}; "
                "their fields were inferred from the documents."
            )
        if unlisted:
            declared.notes.append(
                f"{SCHEMA_FILE} gives no fields for {_join(unlisted)}; "
                "they were inferred from the documents."
            )
        declared.notes.extend(inferred.notes)
    return declared
