"""The preview's speed-only extensions change nothing an author sees: same HTML, byte for byte.

Each page is rendered by the preview's parser and by the same parser without the speed-only
extensions (inline patterns tried only where their mark is, block processors guarded, ...).
"""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.document import Document
from editor_app.core.markdown_ext import kramdown_extensions
from editor_app.core.markdown_ext.block_guards import BlockGuardsExtension
from editor_app.core.markdown_ext.inline import TriggeredInlineExtension
from editor_app.core.render import Renderer, neutralise_liquid

SPEED_ONLY = (TriggeredInlineExtension, BlockGuardsExtension)
CASES = Path(__file__).resolve().parent / "render_cases"


def _parser(fast: bool) -> markdown.Markdown:
    extensions = [e for e in kramdown_extensions() if fast or not isinstance(e, SPEED_ONLY)]
    return markdown.Markdown(extensions=extensions, output_format="xhtml")


@pytest.fixture(scope="module")
def parsers() -> tuple[markdown.Markdown, markdown.Markdown]:
    return _parser(True), _parser(False)


def _both(parsers: tuple[markdown.Markdown, markdown.Markdown], text: str) -> tuple[str, str]:
    text, _restore = neutralise_liquid(text)
    out = []
    for md in parsers:
        md.reset()
        out.append(md.convert(text))
    return out[0], out[1]


def _pages(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in (".md", ".markdown", ".html"))


def test_every_page_of_the_real_site_renders_the_same(parsers, shared_site: Path) -> None:
    pages = _pages(shared_site)
    assert len(pages) > 100
    differing = []
    for page in pages:
        fast, plain = _both(parsers, Document.load(page).body)
        if fast != plain:
            differing.append(page.name)
    assert differing == []


def test_every_snippet_renders_the_same(parsers) -> None:
    cases = sorted(CASES.glob("*.md"))
    assert cases
    differing = [c.name for c in cases if len(set(_both(parsers, c.read_text("utf-8")))) > 1]
    assert differing == []


def _names(registry) -> list[str]:
    list(registry)  # sorts it by priority, as the parser sees it
    return [item.name for item in registry._priority]


def test_guarded_processors_keep_their_places() -> None:
    """The guards stand in for the processors, in the same order (the order decides output)."""
    fast, plain = _parser(True), _parser(False)
    order = _names(fast.parser.blockprocessors)
    assert order == _names(plain.parser.blockprocessors)
    assert _names(fast.inlinePatterns) == _names(plain.inlinePatterns)
    assert _names(fast.treeprocessors) == _names(plain.treeprocessors)
    assert _names(fast.preprocessors) == _names(plain.preprocessors)
    assert _names(fast.postprocessors) == _names(plain.postprocessors)
    assert type(fast.parser.blockprocessors["table"]).__name__ == "GuardedBlockProcessor"
    assert type(fast.treeprocessors["inline"]).__name__ == "TriggeredInlineProcessor"
    assert type(fast.parser).__name__ == "OrderedOnceBlockParser"
    # Every processor still works with the parser the document is parsed by.
    assert all(p.parser is fast.parser for p in fast.parser.blockprocessors)


# Marks the speed-ups look for, and the characters around them, in every combination.
_MARKS = [
    "`", "$$", "\\", "\n", "[^", "[", "]", "](", "]:", "![", "<", ">", "</", "://", "@", "&",
    ";", "~~", "*", "_", "  \n", "#", "|", ": ", "*[", "-", "=", "\n\n", "    ", "1. ", "* ",
    "> ", "{: .x}", "a", "b c", "http", "<em>", "</em>", "'", '"', "][", "] [", "[a]",
    "\n\n[a]: /u\n", "\u00a0",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MARKS) | st.text(max_size=3), max_size=40))
def test_any_text_renders_the_same(parsers, pieces: list[str]) -> None:
    fast, plain = _both(parsers, "".join(pieces))
    assert fast == plain


def test_renderer_uses_the_fast_parser() -> None:
    """What the preview shows is the fast parser's output (and the same as without it)."""
    text = CASES.joinpath(sorted(p.name for p in CASES.glob("*.md"))[0]).read_text("utf-8")
    renderer = Renderer()
    assert type(renderer.engine._md.treeprocessors["inline"]).__name__ == "TriggeredInlineProcessor"
    plain = _parser(False)
    plain.reset()
    body, restore = neutralise_liquid(text)
    expected = restore(plain.convert(body))
    assert renderer.render_body(text).rstrip("\n") == expected.rstrip("\n")


# -- code coloured once per (language, code) ------------------------------------------------


def test_code_is_coloured_the_same_from_the_cache() -> None:
    from editor_app.core.markdown_ext import rouge_tokens as code

    text = "def f(x):\n    return x + 1  # one more\n"
    first = code.tokens(text, "python")
    assert first is not None and ("k", "def") in first
    first.append(("k", "changed by a caller"))  # must not reach the next render
    again = code.tokens(text, "python")
    assert again == code._tokens(text, "python")
    assert code.tokens("x", "nosuchlanguage") is None
    assert code.tokens("x", "nosuchlanguage") is None


def test_code_cache_keeps_within_its_budget() -> None:
    from editor_app.core.markdown_ext.rouge_tokens import _MISSING, _TokenCache

    cache = _TokenCache(max_chars=100)
    for i in range(50):
        cache.put((f"code {i:02d}", "py"), (("", f"code {i:02d}"),))
    assert cache._chars <= 100
    assert cache.get(("code 49", "py")) == (("", "code 49"),)
    assert cache.get(("code 00", "py")) is _MISSING
    cache.put(("x" * 60, "py"), None)  # more than a quarter of the budget: not kept
    assert cache.get(("x" * 60, "py")) is _MISSING


def test_a_page_with_code_renders_the_same_twice() -> None:
    """The second render takes the colours from the cache; the page must not change."""
    cases = sorted((CASES.parent / "code_cases").glob("*.md"))
    text = "\n\n".join(c.read_text("utf-8") for c in cases)
    first = Renderer().render_body(text)
    assert 'class="highlight"' in first
    assert Renderer().render_body(text) == first


def test_tags_are_normalised_the_same_every_time() -> None:
    """The tag normaliser's own output, pinned, and the same from its cache the second time.

    Not kramdown's output for this text (kramdown parses these tags as HTML and writes some of
    them differently); what kramdown writes for real pages is compared in test_render.py."""
    from editor_app.core.markdown_ext.html_tags import normalise_tags

    raw = "<DIV Class=wide>x</DIV > <p>y</p> </1A> </-</A> <IMG SRC=a.png><br></SPAN\n>"
    expected = '<div class="wide">x</div> <p>y</p> </1A> </-</a> <img src="a.png" /><br /></span>'
    assert normalise_tags(raw) == expected
    assert normalise_tags(raw) == expected  # the second time from what was worked out
