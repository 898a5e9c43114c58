"""`CollectionSchema.own_key` folds a big header's keys once (a header of thousands of keys is
asked for each of its fields) and held them by the header's identity and length: a header
changed in place with its length kept (`linkTitle` taken away, `LINKTITLE` added) gave the key
it no longer has, and missed the one it now has. The folded keys are now held by the keys
themselves, in order: the same answers as looking through the header each time."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core import schema_model
from editor_app.core.schema_model import CollectionSchema

BIG = schema_model._SCAN_KEYS + 1


def _looked_through(header: dict[Any, Any], name: str) -> str | None:
    """own_key's rule, read straight off the header: the first key of `name`'s letters."""
    if name in header:
        return name
    return next((k for k in header if isinstance(k, str) and k.lower() == name.lower()), None)


def _schema() -> CollectionSchema:
    return CollectionSchema("posts", names_any_case=True)


names = st.text(alphabet="abAB_", min_size=1, max_size=4)
# An in-place change: (position of a key to take away, the key added in its stead).
changes = st.lists(st.tuples(st.integers(min_value=0), names), min_size=1, max_size=6)


@settings(max_examples=150, deadline=None)
@given(
    keys=st.lists(names, min_size=BIG, max_size=BIG + 30, unique=True),
    steps=changes,
    asked=st.lists(names, min_size=1, max_size=8),
)
def test_a_header_changed_in_place_gives_its_own_keys(
    keys: list[str], steps: list[tuple[int, str]], asked: list[str]
) -> None:
    schema = _schema()
    header: dict[Any, Any] = dict.fromkeys(keys, "v")
    for name in asked:
        assert schema.own_key(header, name) == _looked_through(header, name)
    for at, added in steps:
        if added in header:
            continue
        del header[list(header)[at % len(header)]]
        header[added] = "w"  # the same length, the same dict
        for name in asked + [added]:
            assert schema.own_key(header, name) == _looked_through(header, name)


def test_the_key_taken_away_and_its_other_spelling_added() -> None:
    schema = _schema()
    header: dict[Any, Any] = {f"Key{n}": n for n in range(200)}
    header["linktitle"] = "Short"
    assert schema.own_key(header, "linkTitle") == "linktitle"
    del header["linktitle"]
    header["LINKTITLE"] = "Short"
    assert schema.own_key(header, "linkTitle") == "LINKTITLE"
    del header["Key5"]
    header["Other"] = 1
    assert schema.own_key(header, "key5") is None


def test_an_unchanged_big_header_is_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    folds: list[int] = []
    fold = schema_model._folded

    def counted(keys: tuple[Any, ...]) -> dict[str, str]:
        folds.append(len(keys))
        return fold(keys)

    monkeypatch.setattr(schema_model, "_folded", counted)
    schema = _schema()
    header: dict[Any, Any] = {f"Key{n}": n for n in range(5000)}
    for n in range(2000):  # asked for each field it lacks, as the form and Check ask
        assert schema.own_key(header, f"key{n}") == f"Key{n}"
        assert schema.own_key(header, f"absent{n}") is None
    assert folds == [5000]
    assert schema.own_key(dict(header), "KEY7") == "Key7"  # a copy: the same keys, no fold
    assert folds == [5000]
