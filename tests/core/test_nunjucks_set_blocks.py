"""A Nunjucks `{% set name %}...{% endset %}` block is template code: Eleventy prints nothing
where it stands, so Check does not read its lines as headings or sentences, and the preview
does not show them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from shared_sites import SHARED_SITES, shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

ELEVENTY = SHARED_SITES / "eleventy-website"

SET_BLOCK_PAGE = """---
title: Running it
---
# Usage

Run it like this:

{% set usageCode %}
# Searches the current directory, outputs to ./_site
npx @11ty/eleventy --input=. --output=_site
// This comment goes on and on with one clause after another, because the author wanted to say
// everything at once, including the history of the tool, the names of its options, the dates
// of its releases, the rules it follows and the reasons for each of them, far too much at once.
{% endset %}
{{ usageCode | highlight("bash") | safe }}

{%- set other -%}
#### Not a heading either
{%- endset %}

## Options

Text after the block.
"""


def _eleventy_site(tmp_path: Path, body: str) -> Site:
    (tmp_path / "eleventy.config.js").write_text("export default function () {}\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "usage.md").write_text(body)
    return Site.open(tmp_path)


def test_a_set_block_gives_no_heading_or_sentence_problem(tmp_path: Path) -> None:
    site = _eleventy_site(tmp_path, SET_BLOCK_PAGE)
    found = [(p.line, p.code) for p in validate_site(site, cache=False)]
    assert found == []


def test_the_same_lines_outside_a_set_block_are_still_checked(tmp_path: Path) -> None:
    body = re.sub(r"\{%-?\s*(end)?set[^%]*%\}", "", SET_BLOCK_PAGE)
    site = _eleventy_site(tmp_path, body)
    codes = {p.code for p in validate_site(site, cache=False)}
    assert {"heading-skipped", "sentence-long"} <= codes


def test_an_assignment_is_no_block(tmp_path: Path) -> None:
    # `{% set x = 1 %}` opens nothing: the heading after it is the page's own.
    body = "---\ntitle: T\n---\n# Top\n\n{% set x = 1 %}\n\n### Skips a level\n\n{% endset %}\n"
    site = _eleventy_site(tmp_path, body)
    assert [(p.line, p.code) for p in validate_site(site, cache=False)] == [
        (8, "heading-skipped")
    ]


def test_an_unclosed_set_block_hides_nothing(tmp_path: Path) -> None:
    # Without its end tag the site cannot build; the rest of the page is still checked.
    body = "---\ntitle: T\n---\n# Top\n\n{% set x %}\n\n### Skips a level\n"
    site = _eleventy_site(tmp_path, body)
    assert [(p.line, p.code) for p in validate_site(site, cache=False)] == [
        (8, "heading-skipped")
    ]


def test_the_preview_leaves_a_set_block_out(tmp_path: Path) -> None:
    site = _eleventy_site(tmp_path, SET_BLOCK_PAGE)
    doc = Document.load(tmp_path / "docs" / "usage.md")
    html = Renderer(site).render_page(doc)
    assert "Not a heading either" not in html and "<h4" not in html
    assert "<h2" in html and "Text after the block." in html
    # The filter that prints the block's text prints it as code, once, where it stands.
    assert html.count("Searches the current directory") == 1
    assert (
        '<code class="language-bash"><span class="token comment"># Searches the current directory'
        in html
    )  # coloured as the site's Prism colours it
    assert "usageCode | highlight" not in html


def _real_site() -> Site:
    return Site.open(shared_site_path("eleventy-website"))


def _set_block_lines(path: Path) -> set[int]:
    lines: set[int] = set()
    start = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if start is None and re.search(r"\{%-?\s*set\s+\w+\s*-?%\}", line):
            start = number
        if start is not None and "endset" in line:
            lines.update(range(start, number + 1))
            start = None
    return lines


@pytest.mark.parametrize(
    "page",
    ["src/docs/config.md", "src/docs/layout-chaining.md", "src/docs/usage.md",
     "src/docs/dev-server.md", "src/docs/collections-api.md"],
)
def test_no_problem_inside_a_set_block_of_the_real_site(page: str) -> None:
    site = _real_site()
    path = ELEVENTY / page
    inside = _set_block_lines(path)
    assert inside, "the page holds set blocks"
    found = validate_site(site, only=[path], cache=False)
    assert [(p.line, p.code) for p in found if p.line in inside] == []


def test_a_heading_after_a_set_block_follows_the_real_pages_own_headings() -> None:
    # config.md: `#### Command Line` under `### Input Directory`, then a block of shell
    # comments (`# The current directory`), then `#### Configuration`: no jump.
    site = _real_site()
    path = ELEVENTY / "src/docs/config.md"
    found = validate_site(site, only=[path], cache=False)
    assert [p.line for p in found if p.code == "heading-skipped"] == []


def test_the_real_sites_heading_jump_is_still_told() -> None:
    # usage.md goes from its title (#) straight to ### parts: a real jump, told once.
    site = _real_site()
    path = ELEVENTY / "src/docs/usage.md"
    skipped = [p.line for p in validate_site(site, only=[path], cache=False)
               if p.code == "heading-skipped"]
    assert skipped == [64]


def test_the_real_sites_preview_shows_no_shell_comment_as_a_heading() -> None:
    site = _real_site()
    doc = Document.load(ELEVENTY / "src/docs/usage.md")
    html = Renderer(site).render_page(doc)
    # The site's package-manager tabs draw the commands: the shell comment is code, not a heading.
    assert '<span class="token comment"># Searches the current directory' in html
    assert not re.search(r"<h\d[^>]*>[^<]*Searches the current directory", html)
    assert re.findall(r"<h1[^>]*>([^<]*)", html) == ["Command Line Usage"]
