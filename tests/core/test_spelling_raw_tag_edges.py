"""Spelling: only a real <style>/<script>/<pre> line starting an HTML block hides the words
after it; a longer tag name (<prelude>) or a tag indented as code does not."""

from editor_app.core.spelling import raw_element_left_open, words_to_check


def _words(text: str) -> list[str]:
    return [w for _, _, w in words_to_check(text)]


def test_a_tag_whose_name_only_starts_with_pre_keeps_its_words_checked() -> None:
    text = "<prelude>\nmisspeled words here\n</prelude>\n"
    assert "misspeled" in _words(text)
    assert raw_element_left_open("<prelude>") is None
    assert raw_element_left_open("<pre>") == "pre"


def test_a_pre_tag_indented_four_spaces_is_code_and_hides_only_its_own_line() -> None:
    text = "Intro line.\n\n    <pre>\n\nmisspeled words here\n"
    assert "misspeled" in _words(text)
    assert raw_element_left_open("    <pre>") is None
    assert raw_element_left_open("   <pre>") == "pre"
