"""Hugo shortcodes that print code show code in the preview, never prose.

hugo-docs writes its settings examples inside `{{< code-toggle >}}` (the site shows a code
box with TOML / YAML / JSON tabs) and coloured code with `{{< highlight go >}}`; the
preview used to read their inside as Markdown: one paragraph with curly quotes.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.templates import neutralise_for
from editor_app.core.render import Renderer
from editor_app.core.render_cuts import cut_points
from editor_app.core.site import Site

FRONT_MATTER = "content/en/content-management/front-matter.md"
HIGHLIGHT = "content/en/shortcodes/highlight.md"
SERVER = "content/en/configuration/server.md"
CURLY = "‘’“”"
_PRE = re.compile(r"<pre\b.*?</pre>", re.S)


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


@pytest.fixture
def hugo_copy(tmp_path: Path) -> Path:
    """The site's settings, its `data/docs.yaml` and the pages used, copied (read-only site)."""
    hugo_docs = shared_site_path("hugo-docs")
    root = tmp_path / "hugo-docs"
    for rel in ("hugo.toml", "data/docs.yaml", FRONT_MATTER, HIGHLIGHT, SERVER):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(hugo_docs / rel, root / rel)
    return root


def _page(root: Path, rel: str) -> tuple[Renderer, str]:
    renderer = Renderer(Site.open(root))
    return renderer, renderer.render_page(Document.load(root / rel))


def _boxes(page: str) -> list[str]:
    """Each code box of a page, from its opening to the end of its last block."""
    starts = [m.start() for m in re.finditer('<div class="code-toggle">', page)]
    end = "</pre></div>\n</div>\n</div>\n"  # the last tab's code, its panel, the box
    return [page[a : page.find(end, a) + len(end)] for a in starts]


def test_front_matter_examples_are_a_code_box_not_a_paragraph(hugo_copy: Path) -> None:
    _, page = _page(hugo_copy, FRONT_MATTER)
    intro = page.index("See examples of front matter delimiters")
    box = _boxes(page[intro:])[0]
    assert page.index('<div class="code-toggle">', intro) < page.index("<p>Front matter fields")
    assert "content/example.md" in box
    shown = _PRE.findall(box)
    assert len(shown) == 3  # a tab each, in the theme's order
    yaml, toml, json = (_text(p) for p in shown)
    # Hugo's Remarshal prints the keys sorted, as the site shows them.
    assert toml.splitlines() == [
        "+++",
        "date = 2024-02-02T04:14:54-08:00",
        "draft = false",
        "title = 'Example'",
        "weight = 10",
        "[params]",
        "  author = 'John Smith'",
        "+++",
    ]
    assert "title: Example" in yaml and yaml.startswith("---") and yaml.endswith("---")
    assert '"author": "John Smith"' in json
    assert not any(c in _text(box) for c in CURLY)
    assert '<span class="nx">title</span>' in box  # coloured as the site's TOML is
    assert re.findall(r"<label [^>]*>(\w+)</label>", box) == ["yaml", "toml", "json"]
    # Nothing of the settings is left as prose anywhere on the page.
    prose = _PRE.sub("", page)
    assert "title = " not in prose and "John Smith" not in _text(prose)


def test_every_code_box_of_the_page_holds_its_settings(hugo_copy: Path) -> None:
    source = (hugo_copy / FRONT_MATTER).read_text("utf-8")
    _, page = _page(hugo_copy, FRONT_MATTER)
    assert page.count('<div class="code-toggle">') == source.count("{{< code-toggle") > 3
    assert "liquidtag" not in page and "{{&lt; code-toggle" not in page


