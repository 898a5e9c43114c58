"""The fast header reader gives exactly what yaml.CSafeLoader gives, or declines."""

from __future__ import annotations

import datetime as dt
import importlib.util
import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import event, given, settings
from hypothesis import strategies as st

from editor_app.core import site_entries as site_module  # where the index reads headers
from editor_app.core.simple_front_matter import parse_simple_header
from editor_app.core.site import read_front_matter

REPO = Path(__file__).resolve().parents[2]
SAMPLE_SITE = REPO / "resources" / "sample-site"
HOSTILE = REPO / "tests" / "data" / "hostile"
LOADER = yaml.CSafeLoader


def identical(a: Any, b: Any, _seen: set | None = None) -> bool:
    """Deep equality that also demands the same types everywhere and the same key order.

    Shared (aliased) lists and mappings are compared once per pair: an alias bomb stays small.
    """
    if type(a) is not type(b):
        return False
    if isinstance(a, dict | list):
        seen = set() if _seen is None else _seen
        if (id(a), id(b)) in seen:
            return True
        seen.add((id(a), id(b)))
        if isinstance(a, dict):
            return list(a) == list(b) and all(identical(a[k], b[k], seen) for k in a)
        return len(a) == len(b) and all(identical(x, y, seen) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, dt.datetime):
        return a == b and a.tzinfo == b.tzinfo
    return a == b


def check(text: str) -> dict | None:
    """Assert the fast reader returns None or exactly the loader's result; return its result."""
    fast = parse_simple_header(text)
    try:
        expected = yaml.load(text, Loader=LOADER)  # noqa: S506 - a safe loader
    except Exception as exc:  # noqa: BLE001 - any failure of the loader must mean "declined"
        assert fast is None, f"loader raised {exc!r} but the fast reader gave {fast!r}"
        return None
    if fast is not None:
        assert identical(fast, expected), f"{text!r}: fast {fast!r} != loader {expected!r}"
    return fast


def headers_read_by_the_index(
    paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> list[tuple[Path, str]]:
    """The header text `read_front_matter` hands to the fast reader, for each file."""
    seen: list[str] = []

    def spy(text: str) -> dict | None:
        seen.append(text)
        return parse_simple_header(text)

    monkeypatch.setattr(site_module, "parse_simple_header", spy)
    found = []
    for path in paths:
        seen.clear()
        read_front_matter(path.read_bytes())
        if seen:
            found.append((path, seen[0]))
    return found


def _markdown_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in (".md", ".markdown"))


