"""F7 on jekyll-docs' Navigation tutorial said "3 words are underlined as misspelt (“div”,
“li”, “Siteleaf”)": `div` from "wrap it in a <code>div</code> tag" and `li` from the CSS
inside a `<style>` block (`.result li.active a {`). Words in HTML code elements and in
<style>, <script> and <pre> blocks are code, as `div` in backticks is: not underlined."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site
from spelling_helpers import misspelt

from editor_app.core.spelling import raw_element_left_open, words_to_check
from editor_app.ui.spell import SpellService

PAGE = "_tutorials/navigation.md"


def test_the_tutorial_underlines_no_html_code(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    site = copy_shared_site("jekyll-docs", tmp_path)
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / PAGE)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    qtbot.waitUntil(lambda: "Siteleaf" in misspelt(window.editor), timeout=10000)
    assert not {"div", "li", "active", "lightgray"} & misspelt(window.editor)
    # A word misspelt after the style block is still underlined.
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText("\n<style>\n.nav li {}\n</style>\nA wrongg word.\n")
    qtbot.waitUntil(lambda: "wrongg" in misspelt(window.editor), timeout=10000)
    assert "nav" not in misspelt(window.editor) and "li" not in misspelt(window.editor)


def test_words_to_check_leave_html_code_out() -> None:
    def words(text: str) -> list[str]:
        return [w for _s, _e, w in words_to_check(text)]

    assert words("wrap it in a <code>div</code> tag") == ["wrap", "it", "in", "tag"]
    assert words("<style>\n.result li.active a {}\n</style>\nthe end") == ["the", "end"]
    assert words("<pre>\nxyz qq\n</pre> tail\nmore") == ["more"]
    # A tag named within a sentence starts no block: the words after it are checked.
    assert words("Use `<pre>` for code.\nNext linne") == ["Use", "for", "code", "Next", "linne"]


def test_html_code_one_line_or_in_capitals_leaves_the_next_words_checked(
    qtbot, quiet_window, tmp_path: Path  # noqa: ANN001
) -> None:
    """A <pre> element closed on its own line starts no block: the line after it is prose;
    a block opened in capitals (<STYLE>) is left out to its closing line like one in lower
    case; the words between two <code> elements on a line are checked."""
    site = copy_shared_site("jekyll-docs", tmp_path)
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / PAGE)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    qtbot.waitUntil(lambda: "Siteleaf" in misspelt(window.editor), timeout=10000)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText(
        "\n<pre>one line</pre>\nA wrongg word.\n<STYLE>\n.nav xyzq {}\n</STYLE>\n"
        "Another mispeld one, <code>a</code> then speling <code>b</code>.\n"
    )
    qtbot.waitUntil(lambda: "mispeld" in misspelt(window.editor), timeout=10000)
    assert {"wrongg", "speling"} <= misspelt(window.editor)
    assert "xyzq" not in misspelt(window.editor)


def test_an_element_only_named_like_pre_holds_prose_for_the_page_and_the_editor() -> None:
    # `<pre-x>` is another element: its words are checked, in the page's check and in the
    # editor's underlining line by line alike; `<pre>` with attributes holds none.
    text = "<pre-x>\nA wrongg word.\n</pre-x>\n"
    assert "wrongg" in [w for _s, _e, w in words_to_check(text)]
    assert raw_element_left_open("<pre-x>") is None
    assert [w for _s, _e, w in words_to_check("<pre class=x>\nwrongg\n</pre>\n")] == []
    assert raw_element_left_open("<pre class=x>") == "pre"