def test_highlight_go_is_a_coloured_code_block(hugo_copy: Path) -> None:
    _, page = _page(hugo_copy, HIGHLIGHT)
    blocks = [b for b in _PRE.findall(page) if "package main" in _text(b) and "style=" in b]
    assert blocks, "the highlight go block is not coloured code"
    block = blocks[0]
    # `noClasses=true`: colours inline; `linenos=inline`: numbers; `hl_Lines=3 6-8`.
    assert re.search(r'<span style="[^"]*color:#[0-9a-f]+[^"]*">package</span>', block)
    assert _text(block).splitlines()[0].startswith("1package")
    assert block.count("display:flex") >= 9
    assert 'fmt.Println("Value of i:", i)' in _text(block)
    lines = block.split('<span style="display:flex;')[1:]
    marked = [n for n, line in enumerate(lines, 1) if line.startswith(" background-color")]
    assert marked == [3, 6, 7, 8]
    # The inline forms: coloured inline code inside the sentence.
    assert re.search(r'This is some <code class="code-inline language-go">fmt\.<span', page)


def test_shortcodes_shown_as_text_stay_as_written(hugo_copy: Path) -> None:
    renderer, page = _page(hugo_copy, HIGHLIGHT)
    # The page's own examples: `{{</* highlight go ... */>}}` inside a fence.
    shown = _text("".join(_PRE.findall(page)))
    assert '{{< highlight go "linenos=inline, hl_lines=3 6-8, style=emacs" >}}' in shown
    assert "{{< /highlight >}}" in shown
    text = (
        "Write:\n\n```md\n{{</* code-toggle file=hugo */>}}\ntitle = 'x'\n"
        "{{</* /code-toggle */>}}\n```\n\nAnd {{</* highlight go */>}}x{{</* /highlight */>}}.\n"
    )
    ready, restore = neutralise_for("hugo", text)
    assert renderer.render_body(text) == restore(renderer.engine.render(ready))
    assert "code-toggle" in renderer.render_body(text) and "class=\"code-toggle" not in (
        renderer.render_body(text)
    )


def test_settings_that_cannot_be_read_show_as_code_with_a_note(hugo_copy: Path) -> None:
    renderer = Renderer(Site.open(hugo_copy))
    body = "Before.\n\n{{< code-toggle file=hugo >}}\ntitle = 'Don't \"quote\"\n[a\n{{< /code-toggle >}}\n"
    out = renderer.render_body(body)
    assert '<p class="render-note">The preview could not read these settings' in out
    assert "shown as written" in out
    (code,) = _PRE.findall(out)
    assert _text(code).splitlines() == ["title = 'Don't \"quote\"", "[a"]
    assert "<p>title" not in out and not any(c in out for c in CURLY)


def test_settings_named_from_the_site_data_are_drawn(hugo_copy: Path) -> None:
    _, page = _page(hugo_copy, SERVER)
    box = _boxes(page)[0]
    toml = _text(_PRE.findall(box)[1])
    assert toml.startswith("[server]\n")
    assert "[[server.redirects]]" in toml and "None" not in toml
    assert "fromHeaders" not in toml  # TOML has no null: the key is left out, as Hugo does
    assert '<p class="code-toggle-file">hugo.</p>' in box and "\"fromHeaders\": null" in _text(box)


def test_a_comment_line_inside_a_code_box_is_no_place_to_cut_the_page() -> None:
    filler = "Some words of text here. " * 60
    text = (
        f"# One\n\n{filler}\n\n{{{{< code-toggle file=hugo >}}}}\na = 1\n\n"
        f"# a comment in the settings\nb = 2\n{{{{< /code-toggle >}}}}\n\nAfter.\n\n## Two\n\n{filler}\n"
    )
    cuts = cut_points(text, "goldmark", min_chars=100)
    comment = text.index("# a comment")
    assert comment not in cuts and text.index("## Two") in cuts
    renderer = Renderer(None, engine="goldmark")
    renderer.generator = "hugo"
    renderer.parts.min_chars = 100
    out = renderer.render_body(text)
    assert out == renderer.parts.render_whole(text, renderer.without_templates)
    # One box with both settings (the comment is no data: Remarshal leaves it out, as Hugo's
    # does), never a heading made of the comment.
    assert out.count('<div class="code-toggle">') == 1 and "a comment" not in out
    assert "a = 1\nb = 2" in _text(_PRE.findall(out)[1])


