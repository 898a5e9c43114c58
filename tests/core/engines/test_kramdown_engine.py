"""The kramdown engine follows the site's `kramdown:` options (checked against kramdown 2.4)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.engines.kramdown import KramdownEngine, read_kramdown_options
from editor_app.core.render import Renderer
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))

from engine_compare import compare  # noqa: E402


def test_jekylls_defaults_without_options() -> None:
    assert read_kramdown_options({}) == {}
    out = KramdownEngine().render('"Hi" it\'s\nnext\n\n## Head\n')
    assert out == '<p>“Hi” it’s\nnext</p>\n<h2 id="head">Head</h2>\n'


def test_smart_quotes_hard_wrap_and_auto_ids_as_kramdown_prints_them() -> None:
    engine = KramdownEngine(
        {"smart_quotes": "apos,apos,quot,quot", "hard_wrap": True, "auto_ids": False}
    )
    assert engine.render('"Hi" it\'s\nnext\n\n## Head\n') == (
        '<p>"Hi" it\'s<br />\nnext</p>\n<h2>Head</h2>\n'
    )
    guillemets = KramdownEngine({"smart_quotes": ["laquo", "raquo", "bdquo", "ldquo"]})
    assert guillemets.render("\"Hi\" 'x'\n") == "<p>„Hi“ «x»</p>\n"


def test_the_sites_config_is_read(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("kramdown:\n  hard_wrap: true\n", "utf-8")
    assert Renderer(Site.open(tmp_path)).render_body("a\nb\n") == "<p>a<br />\nb</p>\n"


def test_an_odd_smart_quotes_value_keeps_the_default() -> None:
    assert read_kramdown_options({"smart_quotes": "lsquo,rsquo"}) == {}
    assert read_kramdown_options({"smart_quotes": 5}) == {}


HAS_KRAMDOWN = (
    shutil.which("ruby") is not None
    and subprocess.run(
        ["ruby", "-e", 'require "kramdown"; require "kramdown-parser-gfm"; require "rouge"'],
        capture_output=True,
        check=False,
    ).returncode
    == 0
)


@pytest.mark.skipif(not HAS_KRAMDOWN, reason="kramdown (Ruby) is not installed")
@pytest.mark.parametrize(("site", "at_least"), [("opensource-guide", 0.97), ("jekyll-docs", 0.95)])
def test_other_jekyll_sites_match_kramdown(site: str, at_least: float) -> None:
    """Sites the kramdown engine was not built on (code colouring aside)."""
    source = shared_site_path(site)
    _, paths, differing = compare(source, ignore_code_spans=True)
    assert len(paths) > 100
    assert (len(paths) - len(differing)) / len(paths) >= at_least


def test_bare_marks_in_raw_html_text_are_escaped_in_one_pass() -> None:
    from editor_app.core.markdown_ext.html_tags import escape_bare_text

    assert escape_bare_text(
        '<div a="x > y">Q&A &amp; a => b <!-- c > d --> <script>a<b && c>d</script> 1 < 2</div>'
    ) == (
        '<div a="x > y">Q&amp;A &amp; a =&gt; b <!-- c > d --> <script>a<b && c>d</script>'
        " 1 &lt; 2</div>"
    )
    # Unclosed comments and tags: every mark is escaped, nothing is lost.
    assert escape_bare_text("<!-- a <b & c") == "&lt;!-- a &lt;b &amp; c"


@pytest.mark.skipif(not HAS_KRAMDOWN, reason="kramdown (Ruby) is not installed")
def test_guide_pages_with_odd_emphasis_and_quotes_match_kramdown(tmp_path: Path) -> None:
    """The Open Source Guide's translations with `_a _b c_` and `[""开源" x"]`."""
    pages = [
        "_articles/ms/how-to-contribute.md",
        "_articles/zh-hans/best-practices.md",
        "_articles/ta/best-practices.md",
    ]
    guide = shared_site_path("opensource-guide")
    for n, page in enumerate(pages):
        shutil.copyfile(guide / page, tmp_path / f"page{n}.md")
    _, paths, differing = compare(tmp_path)
    assert len(paths) == 3
    assert [p.name for p, _, _ in differing] == []


JEKYLL_POSTS_WITH_DEFINITIONS_IN_TEXT = [
    "_posts/2013-05-08-jekyll-1-0-1-released.markdown",
    "_posts/2013-05-12-jekyll-1-0-2-released.markdown",
    "_posts/2013-06-07-jekyll-1-0-3-released.markdown",
    "_posts/2013-07-14-jekyll-1-1-0-released.markdown",
    "_posts/2020-05-27-jekyll-4-1-0-released.markdown",
]


def test_a_link_definition_under_a_line_of_text_stays_in_its_paragraph() -> None:
    """Jekyll's release posts write `[#{{ issue }}]: ...` under a `{% for %}` line: kramdown
    reads it as more of that paragraph (a definition starts a block or is text), where the
    preview took it out and cut the paragraph in two."""
    docs = shared_site_path("jekyll-docs")
    renderer = Renderer(Site.open(docs))
    page = (docs / JEKYLL_POSTS_WITH_DEFINITIONS_IN_TEXT[0]).read_text("utf-8")
    # The Liquid left as text (the page as kramdown alone reads it).
    html = renderer.render_body(page.split("---", 2)[2], templates=False)
    tail = html[html.index("{% assign issue_numbers") :]
    assert "</p>" not in tail[: tail.index("{% endfor %}")]
    assert "/issues/" in tail  # the definition's line is shown, as kramdown prints it
    # Run as Jekyll runs it (engines/liquid_page.py), the loop prints the definitions the
    # list's links use.
    html = renderer.render_body(page.split("---", 2)[2])
    assert '(<a href="https://github.com/jekyll/jekyll/issues/1037">#1037</a>)' in html
    assert "{% for" not in html


@pytest.mark.skipif(not HAS_KRAMDOWN, reason="kramdown (Ruby) is not installed")
def test_jekyll_release_posts_match_kramdown(tmp_path: Path) -> None:
    """The `.markdown` posts of Jekyll's docs, compared as the `.md` pages are."""
    docs = shared_site_path("jekyll-docs")
    for page in JEKYLL_POSTS_WITH_DEFINITIONS_IN_TEXT:
        shutil.copyfile(docs / page, tmp_path / Path(page).name)
    _, paths, differing = compare(tmp_path)
    assert len(paths) == len(JEKYLL_POSTS_WITH_DEFINITIONS_IN_TEXT)
    assert [p.name for p, _, _ in differing] == []
