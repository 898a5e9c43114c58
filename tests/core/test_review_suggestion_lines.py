"""A suggested edit said a line a part (`Suggestion.lines`), for a list that reads each line
in its own direction: the quoted words each a line of their own, the setting named first."""

from __future__ import annotations

from editor_app.core import review

BODY = "We met on a wet Tuesday.\n"


def test_each_kind_is_said_a_line_a_part() -> None:
    start = BODY.index("wet")
    replace = review.make_suggestion(BODY, start, start + 3, "windy", "Sue")
    assert replace.lines() == ["replace", "“wet”", "with", "“windy”"]
    delete = review.make_suggestion(BODY, start, start + 4, "", "Sue")
    assert delete.lines() == ["delete", "“wet ”"]
    insert = review.make_suggestion(BODY, start, start + 3, "wet and windy", "Sue")
    assert insert.lines() == ["insert", "“and windy”", "after", "“wet”"]


def test_a_setting_is_named_on_the_first_line() -> None:
    setting = review.make_suggestion("Old title", 0, 9, "New title", "Sue", field="title")
    assert setting.lines(labels={"title": "Headline"})[0] == "replace (in Headline)"
    assert setting.lines()[0] == "replace (in Title)"