def test_every_code_box_of_the_shared_site_shows_its_settings() -> None:
    """All of hugo-docs' code-toggle blocks (168 pages, 182 with the pages they include) are
    drawn and read: none is left as a placeholder or prose, none falls back to the note."""
    hugo_docs = shared_site_path("hugo-docs")
    renderer = Renderer(Site.open(hugo_docs))  # read only
    pages = boxes = 0
    for path in sorted((hugo_docs / "content").rglob("*.md")):
        body = Document.load(path).body
        # With the Markdown of the pages it includes (`{{% include %}}`), as the site shows it.
        read = renderer._as_generator_reads(body)
        expected = len(re.findall(r"\{\{<\s*code-toggle\b", read))
        if not expected:
            continue
        out = renderer.render_body(body)
        assert out.count('<div class="code-toggle">') == expected, path
        assert "could not read" not in out and "liquidtag" not in out, path
        assert "{{&lt; code-toggle" not in out and "{{&lt; /code-toggle" not in out, path
        pages, boxes = pages + 1, boxes + expected
    assert (pages, boxes) == (182, 362)  # 168 pages, 346 boxes written in the pages themselves


def test_settings_that_name_a_list_many_times_over_show_as_code_quickly() -> None:
    """YAML aliases can make a few lines stand for billions of values: the box says the
    settings are too large to convert and shows them as written."""
    names = "abcdefghi"
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]  # then b: ten a's, c: ten b's...
    lines += [f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]" for p, n in zip(names, names[1:], strict=False)]
    renderer = Renderer(None, engine="goldmark")
    renderer.generator = "hugo"
    text = "{{< code-toggle >}}\n" + "\n".join(lines) + "\n{{< /code-toggle >}}\n"
    out = renderer.render_body(text)
    assert "more than 20,000 values" in out
    assert _text(_PRE.findall(out)[0]).startswith("a: &a [x, x")


_PIECES = st.sampled_from([
    "{{< code-toggle file=hugo >}}", "{{< code-toggle fm=true >}}", "{{< /code-toggle >}}",
    "{{< code-toggle config=x />}}", "{{< highlight go \"linenos=inline\" >}}",
    "{{< /highlight >}}", "{{< hl >}}", "{{< /hl >}}", "{{< x >}}", "{{</* code-toggle */>}}",
    "{{% include x %}}", "{{% code-toggle file=hugo %}}", "{{% /code-toggle %}}", "a = 'b'", "[t]", "x: 1", "{\"j\": 1}", "# Heading", "```", "- item",
    "> quote", "text \"quoted\"", "\n", "\n\n", "  ", ">}}", "{{<", "\n\n# comment\n",
    "\nSome words of text, long enough to make a part.\n",
])


@settings(max_examples=100)
@given(st.lists(_PIECES | st.text(max_size=5), max_size=30))
def test_any_mix_of_code_shortcodes_renders_and_leaves_no_stand_in_word(pieces: list[str]) -> None:
    text = "".join(pieces)
    renderer = Renderer(None, engine="goldmark")
    renderer.generator = "hugo"
    renderer.parts.min_chars = 20
    out = renderer.render_body(text)
    assert "liquidtag" not in out
    assert out == renderer.parts.render_whole(text, renderer.without_templates)


def test_inline_code_in_a_heading_or_link_keeps_the_markup_whole() -> None:
    renderer = Renderer(None, engine="goldmark")
    renderer.generator = "hugo"
    out = renderer.render_body(
        '## Use {{< hl go >}}fmt.Println("x"){{< /hl >}} here\n\n[a]({{< hl >}}x{{< /hl >}})\n'
    )
    heading = re.match(r'<h2 id="([^"<>]*)">Use <code class="code-inline language-go">', out)
    assert heading is not None and "fmt.Println" in heading[1]
    assert '<a href="x">a</a>' in out
