"""The Goldmark engine (Hugo sites): pinned cases from Hugo itself, settings, live comparison."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from editor_app.core.engines.goldmark import GoldmarkEngine, read_goldmark_config
from editor_app.core.engines.templates import neutralise_for

TOOLS = Path(__file__).resolve().parents[3] / "tools"
sys.path.insert(0, str(TOOLS))

from engine_compare import compare, normalise  # noqa: E402

CASES = Path(__file__).parent / "goldmark_cases"
HUGO_DOCS = Path(__file__).resolve().parents[4] / "shared" / "sites" / "hugo-docs"


def render(text: str, engine: GoldmarkEngine | None = None) -> str:
    body, restore = neutralise_for("hugo", text)
    return restore((engine or GoldmarkEngine()).render(body))


@pytest.mark.parametrize("case", sorted(CASES.glob("*.md")), ids=lambda p: p.stem)
def test_case_renders_as_hugo_printed_it(case: Path) -> None:
    """Pinned from Hugo 0.111 (`tools/goldmark_compare.py CASES --pin`); code token spans aside."""
    expected = case.with_suffix(".html").read_text("utf-8")
    ours = render(case.read_text("utf-8"))
    assert normalise(ours, ignore_code_spans=True) == normalise(expected, ignore_code_spans=True)


def test_raw_html_is_shown_when_the_site_allows_it() -> None:
    text = "<div>raw</div>\n\ntext <b>b</b>\n"
    assert "raw HTML omitted" in render(text)
    unsafe = GoldmarkEngine({"renderer": {"unsafe": True}})
    assert render(text, unsafe) == "<div>raw</div>\n<p>text <b>b</b></p>\n"


def test_site_switches_turn_behaviours_off() -> None:
    plain = GoldmarkEngine(
        {"extensions": {"typographer": False, "linkify": False}, "parser": {"autoHeadingID": False}}
    )
    assert render('"a" -- www.x.org\n\n# T\n', plain) == (
        "<p>&quot;a&quot; -- www.x.org</p>\n<h1>T</h1>\n"
    )


def test_lone_images_and_block_attributes_follow_the_site() -> None:
    engine = GoldmarkEngine(
        {
            "parser": {
                "wrapStandAloneImageWithinParagraph": False,
                "attribute": {"block": True},
            }
        }
    )
    out = render("![a](x.png)\n\npara\n{.note #p1}\n\n> q\n{.box}\n", engine)
    assert out.startswith('<img src="x.png" alt="a">')
    assert '<p class="note" id="p1">para</p>' in out  # in the order written, as Hugo prints
    assert '<blockquote class="box">' in out
    assert "{." not in out


def test_shortcodes_show_as_placeholders_and_escaped_ones_as_text() -> None:
    out = render('A {{< figure src="a.png" >}} and {{</* x */>}}.\n')
    assert '<span class="liquid">{{&lt; figure src=&quot;a.png&quot; &gt;}}</span>' in out
    assert "{{&lt; x &gt;}}" in out and "/*" not in out


def test_heading_ids_are_hugos() -> None:
    out = render("## Héllo Wörld! 2\n\n## Héllo Wörld! 2\n\n## A {#mine}\n")
    assert 'id="héllo-wörld-2"' in out and 'id="héllo-wörld-2-1"' in out
    assert 'id="mine"' in out
    ascii_ids = GoldmarkEngine({"parser": {"autoHeadingIDType": "github-ascii"}})
    assert 'id="hello-world-2"' in render("## Héllo Wörld! 2\n", ascii_ids)


def test_settings_are_read_from_the_sites_configuration(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text("[markup.goldmark.renderer]\nunsafe = true\n", "utf-8")
    assert read_goldmark_config(tmp_path) == {"renderer": {"unsafe": True}}
    assert GoldmarkEngine.for_site(tmp_path).settings.unsafe


@pytest.mark.skipif(shutil.which("hugo") is None, reason="Hugo (the reference) is not installed")
def test_cases_still_match_hugo_itself() -> None:
    _, paths, differing = compare(CASES, "goldmark", ignore_code_spans=True)
    assert paths and not [p.name for p, _, _ in differing]


@pytest.mark.skipif(shutil.which("hugo") is None, reason="Hugo (the reference) is not installed")
def test_hugo_docs_match_hugo_on_at_least_97_percent_of_pages() -> None:
    if not HUGO_DOCS.is_dir():
        pytest.skip("shared sites not found")
    _, paths, differing = compare(
        HUGO_DOCS / "content", None, ignore_code_spans=True, site_root=HUGO_DOCS
    )
    assert len(paths) > 900
    assert (len(paths) - len(differing)) / len(paths) >= 0.97


def test_go_templates_are_coloured_token_for_token_as_chroma_does() -> None:
    """Hugo's docs are mostly `go-html-template`: the spans match Chroma's, not just the text
    (pinned with Hugo's default inline styles; the classes as hugo-docs sets them)."""
    case = CASES / "code_go_html_template.md"
    expected = case.with_suffix(".html").read_text("utf-8")
    assert normalise(render(case.read_text("utf-8"))) == normalise(expected)
    classes = render(case.read_text("utf-8"), GoldmarkEngine(highlight={"noClasses": False}))
    assert (
        '<span class="line"><span class="cl"><span class="cp">{{</span><span class="w"> </span>'
        '<span class="k">range</span><span class="w"> </span><span class="na">.Pages</span>'
    ) in classes
    assert (
        '<span class="na">href</span><span class="o">=</span><span class="s">&#34;</span>'
        in classes
    )


def test_code_colours_are_inline_styles_by_default_as_in_hugo() -> None:
    """Hugo's default `noClasses = true`: monokai colours in `style` attributes (pinned from
    Hugo 0.111 with no `[markup]` settings)."""
    case = Path(__file__).parent / "goldmark_inline_styles.md"
    expected = case.with_suffix(".html").read_text("utf-8")
    out = GoldmarkEngine().render(case.read_text("utf-8"))
    assert normalise(out) == normalise(expected)
    assert 'style="color:#f8f8f2;background-color:#272822;' in out


def test_hard_wraps_and_xhtml_from_the_sites_renderer_settings() -> None:
    """`[markup.goldmark.renderer] hardWraps = true, xhtml = true`, as Hugo prints them."""
    engine = GoldmarkEngine({"renderer": {"hardWraps": True, "xhtml": True}})
    out = engine.render("one\ntwo\n\n- [x] done\n\nText[^1]\n\n[^1]: Note.\n")
    assert "<p>one<br />\ntwo</p>" in out
    assert '<input checked="" disabled="" type="checkbox" /> done' in out
    assert '<div class="footnotes" role="doc-endnotes">\n<hr />' in out
    plain = GoldmarkEngine().render("one\ntwo\n\n---\n")
    assert plain == "<p>one\ntwo</p>\n<hr>\n"


@pytest.mark.skipif(shutil.which("hugo") is None, reason="Hugo (the reference) is not installed")
def test_renderer_settings_match_hugo(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text(
        "[markup.goldmark.renderer]\nhardWraps = true\nxhtml = true\n"
    )
    (tmp_path / "content").mkdir()
    text = "a\nb  \nc\n\n- [ ] x\n\n![i](a.png)\n\n---\n\nT[^1]\n\n[^1]: N.\n"
    from engine_compare import goldmark_many

    from editor_app.core.engines.goldmark import read_markup_config

    expected = goldmark_many([text], tmp_path)[0]
    ours = GoldmarkEngine(read_markup_config(tmp_path)["goldmark"]).render(text)
    assert normalise(ours) == normalise(expected)


def test_missing_cells_are_unstyled_and_a_short_header_is_filled() -> None:
    """Goldmark: a row's missing cells carry no alignment; a delimiter row with more cells
    than the header still makes a table, the header filled with empty cells."""
    case = CASES / "table_missing_cells.md"
    expected = case.with_suffix(".html").read_text("utf-8")
    out = render(case.read_text("utf-8"))
    assert normalise(out) == normalise(expected)
    assert '<td style="text-align:center">2</td>\n<td></td>' in out


def test_typographer_substitutions_from_the_site() -> None:
    """Hugo 0.112+: `[markup.goldmark.extensions.typographer] leftDoubleQuote = '&laquo;'`."""
    engine = GoldmarkEngine(
        {
            "extensions": {
                "typographer": {
                    "leftDoubleQuote": "&laquo;",
                    "rightDoubleQuote": "&raquo;",
                    "apostrophe": "&#39;",
                }
            }
        }
    )
    assert render("\"Hi\" it's -- x 'y'\n", engine) == (
        "<p>&laquo;Hi&raquo; it&#39;s &ndash; x &lsquo;y&rsquo;</p>\n"
    )
    assert render('"a"\n', GoldmarkEngine({"extensions": {"typographer": {"disable": True}}})) == (
        "<p>&quot;a&quot;</p>\n"
    )


def test_a_goat_diagram_is_drawn_and_needs_no_note() -> None:
    # Drawn as Hugo draws it (tests/core/engines/test_goat.py); one too big says so.
    engine = GoldmarkEngine()
    assert engine.notes_for("Flow:\n\n```goat\n+--+\n|  |\n+--+\n```\n") == ()
    assert engine.notes_for("> ~~~ goat\n> .-.\n") == ()
    assert engine.notes_for("A goat.\n\n```go\nx := 1\n```\n") == ()


def test_hugo_docs_goat_pages_carry_no_note() -> None:
    from editor_app.core.document import Document
    from editor_app.core.engines.goldmark import GOAT_NOTE
    from editor_app.core.render import Renderer
    from editor_app.core.site import Site

    if not HUGO_DOCS.is_dir():
        pytest.skip("shared sites not found")
    renderer = Renderer(Site.open(HUGO_DOCS))
    content = HUGO_DOCS / "content" / "en"
    page = renderer.render_page(Document.load(content / "configuration" / "http-cache.md"))
    assert GOAT_NOTE.split(";")[0] not in page and page.count("<svg") == 1


def test_angle_quotes_and_links_after_marks_follow_the_typographer() -> None:
    """Pinned with Hugo 0.111 (`goldmark_cases/typographer_angle_quotes_and_links`) with the
    typographer on; off (`typographer = false`), `<<x>>` holds a tag and no link starts
    after `--`."""
    off = GoldmarkEngine({"extensions": {"typographer": False}})
    assert render("<<x>> a--https://x.org\n", off) == (
        "<p>&lt;<!-- raw HTML omitted -->&gt; a--https://x.org</p>\n"
    )
    assert render("<<x>> a--https://x.org\n") == (
        '<p>&laquo;x&raquo; a&ndash;<a href="https://x.org">https://x.org</a></p>\n'
    )