def test_every_real_header_is_read_exactly_like_the_loader(
    shared_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _markdown_files(shared_site) + _markdown_files(SAMPLE_SITE)
    headers = headers_read_by_the_index(paths, monkeypatch)
    assert len(headers) > 100
    accepted = sum(1 for path, text in headers if check(text) is not None)
    share = accepted / len(headers)
    with capsys.disabled():
        print(f"\nfast header reader: {accepted} of {len(headers)} real headers ({share:.0%})")
    # The optimisation must not silently become a no-op.
    assert share >= 0.9


def test_index_entries_are_the_same_with_and_without_the_fast_reader(
    shared_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _markdown_files(shared_site) + _markdown_files(SAMPLE_SITE)
    fast = [read_front_matter(p.read_bytes()) for p in paths]
    monkeypatch.setattr(site_module, "parse_simple_header", lambda text: None)
    slow = [read_front_matter(p.read_bytes()) for p in paths]
    for path, a, b in zip(paths, fast, slow, strict=True):
        assert identical(list(a), list(b)), path.name


def _hostile_corpus() -> dict[str, bytes]:
    spec = importlib.util.spec_from_file_location("hostile_generate", HOSTILE / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.SMALL)


@pytest.mark.parametrize("name", sorted(_hostile_corpus()))
def test_hostile_files_read_the_same_with_and_without_the_fast_reader(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _hostile_corpus()[name]
    fast = read_front_matter(data)
    monkeypatch.setattr(site_module, "parse_simple_header", lambda text: None)
    slow = read_front_matter(data)
    assert identical(list(fast), list(slow))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "layout: resource\ntitle: Minutes 31st March 2023\ndate: 2023-04-11\nlisted: true\n",
            {
                "layout": "resource",
                "title": "Minutes 31st March 2023",
                "date": dt.date(2023, 4, 11),
                "listed": True,
            },
        ),
        ("title: 'It''s: #1'\n", {"title": "It's: #1"}),
        ('title: "Data: a #hashtag"  # note\n', {"title": "Data: a #hashtag"}),
        (
            "topics:\n  - Health\n  - 'Civil society'\nnext: 1\n",
            {"topics": ["Health", "Civil society"], "next": 1},
        ),
        ("topics:\n- Health\n- yes\n", {"topics": ["Health", True]}),
        ("link:\nimage: \nlisted: on\n", {"link": None, "image": None, "listed": True}),
        (
            "n: 1_000\nt: 1:30\no: 017\np: 0o17\nf: .inf\n",
            {"n": 1000, "t": 90, "o": 15, "p": "0o17", "f": math.inf},
        ),
        ("title: a #comment\nurl: http://x.org/#top\n", {"title": "a", "url": "http://x.org/#top"}),
        (
            "title: A\r\ndate: 2024-01-05 10:00:00\r\n",
            {"title": "A", "date": dt.datetime(2024, 1, 5, 10)},
        ),
        ("title: non\xa0breaking\xa0\n", {"title": "non\xa0breaking\xa0"}),
        ("tags: []\nextra: {}\n", {"tags": [], "extra": {}}),
        (
            "tags: [data, 'open, shared', \"it's\" ,  two  words , 1, yes, 2024-01-05] # c\n",
            {
                "tags": [
                    "data",
                    "open, shared",
                    "it's",
                    "two  words",
                    1,
                    True,
                    dt.date(2024, 1, 5),
                ],
            },
        ),
        ("t: ['', \"\", 'it''s']\n- x\n", None),
        (
            "a:\n  - x\n\n  # note\n  -\n  - 'y'\nb: # c\n- z\nc:\n",
            {"a": ["x", None, "y"], "b": ["z"], "c": None},
        ),
    ],
)
def test_simple_headers_are_read(text: str, expected: dict | None) -> None:
    if expected is None:  # a list item after a flow list: the loader refuses it
        assert parse_simple_header(text) is None
        check(text)
        return
    assert check(text) is not None
    assert identical(parse_simple_header(text), expected)


@pytest.mark.parametrize(
    "text",
    [
        "date: 2024-02-30\n",  # a date that does not exist: the loader explains it
        "a: 1\na: 2\n",  # repeated key
        "yes: 1\n",  # a key that is not a string
        "1: x\n",
        "null: x\n",
        "<<: x\n",
        "title: a\n  continued\n",  # multi-line plain scalar
        "title: 'open\n  quote'\n",
        'title: "tab\\tescape"\n',
        "title: |\n  block\n",
        "title: >\n  folded\n",
        "title: &a x\nother: *a\n",
        "title: !!str 1\n",
        "title:\tx\n",
        "title: a\rb\n",
        "meta:\n  nested: 1\n",
        "list: [a, b\n",  # a flow list over several lines
        "list: [a, [b]]\n",  # nested
        "list: [a, b,]\n",  # a trailing comma
        "list: [a: 1]\n",  # a mapping inside
        "list: [a?b]\n",
        "list: [a#b]\n",
        "list: ['a' b]\n",
        "list: [*a]\n",
        "list: [a]#c\n",
        "? complex\n: key\n",
        "%YAML 1.1\n---\ntitle: a\n",
        "title: a: b\n",
        "title: - x\n",
        "topics:\n  - a\n    - b\n",
        "topics:\n  - a\n - b\n",
        "topics:\n  - a: b\n",
        "topics: a\n- b\n",  # a list item after a value
        "topics:\n-\n  - b\n",  # a nested list
        "topics:\n  -\n  b\n",
        "# only a comment\n",
        "title: @x\n",
        "title: `x\n",
    ],
)
def test_anything_outside_the_simple_subset_is_declined(text: str) -> None:
    assert parse_simple_header(text) is None
    check(text)


