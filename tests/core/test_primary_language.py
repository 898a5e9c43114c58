"""Two language codes are compared by their first part, by one rule: the page's `fa-IR`, a
folder named `fa`, Word's `fa_IR`, the system's `fa_IR.UTF-8` are one language."""

from __future__ import annotations

from editor_app.core.page_language import (
    language_name,
    primary_language,
    said_language,
    same_language,
    writes_right_to_left,
)


def test_the_first_part_of_any_spelling_of_a_code() -> None:
    for code in ("fa", "fa-IR", "fa_IR", "FA", " fa_IR.UTF-8 "):
        assert primary_language(code) == "fa"
    assert primary_language("C") == primary_language("POSIX") == "en"  # the system's default
    for nothing in (None, "", "  ", 3, "_drafts"):
        assert primary_language(nothing) is None
    assert writes_right_to_left("fa_IR") and not writes_right_to_left(None)
    assert same_language("en-US", "en_GB") and language_name("pt_BR") == "Portuguese"


def test_the_header_key_and_code_as_the_page_writes_them() -> None:
    assert said_language({"lang": "zh-hans"}) == ("lang", "zh-hans")
    assert said_language({"lang": "English", "locale": " pt_BR "}) == ("locale", "pt_BR")
    assert said_language({"title": "x"}) is None and said_language(None) is None
