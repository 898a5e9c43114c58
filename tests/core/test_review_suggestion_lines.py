"""A suggested edit said a line a part (`Suggestion.lines`), for a list that reads each line
in its own direction: when words of it read right to left, the quoted words each a line of
their own, the setting named first; English words stay one line, which wraps as it reads."""

from __future__ import annotations

from editor_app.core import review

BODY = "هیچ قانونی وجود ندارد که بگوید هنگام راه‌اندازی، باید پروژه را تبلیغ کنید.\n"
WORD = "باید"


def test_each_kind_is_said_a_line_a_part() -> None:
    start = BODY.index(WORD)
    end = start + len(WORD)
    replace = review.make_suggestion(BODY, start, end, "شاید", "Sue")
    assert replace.lines() == ["replace", "“باید”", "with", "“شاید”"]
    delete = review.make_suggestion(BODY, start, end, "", "Sue")
    assert delete.lines() == ["delete", "“باید”"]
    insert = review.make_suggestion(BODY, start, end, "باید حتما", "Sue")
    assert insert.lines() == ["insert", "“حتما”", "after", "“باید”"]


def test_a_setting_is_named_on_the_first_line() -> None:
    setting = review.make_suggestion("عنوان قدیم", 0, 5, "عنوان", "Sue", field="title")
    assert setting.lines(labels={"title": "Headline"})[0] == "replace (in Headline)"
    assert setting.lines()[0] == "replace (in Title)"


def test_english_words_stay_one_line() -> None:
    body = "We met on a wet Tuesday.\n"
    start = body.index("wet")
    replace = review.make_suggestion(body, start, start + 3, "windy", "Sue")
    assert replace.lines() == ["replace “wet” with “windy”"] == [replace.describe(shown=True)]
