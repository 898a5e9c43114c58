"""`editor-app set` on headers shaped as the five sites write them (YAML: Jekyll, Eleventy and
Hugo pages; TOML: Hugo's `+++` with `[params]` tables), over generated values: setting one
field changes only that field's lines, and setting it back to what it was gives the file
byte for byte. A value that needed quotes (`title: "It's: new"`) made the next one quoted
too, so a title set and set back came back as `title: "Governance Board"`, a TOML list
of 'literal' strings came back "basic", and a list emptied and set back came back `[a, b]`
where the page and the others write one item a line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from editor_app.cli import main
from editor_app.core.document import Document

# Text an author types as a value: words, and the marks that make YAML or TOML quote it.
WORDS = (
    st.text(st.sampled_from("abcdefgh XYZ.,'&?/"), min_size=1, max_size=12)
    .map(lambda s: " ".join(s.split()))
    .filter(lambda s: s and s[0].isalpha())
)
HOSTILE = st.sampled_from(
    ["It's: new", 'A "quoted" word', "#1 pick", "- dash", "[]any", "a: b", "@handle", "50%",
     "x 'y' z", "C:\\path", "yes", "on"]
)  # fmt: skip
TEXTS = st.one_of(WORDS, HOSTILE)
ITEMS = st.lists(st.sampled_from(["Justice", "Health", "Data", "where", "Blog"]), max_size=3)
DATES = st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))

# field: (kind of value, how it is written on the command line)
FIELDS = {
    "title": "text",
    "description": "text",
    "date": "date",
    "draft": "bool",
    "weight": "int",
    "tags": "list",
    "params.reference": "text",
    "params.items": "list",
}


def cli_text(kind: str, value: object) -> str:
    if kind == "list":
        return "[" + ", ".join(value) + "]"  # type: ignore[arg-type]
    if kind == "bool":
        return "true" if value else "false"
    return str(value)


def value_of(kind: str) -> st.SearchStrategy:
    return {
        "text": TEXTS,
        "date": DATES,
        "bool": st.booleans(),
        "int": st.integers(0, 500),
        "list": ITEMS,
    }[kind]


def _yaml_text(value: str, quote: str) -> str:
    if quote == "'":
        return "'" + value.replace("'", "''") + "'"
    if quote == '"':
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


def yaml_header(values: dict, quotes: dict, flow_tags: bool) -> list[tuple[str, list[str]]]:
    """(field, its lines) in order, as Jekyll, Eleventy and Hugo pages write YAML."""
    tags = values["tags"]
    if flow_tags or not tags:
        tag_lines = ["tags: [" + ", ".join(tags) + "]"]
    else:
        tag_lines = ["tags:", *[f"  - {t}" for t in tags]]
    return [
        ("layout", ["layout: post"]),
        ("title", [f"title: {_yaml_text(values['title'], quotes['title'])}"]),
        ("description", [f"description: {_yaml_text(values['description'], quotes['description'])}"]),
        ("date", [f"date: {values['date'].isoformat()}"]),
        ("draft", [f"draft: {cli_text('bool', values['draft'])}"]),
        ("weight", [f"weight: {values['weight']}"]),
        ("tags", tag_lines),
        ("params", ["params:"]),
        ("params.reference", [f"  reference: {_yaml_text(values['params.reference'], quotes['params.reference'])}"]),
        ("params.items", ["  items: [" + ", ".join(values["params.items"]) + "]"]),
    ]  # fmt: skip


def _toml_text(value: str, quote: str) -> str:
    if quote == "'":
        return "'" + value + "'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_header(values: dict, quotes: dict, flow_tags: bool) -> list[tuple[str, list[str]]]:
    """(field, its lines) in order, as Hugo's own pages write TOML ('literal' strings)."""
    q = quotes["tags"]
    tags = "[" + ", ".join(_toml_text(t, q) for t in values["tags"]) + "]"
    items = "[" + ", ".join(_toml_text(t, q) for t in values["params.items"]) + "]"
    return [
        ("title", [f"title = {_toml_text(values['title'], quotes['title'])}"]),
        ("description", [f"description = {_toml_text(values['description'], quotes['description'])}"]),
        ("date", [f"date = {values['date'].isoformat()}"]),
        ("draft", [f"draft = {cli_text('bool', values['draft'])}"]),
        ("weight", [f"weight = {values['weight']}"]),
        ("tags", [f"tags = {tags}"]),
        ("params", ["[params]"]),
        ("params.reference", [f"reference = {_toml_text(values['params.reference'], quotes['params.reference'])}"]),
        ("params.items", [f"items = {items}"]),
    ]  # fmt: skip


def write_site(root: Path, kind: str, blocks: list[tuple[str, list[str]]], newline: str) -> Path:
    (root / "hugo.toml").write_text("title = 'Docs'\n", encoding="utf-8")
    page = root / "content" / "docs" / "page.md"
    page.parent.mkdir(parents=True, exist_ok=True)
    fence = "---" if kind == "yaml" else "+++"
    lines = [fence, *[line for _field, block in blocks for line in block], fence, "", "Text."]
    page.write_bytes((newline.join(lines) + newline).encode())
    # Another page of the kind, written alike: how "the others" write a field emptied and
    # given a value again (`tags: []`, then one tag a line).
    (page.parent / "other.md").write_bytes(page.read_bytes())
    return page


def plain_ok_yaml(value: str) -> bool:
    import yaml

    try:
        return yaml.safe_load(f"k: {value}\n") == {"k": value}
    except yaml.YAMLError:
        return False


