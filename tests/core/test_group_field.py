"""One rule for a field inside a group (`params.x`): `set`, `set --remove` and `rename` all
work out the edited group with `group_field.group_edited`, and read it with `field_value`."""

from __future__ import annotations

import pytest

from editor_app.core import group_field, rename_value, tool_support
from editor_app.core.group_field import field_value, group_edited


def test_the_three_edits_and_the_reads_share_one_rule() -> None:
    assert rename_value.field_value is group_field.field_value
    assert tool_support.field_value is group_field.field_value
    assert not hasattr(tool_support, "_field_value")


def test_setting_inside_a_group_leaves_the_page_alone() -> None:
    page = {"params": {"x": 1, "deep": {"y": 2}}, "title": "T"}
    assert group_edited(page, "params.deep.y", 3) == ("params", {"x": 1, "deep": {"y": 3}})
    assert group_edited(page, "params.new.z", "v") == (
        "params",
        {"x": 1, "deep": {"y": 2}, "new": {"z": "v"}},
    )
    assert page == {"params": {"x": 1, "deep": {"y": 2}}, "title": "T"}


def test_removing_inside_a_group() -> None:
    page = {"params": {"x": 1, "deep": {"y": 2, "z": 3}}}
    assert group_edited(page, "params.deep.y", remove=True) == (
        "params",
        {"x": 1, "deep": {"z": 3}},
    )


@pytest.mark.parametrize(
    ("field", "remove", "said"),
    [
        (
            "seo.name",
            False,
            "'seo' holds a list, not a group of fields, so 'seo.name' cannot be set",
        ),
        ("nope.x", False, "the page has no group of fields called 'nope' to set 'nope.x' in"),
        ("title.x", True, "'title' holds a single value, not a group of fields"),
        ("params.x.y", False, "params.x is not a group of fields, so 'params.x.y' cannot be set"),
        ("params.q", True, "the group 'params' has no field 'q' to remove"),
    ],
)
def test_what_cannot_be_done_is_said(field: str, remove: bool, said: str) -> None:
    page = {"seo": [{"name": "a"}], "title": "T", "params": {"x": 1}}
    with pytest.raises(LookupError, match="^" + said.replace(".", r"\.")):
        group_edited(page, field, "v", remove=remove)


def test_reading_a_dotted_name() -> None:
    assert field_value({"a.b": 1, "a": {"b": 2}}, "a.b") == (True, 1)
    assert field_value({"a": {"b": [2]}}, "a.b") == (True, [2])
    assert field_value({"a": [{"b": 2}]}, "a.b") == (False, None)
