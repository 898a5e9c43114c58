"""Blocks that keep their text for later and print nothing where they stand: Liquid
`{% capture name %}...{% endcapture %}` (Jekyll) and Nunjucks `{% set name %}...{% endset %}`
with whitespace-trimming dashes (Eleventy). Check does not read their lines as prose, and the
preview leaves them out as the site does: lines kept, or joined where a dash trims them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.templates import without_quiet_blocks
from editor_app.core.render import Renderer
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

CAPTURE_PAGE = """---
title: Notes
---
Some words before.

{% capture download_note %}
#### The latest version is now available
This captured text goes on and on with one clause after another, because the author wanted to
say everything at once, including the history of the tool, the names of its options, the dates
of its releases, the rules it follows and the reasons for each of them, far too much at once.
{% endcapture %}
{% include note.html content=download_note %}

## After

Text after the block.
"""


def _jekyll_site(tmp_path: Path, body: str) -> Site:
    (tmp_path / "_config.yml").write_text("title: T\ncollections:\n  docs:\n    output: true\n")
    (tmp_path / "_docs").mkdir()
    (tmp_path / "_docs" / "notes.md").write_text(body)
    return Site.open(tmp_path)


def _eleventy_site(tmp_path: Path, body: str) -> Site:
    (tmp_path / "eleventy.config.js").write_text("export default function () {}\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "usage.md").write_text(body)
    return Site.open(tmp_path)


def _found(site: Site) -> list[tuple[int, str]]:
    return [(p.line, p.code) for p in validate_site(site, cache=False)]


def test_a_capture_block_gives_no_heading_or_sentence_problem(tmp_path: Path) -> None:
    assert _found(_jekyll_site(tmp_path, CAPTURE_PAGE)) == []


def test_the_same_lines_outside_a_capture_block_are_still_checked(tmp_path: Path) -> None:
    body = re.sub(r"\{%\s*(end)?capture[^%]*%\}", "", CAPTURE_PAGE)
    codes = {code for _, code in _found(_jekyll_site(tmp_path, body))}
    assert {"heading-skipped", "sentence-long"} <= codes


def test_an_unclosed_capture_block_hides_nothing(tmp_path: Path) -> None:
    body = "---\ntitle: T\n---\n## Top\n\n{% capture x %}\n\n#### Skips a level\n"
    codes = [(line, code) for line, code in _found(_jekyll_site(tmp_path, body))
             if code == "heading-skipped"]
    assert codes == [(8, "heading-skipped")]


def test_the_jekyll_preview_leaves_a_capture_block_out(tmp_path: Path) -> None:
    site = _jekyll_site(tmp_path, CAPTURE_PAGE)
    html = Renderer(site).render_page(Document.load(tmp_path / "_docs" / "notes.md"))
    assert "The latest version" not in html
    assert "far too much at once" not in html
    assert "Some words before." in html and "Text after the block." in html
    assert "include note.html" in html  # the tag that prints it shows, as every tag does


def test_a_capture_block_keeps_its_lines() -> None:
    text = "a\n{% capture x %}\nb\nc\n{% endcapture %}\nd\n"
    out = without_quiet_blocks(text)
    assert out.count("\n") == text.count("\n")
    assert "b" not in out and out.startswith("a\n") and out.endswith("\nd\n")


def test_a_block_shown_inside_raw_stays() -> None:
    text = "{% raw %}\n{% capture x %}\nshown\n{% endcapture %}\n{% endraw %}\n"
    assert without_quiet_blocks(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `{%-` trims the whitespace before the block, newlines too: the lines join.
        ("para\n\n{%- set x %}\nA\n{% endset %}\nmore", "para\nmore"),
        # `-%}` on the end tag trims the whitespace after it.
        ("para\n\n{% set x -%}\nA\n{%- endset -%}\n\n## H", "para\n\n## H"),
        ("one\n{%- capture x -%}\nA\n{%- endcapture -%}\ntwo", "onetwo"),
        # Without a dash, its newlines stay (blank lines, as the site's output reads).
        ("para\n\n{% set x %}\nA\n{% endset %}\n\nmore", "para\n\n\n\n\n\nmore"),
        # An assignment opens no block.
        ("{%- set x = 1 -%}\nkeep\n{% endset %}", "{%- set x = 1 -%}\nkeep\n{% endset %}"),
    ],
)
def test_dashes_trim_as_the_template_language_does(text: str, expected: str) -> None:
    assert without_quiet_blocks(text) == expected


DASHED_PAGE = """---
title: Dashes
---
First line of a paragraph
{%- set note -%}
#### Not a heading
A sentence that says far too much at once, one clause after another, because its author wanted
to put the history, the options, the dates, the rules and every reason for them in one place.
{%- endset %}
and its second line.

## Options

Text after.
"""


def test_a_dashed_set_block_gives_no_problem(tmp_path: Path) -> None:
    assert _found(_eleventy_site(tmp_path, DASHED_PAGE)) == []


def test_the_eleventy_preview_joins_the_lines_a_dash_trims(tmp_path: Path) -> None:
    site = _eleventy_site(tmp_path, DASHED_PAGE)
    html = Renderer(site).render_page(Document.load(tmp_path / "docs" / "usage.md"))
    assert "Not a heading" not in html and "far too much" not in html
    # Eleventy hands Markdown 'First line of a paragraph\nand its second line.': one paragraph.
    assert re.search(r"<p>First line of a paragraph\s*and its second line\.</p>", html)


def _real(name: str) -> Site:
    root = shared_site_path(name)
    return Site.open(root)


def test_the_real_jekyll_preview_still_shows_a_capture_shown_in_raw() -> None:
    # includes.md shows `{% capture download_note %}` as an example, inside `{% raw %}`.
    site = _real("jekyll-docs")
    html = Renderer(site).render_page(Document.load(site.root / "_docs" / "includes.md"))
    assert "The latest version of" in html
    # As code (coloured as Liquid: the raw block's text printed as written).
    assert "{% capture download_note %}" in re.sub(r"<[^>]+>", "", html)


def test_the_real_eleventy_preview_joins_a_code_title_and_its_block() -> None:
    # data-eleventy-supplied.md: '{% codetitle ... %}\n{%- set codeBlock %}...{%- endset %}\n
    # {{ codeBlock | highlight("yaml") | safe }}': the set block prints nothing where it
    # stands; the filter prints what it holds as code, right under the code title
    # (`engines/eleventy_code.py`), its `{% raw %}` text as written.
    site = _real("eleventy-website")
    html = Renderer(site).render_page(
        Document.load(site.root / "src" / "docs" / "data-eleventy-supplied.md")
    )
    html = re.sub(r'<span class="token [^"]*">([^<]*)</span>', r"\1", html)  # Prism's colours
    assert re.search(
        r'<div class="codetitle codetitle-left"><b>Syntax </b>YAML Front Matter</div>'
        r'\s*<div class="syntax-highlight">\s*<pre class="language-yaml"><code class="language-yaml">---\n'
        r'permalink: (?:"|&quot;)\{\{ page.filePathStem \}\}.html(?:"|&quot;)\n---\n</code></pre>',
        html,
    ), "the code title, then its code"