@st.composite
def headers(draw: st.DrawFn) -> dict:
    kind = draw(st.sampled_from(["yaml", "toml"]))
    # The author's values: text YAML writes plain, or quotes as the author chose to.
    values = {f: draw(value_of(k).filter(lambda v: not isinstance(v, str) or plain_ok_yaml(v)))
              for f, k in FIELDS.items()}  # fmt: skip
    if kind == "toml":
        values = {f: v.replace("'", "") if isinstance(v, str) else v for f, v in values.items()}
    marks = ["'", '"'] if kind == "toml" else [None, "'", '"']
    quotes = {f: draw(st.sampled_from(marks)) for f in FIELDS}
    if kind == "yaml":
        # A header quoting its text all one way, or not at all (connectedbydata: emails quoted,
        # titles plain; Hugo's: all plain), as people write them.
        habit = draw(st.sampled_from(marks))
        quotes = {f: habit for f in quotes}
    else:
        quotes = dict.fromkeys(quotes, draw(st.sampled_from(marks)))
    field = draw(st.sampled_from(sorted(FIELDS)))
    new = draw(value_of(FIELDS[field]))
    return {
        "kind": kind,
        "values": values,
        "quotes": quotes,
        "flow_tags": draw(st.booleans()),
        "newline": draw(st.sampled_from(["\n", "\r\n"])),
        "field": field,
        "new": new,
    }


def run_set(page: Path, field: str, text: str) -> int:
    return main(["set", str(page), f"{field}={text}"])


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=headers())
@example(  # connectedbydata: a plain title set to one needing quotes, then back
    case={
        "kind": "yaml",
        "values": {"title": "Governance Board", "description": "Minutes", "date": dt.date(2023, 4, 11),
                   "draft": False, "weight": 1, "tags": ["Data"], "params.reference": "board",
                   "params.items": []},
        "quotes": dict.fromkeys(FIELDS),
        "flow_tags": False, "newline": "\n", "field": "title", "new": "It's: new",
    }
)  # fmt: skip
@example(  # a block list emptied (`tags: []`) and set back: one item a line again
    case={
        "kind": "yaml",
        "values": {"title": "X", "description": "X", "date": dt.date(2000, 1, 1), "draft": False,
                   "weight": 0, "tags": ["Justice"], "params.reference": "X", "params.items": []},
        "quotes": dict.fromkeys(FIELDS),
        "flow_tags": False, "newline": "\n", "field": "tags", "new": [],
    }
)  # fmt: skip
@example(  # Hugo's TOML: 'literal' strings, a list set and set back
    case={
        "kind": "toml",
        "values": {"title": "collections.Where", "description": "Returns a slice", "date": dt.date(2024, 1, 14),
                   "draft": False, "weight": 10, "tags": ["where"], "params.reference": "x",
                   "params.items": ["where"]},
        "quotes": dict.fromkeys(FIELDS, "'"),
        "flow_tags": True, "newline": "\n", "field": "tags", "new": ["where", "Data"],
    }
)  # fmt: skip
@example(  # Hugo's TOML: a title needing "basic" quotes, then back to a 'literal' one
    case={
        "kind": "toml",
        "values": {"title": "collections.Where", "description": "Returns a slice", "date": dt.date(2024, 1, 14),
                   "draft": False, "weight": 10, "tags": [], "params.reference": "x",
                   "params.items": []},
        "quotes": dict.fromkeys(FIELDS, "'"),
        "flow_tags": True, "newline": "\r\n", "field": "title", "new": "It's: new",
    }
)  # fmt: skip
def test_a_field_set_changes_its_lines_only_and_set_back_gives_the_same_bytes(
    tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str], case: dict
) -> None:
    kind, values, field, new = case["kind"], case["values"], case["field"], case["new"]
    make = yaml_header if kind == "yaml" else toml_header
    blocks = make(values, case["quotes"], case["flow_tags"])
    page = write_site(tmp_path_factory.mktemp("site"), kind, blocks, case["newline"])
    original = page.read_bytes()
    nl = case["newline"]

    assert run_set(page, field, cli_text(FIELDS[field], new)) == 0, capsys.readouterr().err
    capsys.readouterr()
    changed = page.read_bytes().decode()
    doc = Document.from_text(changed)
    read = doc.front_matter
    for part in field.split("."):
        read = read[part]
    assert read == new

    # Only the field's own lines changed: every line before them and after them is the same.
    at = [f for f, _ in blocks].index(field)
    before = 1 + sum(len(b) for _, b in blocks[:at])
    after = sum(len(b) for _, b in blocks[at + 1 :]) + 4  # the closing fence, blank, text, ""
    old_lines, new_lines = original.decode().split(nl), changed.split(nl)
    assert new_lines[:before] == old_lines[:before]
    assert new_lines[-after:] == old_lines[-after:]

    old = values[field]
    assert run_set(page, field, cli_text(FIELDS[field], old)) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert page.read_bytes() == original


def test_hugos_return_type_set_and_set_back_keeps_its_single_quotes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """hugo-docs writes `returnType: '[]any'`; set to `int` and back it was `"[]any"`."""
    blocks = [
        ("title", ["title: collections.Where"]),
        ("params", ["params:", "  functions_and_methods:"]),
        ("aliases", ["    aliases: [where]"]),
        ("returnType", ["    returnType: '[]any'"]),
        ("signatures", ["    signatures: ['collections.Where SLICE KEY [OPERATOR] VALUE']"]),
    ]
    page = write_site(tmp_path, "yaml", blocks, "\n")
    original = page.read_bytes()
    field = "params.functions_and_methods.returnType"
    assert run_set(page, field, "int") == 0
    assert "    returnType: int\n" in page.read_text(encoding="utf-8")
    assert run_set(page, field, "[]any") == 0
    assert page.read_bytes() == original, capsys.readouterr().err
