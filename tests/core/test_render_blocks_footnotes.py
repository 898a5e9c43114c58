"""A page with footnotes rendered in parts gives exactly the HTML of the page rendered whole,
with every engine, and an edit away from the footnotes renders only its part again.

The shared pages with footnotes (hugo-docs) after the edits an author makes, and generated
pages with footnote references and definitions of every shape, edited.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shared_sites import shared_site_path
from test_render_blocks import _edits
from test_render_blocks_generated import BLOCK, PAGE

from editor_app.core.document import Document
from editor_app.core.engines import ENGINE_NAMES
from editor_app.core.render import Renderer
from editor_app.core.site import Site

WITH_FOOTNOTES = (
    "content/en/contribute/documentation/index.md",
    "content/en/configuration/markup.md",
    "content/en/content-management/front-matter.md",
)


def _hugo_docs() -> Site:
    return Site.open(shared_site_path("hugo-docs"))


def _whole(renderer: Renderer, body: str) -> str:
    return renderer.parts.render_whole(body, renderer.without_templates)


def _note_edits(body: str) -> dict[str, str]:
    """Edits about the footnotes: one added, a reference removed, a definition changed."""
    ref = body.index("[^")
    ref_end = body.index("]", ref) + 1
    definition = body.index("\n[^", len(body) // 2) + 1
    return {
        "note added": body[:ref] + "[^new] " + body[ref:] + "\n[^new]: A new note.\n",
        "reference removed": body[:ref] + body[ref_end:],
        "definition changed": body[: definition + 6] + "More words, " + body[definition + 6 :],
        "quote in a definition": body[: definition + 6] + "it's 'quoted' " + body[definition + 6 :],
    }


@pytest.mark.parametrize("engine", ENGINE_NAMES)
@pytest.mark.parametrize("page", WITH_FOOTNOTES)
def test_shared_pages_with_footnotes_in_parts_after_edits_are_the_whole_render(
    page: str, engine: str
) -> None:
    site = _hugo_docs()
    renderer, whole = Renderer(site, engine=engine), Renderer(site, engine=engine)
    whole.parts.min_chars = 10**9
    doc = Document.load(site.root / page)
    body = doc.body
    assert renderer.render_body(body) == _whole(renderer, body)
    edits = _edits(body) | _note_edits(body)
    for what, edited in edits.items():
        assert renderer.render_body(edited) == _whole(renderer, edited), what
        if what in ("word", "paragraph", "note added", "definition changed"):
            doc.body = edited
            assert renderer.render_page(doc) == whole.render_page(doc), what


@pytest.mark.parametrize("engine", ("markdown-it", "goldmark"))
def test_an_edit_away_from_the_footnotes_renders_one_part_and_no_whole_page(engine: str) -> None:
    site = _hugo_docs()
    renderer = Renderer(site, engine=engine)
    body = Document.load(site.root / WITH_FOOTNOTES[0]).body
    renderer.render_body(body)
    first = renderer.parts.rendered_parts
    assert first > 5  # cut, its footnotes apart
    wholes = []
    render_whole = renderer.parts.render_whole
    renderer.parts.render_whole = lambda *a: wholes.append(1) or render_whole(*a)  # type: ignore[method-assign]
    at = body.index("When available")  # a paragraph with no footnote in its part
    edited = body[:at] + "Word " + body[at:]
    html = renderer.render_body(edited)
    assert renderer.parts.rendered_parts == first + 1 and not wholes
    assert html == render_whole(edited, renderer.without_templates)
    # Goldmark's footnotes are there, from the whole render kept (markdown-it as Eleventy
    # sets it up has none: the marks stay text).
    assert ('class="footnote' in html) is (engine == "goldmark")


NOTE_BLOCK = st.sampled_from(
    [
        "Text with a note[^1] and[^2] more.",
        "A note[^a], 'quoted' \"words\".",
        "[^1]: The note.",
        "[^2]: It's a note, 'quoted'.",
        "[^a]: A note\n    indented on.\n\n    # A heading inside",
        "[^a]: A note\nlazy line\n\n    More of it.",
        "[^b]: Never used.",
        "Again[^1] and [^b].",
        "[^1]: Defined twice.",
        "`[^code]` and [^x]",
        "[^x]: Setext\n    ===",
        "- item[^1]\n- item[^2]",
        "> quoted[^a]",
        "| a[^1] | b |\n|---|---|\n| c[^2] | d |",
        # A table long enough to be cut between rows, a note in one of its rows.
        "| a | b |\n|---|---|\n" + "| c | d |\n" * 3 + "| e[^1] | f |\n" + "| g | h |\n" * 3,
        "| a | b |\n|---|---|\n" + "| c | d |\n" * 8,
    ]
)


@pytest.mark.parametrize("engine", ENGINE_NAMES)
@settings(max_examples=120, deadline=None)
@given(
    blocks=PAGE,
    notes=st.lists(NOTE_BLOCK, min_size=1, max_size=5),
    places=st.lists(st.integers(0, 14), min_size=5, max_size=5),
    edit_at=st.integers(0, 20),
    new=st.one_of(BLOCK, NOTE_BLOCK),
    insert=st.booleans(),
)
def test_generated_pages_with_footnotes_in_parts_equal_the_whole_render(
    engine: str,
    blocks: list[str],
    notes: list[str],
    places: list[int],
    edit_at: int,
    new: str,
    insert: bool,
) -> None:
    renderer = Renderer(None, engine=engine)
    renderer.parts.min_chars = 1  # cut at every place allowed
    for note, place in zip(notes, places, strict=False):
        at = place % (len(blocks) + 1)
        blocks = blocks[:at] + [note] + blocks[at:]
    page = "\n\n".join(blocks) + "\n"
    assert renderer.render_body(page) == _whole(renderer, page)
    at = edit_at % len(blocks)
    edited = "\n\n".join(blocks[:at] + [new] + blocks[at + (0 if insert else 1) :]) + "\n"
    assert renderer.render_body(edited) == _whole(renderer, edited)


def test_the_footnotes_of_a_page_with_template_tags_follow_how_it_was_prepared() -> None:
    # The same text rendered as a page body (template tags shown as placeholders) and as
    # plain Markdown: the parts taken from the whole render are not shared between the two.
    renderer = Renderer(None, engine="goldmark")
    renderer.parts.min_chars = 1
    page = "# A\n\nA note[^1] {% include x %}.\n\n# B\n\nText.\n\n[^1]: The note.\n"
    assert renderer.render_body(page) == _whole(renderer, page)
    assert 'class="liquid"' in renderer.render_body(page)
    assert renderer.render_markdown(page) == renderer.parts.render_whole(page)
