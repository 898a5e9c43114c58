"""`docx_tracked.is_tracked_suggestion`: a tracked insertion read from a returned Word pack is the one the
pack wrote for a suggested insertion only when its author, its new words and the passage beside
it are the suggestion's; another author's insertion of the same words, other words, or the
same words put beside other words are the reviewer's own, to be taken in, not set aside."""

from __future__ import annotations

from types import SimpleNamespace

from editor_app.core import review
from editor_app.core.docx_tracked import is_tracked_suggestion

BODY = "The Health Data body is an independent body that provides advice, or directly access data."


def _suggestion(words: str, replacement: str) -> object:
    at = BODY.index(words)
    made = review.make_suggestion(BODY, at, at + len(words), replacement, "Ada Editor")
    assert made.kind == "insert"
    return made


def _change(new: str, before: str, after: str, author: str = "Ada Editor") -> object:
    return SimpleNamespace(author=author, old="", new=new, before=before, after=after)


def test_new_words_after_the_passage_are_carried_only_beside_it() -> None:
    after_words = _suggestion("an independent body", "an independent body of experts")
    beside = _change(" of experts", "The Health Data body is an independent body", " that provides")
    assert is_tracked_suggestion(after_words, beside)
    assert not is_tracked_suggestion(
        after_words, _change(" of experts", "The Health Data", " body is an")
    )
    assert not is_tracked_suggestion(
        after_words, _change(" of judges", beside.before, beside.after)
    )
    assert not is_tracked_suggestion(
        after_words, _change(" of experts", beside.before, beside.after, "Rae Reviewer")
    )


def test_new_words_before_the_passage_are_carried_only_beside_it() -> None:
    before_words = _suggestion("directly access", "more directly access")
    beside = _change("more ", "advice, or ", "directly access data.")
    assert is_tracked_suggestion(before_words, beside)
    assert not is_tracked_suggestion(
        before_words, _change("more ", "advice, or ", "advice, or directly")
    )
