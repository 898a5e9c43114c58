"""The preview renderer: bodies as kramdown renders them, pages framed like the site's."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from editor_app.core.document import Document
from editor_app.core.render import Renderer, human_date, neutralise_liquid
from editor_app.core.site import Site

REPO = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "render_cases"
sys.path.insert(0, str(REPO / "tools"))

from kramdown_compare import body_of, compare, normalise  # noqa: E402

HAS_KRAMDOWN = (
    shutil.which("ruby") is not None
    and subprocess.run(
        ["ruby", "-e", "require 'kramdown'; require 'kramdown-parser-gfm'"],
        capture_output=True,
    ).returncode
    == 0
)
needs_kramdown = pytest.mark.skipif(not HAS_KRAMDOWN, reason="kramdown (Ruby) is not installed")


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def body(renderer: Renderer, text: str) -> str:
    return normalise(renderer.render_body(text))


def strictly(html: str) -> str:
    """Only whitespace runs collapsed (line breaks between tags must match too)."""
    return normalise(html, strict=True)


# -- kramdown behaviours, pinned from kramdown's own output --------------------------------


@pytest.mark.parametrize("case", sorted(CASES.glob("*.md")), ids=lambda p: p.stem)
def test_snippet_renders_as_kramdown_printed_it(renderer: Renderer, case: Path) -> None:
    expected = case.with_suffix(".html").read_text("utf-8")
    assert strictly(renderer.render_body(case.read_text("utf-8"))) == strictly(expected)


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        # A list straight after a paragraph line (no blank line) is a list.
        ("Steps:\n* one\n* two\n", "<p>Steps:</p><ul><li>one</li><li>two</li></ul>"),
        # Two quotes separated by a blank line stay two quotes.
        ("> a\n\n> b\n", "<blockquote><p>a</p></blockquote><blockquote><p>b</p></blockquote>"),
        # Lazy continuation keeps the line inside the quote.
        ("> a\nb\n", "<blockquote><p>a b</p></blockquote>"),
        # Quote direction next to links, as kramdown decides it.
        ('"[x](y)"\n', '<p>“<a href="y">x</a>”</p>'),
        ("it's the 90's -- ok...\n", "<p>it’s the 90’s – ok…</p>"),
        # The excerpt marker stays inside its paragraph.
        ("a\n<!--more-->\nb\n", "<p>a <!--more--> b</p>"),
        # Attribute lists: class on the paragraph, target on the link.
        ("a\n{: .lead}\n", '<p class="lead">a</p>'),
        ('[x](y){:target="_blank"}\n', '<p><a href="y" target="_blank">x</a></p>'),
        # Nested lists need only the item's own indentation.
        ("* a\n  * b\n", "<ul><li>a <ul><li>b</li></ul></li></ul>"),
        ("~~gone~~\n", "<p><del>gone</del></p>"),
        ("&copy; &amp; &nbsp;x\n", "<p>© &amp; x</p>"),
        (
            '<iframe src="v" allowfullscreen></iframe>\n',
            '<iframe src="v" allowfullscreen=""></iframe>',
        ),
        ("#tag\n", "<p>#tag</p>"),
    ],
)
def test_kramdown_behaviour(renderer: Renderer, markdown: str, html: str) -> None:
    assert body(renderer, markdown) == html


def test_header_ids_are_kramdowns(renderer: Renderer) -> None:
    out = renderer.render_body("## What's new? (2024)\n\n## What's new? (2024)\n")
    assert 'id="whats-new-2024"' in out
    assert 'id="whats-new-2024-1"' in out


@needs_kramdown
def test_snippets_match_live_kramdown() -> None:
    paths, differing = compare(CASES, Renderer().render_markdown, strict=True)
    assert [p.name for p, _, _ in differing] == []
    assert len(paths) >= 120


@needs_kramdown
def test_real_site_matches_kramdown(shared_site: Path) -> None:
    """Every page of the real site is identical to kramdown's output (all are today: a page
    that starts to differ is a regression, not noise within a margin)."""
    paths, differing = compare(shared_site, Renderer().render_markdown, strict=True)
    assert len(paths) >= 100
    assert [str(p.relative_to(shared_site)) for p, _, _ in differing] == []


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab \n*-_>#`[]()!\"'{}%<>/:.1&~|\\")) | st.characters(),
        max_size=200,
    )
)
def test_any_text_renders_without_leftovers(text: str) -> None:
    assume(not re.search("[\ue000\ue001\x02\x03]|liquidtag", text))
    out = Renderer().render_body(text)
    assert isinstance(out, str)
    # No internal markers or stashed placeholders leak into what the author sees.
    assert "\ue000" not in out and "\ue001" not in out
    assert not re.search(r"\x02|\x03|liquidtag\d+x", out.replace(text, ""))


# -- Liquid -----------------------------------------------------------------------------


def test_liquid_tags_are_shown_never_run(renderer: Renderer) -> None:
    out = renderer.render_body("Before {% include note.html %} after {{ page.title }}.\n")
    assert '<span class="liquid">{% include note.html %}</span>' in out
    assert '<span class="liquid">{{ page.title }}</span>' in out


def test_liquid_inside_an_attribute_stays_valid_markup() -> None:
    text, restore = neutralise_liquid('<a href="{{ x }}/y">{{ x }}</a>')
    out = restore(text)
    assert out == '<a href="{{ x }}/y"><span class="liquid">{{ x }}</span></a>'


def test_site_values_and_post_links_resolve(sample_copy: Path) -> None:
    config = sample_copy / "_config.yml"
    config.write_text(config.read_text("utf-8") + '\nbaseurl: "/blog"\n', "utf-8")
    site = Site.open(sample_copy)
    post = next((sample_copy / "_posts").glob("*.md"))
    out = Renderer(site).render_body(
        f"![x]({{{{ site.baseurl }}}}/a.png) [post]({{% post_url {post.stem} %}}) "
        "{% post_url no-such-post %}\n"
    )
    assert 'src="/blog/a.png"' in out
    assert f'href="{site.url_for(post)}"' in out
    assert '<span class="liquid">{% post_url no-such-post %}</span>' in out


# -- the page ---------------------------------------------------------------------------


@pytest.fixture
def case_study(shared_site: Path) -> tuple[Renderer, Document]:
    site = Site.open(shared_site)
    doc = Document.load(shared_site / "_resources" / "case-study-cag.md")
    return Renderer(site), doc


def test_page_is_framed_like_the_site_page(case_study) -> None:
    renderer, doc = case_study
    page = renderer.render_page(doc)
    assert page.startswith("<!DOCTYPE html>")
    assert "How can we ensure public data is shared in the public interest?</h1>" in page
    assert "Case study: Confidentiality Advisory Group" in page
    assert "Gavin Freeguard" in page
    assert "10 March 2025" in page
    assert "<li>Public sector</li>" in page and "<li>Health</li>" in page
    image = (doc.path.parents[1] / "assets" / "resources" / "2025-03-10-cag.png").resolve()
    assert f'src="{image.as_uri()}"' in page
    assert "excerpt ends here" in page and "<!--more-->" not in page
    assert "prefers-color-scheme: dark" in page  # the stylesheet is inlined


def test_page_runs_nothing_and_loads_nothing_from_the_network(sample_copy: Path) -> None:
    page_file = sample_copy / "_posts" / "unsafe.md"
    page_file.write_text(
        "---\ntitle: Unsafe\n---\n"
        '<div onclick="steal()">Hi <a href="javascript:alert(1)">x</a></div>\n\n'
        'Turn the lights on="bright" tonight.\n\n'
        "<script>alert(1)</script>\n\n"
        '<iframe src="https://www.youtube.com/embed/x"></iframe>\n',
        "utf-8",
    )
    page = Renderer(Site.open(sample_copy)).render_page(Document.load(page_file))
    assert "<script" not in page.lower()
    assert "onclick" not in page and "javascript:" not in page
    assert (
        "Turn the lights on=”bright” tonight." in page
    )  # the author's words stay (kramdown's quotes)
    assert "<iframe" not in page and "Embedded content from www.youtube.com" in page
    assert (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "img-src file: data:; style-src 'unsafe-inline'\" />" in page
    )


def test_page_image_never_leaves_the_site(sample_copy: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG")
    page_file = sample_copy / "_posts" / "escape.md"
    page_file.write_text(
        f"---\ntitle: Escape\nimage: ../../{secret.name}\n---\n![x](../../{secret.name})\n",
        "utf-8",
    )
    page = Renderer(Site.open(sample_copy)).render_page(Document.load(page_file))
    assert secret.as_uri() not in page
    assert "file://" not in page


def test_page_without_front_matter_uses_the_file_name(tmp_path: Path) -> None:
    loose = tmp_path / "notes.md"
    loose.write_text("Just *text*.\n", "utf-8")
    page = Renderer().render_page(Document.load(loose))
    assert '<h1 class="page-title">Notes</h1>' in page
    assert "<em>text</em>" in page


@pytest.mark.parametrize(
    ("value", "shown"),
    [("2025-03-01", "1 March 2025"), ("2024-12-31 10:00:00 +0000", "31 December 2024"), (None, "")],
)
def test_dates_read_as_people_write_them(value, shown: str) -> None:
    assert human_date(value) == shown


def test_every_fixture_page_renders(shared_site: Path) -> None:
    renderer = Renderer(Site.open(shared_site))
    for path in sorted(shared_site.rglob("*.md")):
        doc = Document.load(path)
        page = renderer.render_page(doc)
        assert "</html>" in page
        assert "\ue000" not in page and "liquidtag" not in page
        # The page shows the same body the site would (front matter split the same way).
        assert renderer.render_body(doc.body) == renderer.render_body(
            body_of(path.read_text("utf-8"))
        )


def test_deep_nesting_shows_the_text_instead_of_failing(renderer: Renderer) -> None:
    deep_list = "".join("  " * i + f"* level {i}\n" for i in range(300))
    deep_quote = "> " * 2000 + "deep"
    for text in (deep_list, deep_quote):
        out = renderer.render_body(text)
        assert "nested too deeply" in out
        assert "level 299" in out or "deep" in out
    # The renderer is still fine afterwards.
    assert renderer.render_body("*ok*\n") == "<p><em>ok</em></p>\n"


def test_stray_brackets_and_liquid_marks_render(renderer: Renderer) -> None:
    text = "[" * 3000 + " {% " * 3000 + "[a [b] c](x)\n"
    out = renderer.render_body(text)
    assert '<a href="x">a [b] c</a>' in out
    assert out.count("[") >= 3000


def test_page_image_from_a_theme_field(sample_copy: Path) -> None:
    image = next((sample_copy / "assets").rglob("*.png"))
    rel = image.relative_to(sample_copy).as_posix()
    page_file = sample_copy / "_posts" / "teaser.md"
    page_file.write_text(f"---\ntitle: T\nheader:\n  teaser: /{rel}\n---\nText\n", "utf-8")
    page = Renderer(Site.open(sample_copy)).render_page(Document.load(page_file))
    assert f'src="{image.resolve().as_uri()}"' in page


_PIECES = [p.read_text("utf-8") for p in sorted(CASES.glob("*.md"))]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_PIECES), st.integers(0, 400), st.integers(0, 400)),
        min_size=1,
        max_size=4,
    )
)
def test_spliced_pages_render_cleanly(pieces: list[tuple[str, int, int]]) -> None:
    """Fragments of real constructs cut anywhere and glued: no crash, no internal marks."""
    text = "\n".join(piece[a : a + b] for piece, a, b in pieces)
    out = Renderer().render_body(text)
    assert not re.search("[\ue000\ue001\ue002\x02\x03]", out)


def test_thousands_of_unclosed_link_targets_stay_text() -> None:
    """`[x](` repeated (a hostile or broken page) is text, quickly; real links after it, with
    a parenthesis in the address or the title, still render."""
    text = "[x](" * 5000 + "\n\n[ok](http://a.b/c_(d)) and ![i](x.png \"t (1)\")\n"
    out = Renderer().render_body(text)
    assert out.count("[x](") == 5000
    assert '<a href="http://a.b/c_(d)">ok</a>' in out
    assert '<img src="x.png" alt="i" title="t (1)" />' in out
