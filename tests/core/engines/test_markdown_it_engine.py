"""The markdown-it engine (Eleventy sites): pinned cases, the site's options, live comparison."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.engines.markdown_it import MarkdownItEngine, read_eleventy_config
from editor_app.core.engines.templates import neutralise_for

TOOLS = Path(__file__).resolve().parents[3] / "tools"
sys.path.insert(0, str(TOOLS))

from engine_compare import compare, normalise  # noqa: E402

CASES = Path(__file__).parent / "markdown_it_cases"
HAS_NODE_MARKDOWN_IT = (
    shutil.which("node") is not None and Path("/usr/share/nodejs/markdown-it").is_dir()
)


def render(text: str, engine: MarkdownItEngine | None = None) -> str:
    body, restore = neutralise_for("eleventy", text)
    return restore((engine or MarkdownItEngine()).render(body))


@pytest.mark.parametrize("case", sorted(CASES.glob("*.md")), ids=lambda p: p.stem)
def test_case_renders_as_markdown_it_printed_it(case: Path) -> None:
    """Pinned from markdown-it (`tools/markdown_it_compare.py CASES --pin`)."""
    expected = case.with_suffix(".html").read_text("utf-8")
    assert normalise(render(case.read_text("utf-8"))) == normalise(expected)


def write_config(root: Path, text: str, name: str = "eleventy.config.js") -> Path:
    (root / name).write_text(text, "utf-8")
    return root


def test_eleventys_defaults_without_a_configuration(tmp_path: Path) -> None:
    engine = MarkdownItEngine.for_site(tmp_path)
    assert render('"a" <b>x</b>\n\n    four spaces\n', engine) == (
        "<p>&quot;a&quot; <b>x</b></p>\n<p>four spaces</p>\n"
    )
    assert engine.notes == ()


def test_options_written_plainly_in_the_config_are_used(tmp_path: Path) -> None:
    write_config(
        tmp_path,
        'import markdownIt from "markdown-it";\n'
        "export default function (eleventyConfig) {\n"
        "  let options = { html: false, breaks: true, typographer: true };\n"
        '  eleventyConfig.setLibrary("md", markdownIt(options));\n'
        '  eleventyConfig.amendLibrary("md", (mdLib) => mdLib.enable("code"));\n'
        "}\n",
    )
    options, disabled, plugins = read_eleventy_config(tmp_path)
    assert options == {"html": False, "breaks": True, "typographer": True}
    assert "code" not in disabled and plugins == []
    out = render('"a" <b>x</b>\nnext\n\n    code\n', MarkdownItEngine.for_site(tmp_path))
    assert out == ("<p>“a” &lt;b&gt;x&lt;/b&gt;<br>\nnext</p>\n<pre><code>code\n</code></pre>\n")


def test_plugins_the_preview_lacks_are_named_in_a_note(tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "md.js").write_text(
        'import markdownItAnchor from "markdown-it-anchor";\n'
        "export default function (c) {\n"
        '  c.amendLibrary("md", (mdLib) => { mdLib.use(markdownItAnchor); });\n'
        "}\n",
        "utf-8",
    )
    write_config(
        tmp_path, 'import md from "./config/md.js";\nexport default (c) => c.addPlugin(md);\n'
    )
    engine = MarkdownItEngine.for_site(tmp_path)
    assert len(engine.notes) == 1 and "markdown-it-anchor" in engine.notes[0]
    assert "plugin" in engine.notes[0]


def test_a_config_outside_the_site_is_never_read(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (tmp_path / "outside.js").write_text('c.amendLibrary("md", m => m.use(secretPlugin));\n')
    write_config(site, 'import x from "../outside.js";\n')
    assert read_eleventy_config(site)[2] == []


def test_liquid_and_nunjucks_stay_placeholders() -> None:
    out = render("Hi {{ name }} {% include 'x.njk' %} {# note #}\n")
    assert out.count('class="liquid"') == 3


@pytest.mark.skipif(not HAS_NODE_MARKDOWN_IT, reason="node-markdown-it (the reference) missing")
def test_cases_still_match_markdown_it_itself() -> None:
    _, paths, differing = compare(CASES, "markdown-it")
    assert paths and not [p.name for p, _, _ in differing]


@pytest.mark.skipif(not HAS_NODE_MARKDOWN_IT, reason="node-markdown-it (the reference) missing")
def test_eleventy_site_matches_markdown_it_on_at_least_98_percent_of_pages() -> None:
    eleventy_site = shared_site_path("eleventy-website")
    # The preview follows the reference's version (Debian's 12.2: the 12 profile).
    _, paths, differing = compare(eleventy_site)
    assert len(paths) > 200
    assert (len(paths) - len(differing)) / len(paths) >= 0.98


def test_linkify_when_the_site_asks_for_it() -> None:
    out = render("see www.x.com and https://y.org.\n", MarkdownItEngine({"linkify": True}))
    assert out == (
        '<p>see <a href="http://www.x.com">www.x.com</a> and '
        '<a href="https://y.org">https://y.org</a>.</p>\n'
    )


def test_options_with_quoted_keys_are_read(tmp_path: Path) -> None:
    write_config(
        tmp_path,
        'const markdownIt = require("markdown-it");\n'
        "module.exports = function (eleventyConfig) {\n"
        '  eleventyConfig.setLibrary("md", markdownIt({ "html": true, \'breaks\': true }));\n'
        "};\n",
        ".eleventy.js",
    )
    options, _, _ = read_eleventy_config(tmp_path)
    assert options == {"html": True, "breaks": True}
    assert render("<b>x</b>\nnext\n", MarkdownItEngine.for_site(tmp_path)) == (
        "<p><b>x</b><br>\nnext</p>\n"
    )


def test_the_site_configuration_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Options, plugins, the table of contents and the shortcodes drawn all come from one
    # reading of the configuration and the modules it imports (it was read three times).
    from editor_app.core import render_eleventy
    from editor_app.core.document import Document
    from editor_app.core.engines import markdown_it
    from editor_app.core.render import Renderer
    from editor_app.core.site import Site

    eleventy = shared_site_path("eleventy-website")
    reads: list[Path] = []
    real = markdown_it.config_texts

    def counted(root: Path) -> list[str]:
        reads.append(root)
        return real(root)

    monkeypatch.setattr(markdown_it, "config_texts", counted)
    monkeypatch.setattr(render_eleventy, "config_texts", counted)
    html = Renderer(Site.open(eleventy)).render_page(
        Document.load(eleventy / "src/docs/shortcodes.md")
    )
    assert len(reads) == 1
    # What the configuration declares is all there: the table of contents, a code title.
    assert '<div class="table-of-contents">' in html and 'class="codetitle' in html
