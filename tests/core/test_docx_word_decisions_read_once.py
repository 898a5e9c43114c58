"""Suggestions decided in Word are read against the returned page's words and the page as
it went out, each made into words once for the page, not once per suggestion and look."""

from __future__ import annotations

from pathlib import Path

from editor_app.core import docx_word_decisions, review
from editor_app.core.docx_loose_text import plain_quote
from editor_app.core.docx_word_decisions import ACCEPTED, REJECTED, carry_out

_BODY = (
    "The cat sat on the mat. The cat sat on the mat again.\n\n"
    "A dog ran in the park. Birds sang all day long.\n"
)


def test_each_text_is_made_into_words_once_for_all_suggestions(tmp_path: Path, monkeypatch):
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: T\n---\n" + _BODY, encoding="utf-8")
    store = review.NoteStore(page)
    made = []
    for words, new in (
        ("cat sat on the mat.", "cat slept on the mat."),
        ("dog", "fox"),
        ("Birds", "Larks"),
    ):
        at = _BODY.index(words)
        made.append(
            store.add_suggestion(review.make_suggestion(_BODY, at, at + len(words), new, "Ada"))
        )
    # Word's reviewer accepted the first two and rejected the last.
    returned = [
        "The cat slept on the mat. The cat sat on the mat again.",
        "A fox ran in the park. Birds sang all day long.",
    ]
    read: list[str] = []
    tokens = docx_word_decisions._tokens

    def counted(text: str) -> list[str]:
        read.append(text)
        return tokens(text)

    monkeypatch.setattr(docx_word_decisions, "_tokens", counted)
    decided = carry_out(page, None, made, returned, "Rae", _BODY)
    assert [d.verdict for d in decided] == [ACCEPTED, ACCEPTED, REJECTED]
    assert read.count(" ".join(returned)) == 1, "the returned words, once"
    assert read.count(plain_quote(_BODY)) <= 1, "the page as it went out, once at most"
