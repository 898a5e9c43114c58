"""Every YAML 1.1 spelling of true, false and null, in every mix of upper and lower case, is read
by the fast header reader exactly as `yaml.CSafeLoader` reads it (a boolean, None, or text).

The reader must accept these headers, not decline them: a declined header is never compared, so
a reader that declined them all would pass a test that only compares what it accepts."""

from __future__ import annotations

import itertools

import pytest
import yaml

from editor_app.core.simple_front_matter import parse_simple_header

WORDS = ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "nul", "none", "nil"]


def every_case(word: str) -> list[str]:
    """All spellings of `word` in upper and lower case: 'on', 'oN', 'On', 'ON'."""
    pairs = [(c.lower(), c.upper()) for c in word]
    return sorted({"".join(chars) for chars in itertools.product(*pairs)})


SPELLINGS = sorted({s for w in WORDS for s in every_case(w)} | {"~", ""})


def _loader(text: str) -> dict:
    return yaml.load(text, Loader=yaml.CSafeLoader)  # noqa: S506 - a safe loader


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_field_value_reads_like_the_loader(spelling: str) -> None:
    text = f"listed: {spelling}\ntitle: x\n"
    fast = parse_simple_header(text)
    assert fast is not None, "a plain scalar must be read, not declined"
    expected = _loader(text)
    assert type(fast["listed"]) is type(expected["listed"])
    assert fast == expected


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_list_item_reads_like_the_loader(spelling: str) -> None:
    text = f"topics:\n  - {spelling}\n  - x\n"
    fast = parse_simple_header(text)
    assert fast is not None
    expected = _loader(text)
    assert [type(v) for v in fast["topics"]] == [type(v) for v in expected["topics"]]
    assert fast == expected


def test_the_spellings_cover_each_meaning() -> None:
    # The resolver's own table: these are booleans and nulls; every other case mix is text.
    values = {s: _loader(f"k: {s}\n")["k"] for s in SPELLINGS}
    assert {s for s, v in values.items() if v is True} == {
        "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
    }  # fmt: skip
    assert {s for s, v in values.items() if v is False} == {
        "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
    }  # fmt: skip
    assert {s for s, v in values.items() if v is None} == {"null", "Null", "NULL", "~", ""}
    for spelling in ("oFF", "nO", "yES", "tRUE", "nULL", "y", "N", "None", "nil"):
        assert isinstance(values[spelling], str)


@pytest.mark.parametrize(
    "text",
    [
        "topics: 'a'\n- b\n",  # a list item after a quoted value: an error in YAML
        'topics: "a"\n- b\n',
        "topics: []\n- b\n",
        "topics: {}\n  - b\n",
    ],
)
def test_a_list_after_a_written_value_is_declined(text: str) -> None:
    with pytest.raises(yaml.YAMLError):
        _loader(text)
    assert parse_simple_header(text) is None


# Mutation testing (tools/mutation.py simple-front-matter): the mutants that survive these
# tests and test_simple_front_matter.py are equivalent, none changes what is returned:
# - lru_cache(maxsize=4096) -> 4097 or None: only the cache's size;
# - resolve(..., (True, False)) -> (True, True): the second flag is for quoted scalars, never
#   passed here;
# - `if "\r" in text` -> never true: CRLF lines are read by the line pattern all the same, and a
#   lone CR is refused by the unsupported-characters pattern;
# - the initial values of `items`, `indent` and `open_key` (and `open_key = ""` once a list has
#   begun): overwritten before they are read;
# - `column = len(dash) - 1` -> `+ 1` or `- 2`: columns are only compared with each other.
# - `plain if plain[0] not in _RESOLVED_FIRST else _resolve_plain(plain)` resolving every plain
#   scalar (in a flow list too): one whose first character starts no YAML type resolves to the
#   same text, only more slowly;
# - in a flow list, `double or not single` -> `double and not single`: an empty "" and an empty
#   '' both give "".
