"""Hugo's new-in / deprecated-in shortcodes (hugo-docs' theme, read from its own templates)
are drawn as Hugo prints them: a badge, or a box around the text inside. They were the most
frequent placeholders of hugo-docs' pages (260 of 397)."""

from __future__ import annotations

import shutil
from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.hugo_feature_state import run_simple_template
from editor_app.core.render import Renderer
from editor_app.core.site import Site

_CASES = Path(__file__).parent / "hugo_feature_cases"
_BADGE = (
    '<span class="bg-green-200 dark:bg-green-400 fill-green-600 not-prose inline-flex '
    'items-center px-2 mr-1 rounded text-sm font-medium"><a class="text-green-800 '
    'hover:text-green-600 dark:text-black no-underline" '
    'href="https://github.com/gohugoio/hugo/releases/tag/v{v}" target="_blank">New in v{v}</a>'
    "</span>\n\n"
)


def _site_with_hugo_docs_templates(tmp_path: Path) -> Path:
    docs = shared_site_path("hugo-docs")
    for folder in ("_shortcodes", "_partials"):
        shutil.copytree(docs / "layouts" / folder, tmp_path / "layouts" / folder)
    shutil.copy(docs / "hugo.toml", tmp_path / "hugo.toml")
    (tmp_path / "content").mkdir()
    return tmp_path


def _body(root: Path, rel: str) -> str:
    return Renderer(Site.open(root)).render_body(Document.load(root / rel).body)


def test_badges_and_boxes_are_what_hugo_prints(tmp_path: Path) -> None:
    # page.hugo-0.111.html: Hugo 0.111 building page.md with hugo-docs' two shortcodes and
    # their partials (strings.TrimSpace, which 0.111 lacks, written as trim).
    root = _site_with_hugo_docs_templates(tmp_path)
    shutil.copy(_CASES / "page.md", root / "content" / "page.md")
    html = _body(root, "content/page.md")
    assert html == (_CASES / "page.hugo-0.111.html").read_text(encoding="utf-8")
    assert 'class="liquid"' not in html


def test_hugo_docs_pages_show_badges_and_boxes() -> None:
    root = shared_site_path("hugo-docs")
    html = _body(root, "content/en/configuration/all.md")
    assert "<dd>" + _BADGE.format(v="0.153.0") + "</dd>" in html
    assert "new-in" not in html
    html = _body(root, "content/en/configuration/imaging.md")
    assert (
        '<div class="mt-2">\n\t\t\t\t<p>Deprecated in <a href="https://github.com/gohugoio/hugo/'
        'releases/tag/v0.155.0">v0.155.0</a></p>\n<p>Use the <a href="#meta-method"><code>Meta'
        "</code></a> method instead.</p>\n\n\t\t\t</div>"
    ) in html
    assert "deprecated-in" not in html


def test_a_site_whose_templates_print_something_else_keeps_placeholders(tmp_path: Path) -> None:
    root = _site_with_hugo_docs_templates(tmp_path)
    partial = root / "layouts/_partials/layouts/blocks/feature-state.html"
    partial.write_text(
        partial.read_text(encoding="utf-8").replace("<a class=%q", "<a data-x=%q"),
        encoding="utf-8",
    )
    (root / "content" / "page.md").write_text("Text {{< new-in 0.150.0 />}}.\n")
    assert (
        '<span class="liquid" title="Not drawn in the preview: the preview does not run this '
        "shortcode&#x27;s template.\">{{&lt; new-in 0.150.0 /&gt;}}</span>"
    ) in _body(root, "content/page.md")


def test_simple_templates_are_read_and_others_refused() -> None:
    template = (
        '{{- $c := .color | default "yellow" }}{{- $t := .title | default "" }}{{- $text := .text }}\n'
        '<div class="b-{{ $c }}">{{- with $t }}<h3>{{ . }}</h3>{{- end }}{{ $text }}</div>\n'
    )
    assert run_simple_template(template, {"color": "green"}, "<p>x</p>") == (
        '\n<div class="b-green"><p>x</p></div>\n'
    )
    assert run_simple_template(template, {"title": "A & B"}, "") == (
        '\n<div class="b-yellow"><h3>A &amp; B</h3></div>\n'
    )
    assert run_simple_template("{{ range .x }}{{ end }}", {}, "") is None
