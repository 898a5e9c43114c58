"""TOML (`+++`) and JSON (`{ ... }`) front matter, as Hugo writes them: read, located and edited
as losslessly as YAML (unchanged = byte-identical, an edit changes only that field's lines)."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from pathlib import Path

import pytest
import tomlkit
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from shared_sites import SHARED_SITES

from editor_app.core.document import Document, FrontMatterError

HUGO = SHARED_SITES / "hugo-docs"


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True), n=0
        )
        if not line.startswith(("---", "+++", "@@"))
    ]


# -- the two formats, by hand -------------------------------------------------------------------

TOML_PAGE = (
    "+++\n"
    'title = "Getting started"  # shown in the menu\n'
    "date = 2024-01-02T10:00:00Z\n"
    "draft = false\n"
    'tags = ["install", "setup"]\n'
    "weight = 10\n"
    "\n"
    "[params]\n"
    '  author = "Ada"\n'
    "\n"
    "[[cascade]]\n"
    "  x = 1\n"
    "+++\n"
    "Body with {{< shortcode >}}.\n"
)

JSON_PAGE = (
    "{\n"
    '  "title": "Getting started",\n'
    '  "date": "2024-01-02",\n'
    '  "tags": ["install", "setup"],\n'
    '  "params": {"author": "Ada"}\n'
    "}\n"
    "Body.\n"
)


def test_toml_front_matter_reads_as_data_with_lines() -> None:
    doc = Document.from_text(TOML_PAGE)
    assert doc.front_matter_format == "toml" and doc.error is None
    assert doc.front_matter["title"] == "Getting started"
    assert doc.front_matter["date"] == dt.datetime(2024, 1, 2, 10, tzinfo=dt.UTC)
    assert doc.front_matter["params"] == {"author": "Ada"}
    assert doc.front_matter["cascade"] == [{"x": 1}]
    assert [doc.field_line(k) for k in ("title", "weight", "params", "cascade")] == [2, 6, 8, 11]
    assert doc.body == "Body with {{< shortcode >}}.\n"
    assert doc.body_start_line == 14
    assert doc.to_bytes() == TOML_PAGE.encode()


def test_toml_set_changes_only_that_line_and_same_value_changes_nothing() -> None:
    doc = Document.from_text(TOML_PAGE)
    doc.set("title", "Getting started")
    doc.set("tags", ("install", "setup"))
    assert not doc.is_modified
    doc.set("title", "First steps")
    assert changed_lines(TOML_PAGE, doc.text) == [
        '-title = "Getting started"  # shown in the menu\n',
        '+title = "First steps"  # shown in the menu\n',
    ]
    doc.set("draft", True)
    doc.set("weight", 20)
    doc.set("tags", ["install", "setup", "linux"])
    assert doc.front_matter["tags"] == ["install", "setup", "linux"]
    assert len(changed_lines(TOML_PAGE, doc.text)) == 8


def test_toml_new_field_goes_before_the_tables_and_remove_drops_its_lines() -> None:
    doc = Document.from_text(TOML_PAGE)
    doc.set("slug", "start")
    assert doc.text.index('slug = "start"') < doc.text.index("[params]")
    assert doc.front_matter["params"] == {"author": "Ada"}, "not put inside a table"
    doc.remove("slug")
    doc.remove("weight")
    assert changed_lines(TOML_PAGE, doc.text) == ["-weight = 10\n"]
    doc.remove("params")
    assert "author" not in doc.text and doc.front_matter["cascade"] == [{"x": 1}]


def test_toml_values_toml_cannot_hold_are_refused_without_a_change() -> None:
    doc = Document.from_text(TOML_PAGE)
    with pytest.raises(ValueError, match="no empty value"):
        doc.set("title", None)
    assert not doc.is_modified


def test_toml_with_crlf_keeps_its_line_endings() -> None:
    page = TOML_PAGE.replace("\n", "\r\n")
    doc = Document.from_text(page)
    doc.set("title", "First steps")
    doc.set("slug", "start")
    assert "\n" not in doc.text.replace("\r\n", "")
    assert doc.text.count("\r\n") == page.count("\r\n") + 1


def test_broken_toml_is_reported_on_its_line() -> None:
    page = '+++\ntitle = "Fine"\ndate = 2024-01-02\nauthor = "Never closed\n+++\nBody.\n'
    doc = Document.from_text(page)
    assert doc.front_matter == {}
    assert isinstance(doc.error, FrontMatterError) and doc.error.line == 4
    assert "quotation mark" in doc.error.message and "(at line" not in doc.error.message
    with pytest.raises(FrontMatterError):
        doc.set("title", "x")


def test_json_front_matter_reads_as_data_with_lines() -> None:
    doc = Document.from_text(JSON_PAGE)
    assert doc.front_matter_format == "json" and doc.error is None
    assert doc.front_matter["params"] == {"author": "Ada"}
    assert [doc.field_line(k) for k in ("title", "date", "params")] == [2, 3, 5]
    assert doc.body == "Body.\n" and doc.body_start_line == 7
    assert doc.to_bytes() == JSON_PAGE.encode()


def test_json_set_and_remove_change_only_that_member() -> None:
    doc = Document.from_text(JSON_PAGE)
    doc.set("title", "Getting started")
    doc.set("date", dt.date(2024, 1, 2))  # JSON has no dates: the same ISO text
    assert not doc.is_modified
    doc.set("title", "First steps")
    assert changed_lines(JSON_PAGE, doc.text) == [
        '-  "title": "Getting started",\n',
        '+  "title": "First steps",\n',
    ]
    doc.set("draft", True)
    assert doc.text.endswith('  "params": {"author": "Ada"},\n  "draft": true\n}\nBody.\n')
    doc.remove("draft")
    doc.remove("date")
    assert changed_lines(JSON_PAGE, doc.text) == [
        '-  "title": "Getting started",\n',
        '-  "date": "2024-01-02",\n',
        '+  "title": "First steps",\n',
    ]
    doc.body = "New body.\n"
    assert json.loads(doc.raw_front_matter) == doc.front_matter


def test_json_that_is_template_code_is_not_a_header() -> None:
    for text in ("{% include note.html %}\nText\n", "{{ .Title }}\n", "{not json}\n"):
        doc = Document.from_text(text)
        assert not doc.has_front_matter and doc.body == text


def test_broken_json_is_reported_on_its_line() -> None:
    doc = Document.from_text('{\n  "title": "Hi",\n  "tags": ["a",]\n}\nBody.\n')
    assert doc.error is not None and doc.error.line == 3 and "JSON" in doc.error.message
    assert doc.body == "Body.\n"


def test_eleventy_json_between_dashes() -> None:
    page = '---json\n{\n  "title": "Eleventy",\n  "tags": ["post"]\n}\n---\nBody.\n'
    doc = Document.from_text(page)
    assert doc.front_matter == {"title": "Eleventy", "tags": ["post"]}
    assert doc.field_line("tags") == 4
    doc.set("title", "Changed")
    assert changed_lines(page, doc.text) == [
        '-  "title": "Eleventy",\n',
        '+  "title": "Changed",\n',
    ]


def test_hand_repair_keeps_the_header_format() -> None:
    doc = Document.from_text(TOML_PAGE)
    doc.set_raw_front_matter('title = "Repaired"\n')
    assert doc.text == '+++\ntitle = "Repaired"\n+++\nBody with {{< shortcode >}}.\n'
    doc = Document.from_text(JSON_PAGE)
    doc.set_raw_front_matter('{"title": "Repaired"}')
    assert doc.text == '{"title": "Repaired"}\nBody.\n' and doc.front_matter_format == "json"


def test_cli_set_edits_toml_and_json_pages(tmp_path: Path, capsys) -> None:
    from editor_app.cli import main

    for name, page in (("toml.md", TOML_PAGE), ("json.md", JSON_PAGE)):
        path = tmp_path / name
        path.write_text(page, encoding="utf-8")
        assert main(["set", str(path), "title=First steps"]) == 0, capsys.readouterr().err
        assert len(changed_lines(page, path.read_text(encoding="utf-8"))) == 2
        before = path.read_bytes()
        assert main(["set", str(path), "title=First steps"]) == 0
        assert path.read_bytes() == before
    broken = tmp_path / "broken.md"
    broken.write_text('+++\ntitle = "x\n+++\n', encoding="utf-8")
    assert main(["set", str(broken), "title=y"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 2" in err and "Traceback" not in err


# -- real Hugo pages ---------------------------------------------------------------------------


def _hugo_pages() -> list[Path]:
    if not HUGO.is_dir():
        return []
    return sorted((HUGO / "content").rglob("*.md"))


def _plain(value: object) -> object:
    """YAML data as JSON holds it (dates as ISO text)."""
    return json.loads(json.dumps(value, default=lambda v: v.isoformat()))


@pytest.fixture(scope="module")
def hugo_pages() -> list[tuple[Path, dict, str]]:
    pages = []
    for path in _hugo_pages():
        doc = Document.load(path)
        if doc.error is None and doc.front_matter and doc.front_matter_format == "yaml":
            pages.append((path, doc.front_matter, doc.body))
    if not pages:
        pytest.skip(f"Hugo's docs not found at {HUGO}")
    return pages


def _first_scalar_key(data: dict) -> str | None:
    return next((k for k, v in data.items() if isinstance(v, str)), None)


def _without_none(value: object) -> object:
    """TOML has no empty value: such fields are left out."""
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value if v is not None]
    return value


def test_every_hugo_page_in_toml_round_trips_and_edits_one_line(hugo_pages) -> None:
    for path, yaml_data, body in hugo_pages:
        data = _without_none(yaml_data)
        page = "+++\n" + tomlkit.dumps(data) + "+++\n" + body
        doc = Document.from_text(page)
        assert doc.error is None, path
        assert doc.to_bytes() == page.encode()
        assert _plain(doc.front_matter) == _plain(data), path
        for key in data:
            line = doc.field_line(key)
            assert line is not None, (path, key)
            assert re.match(rf'\[*"?{re.escape(key)}', page.split("\n")[line - 1]), (path, key)
        key = _first_scalar_key(data)
        if key is None:
            continue
        doc.set(key, data[key])
        assert not doc.is_modified, path
        doc.set(key, data[key] + " (edited)")
        changes = changed_lines(page, doc.text)
        assert len(changes) == 2 and changes[0].startswith(("-" + key, '-"' + key)), (path, changes)
        doc.remove(key)
        assert key not in doc.front_matter and len(changed_lines(page, doc.text)) == 1


def test_every_hugo_page_in_json_round_trips_and_edits_one_member(hugo_pages) -> None:
    for path, data, body in hugo_pages:
        plain = _plain(data)
        page = json.dumps(plain, indent=2, ensure_ascii=False) + "\n" + body
        doc = Document.from_text(page)
        assert doc.error is None and doc.front_matter == plain, path
        assert doc.to_bytes() == page.encode()
        assert doc.body == body
        key = _first_scalar_key(plain)
        if key is None:
            continue
        assert page.split("\n")[doc.field_line(key) - 1].lstrip().startswith(json.dumps(key))
        doc.set(key, plain[key])
        assert not doc.is_modified
        doc.set(key, plain[key] + " (edited)")
        assert len(changed_lines(page, doc.text)) == 2, path


def test_toml_examples_in_hugos_docs_read_and_edit(hugo_pages) -> None:
    """Front matter examples Hugo's own docs give in TOML (code blocks opening with +++)."""
    found = 0
    for _, _, body in hugo_pages:
        for block in re.findall(r"^```[^\n]*\n(\+\+\+\n.*?\n\+\+\+\n)", body, re.S | re.M):
            doc = Document.from_text(block + "Body.\n")
            if doc.error is not None:
                continue  # some examples are deliberately partial
            found += 1
            assert doc.to_bytes() == (block + "Body.\n").encode()
            doc.set("editor_app_check", "yes")
            added = changed_lines(block + "Body.\n", doc.text)
            # The new text takes the header's quotes: 'literal' where its text is so quoted.
            assert added in (['+editor_app_check = "yes"\n'], ["+editor_app_check = 'yes'\n"])
            if "= '" in block and '= "' not in block:
                assert added == ["+editor_app_check = 'yes'\n"], block
    assert found >= 3


