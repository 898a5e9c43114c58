"""Generated pages rendered in parts, cut at every place allowed, equal their whole render,
before and after an edit (the parts of the first render remembered)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.document import Document
from editor_app.core.engines import ENGINE_NAMES, Engine
from editor_app.core.engines.goldmark import GoldmarkEngine
from editor_app.core.engines.kramdown import KramdownEngine
from editor_app.core.engines.markdown_it import MarkdownItEngine
from editor_app.core.render import Renderer
from editor_app.core.render_blocks import PartsRenderer
from editor_app.core.render_cuts import cut_points

WORDS = st.sampled_from(
    [
        "word",
        "it's",
        "'quoted'",
        '"said"',
        "'open",
        '"open',
        'close"',
        "&quot;",
        "&#39;",
        "--",
        "*em*",
        "`<div>`",
        "[Usage]",
        "[bug fixes][]",
        "[link][Ref]",
        "<span>x</span>",
        "{% include x %}",
        "{{ site.url }}",
        "{{< sc >}}",
        "<https://example.org>",
        "a<b",
        "Foo-1",
        "$$x$$",
    ]
)
TITLES = st.sampled_from(
    ["Usage", "Bug Fixes", "Foo", "Foo-1", "foo", "{% tag %} Foo", "'Quoted' title", "Usage {#own}"]
)
LINE = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)
BLOCK = st.one_of(
    st.tuples(st.integers(1, 3), TITLES).map(lambda t: "#" * t[0] + " " + t[1]),
    LINE,
    st.lists(LINE, min_size=2, max_size=3).map("\n".join),
    st.sampled_from(
        [
            "[usage]: /usage",
            "[Ref]: https://example.org 'Title'",
            "[bug fixes]: /fixes",
            "```\ncode\n\n# not a heading\n```",
            "~~~ ruby\nx = 1\n~~~",
            "<div>\n\n# in html\n\n</div>",
            "<!--\n\n# in a comment\n-->",
            '<div class="x">\n  <b>raw</b>\n</div>',
            "<details>\n\n# open html",
            "- a\n- b\n\n  more",
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "> quote\n> more",
            "{: .note}",
            "<!--more-->",
            "A note[^1].\n\n[^1]: The note.",
            "*[HTML]: Hyper Text",
            "    indented\n\n    code",
            "{% raw %}\n\n# in raw\n\n{% endraw %}",
            "$$\n\n# math\n\n$$",
            "Term\n: Definition",
            "{::comment}\n\n# hidden\n\n{:/comment}",
            "{::nomarkdown}\n<b>\n\n# raw\n\n</b>\n{:/nomarkdown}",
            "- item\n\n  # heading in an item\n\n  more",
            "> # quoted heading\n>\n> text",
            "   # indented heading",
            "#hashtag",
            "# Closed heading #",
            "Setext\n===",
            "<pre>\n\n# in pre\n\n</pre>",
            "<script>\n\n# in script\n\n</script>",
            "    # indented code",
            '<div markdown="1">\n\n# markdown in html\n\n</div>',
            '<a title="a>b">x</a> after',
            "{{% note %}}\n\n# in a shortcode\n\n{{% /note %}}",
            "```\nunclosed fence",
            "</div>",
            "<p>open paragraph",
            "<table><tr><td>x</td></tr></table>",
            '<img src="a.png"> <iframe src="https://example.org/"></iframe>',
            "<details><summary>S</summary>\n\nbody\n\n</details>",
        ]
    ),
)
PAGE = st.lists(BLOCK, min_size=2, max_size=14)


def _join(blocks: list[str]) -> str:
    return "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("engine", ENGINE_NAMES)
@settings(max_examples=100)
@given(blocks=PAGE, edit_at=st.integers(0, 13), new=BLOCK, insert=st.booleans())
def test_generated_pages_in_parts_equal_the_whole_render(
    engine: str, blocks: list[str], edit_at: int, new: str, insert: bool
) -> None:
    renderer = Renderer(None, engine=engine)
    renderer.parts.min_chars = 1  # cut at every place allowed
    page = _join(blocks)
    whole = renderer.parts.render_whole(page, renderer.without_templates)
    assert renderer.render_body(page) == whole
    at = edit_at % len(blocks)
    edited_blocks = blocks[:at] + [new] + blocks[at + (0 if insert else 1) :]
    edited = _join(edited_blocks)
    assert renderer.render_body(edited) == renderer.parts.render_whole(
        edited, renderer.without_templates
    )


@pytest.mark.parametrize("engine", ENGINE_NAMES)
@settings(max_examples=150)
@given(blocks=PAGE, edit_at=st.integers(0, 13), new=BLOCK, insert=st.booleans())
def test_cuts_read_again_from_an_edit_are_the_cuts_of_the_whole_text(
    engine: str, blocks: list[str], edit_at: int, new: str, insert: bool
) -> None:
    page = _join(blocks)
    at = edit_at % len(blocks)
    edited = _join(blocks[:at] + [new] + blocks[at + (0 if insert else 1) :])
    for min_chars in (1, 40):
        before = (page, cut_points(page, engine, min_chars))
        assert cut_points(edited, engine, min_chars, before) == cut_points(
            edited, engine, min_chars
        )


def _site_options() -> list[Engine]:
    """Engines as sites set them up otherwise: ids off and hard wraps (kramdown), raw HTML
    kept, attribute lines and ASCII ids (Goldmark), line breaks, links and code (markdown-it)."""
    return [
        KramdownEngine({"auto_ids": False, "hard_wrap": True}),
        GoldmarkEngine(
            {
                "renderer": {"unsafe": True},
                "parser": {"attribute": {"block": True}, "autoHeadingIDType": "github-ascii"},
                "extensions": {"typographer": False},
            }
        ),
        MarkdownItEngine({"breaks": True, "typographer": True}, disabled=()),
        MarkdownItEngine(version="12"),
    ]


ENGINES_AS_SITES_SET_THEM = _site_options()


@pytest.mark.parametrize("index", range(len(ENGINES_AS_SITES_SET_THEM)))
@settings(max_examples=40)
@given(blocks=PAGE, edit_at=st.integers(0, 13), new=BLOCK)
def test_parts_equal_the_whole_render_with_a_site_s_options(
    index: int, blocks: list[str], edit_at: int, new: str
) -> None:
    engine = ENGINES_AS_SITES_SET_THEM[index]
    parts = PartsRenderer(engine, min_chars=1)
    page = _join(blocks + ["{.note}", "Last words."])
    assert parts.render(page) == engine.render(page)
    at = edit_at % len(blocks)
    edited = _join(blocks[:at] + [new] + blocks[at:])
    assert parts.render(edited) == engine.render(edited)


@pytest.mark.parametrize("engine", ENGINE_NAMES)
@settings(max_examples=50)
@given(blocks=PAGE, edit_at=st.integers(0, 13), new=BLOCK)
def test_generated_preview_pages_made_safe_in_parts_equal_the_whole(
    engine: str, blocks: list[str], edit_at: int, new: str
) -> None:
    parts, whole = Renderer(None, engine=engine), Renderer(None, engine=engine)
    parts.parts.min_chars, whole.parts.min_chars = 1, 10**9
    doc = Document.from_text("---\ntitle: A page\n---\n" + _join(blocks))
    assert parts.render_page(doc) == whole.render_page(doc)
    at = edit_at % len(blocks)
    doc.body = _join(blocks[:at] + [new] + blocks[at:])
    assert parts.render_page(doc) == whole.render_page(doc)


def test_a_repeated_heading_s_id_added_by_a_remembered_part_keeps_an_earlier_count() -> None:
    # Goldmark gives a second "Foo" the id foo-1 and adds foo-1 to its counts only if it is
    # not there: a remembered part must not reset the count an earlier "Foo-1" heading set.
    engine = GoldmarkEngine()
    parts = PartsRenderer(engine, min_chars=1)
    part = "# Foo\n\nx\n\n"
    pages = [
        "# Bar\n\ny\n\n" + part,
        "# Foo\n\na\n\n" + part,
        "# Foo-1\n\nb\n\n# Foo-1\n\nc\n\n# Foo\n\na\n\n" + part + "# Foo-1\n\nd\n",
    ]
    for page in pages:
        assert parts.render(page) == engine.render(page)


# Text made of Markdown's marks at random, between headings where a cut may fall.
MARK = st.sampled_from(
    [*"ab <>`~*_[]()#!:{}%$&'\"|-=+.\\/", "\n", "\n\n", "```", "~~~", "<div>", "</div>"]
    + ["<!--", "-->", "# ", "\n# ", "\n\n# ", "{:", "{::", "[x]: /u", "    ", "> ", "- "]
    + ["1. ", "http://a.b", "<http://a.b>", "{% x %}", "{{ y }}", "$$", "&amp;", "&#"]
    + ["<pre>", "</pre>", "<script>", "</script>", "|---|", "\n: "]
    # Footnotes, a table of contents and tables, which parts take from the whole render or
    # cut between rows.
    + ["[^1]", "\n[^1]: ", "[^a]", "\n[^a]: note ", "\n    ", "{:toc}", "\n* TOC\n{:toc}\n"]
    + ["|", "\n| a | b |\n|---|---|\n| c | d |\n| e | f |\n"]
)
MARKS = st.lists(MARK, min_size=1, max_size=60).map("".join)


@pytest.mark.parametrize("engine", ENGINE_NAMES)
@settings(max_examples=150)
@given(a=MARKS, b=MARKS, c=MARKS, d=MARKS)
def test_random_marks_between_headings_in_parts_equal_the_whole_render(
    engine: str, a: str, b: str, c: str, d: str
) -> None:
    renderer = Renderer(None, engine=engine)
    renderer.parts.min_chars = 1
    for page in (
        f"{a}\n\n# H\n\n{b}\n\n# I\n{c}\n\n## J\n\n{d}\n",
        f"{a}\n\n# H\n\n{b}x\n\n# I\n{c}\n\n## J\n\n{d}\n",  # then an edit
    ):
        assert renderer.render_body(page) == renderer.parts.render_whole(
            page, renderer.without_templates
        )


# Pages where a cut once fell where an engine carries something across (found by the tests
# above): each engine must render them in parts as whole.
FOUND = [
    "a\n\n# H\n\na\n: x\n\n# I\n\n: a\n\n## J\n\na\n",  # a heading as a definition's term
    "a\n\n# H\n\na\n\n# I\n&#\n\n## J\n\n<pre>\n",  # a broken character reference
    "a\n\n# H\n\na\n\n# I\na<http://a.b\n\n## J\n\n<pre>\n",  # a tag left open
    "a\n\n# H\n\n<pre>\n\n# I\n</pre>&amp;\n\n## J\n\na\n",  # text after a closing tag
    "a\n\n# H\n\na<!--\n\n# I\n```<!-->\n\n## J\n\na\n",  # a comment opened mid-line
    "<https://example.org>\n\n# Usage\n\n```\ncode\n\n# not a heading\n```\n",  # autolink
    "a\n\n# H\n\na\n\n# I\na{% x %}\n\n## J\n\nhttp://a.b{% x %}\n",  # a tag in a bare link
    "a\n\n# H\n\na\n\n# I\n{% x %}\n\n## J\n\n# \\{% x %}\n",  # a tag in a heading's id
    "</div>\n\n<pre>\n\n# in pre\n\n</pre>\n",  # a stray closing tag
    "a\n\n# H\n\n<!-- c --><!-- c -->\n\n# I\na\n\n## J\n\na\n",  # two comments
    "a\n\n# H\n\na\n\n# I\n<?x<br>\n\n## J\n\na\n",  # a processing instruction
    "a\n\n# H\n\n<![CDATA[ a > b\n\n## J\n\n]]>\n",  # CDATA
    "a\n\n# H\n\n<?x\n\n# I\n<div></span>\n\n## J\n\n<div>\n",  # an unended <?
    "a\n\n# H\n\na\n\n# I\n<!-- c -->&nbsp;\n\n## J\n\na\n",  # after a comment
    "a\n\n# H\n\n<!--\n\n# I\n--><!-- c -->\n\n## J\n\na\n",  # after a comment's end
    "a\n\n# H\n\na\n\n# I\n<pre></pre>&nbsp;\n\n## J\n\na\n",  # after a block
    "a\n\n# H\n\na\n\n# I\n```a`\n\n## J\n\n\ta\n",  # a fence to some readings
    "a\n\n# H\n\n&# </details>\n\n# I\n&nbsp;\n\n## J\n\n<details>\n",  # &# before
    '```md {file="x.md"}\n```\n\n### S\n```\n',  # a fence to some engines only
]


@pytest.mark.parametrize("engine", ENGINE_NAMES)
@pytest.mark.parametrize("page", FOUND)
def test_pages_once_cut_wrongly_render_in_parts_as_whole(engine: str, page: str) -> None:
    renderer = Renderer(None, engine=engine)
    renderer.parts.min_chars = 1
    assert renderer.render_body(page) == renderer.parts.render_whole(
        page, renderer.without_templates
    )
