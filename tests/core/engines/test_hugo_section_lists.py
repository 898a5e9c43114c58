"""Hugo shortcodes listing a section's pages (hugo-docs' render-list-of-pages-in-section and
its table twin) drawn from the site's files: each regular page of the section by title, its
link and description; a filter from `data/page_filters`; backticks for functions and methods.
Shortcodes the preview cannot draw say why on hover."""

from __future__ import annotations

import html as html_lib
import os
import re
from pathlib import Path

import pytest
import yaml
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

# The parts of hugo-docs' template the preview reads it by (a site's own copy would do).
_LIST_TEMPLATE = """{{- $filter := or "" (.Get "filter" | lower) }}
{{- with $sectionPath := .Get "path" }}{{- with site.GetPage . }}{{- with .RegularPages }}
{{- range $page := .ByTitle }}
{{- if $page.Params.isFunctionOrMethod }}
[`{{ $linkTitle }}`]({{ $page.Path }}){{/* Do not indent. */}}
{{- else }}
[{{ $linkTitle }}]({{ $page.Path }}){{/* Do not indent. */}}
{{- end }}
: {{ $page.Description }}{{/* Do not indent. */}}
{{ end }}{{ end }}{{ end }}{{ end }}
"""
_TABLE_TEMPLATE = """{{- $headingColumn1 := or (.Get "headingColumn1") "Item" }}
{{- $headingColumn2 := or (.Get "headingColumn2") "Description" }}
{{- with site.GetPage (.Get "path") }}{{- with .RegularPages }}
{{ $headingColumn1 }}|{{ $headingColumn2 }}
:--|:--
{{- range $page := .ByTitle }}
[{{ $linkTitle }}]({{ $page.Path }})|{{ $page.Description }}
{{- end }}{{ end }}{{ end }}
"""


def _page(path: Path, title: str, description: str, extra: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"---\ntitle: {title}\ndescription: {description}\n{extra}---\nText.\n", encoding="utf-8"
    )


def _site(tmp_path: Path) -> Path:
    (tmp_path / "hugo.toml").write_text(
        "title = 'S'\n[[cascade]]\n  [cascade.params]\n    isFunctionOrMethod = true\n"
        "  [cascade.target]\n    path = '{/methods/**}'\n    kind = 'page'\n",
        encoding="utf-8",
    )
    shortcodes = tmp_path / "layouts" / "_shortcodes"
    shortcodes.mkdir(parents=True)
    (shortcodes / "list-section.html").write_text(_LIST_TEMPLATE, encoding="utf-8")
    (shortcodes / "table-section.html").write_text(_TABLE_TEMPLATE, encoding="utf-8")
    content = tmp_path / "content"
    _page(content / "methods" / "pager" / "_index.md", "Pager", "The section.")
    _page(content / "methods" / "pager" / "Next.md", "Next", "Returns the next pager.")
    _page(content / "methods" / "pager" / "first.md", "First", "Returns the first pager.")
    _page(content / "methods" / "pager" / "Last" / "index.md", "Last", "A leaf bundle.")
    _page(content / "methods" / "pager" / "old.md", "Old", "A draft.", "draft: true\n")
    _page(content / "methods" / "pager" / "deep" / "_index.md", "Deep", "Its own section.")
    _page(content / "methods" / "pager" / "deep" / "inner.md", "Inner", "Not listed.")
    _page(content / "guides" / "b.md", "Beta", "Second.", "linkTitle: B\n")
    _page(content / "guides" / "a.md", "alpha", "First.")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "page_filters.yaml").write_text(
        "Pager_Ends:\n  - /methods/pager/first\n  - /methods/pager/last\n", encoding="utf-8"
    )
    return tmp_path


def _body(root: Path, text: str) -> str:
    page = root / "content" / "page.md"
    page.write_text("---\ntitle: P\n---\n" + text, encoding="utf-8")
    return Renderer(Site.open(root)).render_body(Document.load(page).body)


