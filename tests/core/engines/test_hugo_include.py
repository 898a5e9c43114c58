"""Hugo shortcodes that print another page's Markdown (hugo-docs' `{{% include "/_common/x.md"
%}}`, 214 places) show that Markdown in the preview, as on the published page; before, a
placeholder stood there."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.hugo_include import including_shortcodes, with_includes
from editor_app.core.render import Renderer
from editor_app.core.site import Site


def test_hugo_docs_filter_page_shows_the_included_note() -> None:
    root = shared_site_path("hugo-docs")
    assert "include" in including_shortcodes(root)
    page = Document.load(root / "content/en/functions/images/Filter.md")
    html = Renderer(Site.open(root)).render_body(page.body)
    assert "{{% include" not in html
    assert '<div class="alert alert-note">\n<p>Use this method with' in html


def _site(tmp_path: Path) -> Path:
    (tmp_path / "layouts" / "_shortcodes").mkdir(parents=True)
    (tmp_path / "layouts" / "_shortcodes" / "include.html").write_text(
        "{{ with site.GetPage (.Get 0) }}{{ .RenderShortcodes }}{{ end }}"
    )
    (tmp_path / "layouts" / "_shortcodes" / "note.html").write_text("<aside>{{ .Inner }}</aside>")
    common = tmp_path / "content" / "_common"
    common.mkdir(parents=True)
    (common / "a.md").write_text(
        '---\ntitle: A\n---\n\nText of *a*.\n\n{{% include "_common/b" %}}\n'
    )
    (common / "b.md").write_text("Text of b.\n")
    (tmp_path / "secret.md").write_text("Not in the content folder.\n")
    return tmp_path


def test_includes_nest_and_stay_inside_the_content_folders(tmp_path: Path) -> None:
    root = _site(tmp_path)
    names = including_shortcodes(root)
    assert names == frozenset({"include"})
    folders = [root / "content"]
    text = 'Before.\n\n{{% include "/_common/a.md" %}}\n\n{{% include "../secret.md" %}}\n'
    assert with_includes(text, names, folders) == (
        'Before.\n\nText of *a*.\n\nText of b.\n\n{{% include "../secret.md" %}}\n'
    )
    # Another shortcode, or none defined so: left for the placeholders.
    assert with_includes('{{% note "x" %}}', names, folders) == '{{% note "x" %}}'
    assert with_includes(text, frozenset(), folders) == text


def test_an_included_page_moved_away_is_found_where_it_now_is(tmp_path: Path) -> None:
    # Where a name leads is kept from one render to the next; a page gone from there is looked
    # for again at once (its bundle's index.md), not shown as a placeholder.
    root = _site(tmp_path)
    names, folders = including_shortcodes(root), [root / "content"]
    text = '{{% include "_common/b" %}}'
    assert with_includes(text, names, folders) == "Text of b."
    bundle = root / "content" / "_common" / "b"
    bundle.mkdir()
    (bundle / "index.md").write_text("Text of the bundle.\n")
    (root / "content" / "_common" / "b.md").unlink()
    assert with_includes(text, names, folders) == "Text of the bundle."
    (bundle / "index.md").unlink()
    assert with_includes(text, names, folders) == text