# -- any header -------------------------------------------------------------------------------

keys = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)
scalars = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=20),
    st.integers(-(10**6), 10**6),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
)
values = st.one_of(scalars, st.lists(st.text(max_size=8), max_size=4))
headers = st.dictionaries(keys, values, min_size=1, max_size=6)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(data=headers, key=keys, value=values, newline=st.sampled_from(["\n", "\r\n"]))
def test_any_toml_header_edits_only_its_field(data: dict, key: str, value, newline: str) -> None:
    page = ("+++\n" + tomlkit.dumps(data) + "+++\nBody.\n").replace("\n", newline)
    doc = Document.from_text(page)
    assert doc.error is None and doc.front_matter == data and doc.to_bytes() == page.encode()
    doc.set(key, value)
    assert Document.from_text(doc.text).front_matter == {**data, key: value}
    if key in data:
        before = [line for line in page.split(newline) if not line.startswith(f"{key} =")]
        after = [line for line in doc.text.split(newline) if not line.startswith(f"{key} =")]
        assert before == after, "only the field's line changed"
    doc.remove(key)
    rest = {k: v for k, v in data.items() if k != key}
    assert doc.front_matter == rest


def _without_field(page: str, key: str, indent: int) -> list[str]:
    """The page's lines with the top-level field `key` taken out, however many lines it spans
    (a list written over several lines becomes one line when set to a plain value)."""
    lines = page.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(" " * indent + f'"{key}":'))
    end = start + 1
    while end < len(lines) and lines[end].startswith(" " * (indent + 1)):
        end += 1  # the list's items and closing bracket are indented deeper
    if end < len(lines) and lines[end].startswith(" " * indent + "]"):
        end += 1
    return lines[:start] + lines[end:]


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(data=headers, key=keys, value=values, indent=st.sampled_from([None, 2, 4]))
@example(data={"a": [""]}, key="a", value="", indent=2)  # a list over three lines made plain
@example(data={"a": "x", "b": ["y"]}, key="b", value=["p", "q"], indent=4)
def test_any_json_header_edits_only_its_field(data: dict, key: str, value, indent) -> None:
    plain = _plain(data)
    page = json.dumps(plain, indent=indent, ensure_ascii=False) + "\nBody.\n"
    doc = Document.from_text(page)
    assert doc.error is None and doc.front_matter == plain and doc.to_bytes() == page.encode()
    doc.set(key, value)
    assert Document.from_text(doc.text).front_matter == {**plain, key: _plain(value)}
    if key in data and indent is not None:
        assert _without_field(page, key, indent) == _without_field(doc.text, key, indent), (
            "only the field's lines changed"
        )
    doc.remove(key)
    assert doc.front_matter == {k: v for k, v in plain.items() if k != key}
    assert doc.body == "Body.\n"


