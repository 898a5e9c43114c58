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
