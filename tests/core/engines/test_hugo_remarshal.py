"""Settings converted between TOML, YAML and JSON as Hugo's `transform.Remarshal` does.

`remarshal_cases/NAME.input` holds settings; `NAME.toml`, `.yaml`, `.json` what Hugo 0.111
printed for them (`{{ .Inner | transform.Remarshal "toml" }}`). The documentation theme
squeezes blank lines before showing them, and so does the comparison.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.engines import hugo_remarshal
from editor_app.core.engines.hugo_remarshal import RemarshalError, dump, format_of, load

CASES = Path(__file__).parent / "remarshal_cases"
OUTPUTS = sorted(p for p in CASES.iterdir() if p.suffix in (".toml", ".yaml", ".json"))


@pytest.mark.parametrize("expected", OUTPUTS, ids=lambda p: p.name)
def test_each_format_is_printed_as_hugo_prints_it(expected: Path) -> None:
    _, data = load(expected.with_suffix(".input").read_text("utf-8"))
    squeezed = re.sub(r"\n+", "\n", expected.read_text("utf-8"))
    assert dump(data, expected.suffix[1:]) == squeezed


def test_the_format_is_told_by_the_first_mark_as_hugo_tells_it() -> None:
    assert format_of("title = 'a: b'") == "toml"
    assert format_of("url: https://a.org/?x=1") == "yaml"
    assert format_of('{"a": 1}') == "json"
    assert format_of("just words") is None


@pytest.mark.parametrize(
    "text, words",
    [
        ("title = 'Don't'\n", "not valid TOML"),
        ("a: [1, 2\n", "not valid YAML"),
        ('{"a": 1,,}', "not valid JSON"),
        ("nothing here", "no '=', ':' or '{'"),
        ("- a: 1\n- b: 2\n", "not a table of settings"),
    ],
)
def test_settings_that_cannot_be_read_say_why_in_plain_words(text: str, words: str) -> None:
    with pytest.raises(RemarshalError, match=re.escape(words)):
        load(text)


# Printable text (settings hold no control characters), accents and symbols included.
_CHARS = st.characters(min_codepoint=32, max_codepoint=0x2FF, exclude_categories=("Cc", "Cs"))
_KEYS = st.text(_CHARS, min_size=1, max_size=8)
_TEXT = st.text(_CHARS, max_size=12) | st.sampled_from(["y", "n", "yes", "null", "true", "1.5", "2024-01-01", "a: b", "#x", "'q'"])
_SCALARS = (
    _TEXT
    | st.integers(-(2**53), 2**53)
    | st.booleans()
    | st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15).filter(
        lambda f: not f.is_integer()
    )
    | st.datetimes(
        min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(2100, 1, 1),
        timezones=st.just(dt.timezone(dt.timedelta(hours=-8))),
    ).map(lambda d: d.replace(microsecond=0))
)
_VALUES = st.recursive(
    _SCALARS | st.lists(st.integers(0, 9), max_size=3),
    lambda inner: st.dictionaries(_KEYS, inner, max_size=4)
    | st.lists(st.dictionaries(_KEYS, inner, min_size=1, max_size=3), min_size=1, max_size=3),
    max_leaves=12,
)


def _comparable(value: object) -> object:
    """Dates as text (JSON writes them as text), lists of tables as written."""
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_comparable(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value


@settings(max_examples=150)
@given(st.dictionaries(_KEYS, _VALUES, max_size=5))
def test_settings_printed_in_any_format_read_back_the_same(data: dict) -> None:
    for fmt in hugo_remarshal.FORMATS:
        text = dump(data, fmt)
        _, back = load(text, fmt)
        assert _comparable(back) == _comparable(data), (fmt, text)