def test_the_form_knows_beforehand_when_fields_cannot_be_edited_one_by_one() -> None:
    assert Document.from_text(TOML_PAGE).fields_read_only_reason is None
    assert Document.from_text(JSON_PAGE).fields_read_only_reason is None
    assert Document.from_text("No header.\n").fields_read_only_reason is None
    compact = Document.from_text("---\n{title: A}\n---\n")
    assert "edit them as text" in compact.fields_read_only_reason
    broken = Document.from_text('+++\ntitle = "x\n+++\n')
    assert broken.fields_read_only_reason == broken.error.message
    binary = Document.from_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "does not look like text" in binary.fields_read_only_reason


def test_toml_lines_inside_multi_line_values_are_not_keys() -> None:
    page = (
        "+++\n"
        "weights = [\n  1.5,\n  2.5,\n]\n"
        'name = "x"  # a [ in a comment\n'
        "items = [{a = 1},\n  {a = 2}]\n"
        'notes = """\nfake = 1\n"""\n'
        'last = "]"\n'
        "[params]\n  a = 1\n"
        "+++\n"
    )
    doc = Document.from_text(page)
    assert doc.error is None
    lines = {key: doc.field_line(key) for key in doc.front_matter}
    assert lines == {"weights": 2, "name": 6, "items": 7, "notes": 9, "last": 12, "params": 13}
    assert doc.duplicate_keys == [] and doc.field_line("1") is None
    doc.set("name", "y")
    assert changed_lines(page, doc.text) == [
        '-name = "x"  # a [ in a comment\n',
        '+name = "y"  # a [ in a comment\n',
    ]
