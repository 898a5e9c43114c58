"""A kramdown page with a table of contents (`{:toc}`) rendered in parts gives exactly the
HTML of the page rendered whole, and an edit that leaves the headings alone renders only its
part again.

The longest shared page with one (jekyll-docs `_tutorials/navigation.md`) after the edits an
author makes, and generated pages with a table of contents and random blocks, edited.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from shared_sites import shared_site_path
from test_render_blocks import _edits
from test_render_blocks_generated import BLOCK, PAGE, TITLES

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.render_cuts import cut_points
from editor_app.core.site import Site

NAVIGATION = "_tutorials/navigation.md"
TOC = "* TOC\n{:toc}"


def _navigation() -> tuple[Site, Path]:
    root = shared_site_path("jekyll-docs")
    return Site.open(root), root / NAVIGATION


def _whole(renderer: Renderer, body: str) -> str:
    return renderer.parts.render_whole(body, renderer.without_templates)


class _CountingWhole:
    """Counts the whole renders of a renderer's parts renderer."""

    def __init__(self, renderer: Renderer) -> None:
        self.count = 0
        parts = renderer.parts
        render_whole = parts.render_whole

        def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            self.count += 1
            return render_whole(*args, **kwargs)

        parts.render_whole = counted  # type: ignore[method-assign]


def test_the_navigation_tutorial_in_parts_after_edits_is_the_whole_render() -> None:
    site, path = _navigation()
    renderer = Renderer(site)
    whole = Renderer(site)
    whole.parts.min_chars = 10**9
    doc = Document.load(path)
    body = doc.body
    assert body.count("{:toc}") == 1
    assert renderer.render_body(body) == _whole(renderer, body)
    assert renderer.parts.rendered_parts > 3  # cut, its table of contents apart
    for what, edited in _edits(body).items():
        assert renderer.render_body(edited) == _whole(renderer, edited), what
        doc.body = edited
        assert renderer.render_page(doc) == whole.render_page(doc), what


def test_an_edit_away_from_the_headings_renders_one_part_and_no_whole_page() -> None:
    site, path = _navigation()
    renderer = Renderer(site)
    body = Document.load(path).body
    renderer.render_body(body)
    wholes = _CountingWhole(renderer)
    at = body.index(" ", len(body) * 3 // 4)
    before = renderer.parts.rendered_parts
    edited = body[:at] + " word" + body[at:]
    assert renderer.render_body(edited) == _whole(renderer, edited)
    assert renderer.parts.rendered_parts - before == 1
    assert wholes.count == 1  # the reference above, not the preview
    # A heading renamed changes the table of contents: the page is rendered whole again.
    heading = body.index("\n## ", len(body) // 2) + 1
    renamed = body[:heading] + "## Renamed" + body[body.index("\n", heading) :]
    assert renderer.render_body(renamed) == _whole(renderer, renamed)
    assert wholes.count == 3
    assert 'href="#renamed"' in renderer.render_body(renamed)


@settings(max_examples=150, deadline=None)
@given(
    blocks=PAGE,
    toc_at=st.integers(0, 13),
    edit_at=st.integers(0, 14),
    new=st.one_of(BLOCK, TITLES.map(lambda t: "## " + t)),
    insert=st.booleans(),
)
def test_generated_pages_with_a_table_of_contents_in_parts_equal_the_whole_render(
    blocks: list[str], toc_at: int, edit_at: int, new: str, insert: bool
) -> None:
    renderer = Renderer(None, engine="kramdown")
    renderer.parts.min_chars = 1  # cut at every place allowed
    blocks = blocks[: toc_at % len(blocks)] + [TOC] + blocks[toc_at % len(blocks) :]
    page = "\n\n".join(blocks) + "\n"
    assert renderer.render_body(page) == _whole(renderer, page)
    at = edit_at % len(blocks)
    edited = "\n\n".join(blocks[:at] + [new] + blocks[at + (0 if insert else 1) :]) + "\n"
    assert renderer.render_body(edited) == _whole(renderer, edited)


@settings(max_examples=150, deadline=None)
@given(blocks=PAGE, toc_at=st.integers(0, 13), edit_at=st.integers(0, 14), new=BLOCK)
def test_cuts_read_again_from_an_edit_with_a_table_of_contents_are_the_whole_text_s(
    blocks: list[str], toc_at: int, edit_at: int, new: str
) -> None:
    blocks = blocks[: toc_at % len(blocks)] + [TOC] + blocks[toc_at % len(blocks) :]
    page = "\n\n".join(blocks) + "\n"
    at = edit_at % len(blocks)
    edited = "\n\n".join(blocks[:at] + [new] + blocks[at + 1 :]) + "\n"
    for min_chars in (1, 40):
        before = (page, cut_points(page, "kramdown", min_chars, apart=frozenset({"{:toc}"})))
        assert cut_points(
            edited, "kramdown", min_chars, before, apart=frozenset({"{:toc}"})
        ) == cut_points(edited, "kramdown", min_chars, apart=frozenset({"{:toc}"}))
