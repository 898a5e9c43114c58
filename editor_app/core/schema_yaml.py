"""The declared schema file (`_schema.yml`) read and written (docs/SCHEMA.md)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from editor_app.core.schema_model import (
    FIELD_KEYS,
    FIELD_TYPES,
    SCHEMA_FILE,
    TYPE_ALIASES,
    CollectionSchema,
    Field,
    Schema,
    SchemaError,
    _distance,
)

if TYPE_CHECKING:
    from editor_app.core.site import Site


def schema_from_yaml(text: str, site: Site | None = None) -> Schema:
    """Read the declared format (docs/SCHEMA.md). Raises `SchemaError` naming the line."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise SchemaError(
            f"this is not valid YAML ({(exc.problem or 'unreadable').strip()}).",
            mark.line + 1 if mark else None,
        ) from exc
    except yaml.YAMLError as exc:
        raise SchemaError(f"this is not valid YAML ({exc}).") from exc
    finally:
        loader.dispose()
    if node is None:
        raise SchemaError("the file is empty: it should start with `collections:`.", 1)
    reader = _NodeReader(loader, site)
    return reader.schema(node)


class _NodeReader:
    """Walks the YAML nodes so every complaint can name its line."""

    def __init__(self, loader: yaml.SafeLoader, site: Site | None) -> None:
        self.loader = loader
        self.site = site

    @staticmethod
    def line(node: yaml.Node) -> int:
        return node.start_mark.line + 1

    def mapping(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            raise SchemaError(f"{what} should be a set of `name: value` lines.", self.line(node))
        out = []
        seen: set[str] = set()
        for k, v in node.value:
            key = self.value(k)
            if not isinstance(key, str):
                raise SchemaError(f"{key!r} is not a valid name in {what}.", self.line(k))
            if key in seen:
                raise SchemaError(f"`{key}` appears twice in {what}.", self.line(k))
            seen.add(key)
            out.append((key, k, v))
        return out

    def value(self, node: yaml.Node) -> Any:
        try:
            return self.loader.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            raise SchemaError(f"this value cannot be read ({exc}).", self.line(node)) from exc
        except (ValueError, OverflowError, RecursionError) as exc:  # e.g. 2023-02-30
            raise SchemaError("this value cannot be read.", self.line(node)) from exc

    def schema(self, node: yaml.Node) -> Schema:
        top = self.mapping(node, "the file")
        collections: dict[str, CollectionSchema] = {}
        found = False
        for key, knode, vnode in top:
            if key in ("version", "checks", "style"):  # checks, style: core/checks/settings.py
                continue
            if key != "collections":
                raise SchemaError(
                    f"unknown setting `{key}`: the file holds `collections:`"
                    + _did_you_mean(key, ("collections", "version", "checks", "style")),
                    self.line(knode),
                )
            found = True
            for name, cknode, cnode in self.mapping(vnode, "`collections`"):
                collections[name] = self.collection(name, cknode, cnode)
        if not found:
            raise SchemaError("the file should start with `collections:`.", self.line(node))
        return Schema(collections=collections, source="declared")

    def collection(self, name: str, knode: yaml.Node, node: yaml.Node) -> CollectionSchema:
        if self.site is not None and name not in self.site.collections:
            known = ", ".join(sorted(self.site.collections)) or "none"
            raise SchemaError(
                f"there is no collection called `{name}` in this site (it has: {known})."
                + _did_you_mean(name, tuple(self.site.collections)),
                self.line(knode),
            )
        if isinstance(node, yaml.SequenceNode):  # shorthand: the list of fields directly
            return CollectionSchema(name, self.fields(node, f"collection `{name}`"))
        fields: list[Field] = []
        declared = False
        for key, k, v in self.mapping(node, f"collection `{name}`"):
            if key == "fields":
                declared = True
                fields = self.fields(v, f"collection `{name}`")
            elif key not in ("label", "sections"):  # sections: core/checks/settings.py
                raise SchemaError(
                    f"unknown setting `{key}` in collection `{name}`: it holds `fields:`"
                    + _did_you_mean(key, ("fields", "label", "sections")),
                    self.line(k),
                )
        return CollectionSchema(name, fields, fields_declared=declared)

    def fields(self, node: yaml.Node, where: str) -> list[Field]:
        if not isinstance(node, yaml.SequenceNode):
            raise SchemaError(
                f"the fields of {where} should be a list (lines starting with `- name:`).",
                self.line(node),
            )
        result: list[Field] = []
        names: set[str] = set()
        for item in node.value:
            f = self.field(item, where)
            if f.name in names:
                raise SchemaError(f"field `{f.name}` is listed twice in {where}.", self.line(item))
            names.add(f.name)
            result.append(f)
        return result

    def field(self, node: yaml.Node, where: str) -> Field:
        if isinstance(node, yaml.ScalarNode):  # shorthand: `- subtitle` is a text field
            name = self.value(node)
            if not isinstance(name, str) or not name:
                raise SchemaError(f"a field of {where} has no name.", self.line(node))
            return Field(name)
        items = self.mapping(node, f"a field of {where}")
        values: dict[str, tuple[Any, yaml.Node]] = {}
        for key, k, v in items:
            if key not in FIELD_KEYS:
                raise SchemaError(
                    f"unknown setting `{key}` for a field of {where}"
                    + _did_you_mean(key, FIELD_KEYS, default="."),
                    self.line(k),
                )
            values[key] = (v if key == "fields" else self.value(v), v)
        line = self.line(node)
        name = values.get("name", (None, node))[0]
        if not isinstance(name, str) or not name.strip():
            raise SchemaError(f"a field of {where} has no `name`.", line)

        def get(key: str, kind: type | tuple[type, ...], default: Any = None) -> Any:
            if key not in values:
                return default
            value, vnode = values[key]
            if value is None:
                return default
            if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
                expected = {
                    str: "a piece of text",
                    bool: "true or false",
                    list: "a list",
                }.get(kind if isinstance(kind, type) else str, "a value")
                raise SchemaError(
                    f"`{key}` of field `{name}` should be {expected}.", self.line(vnode)
                )
            return value

        ftype = get("type", str, "text").strip().lower()
        ftype = TYPE_ALIASES.get(ftype, ftype).replace(" ", "_").replace("-", "_")
        if ftype not in FIELD_TYPES:
            tnode = values["type"][1]
            raise SchemaError(
                f"field `{name}` has an unknown type `{values['type'][0]}`"
                + _did_you_mean(str(values["type"][0]), FIELD_TYPES, default=".")
                + f" Types: {', '.join(FIELD_TYPES)}.",
                self.line(tnode),
            )
        choices = get("choices", list)
        if ftype in ("choice", "choices") and not choices:
            raise SchemaError(
                f"field `{name}` is a {ftype} but lists no `choices`.",
                line,
            )
        collection = get("collection", str)
        if ftype == "relation":
            if not collection:
                raise SchemaError(
                    f"field `{name}` is a relation but names no `collection` to pick from.",
                    line,
                )
            if self.site is not None and collection not in self.site.collections:
                raise SchemaError(
                    f"field `{name}` points to a collection `{collection}` this site does not "
                    "have" + _did_you_mean(collection, tuple(self.site.collections), default="."),
                    self.line(values["collection"][1]),
                )
        folder = get("folder", str)
        if folder is not None:
            folder = folder.strip().strip("/")
            if ".." in Path(folder).parts or os.path.isabs(folder):
                raise SchemaError(
                    f"the `folder` of field `{name}` must be inside the site.",
                    self.line(values["folder"][1]),
                )
        subfields: list[Field] = []
        if "fields" in values and values["fields"][0] is not None:
            subfields = self.fields(values["fields"][0], f"field `{name}`")
        # An object without `fields` is a free-form group (what inference gives for `[{}]`):
        # its values are shown and kept as written.
        default = values.get("default", (None, node))[0]
        return Field(
            name=name.strip(),
            type=ftype,
            label=str(get("label", (str, int, float), "") or ""),
            required=get("required", bool, False),
            default=default,
            help=str(get("help", str, "") or ""),
            choices=list(choices) if choices else None,
            collection=collection,
            key=get("key", str, "title"),
            multiple=get("multiple", bool, False),
            folder=folder or None,
            fields=subfields,
            unique=get("unique", bool, False),
        )


def _did_you_mean(word: str, options: tuple[str, ...], default: str = ".") -> str:
    best = min(options, key=lambda o: _distance(word.lower(), o.lower()), default=None)
    # Longer words may be further off and still clearly meant (`relashun` for `relation`).
    if best is not None and _distance(word.lower(), best.lower()) <= max(2, (len(word) + 2) // 3):
        return f" (did you mean `{best}`?)"
    return default


# -- writing ---------------------------------------------------------------------------------


def _with_required_comments(dumped: str, loose: dict[tuple[str, str], str]) -> str:
    """Each loose field's comment, after its `label:` line (where `required:` would be)."""
    out: list[str] = []
    collection = field = None
    for line in dumped.splitlines(keepends=True):
        out.append(line)
        if (m := re.fullmatch(r"  (\S.*):\n", line)) is not None:
            collection, field = m.group(1), None
        elif (m := re.fullmatch(r"    - name: (.+)\n", line)) is not None:
            field = yaml.safe_load(m.group(1))
        elif line.startswith("      label:") and (collection, field) in loose:
            out.append(f"      {loose[(collection, field)]}\n")
    return "".join(out)


def _field_dict(f: Field, keep_required: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"name": f.name, "type": f.type, "label": f.label}
    if f.required and keep_required:
        out["required"] = True
    if f.default is not None:
        out["default"] = f.default
    if f.choices:
        out["choices"] = list(f.choices)
    if f.collection:
        out["collection"] = f.collection
    if f.type == "relation" and f.key != "title":
        out["key"] = f.key
    if f.multiple:
        out["multiple"] = True
    if f.folder:
        out["folder"] = f.folder
    if f.unique:
        out["unique"] = True
    if f.fields:
        out["fields"] = [_field_dict(sub) for sub in f.fields]
    if f.help:
        out["help"] = f.help
    return out


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Lists of plain values on one line (`choices: [draft, final]`), the rest as blocks.

    The C emitter when there is one: the same text, and a schema of thousands of fields is
    written in a blink instead of a minute."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["width"] = 4096  # never fold a help text over two lines
        super().__init__(*args, **kwargs)


def _represent_list(dumper: yaml.SafeDumper, data: list) -> yaml.Node:
    flow = all(not isinstance(x, list | dict) for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _represent_list)


def schema_to_yaml(
    schema: Schema, loose_required: dict[tuple[str, str], str] | None = None
) -> str:
    """The schema in the declared-file format, ready to save as `_schema.yml`.

    `loose_required`: (collection, field) -> a comment written in place of the field's
    `required: true` (core/schema_declare.py says which and why)."""
    lines = [
        "# The fields of each collection, for editor-app (format: docs/SCHEMA.md).",
        f"# Save this as {SCHEMA_FILE} at the site root and adjust it; it is then used as is.",
    ]
    if schema.source == "inferred":
        lines.append("# Inferred from the documents.")
    for note in schema.notes:
        lines.append("# Note: " + note.replace("\n", " "))
    loose = loose_required or {}
    body = {
        "collections": {
            name: {
                "fields": [
                    _field_dict(f, keep_required=(name, f.name) not in loose) for f in cs.fields
                ]
            }
            for name, cs in schema.collections.items()
        }
    }
    dumped = yaml.dump(
        body, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False
    )
    if loose:
        dumped = _with_required_comments(dumped, loose)
    # A blank line before each collection makes the file easier to read and edit.
    dumped = re.sub(r"(?<!collections:)\n(  \S)", r"\n\n\1", dumped)
    return "\n".join(lines) + "\n" + dumped