def test_a_sections_pages_are_listed_by_title_with_their_descriptions(tmp_path: Path) -> None:
    shown = _body(_site(tmp_path), "Methods:\n\n{{% list-section path=/methods/pager %}}\n")
    assert re.findall(r"<dt>(.*?)</dt>", shown) == [
        '<a href="/methods/pager/first"><code>First</code></a>',
        '<a href="/methods/pager/last"><code>Last</code></a>',
        '<a href="/methods/pager/next"><code>Next</code></a>',
    ]
    assert "<dd>Returns the first pager.</dd>" in shown
    assert "Old" not in shown and "Inner" not in shown and "liquid" not in shown


def test_a_filter_from_the_sites_data_and_a_table(tmp_path: Path) -> None:
    root = _site(tmp_path)
    shown = _body(root, "{{% list-section path=/methods/pager filter=pager_ends filterType=exclude %}}\n")
    assert re.findall(r"<dt>(.*?)</dt>", shown) == ['<a href="/methods/pager/next"><code>Next</code></a>']
    table = _body(
        root,
        "{{% table-section\n  path=/guides\n  headingColumn1=Guide\n%}}\n",
    )
    assert re.findall(r"<th[^>]*>(.*?)</th>", table) == ["Guide", "Description"]
    assert re.findall(r"<td[^>]*>(.*?)</td>", table) == [
        '<a href="/guides/a">alpha</a>', "First.", '<a href="/guides/b">B</a>', "Second."
    ]


def test_a_section_not_found_stays_a_placeholder_that_says_why(tmp_path: Path) -> None:
    shown = _body(_site(tmp_path), "{{% list-section path=/nowhere %}}\n")
    title = re.search(r'<span class="liquid" title="([^"]*)">', shown)
    assert title is not None
    assert html_lib.unescape(title.group(1)) == (
        "Not drawn in the preview: it lists the site's pages through its template."
    )


def test_hugo_docs_lists_of_pages_are_drawn() -> None:
    root = shared_site_path("hugo-docs")
    renderer = Renderer(Site.open(root))
    pagination = renderer.render_body(
        Document.load(root / "content" / "en" / "templates" / "pagination.md").body
    )
    assert '<dt><a href="/methods/pager/first"><code>First</code></a></dt>' in pagination
    assert "render-list-of-pages-in-section" not in pagination
    images = renderer.render_body(
        Document.load(root / "content" / "en" / "content-management" / "image-processing" / "index.md").body
    )
    assert '<th style="text-align:left">Method</th>' in images and '<a href="/methods/resource/crop"><code>Crop</code></a>' in images
    assert "render-table-of-pages-in-section" not in images


def test_hugo_docs_shortcodes_left_say_why() -> None:
    root = shared_site_path("hugo-docs")
    body = Renderer(Site.open(root)).render_body(
        Document.load(root / "content" / "en" / "installation" / "windows.md").body
    )
    assert (
        '<span class="liquid" title="Not drawn in the preview: it prints the Go version of the '
        'Hugo that builds the site.">{{% current-go-version %}}</span>'
    ) in body


def test_the_filters_file_is_read_again_only_when_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawn again at each keystroke, a filtered list reads `data/page_filters.yaml` once, and
    again when the file changes."""
    root = _site(tmp_path)
    page = root / "content" / "page.md"
    text = "{{% list-section path=/methods/pager filter=pager_ends filterType=include %}}\n"
    page.write_text("---\ntitle: P\n---\n" + text, encoding="utf-8")
    renderer = Renderer(Site.open(root))
    parsed: list[str] = []
    safe_load = yaml.safe_load
    monkeypatch.setattr(yaml, "safe_load", lambda t: parsed.append(t) or safe_load(t))
    for _ in range(3):
        shown = renderer.render_body(Document.load(page).body)
    assert re.findall(r"<dt>.*?>(\w+)</code>", shown) == ["First", "Last"]
    assert len([t for t in parsed if "Pager_Ends" in t]) == 1
    filters = root / "data" / "page_filters.yaml"
    filters.write_text("Pager_Ends:\n  - /methods/pager/next\n", encoding="utf-8")
    os.utime(filters, ns=(filters.stat().st_mtime_ns + 10**9,) * 2)
    shown = renderer.render_body(Document.load(page).body)
    assert re.findall(r"<dt>.*?>(\w+)</code>", shown) == ["Next"]
