"""`docx_not_words.is_own_code`: a returned pack's paragraph is the page's own style sheet or
script when it is the whole of it or a long part of it (a pack's paragraph may hold one of its
rules); a few words that merely appear in it ('red', a reviewer's short paragraph) are words
of the page, still offered."""

from __future__ import annotations

from editor_app.core.docx_not_words import is_own_code, own_code

BODY = (
    "Intro.\n\n<style>\nbody { color: red; margin: 0 auto; }\n"
    ".note { border: 1px solid #ccc; padding: 1em; }\n</style>\n\nText.\n"
)


def test_a_long_part_of_the_pages_style_sheet_is_its_own_code() -> None:
    code = own_code(BODY)
    assert is_own_code(".note { border: 1px solid #ccc; padding: 1em; }", code)
    assert is_own_code(
        "body { color: red; margin: 0 auto; } .note { border: 1px solid #ccc; padding: 1em; }",
        code,
    )


def test_a_few_words_found_in_the_style_sheet_are_words_of_the_page() -> None:
    code = own_code(BODY)
    assert not is_own_code("red", code)
    assert not is_own_code("Note", code)
    assert not is_own_code("", code)
