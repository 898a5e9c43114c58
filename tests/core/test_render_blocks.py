"""A page rendered in parts gives exactly the HTML of the page rendered whole.

Every page of the shared sites with its site's engine, the same pages after the edits an
author makes (a word, a paragraph, a heading, a footnote, a link definition), and generated
pages. The whole render is the reference: `PartsRenderer.render_whole`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines import ENGINE_NAMES
from editor_app.core.render import Renderer
from editor_app.core.render_cuts import cut_points, split_parts
from editor_app.core.site import Site

SITE_NAMES = ("connectedbydata", "opensource-guide", "jekyll-docs", "hugo-docs", "eleventy-website")
LONGEST = {
    "hugo-docs": "content/en/quick-reference/emojis.md",
    "jekyll-docs": "_docs/history.md",
}


def _site(name: str) -> Path:
    return shared_site_path(name)


def _pages(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.md") if "node_modules" not in p.parts)


def _whole(renderer: Renderer, body: str) -> str:
    return renderer.parts.render_whole(body, renderer.without_templates)


def _body(path: Path) -> str | None:
    doc = Document.load(path)
    return doc.body if doc.error is None else None


def _renderer_of_whole_pages(site: Site, engine: str | None = None) -> Renderer:
    """A renderer that never cuts a page: the reference."""
    renderer = Renderer(site, engine=engine)
    renderer.parts.min_chars = 10**9
    return renderer


@pytest.mark.parametrize("name", SITE_NAMES)
def test_every_shared_page_in_parts_is_the_whole_render(name: str) -> None:
    root = _site(name)
    site = Site.open(root)
    renderer, whole = Renderer(site), _renderer_of_whole_pages(site)
    split = 0
    for path in _pages(root):
        doc = Document.load(path)
        if doc.error is not None:
            continue
        ready, _ = renderer.without_templates(doc.body)
        # Footnotes and `{:toc}` are put in from the whole render (the pages are cut).
        if len(cut_points(ready, renderer.engine.name, apart=frozenset({"[^", "{:toc}"}))) == 1:
            continue  # rendered whole: the very same calls
        split += 1
        assert renderer.render_body(doc.body) == _whole(renderer, doc.body), path
        # The preview page too: its body made safe part by part.
        assert renderer.render_page(doc) == whole.render_page(doc), path
    assert split > 0  # the site has pages that are cut (else this test proves nothing)


def _edits(body: str) -> dict[str, str]:
    """The page after the edits an author makes, in the middle of it."""
    mid = len(body) // 2
    word = body.index(" ", mid)
    para = body.index("\n\n", mid)
    heading = body.find("\n#", mid)
    line_end = body.index("\n", heading + 1) if heading >= 0 else para
    return {
        "word": body[:word] + " Word" + body[word:],
        "word removed": body[:word] + body[body.index(" ", word + 1) :],
        "paragraph": body[:para] + "\n\nA new paragraph, 'quoted' and \"again\".\n" + body[para:],
        "heading": body[:para] + "\n\n## Bug Fixes\n\nText.\n" + body[para:],
        "heading removed": body[: heading + 1] + body[line_end + 1 :],
        "heading renamed": body[: heading + 1] + "## Usage" + body[line_end:],
        "footnote": body[:word] + "[^1]" + body[word:] + "\n\n[^1]: A note.\n",
        "link definition": body[:para] + "\n\n[Bug Fixes]: https://example.org/\n" + body[para:],
        "link used": body[:word] + " [Usage][] [bug fixes]" + body[word:],
        "template tag": body[:word] + " {% include note.html %} {{< x >}}" + body[word:],
        "quote opened": body[:word] + " 'open" + body[word:],
        "fence opened": body[:para] + "\n\n```\ncode\n" + body[para:],
        "html opened": body[:para] + "\n\n<div>\n" + body[para:],
    }


OWN_ENGINE = {"hugo-docs": "goldmark", "jekyll-docs": "kramdown"}
# With the other engines, the edits that change what parts hand on to the next.
SOME_EDITS = ("word", "heading renamed", "quote opened")


@pytest.mark.parametrize("engine", ENGINE_NAMES)
@pytest.mark.parametrize("name", sorted(LONGEST))
def test_edits_to_the_longest_pages_give_a_fresh_whole_render(name: str, engine: str) -> None:
    root = _site(name)
    renderer = Renderer(Site.open(root), engine=engine)
    body = _body(root / LONGEST[name])
    assert body is not None
    assert renderer.render_body(body) == _whole(renderer, body)
    whole = _renderer_of_whole_pages(renderer.site, engine)
    doc = Document.load(root / LONGEST[name])
    for what, edited in _edits(body).items():
        if engine != OWN_ENGINE[name] and what not in SOME_EDITS:
            continue
        assert renderer.render_body(edited) == _whole(renderer, edited), what
        if what in ("word", "html opened"):
            doc.body = edited
            assert renderer.render_page(doc) == whole.render_page(doc), what
    assert renderer.render_body(body) == _whole(renderer, body)


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_an_edit_renders_only_its_part_again(engine: str) -> None:
    root = _site("jekyll-docs")
    renderer = Renderer(Site.open(root), engine=engine)
    body = _body(root / LONGEST["jekyll-docs"])
    assert body is not None
    renderer.render_body(body)
    first = renderer.parts.rendered_parts
    assert first > 50  # the release history is cut into many parts
    edits = _edits(body)
    renderer.render_body(edits["word"])
    assert renderer.parts.rendered_parts == first + 1
    before = renderer.parts.rendered_parts
    renderer.render_body(edits["paragraph"])
    assert renderer.parts.rendered_parts - before <= 2
    before = renderer.parts.rendered_parts
    renderer.forget_parts()
    renderer.render_body(body)
    assert renderer.parts.rendered_parts - before == first


def test_a_part_is_cut_only_where_nothing_runs_across() -> None:
    filler = "Some words here.\n\n" * 10
    page = (
        f"{filler}## One\n\n{filler}```\n\n# not a heading\n```\n\n{filler}"
        f"<div>\n\n# inside html\n\n</div>\n\n{filler}<!--\n\n# inside a comment\n-->\n\n"
        f"{filler}{{% raw\n\n# inside a tag %}}\n\n## Two\n{filler}Text\n## Three\n"
    )
    parts = split_parts(page, "kramdown", min_chars=10)
    assert "".join(parts) == page
    starts = [p.split("\n", 1)[0] for p in parts[1:]]
    assert starts == ["## One", "## Two"]
    assert split_parts(page + "\nA note[^1].\n\n[^1]: x\n", "goldmark", min_chars=10) == [
        page + "\nA note[^1].\n\n[^1]: x\n"
    ]
