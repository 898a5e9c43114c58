"""Hugo's `transform.Remarshal`: settings written in TOML, YAML or JSON printed in another.

Hugo's documentation shows every example of settings in the three formats (its
`code-toggle` shortcode, `hugo_shortcodes.py`), converted by Remarshal: the data is read
(the format told by its first `{`, `:` or `=`), then printed with its keys sorted, in the
style of the Go libraries Hugo uses (checked against Hugo 0.111): TOML with single-quoted
strings and each table's keys indented under it, YAML with lists at their key's indent,
JSON indented three spaces with `<`, `>`, `&` escaped.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import tomllib
from typing import Any

import yaml

FORMATS = ("toml", "yaml", "json")
MAX_VALUES = 20_000  # more than any settings example; an alias bomb stops here
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")
_TOML_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
                 "\r": "\\r"}


class RemarshalError(ValueError):
    """The text is not data in any of the three formats (the message says where, plainly)."""


class _GoYamlLoader(yaml.SafeLoader):
    """YAML read as Hugo (go-yaml v2) reads it: a date stays the text it is written as,
    `y` and `n` are true and false, and keys are their text (`1:` is "1", `y:` is "y")."""

    bool_values = {**yaml.SafeLoader.bool_values, "y": True, "n": False}

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        self.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                key: Any = key_node.value
            else:
                key = self.construct_object(key_node, deep=deep)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


_GoYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_GoYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:y|Y|n|N)$"), list("yYnN")
)


def format_of(text: str) -> str | None:
    """"json", "yaml" or "toml" as Hugo tells them apart: whichever of `{`, `:` and `=`
    comes first (None: none of them)."""
    found = {fmt: text.find(mark) for fmt, mark in (("json", "{"), ("yaml", ":"), ("toml", "="))}
    found = {fmt: at for fmt, at in found.items() if at >= 0}
    return min(found, key=lambda fmt: found[fmt]) if found else None


def load(text: str, fmt: str | None = None) -> tuple[str, dict[str, Any]]:
    """(the format, the data) of `text` (in `fmt`, else the format Hugo would tell);
    RemarshalError when it cannot be read."""
    fmt = fmt or format_of(text)
    try:
        if fmt == "toml":
            data: Any = tomllib.loads(text)
        elif fmt == "json":
            data = json.loads(text, parse_int=float)  # Go reads every JSON number so
        elif fmt == "yaml":
            data = yaml.load(text, Loader=_GoYamlLoader)  # noqa: S506 (a safe loader)
        else:
            raise RemarshalError("it holds no settings (no '=', ':' or '{')")
    except tomllib.TOMLDecodeError as e:
        raise RemarshalError(f"it is not valid TOML ({e})") from e
    except json.JSONDecodeError as e:
        raise RemarshalError(f"it is not valid JSON ({e.msg}, line {e.lineno})") from e
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        line = f", line {where.line + 1}" if where is not None else ""
        raise RemarshalError(f"it is not valid YAML{line}") from e
    if not isinstance(data, dict):
        raise RemarshalError(f"it is not a table of settings in {fmt.upper()}")
    return fmt, data


def dump(data: dict[str, Any], fmt: str) -> str:
    """`data` printed in `fmt` ("toml", "yaml" or "json") as Hugo's Remarshal prints it."""
    data = _plain(data, in_lists=fmt != "toml")
    if fmt == "json":
        text = json.dumps(data, indent=3, sort_keys=True, ensure_ascii=False, default=_iso)
        # Go's encoder escapes these three in strings (they appear nowhere else in JSON).
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"
    if fmt == "yaml":
        return yaml.dump(
            data, Dumper=_GoYaml, sort_keys=True, allow_unicode=True,
            default_flow_style=False, width=10**6,
        )
    if fmt == "toml":
        lines: list[str] = []
        _toml_table(data, [], 0, lines)
        return "".join(line + "\n" for line in lines)
    raise ValueError(f"unknown format {fmt!r}")


