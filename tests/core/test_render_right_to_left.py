"""A Persian page quoting English: each Latin run reads left to right inside the right-to-left
text (opensource-guide's `fa/starting-a-project.md`, the @mlynch quote), and a picture on the
network (the quote's GitHub avatar) shows a clean placeholder, not a broken image."""

from __future__ import annotations

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.render_bidi import latin_runs_isolated
from editor_app.core.render_images import REMOTE_PLACEHOLDER
from editor_app.core.site import Site


def test_persian_quote_credit_and_avatar() -> None:
    page = shared_site_path("opensource-guide") / "_articles/fa/starting-a-project.md"
    html = Renderer(Site.open(page)).render_page(Document.load(page))
    assert '<html lang="fa" dir="rtl">' in html
    assert (
        '— <bdi dir="ltr">@mlynch</bdi>, <a href="https://medium.com/ionic-and-the-mobile-web/'
        'making-open-source-a-happier-place-3b90d254f5f"><bdi dir="ltr">'
        "“Making Open Source a Happier Place”</bdi></a>"
    ) in html
    assert (
        f'<img src="{REMOTE_PLACEHOLDER}" title="https://avatars.githubusercontent.com/mlynch?s=180"'
        ' class="pquote-avatar" alt="avatar">'
    ) in html
    assert "<img alt=" not in html  # no picture left without an address (a broken image)


def test_left_to_right_pages_are_left_as_they_were() -> None:
    page = shared_site_path("opensource-guide") / "_articles/starting-a-project.md"
    html = Renderer(Site.open(page)).render_page(Document.load(page))
    assert "<bdi" not in html and REMOTE_PLACEHOLDER in html


def test_runs_isolated_outside_code_only() -> None:
    assert latin_runs_isolated(
        "<p>متن (Code of Conduct) این <code>a b</code> &amp; x.</p><pre>abc</pre>"
    ) == (
        '<p>متن <bdi dir="ltr">(Code of Conduct)</bdi> این <code>a b</code> &amp; '
        '<bdi dir="ltr">x</bdi>.</p><pre>abc</pre>'
    )
    assert latin_runs_isolated("<p>فقط فارسی</p>") == "<p>فقط فارسی</p>"
