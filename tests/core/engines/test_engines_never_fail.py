"""Whatever the author types, every engine renders it: no exception, and never the plain-text
fallback the engines show when their parser fails (`render-note`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.engines.goldmark import GoldmarkEngine
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


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_goldmark_engine_renders_any_text(text: str) -> None:
    for engine in (GOLDMARK, GOLDMARK_CLASSES):
        assert "render-note" not in engine.render(text)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_markdown_it_engine_renders_any_text(text: str) -> None:
    assert "render-note" not in MARKDOWN_IT.render(text)
