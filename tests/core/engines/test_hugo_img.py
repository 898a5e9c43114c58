"""hugo-docs' `img` shortcode: the image is drawn from the page's bundle or the site's assets,
and a filter Hugo applies when it builds is named on hover (the original is shown)."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)
# The theme's template, its printing part (the filters are chosen above it in the real one).
THEME_IMG = """{{- $filterArgs := slice }}
{{- $fi := $i }}
{{- $class := "border-1 border-gray-300" }}
{{- if $example }}
	<p>Original</p>
	<img
		class="{{ $class }}"
		src="{{ $i.RelPermalink }}"
		alt="{{ $alt }}">
	<p>Processed</p>
	<img
		class="{{ $class }}"
		src="{{ $fi.RelPermalink }}"
		alt="{{ $alt }}">
{{- else -}}
	<img
		src="{{ $fi.RelPermalink }}"
		alt="{{ $alt }}">
{{- end }}
"""


def _site(tmp_path: Path, call: str, template: str = THEME_IMG) -> Path:
    (tmp_path / "hugo.toml").write_text("title = 'S'\n", encoding="utf-8")
    (tmp_path / "layouts" / "_shortcodes").mkdir(parents=True)
    (tmp_path / "layouts" / "_shortcodes" / "img.html").write_text(template, "utf-8")
    (tmp_path / "assets" / "images").mkdir(parents=True)
    (tmp_path / "assets" / "images" / "zion.png").write_bytes(_PNG)
    bundle = tmp_path / "content" / "posts" / "trip"
    bundle.mkdir(parents=True)
    (bundle / "cover.png").write_bytes(_PNG)
    page = bundle / "index.md"
    page.write_text(f"---\ntitle: Trip\n---\nBefore.\n\n{call}\n\nAfter.\n", encoding="utf-8")
    return page


def test_an_image_of_the_bundle_without_a_filter_is_drawn(tmp_path: Path) -> None:
    page = _site(tmp_path, '{{< img src="./cover.png" alt="Cover" >}}')
    shown = Renderer(Site.open(tmp_path)).render_page(Document.load(page))
    uri = (page.parent / "cover.png").resolve().as_uri()
    assert f'<img src="{uri}" alt="Cover">' in shown
    assert "class=\"liquid" not in shown and "Not processed" not in shown


def test_a_filtered_example_shows_the_original_twice_and_says_so(tmp_path: Path) -> None:
    page = _site(
        tmp_path,
        '{{< img src="images/zion.png" alt="Zion" filter="Sepia" filterArgs="75" example=true >}}',
    )
    renderer = Renderer(Site.open(tmp_path))
    body = renderer.render_body(Document.load(page).body)
    assert "<p>Original</p>" in body and "<p>Processed</p>" in body
    assert 'class="border-1 border-gray-300"' in body
    assert 'class="border-1 border-gray-300 preview-not-processed"' in body
    shown = renderer.render_page(Document.load(page))
    uri = (tmp_path / "assets" / "images" / "zion.png").resolve().as_uri()
    assert shown.count(f'src="{uri}"') == 2
    assert (
        'title="Not processed in the preview: Hugo applies the filter Sepia (75) when the site '
        'is built; the original image is shown."'
    ) in shown


def test_a_site_whose_img_prints_something_else_keeps_the_placeholder(tmp_path: Path) -> None:
    page = _site(tmp_path, '{{< img src="images/zion.png" >}}', template="<b>{{ .Get 0 }}</b>")
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert 'class="liquid' in body and "zion.png" in body and "<img" not in body


def test_hugo_docs_img_shortcodes_are_drawn() -> None:
    hugo = shared_site_path("hugo-docs")
    renderer = Renderer(Site.open(hugo))
    page = hugo / "content" / "en" / "functions" / "images" / "Grayscale.md"
    shown = renderer.render_page(Document.load(page))
    assert "{{&lt; img" not in shown and "{{< img" not in shown
    uri = (hugo / "assets" / "images" / "examples" / "zion-national-park.jpg").resolve().as_uri()
    assert shown.count(f'src="{uri}"') == 2
    assert "Hugo applies the filter Grayscale when the site is built" in shown


def test_the_site_s_templates_are_looked_up_once_a_render(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """Each `img` (and `figure`, `details`) asked the site's templates again: every template
    file listed and checked, three times for three images."""
    from editor_app.core.engines import hugo_shortcodes

    calls: list[Path] = []
    real = hugo_shortcodes.shortcode_templates

    def counted(root: Path) -> dict[str, str]:
        calls.append(root)
        return real(root)

    monkeypatch.setattr(hugo_shortcodes, "shortcode_templates", counted)
    call = '{{< img src="./cover.png" alt="A" >}}\n\n{{< img src="./cover.png" alt="B" >}}'
    page = _site(tmp_path, call + '\n\n{{< img src="./cover.png" alt="C" >}}\n\n{{< figure src="x.png" >}}')
    renderer = Renderer(Site.open(tmp_path))
    shown = renderer.render_page(Document.load(page))
    assert shown.count('alt="B">') == 1 and len(calls) == 1
    # A template changed between two renders is read again.
    (tmp_path / "layouts" / "_shortcodes" / "img.html").write_text("<b>own</b>", "utf-8")
    shown = renderer.render_page(Document.load(page))
    assert len(calls) == 2 and 'alt="B">' not in shown