# ---- Generated headers: plausible and tricky lines, compared with the loader. ----

KEYS = st.sampled_from(
    [
        "title",
        "date",
        "topics",
        "a",
        "b",
        "add-background",
        "x.y",
        "_k",
        "k/v",
        "yes",
        "No",
        "on",
        "1",
        "1.5",
        "null",
        "~",
        "<<",
        "=",
        "2024-01-05",
        "a b",
        "-a",
        "?a",
        "'q'",
        '"q"',
        "k#",
        "k ",
        "k" * 100,
        "k" * 101,
        "",
    ]
)
SCALARS = [
    "yes", "No", "on", "OFF", "y", "~", "null", "Null", "NULL", "nULL", "true", "False",
    "1_0", "1__0", "0b101", "0b_", "0x1F", "0x_", "012", "09", "0o17", "+1", "-1", "-0",
    "1:30", "190:20:30", "1:70", ".5", "1e3", "1.0e+3", "-.inf", "+.5", ".NaN", ".nan",
    "1_000.5", "6.8523015e+5", "685.230_15e+03", "2024-02-30", "2024-02-29", "2023-02-29",
    "2024-1-5", "2024-01-05", "2024-01-05 10:00", "2024-01-05 10:00:00", "2024-01-05T10:00:00Z",
    "2024-01-05t10:00:00.10-05:00", "2024-01-05 10:00:00.123456789 +02:00",
    "2024-13-01", "2024-01-05 25:00:00", "- x", "-", "-x", "--- x", "---", "...", "a: b",
    "a:b", "a:", "a #b", "a#b", "#x", "@x", "`x", "%x", "!x", "!!str x", "&a", "&a x", "*a",
    "|", ">", "|-", "[a]", "[]", "[ ]", "{a}", "{}", "{a: 1}", "a, b", "a ]", "a]", "'", '"',
    "''", '""', "'it''s'", "'a: b'", "'#x'", "'a' b", "'a'#c", "'a' #c", '"a: b"', '"a #b"',
    '"a\\nb"', '"x', "'x", "?", "? x", ":x", ":", "=", "<<", "é", "日本語", "\xa0x\xa0",
    "x\u2028y", "x\x85y", "\ufeffx", "x\ty", "x\x07", "x\x00", "\U0001f600", "\ufffd",
    "http://example.org/a?b=c#d", "A title (copy 1)", "x" * 1100, "word " * 300,
]  # fmt: skip
# Characters with a meaning in YAML, for made-up scalars.
YAML_CHARS = "ab :#-'\"[]{},&*!|>%@`~.0129eE+_\t\xa0é\r\\?="
VALUES = st.one_of(st.sampled_from(SCALARS), st.text(alphabet=YAML_CHARS, max_size=12))
QUOTED = st.one_of(
    st.text(alphabet=YAML_CHARS.replace("'", "") + "''", max_size=10).map(lambda s: f"'{s}'"),
    st.text(alphabet=YAML_CHARS.replace('"', ""), max_size=10).map(lambda s: f'"{s}"'),
)
SEPARATOR = st.sampled_from(["", " ", "  ", "\t", " \t"])
TRAILING = st.sampled_from(["", "", " ", "   ", " #c", "  # c: d", "#c", "\t"])
INDENT = st.sampled_from(["", "", " ", "  ", "    "])


@st.composite
def flow_list(draw: st.DrawFn) -> str:
    """A one-line flow list, mostly well formed: `[a, 'b' ,"c"]`."""
    items = draw(st.lists(st.one_of(VALUES, QUOTED), min_size=1, max_size=4))
    separators = st.sampled_from([", ", ",", " , ", " ,", ",  "])
    inside = items[0] + "".join(draw(separators) + item for item in items[1:])
    opening = draw(st.sampled_from(["[", "[ ", "[  "]))
    return opening + inside + draw(st.sampled_from(["]", " ]", "", ",]"]))


