"""A value left blank means one thing to inference, the form's star, new pages and Check:
`schema_model.is_empty`, which each calls (inference only for a text, list or table)."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from editor_app.core import archetypes, schema_infer, schema_model, schema_required
from editor_app.core.checks import common

BLANK = [None, "", [], {}]
FILLED = ["x", " ", 0, False, [""], {"a": None}, (), set(), b""]


@pytest.mark.parametrize("value", BLANK + FILLED)
def test_every_caller_reads_a_blank_value_alike(value: object) -> None:
    blank = value in BLANK and (value is None or value == "" or value == [] or value == {})
    assert schema_model.is_empty(value) is blank
    assert common.is_empty is schema_model.is_empty
    assert archetypes.is_empty is schema_model.is_empty
    assert schema_infer._empty(value) is blank
    assert schema_required.title_stands_in("linkTitle", "hugo", value) is (not blank)


def test_inference_counts_only_a_text_list_or_table_as_blank() -> None:
    assert schema_model.is_empty(MappingProxyType({}))
    assert not schema_infer._empty(MappingProxyType({}))
