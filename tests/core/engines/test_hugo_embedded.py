"""Hugo's own `figure` and `details` shortcodes are drawn in the preview as their templates
print them, a figure's image shown from the page's bundle or the site's `assets/`; a site with
its own template keeps the placeholder."""

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


def _bundle(tmp_path: Path, call: str, own_template: bool = False) -> tuple[Site, Path]:
    (tmp_path / "hugo.toml").write_text("title = 'S'\n", encoding="utf-8")
    if own_template:
        (tmp_path / "layouts" / "_shortcodes").mkdir(parents=True)
        (tmp_path / "layouts" / "_shortcodes" / "figure.html").write_text("<b>mine</b>", "utf-8")
    bundle = tmp_path / "content" / "posts" / "trip"
    bundle.mkdir(parents=True)
    (bundle / "sunset.png").write_bytes(_PNG)
    page = bundle / "index.md"
    page.write_text(f"---\ntitle: Trip\n---\nBefore.\n\n{call}\n\nAfter.\n", encoding="utf-8")
    return Site.open(tmp_path), page


def test_a_figure_from_the_page_bundle_is_drawn(tmp_path: Path) -> None:
    site, page = _bundle(
        tmp_path,
        '{{< figure src="./sunset.png" alt="Sunset" caption="At dusk" title="Day 1"\n'
        '  link="https://example.org/" class="wide" width="300" >}}',
    )
    renderer = Renderer(site)
    body = renderer.render_body(Document.load(page).body)
    assert (
        '<figure class="wide"><a href="https://example.org/"><img src="sunset.png" alt="Sunset" '
        'width="300"></a><figcaption><h4>Day 1</h4><p>At dusk</p></figcaption></figure>'
    ) in body
    assert "<p>Before.</p>" in body and "<p>After.</p>" in body and "liquid" not in body
    shown = renderer.render_page(Document.load(page))
    assert f'<img src="{(page.parent / "sunset.png").resolve().as_uri()}"' in shown


def test_a_caption_alone_is_the_images_text(tmp_path: Path) -> None:
    site, page = _bundle(tmp_path, '{{< figure src="sunset.png" caption="A <red> sky" >}}')
    body = Renderer(site).render_body(Document.load(page).body)
    assert (
        '<figure><img src="sunset.png" alt="A &lt;red&gt; sky"><figcaption><p>A &lt;red&gt; sky'
        "</p></figcaption></figure>"
    ) in body


def test_a_site_with_its_own_figure_template_keeps_the_placeholder(tmp_path: Path) -> None:
    site, page = _bundle(tmp_path, '{{< figure src="sunset.png" >}}', own_template=True)
    body = Renderer(site).render_body(Document.load(page).body)
    assert "<figure" not in body and 'class="liquid"' in body


def test_hugo_docs_figure_shows_its_image_from_assets() -> None:
    root = shared_site_path("hugo-docs")
    page = root / "content" / "en" / "shortcodes" / "figure.md"
    shown = Renderer(Site.open(root)).render_page(Document.load(page))
    image = (root / "assets" / "images" / "examples" / "zion-national-park.jpg").resolve()
    assert f'<img src="{image.as_uri()}" alt="A photograph of Zion National Park">' in shown
    assert "<figcaption><p>Zion National Park</p></figcaption>" in shown


def test_a_details_box_is_drawn_with_its_markdown(tmp_path: Path) -> None:
    site, page = _bundle(
        tmp_path,
        '{{< details summary="See *more*" open=true class="note" >}}\nA **bold** word.\n'
        "{{< /details >}}",
    )
    body = Renderer(site).render_body(Document.load(page).body)
    assert (
        '<details open class="note">\n  <summary>See <em>more</em></summary>\n'
        "  <p>A <strong>bold</strong> word.</p>\n</details>"
    ) in body
    assert "liquid" not in body


def test_hugo_docs_details_example_is_what_the_page_says_hugo_renders() -> None:
    root = shared_site_path("hugo-docs")
    page = root / "content" / "en" / "shortcodes" / "details.md"
    body = Renderer(Site.open(root)).render_body(Document.load(page).body)
    assert (
        "<details>\n  <summary>See the details</summary>\n"
        "  <p>This is a <strong>bold</strong> word.</p>\n</details>"
    ) in body
