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
    assert (
        '<div class="alert alert-note">\n<span class="alert-icon alert-icon-note"></span>\n'
        "<p>Use this method with" in html
    )


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
    assert set(names) == {"include"}
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


def test_hugo_docs_glossary_terms_descriptions_and_notes_are_shown() -> None:
    # Placeholders before: glossary-term 33, get-page-desc 18, module-mounts-note 7.
    root = shared_site_path("hugo-docs")
    renderer = Renderer(Site.open(root))

    def body(rel: str) -> str:
        return renderer.render_body(Document.load(root / "content/en" / rel).body)

    html = body("configuration/ugly-urls.md")  # {{% glossary-term "ugly url" %}}
    assert "<p>An <em>ugly URL</em> is a URL that includes a file extension." in html
    html = body("quick-reference/page-collections.md")  # "default sort order"
    assert "<p>The <em>default sort order</em> for " in html
    # {{% get-page-desc "/functions/reflect/isimageresource" %}}: IsImageResource.md's own.
    html = body("_common/functions/reflect/image-reflection-functions.md")
    assert (
        "<code>reflect.IsImageResource</code></a>: Reports whether the given value is a "
        "Resource object representing an image as defined by its media type.</li>"
    ) in html
    html = body("configuration/all.md")  # {{% module-mounts-note %}}, a template of text only
    assert (
        "Default is <code>archetypes</code>. For a more flexible approach to configuring this "
        'directory, consult the section\non <a href="/configuration/module/#mounts">module '
        "mounts</a>.</dd>"
    ) in html
    for page in ("configuration/ugly-urls.md", "configuration/all.md"):
        assert "glossary-term" not in body(page) and "module-mounts-note" not in body(page)
    assert 'class="liquid"' not in body("_common/functions/reflect/image-reflection-functions.md")


def test_shortcodes_printing_a_term_a_description_or_their_text(tmp_path: Path) -> None:
    codes = tmp_path / "layouts" / "_shortcodes"
    codes.mkdir(parents=True)
    (codes / "term.html").write_text(
        '{{- with .Get 0 }}{{- $path := printf "/glossary/%s" (urlize .) }}'
        "{{- with site.GetPage $path }}\n{{ .RenderShortcodes }}{{- end }}{{- end -}}"
    )
    (codes / "desc.html").write_text(
        "{{- with $p := .Get 0 }}{{- with $.Page.GetPage $p }}{{- .Description }}{{- end }}"
        "{{- end -}}"
    )
    (codes / "note.html").write_text("A *note*.\n")
    (codes / "other.html").write_text("<b>{{ .Get 0 }}</b>")
    glossary = tmp_path / "content" / "glossary"
    glossary.mkdir(parents=True)
    (glossary / "output-format.md").write_text("---\ntitle: t\n---\n\nAn _output format_.\n")
    (tmp_path / "content" / "Funcs").mkdir()
    (tmp_path / "content" / "Funcs" / "IsThing.md").write_text(
        "---\ndescription: Reports a thing.\n---\nBody.\n"
    )
    names = including_shortcodes(tmp_path)
    assert sorted(names) == ["desc", "note", "term"]
    folders = [tmp_path / "content"]
    text = (
        '{{% term "Output Format" %}}\n\n{{% term missing %}}\n\n'
        '- x: {{% desc "/funcs/isthing" %}}\n- y: {{% desc "/funcs/nothing" %}}\n\n'
        'Text. {{% note %}}\n\n{{% note "x" %}} {{% other "a" %}}\n'
    )
    assert with_includes(text, names, folders) == (
        "An _output format_.\n\n{{% term missing %}}\n\n"
        '- x: Reports a thing.\n- y: {{% desc "/funcs/nothing" %}}\n\n'
        'Text. A *note*.\n\n\n{{% note "x" %}} {{% other "a" %}}\n'
    )


def test_a_term_with_accents_finds_its_page_as_the_sites_remove_path_accents_says(
    tmp_path: Path,
) -> None:
    codes = tmp_path / "layouts" / "_shortcodes"
    codes.mkdir(parents=True)
    (codes / "term.html").write_text(
        '{{- with .Get 0 }}{{- $path := printf "/glossary/%s" (urlize .) }}'
        "{{- with site.GetPage $path }}\n{{ .RenderShortcodes }}{{- end }}{{- end -}}"
    )
    glossary = tmp_path / "content" / "glossary"
    glossary.mkdir(parents=True)
    (glossary / "cafe.md").write_text("---\ntitle: t\n---\n\nA _café_.\n")
    names = including_shortcodes(tmp_path)
    folders = [tmp_path / "content"]
    call = '{{% term "Café" %}}\n'
    assert with_includes(call, names, folders) == call  # Hugo looks for /glossary/caf%C3%A9
    assert with_includes(call, names, folders, remove_accents=True) == "A _café_.\n"