FLOW_LIST = flow_list()


@st.composite
def key_line(draw: st.DrawFn) -> str:
    value = draw(st.one_of(VALUES, QUOTED, st.just(""), FLOW_LIST))
    return f"{draw(KEYS)}:{draw(SEPARATOR)}{value}{draw(TRAILING)}"


@st.composite
def item_line(draw: st.DrawFn) -> str:
    value = draw(st.one_of(VALUES, QUOTED, st.just(""), FLOW_LIST))
    return f"{draw(INDENT)}-{draw(SEPARATOR)}{value}{draw(TRAILING)}"


OTHER_LINES = st.one_of(
    st.sampled_from(["", "  ", "#c", "  # c", "---", "...", "%YAML 1.1", "? a", ": b", "- - x"]),
    st.builds(lambda i, v: i + v, INDENT, VALUES),
)
LINE = st.one_of(key_line(), key_line(), item_line(), OTHER_LINES)
NEWLINE = st.sampled_from(["\n"] * 8 + ["\r\n", "\r"])


@given(st.lists(LINE, min_size=1, max_size=8), NEWLINE, st.booleans())
@settings(max_examples=1500)
def test_tricky_generated_headers_are_read_exactly_or_declined(
    lines: list[str], newline: str, final: bool
) -> None:
    result = check(newline.join(lines) + (newline if final else ""))
    event("accepted" if result is not None else "declined")


# Plausible headers: well-formed keys, values from the pool, block lists at both indents.
GOOD_KEYS = st.sampled_from(["title", "date", "topics", "author", "a", "b", "x-y", "k_2"])
WORDS = st.text(alphabet="abcXYZ019 .,:/()'-#é\xa0", min_size=1, max_size=20).map(str.strip)
GOOD_VALUES = st.one_of(
    st.sampled_from(SCALARS),
    WORDS.filter(bool),
    WORDS.map(lambda s: "'" + s.replace("'", "''") + "'"),
    WORDS.map(lambda s: '"' + s.replace('"', "") + '"'),
)
GOOD_TRAILING = st.sampled_from(["", "", " ", " # c", "  #: c"])


@st.composite
def plausible_field(draw: st.DrawFn, key: str) -> str:
    if draw(st.booleans()):
        return f"{key}: {draw(GOOD_VALUES)}{draw(GOOD_TRAILING)}"
    if draw(st.integers(0, 3)) == 0:
        items = draw(st.lists(GOOD_VALUES, min_size=1, max_size=4))
        return f"{key}: [{', '.join(items)}]{draw(GOOD_TRAILING)}"
    indent = draw(st.sampled_from(["", "  ", "    "]))
    items = draw(st.lists(GOOD_VALUES, max_size=4))
    blank = draw(st.sampled_from(["", "", "\n", "\n# c", "\n   "]))
    lines = [f"{key}:{draw(GOOD_TRAILING)}{blank}"]
    lines += [f"{indent}- {item}{draw(GOOD_TRAILING)}" for item in items]
    return "\n".join(lines)


@st.composite
def plausible_header(draw: st.DrawFn) -> list[str]:
    # Repeated keys are declined by design: mostly distinct keys, sometimes one repeated.
    keys = draw(st.lists(GOOD_KEYS, min_size=1, max_size=6, unique=True))
    if draw(st.integers(0, 9)) == 0:
        keys.append(keys[0])
    return [draw(plausible_field(key)) for key in keys]


@given(plausible_header(), NEWLINE)
@settings(max_examples=1500)
def test_plausible_generated_headers_are_read_exactly_or_declined(
    fields: list[str], newline: str
) -> None:
    result = check(newline.join("\n".join(fields).split("\n")) + newline)
    event("accepted" if result is not None else "declined")
