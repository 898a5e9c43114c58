"""Whatever the author types, every engine renders it: no exception, and never the plain-text
fallback the engines show when their parser fails (`render-note`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.engines.goldmark import GoldmarkEngine
from editor_app.core.engines.kramdown import KramdownEngine
from editor_app.core.engines.markdown_it import MarkdownItEngine

_MARKS = st.sampled_from(
    [
        "\n",
        "\n\n",
        " ",
        "  ",
        "\t",
        "'",
        '"',
        "-",
        "--",
        "...",
        "<<",
        ">>",
        "*",
        "_",
        "`",
        "```go\n",
        "```\n",
        "~~",
        "[",
        "]",
        "(",
        ")",
        "<b>",
        "</b>",
        "<!--",
        "-->",
        "{#id}",
        "{.c}",
        ": ",
        "[^1]",
        "[^1]: ",
        "[^",
        "]:",
        "- [ ] ",
        "| a |",
        "|---|",
        "# ",
        "> ",
        "1. ",
        "www.x.org",
        "a@b.co",
        "https://x.org/'",
        "!",
        "\\",
        "&amp;",
        "é",
        "liquidtag0x",
    ]
)
TEXTS = st.lists(_MARKS | st.text(max_size=4), max_size=40).map("".join)
GOLDMARK = GoldmarkEngine(
    {"parser": {"attribute": {"block": True}, "wrapStandAloneImageWithinParagraph": False}}
)
GOLDMARK_CLASSES = GoldmarkEngine(highlight={"noClasses": False})
MARKDOWN_IT = MarkdownItEngine({"linkify": True, "typographer": True})
KRAMDOWN = KramdownEngine()


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_goldmark_engine_renders_any_text(text: str) -> None:
    for engine in (GOLDMARK, GOLDMARK_CLASSES):
        assert "render-note" not in engine.render(text)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_markdown_it_engine_renders_any_text(text: str) -> None:
    assert "render-note" not in MARKDOWN_IT.render(text)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_kramdown_engine_renders_any_text(text: str) -> None:
    assert "render-note" not in KRAMDOWN.render(text)


@pytest.mark.parametrize("text", ["[^]:", "[^]:\n", "Text.\n\n[^]:\n", "[^x]: never used"])
def test_a_note_nothing_refers_to_is_left_out(text: str) -> None:
    # Python-Markdown's note ordering failed on `[^]:` alone, and the preview fell back to
    # the page's plain text.
    html = KRAMDOWN.render(text)
    assert "render-note" not in html
    assert "footnote" not in html


def test_a_parser_failure_is_not_called_deep_nesting(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = KramdownEngine()

    def fail(text: str) -> str:
        raise AttributeError("'NoneType' object has no attribute 'set'")

    monkeypatch.setattr(engine._md, "convert", fail)
    html = engine.render("Some *text*")
    assert "could not work out this page&#x27;s formatting" in html or (
        "could not work out this page's formatting" in html
    )
    assert "nested too deeply" not in html
    assert "Some *text*" in html
    assert "render-note" not in engine.render("Some *text*")  # a fresh parser after the failure