def _plain(value: Any, in_lists: bool = True, budget: list[int] | None = None) -> Any:
    """Whole-number floats as integers, keys as text. Hugo turns a table's whole floats
    into integers (`1e10` is 10000000000); go-yaml and Go's JSON print any whole float so
    (`in_lists`), go-toml keeps a list's as floats (`[1.0, 'two']`). YAML's aliases can
    name a list many times over: past MAX_VALUES values it is too large to print."""
    if budget is None:
        budget = [MAX_VALUES]
    budget[0] -= 1
    if budget[0] < 0:
        raise RemarshalError(f"it holds more than {MAX_VALUES:,} values")
    if isinstance(value, dict):
        return {str(k): _plain(v, in_lists, budget) for k, v in value.items()}
    if isinstance(value, list):
        return [
            _plain(v, in_lists, budget) if in_lists or not isinstance(v, float) else v
            for v in value
        ]
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return int(value)
    return value


def _iso(value: Any) -> str:
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


class _GoYaml(yaml.SafeDumper):
    """PyYAML printing as go-yaml does: quotes are double, a text of several lines is a
    `|` block, dates are written as TOML and JSON write them."""


def _yaml_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value and not value.startswith(" ") and value.strip("\n"):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    resolved = dumper.resolve(yaml.ScalarNode, value, (True, False))
    ambiguous = resolved != "tag:yaml.org,2002:str" or value.lower() in ("y", "n")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"' if ambiguous else None)


def _yaml_date(dumper: yaml.SafeDumper, value: _dt.date) -> yaml.ScalarNode:
    if not isinstance(value, _dt.datetime):  # TOML's local date: text to go-yaml, quoted
        return _yaml_text(dumper, value.isoformat())
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat())


_GoYaml.add_representer(str, _yaml_text)
_GoYaml.add_representer(_dt.datetime, _yaml_date)
_GoYaml.add_representer(_dt.date, _yaml_date)
# TOML's local time (`t = 07:30:00`): text to go-yaml, as a local date is
_GoYaml.add_representer(_dt.time, lambda dumper, value: _yaml_text(dumper, value.isoformat()))


def _is_table_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _toml_string(key)


def _toml_string(text: str, literal: bool = True) -> str:
    if literal and "'" not in text and not any(c < " " or c == "\x7f" for c in text):
        return f"'{text}'"
    out = "".join(
        _TOML_ESCAPES.get(c, c if " " <= c != "\x7f" else f"\\u{ord(c):04X}") for c in text
    )  # DEL, like the control characters, is written escaped (TOML allows it no other way)
    return f'"{out}"'


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, dict):
        inner = ", ".join(
            f"{_toml_key(k)} = {_toml_value(v)}" for k, v in sorted(value.items()) if v is not None
        )
        return "{" + inner + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value if v is not None) + "]"
    return _toml_string(str(value))


def _toml_table(table: dict[str, Any], path: list[str], depth: int, lines: list[str]) -> None:
    """A table's keys at `depth` (two spaces each), then its tables: a table's header at
    its parent's keys' indent, an array of tables' headers at none (go-toml's style)."""
    pad = "  " * depth
    nested = []
    for key, value in sorted(table.items()):
        if value is None:
            continue  # TOML has no null: go-toml leaves the key out
        if isinstance(value, dict) or _is_table_list(value):
            nested.append((key, value))
        else:
            lines.append(f"{pad}{_toml_key(key)} = {_toml_value(value)}")
    for key, value in nested:
        name = ".".join(_toml_key(k) for k in [*path, key])
        if isinstance(value, dict):
            lines.append(f"{pad}[{name}]")
            _toml_table(value, [*path, key], depth + 1, lines)
        else:
            for item in value:
                lines.append(f"[[{name}]]")
                _toml_table(item, [*path, key], depth, lines)
