"""A list of contributors by @handle, one a line, is no long sentence to split."""

from __future__ import annotations

from content_helpers import check_text


def test_contributors_by_handle_one_a_line_are_no_sentence() -> None:
    names = "\n".join(f"[@maintainer-{i}](https://github.com/maintainer-{i})" for i in range(40))
    text = f"---\ntitle: T\n---\nWith contributions from:\n\n{names} + many others!\n"
    assert check_text(text) == []


def test_a_long_sentence_naming_a_few_handles_is_still_told() -> None:
    words = " ".join(["word"] * 36)
    text = f"---\ntitle: T\n---\nThanks @ann and @bob, who wrote {words}.\n"
    assert check_text(text) == [(4, "sentence-long")]
