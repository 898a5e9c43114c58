"""Code blocks and spans in the preview come out as the site's kramdown + Rouge prints them."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.markdown_ext.code_html import block_html, highlight
from editor_app.core.render import Renderer

REPO = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "code_cases"
sys.path.insert(0, str(REPO / "tools"))

from kramdown_compare import normalise  # noqa: E402

# Cases whose every token span matches Rouge's (pinned from kramdown + Rouge 3.30 with
# Jekyll's options). In the others Pygments splits some tokens unlike Rouge, so only the
# wrapper, classes and text are held to the reference (docs/RENDERING.md has both figures).
EXACT = {
    "code_attrs",
    "code_empty",
    "code_entities",
    "code_fence_ial",
    "code_html",
    "code_js",
    "code_special",
    "code_indented",
    "code_json",
    "code_nested",
    "code_plain",
    "code_ruby",
    "code_ruby_calls",
    "code_sql",
    "code_tabs",
    "code_tilde",
    "code_unicode",
    "code_yaml",
    "code_yaml_scalars",
    "code_python",
    "code_shell",
    "code_markdown",
    "code_markdown_page",
    "code_js_states",
    "code_css",
    "code_scss",
    "code_html_script",
    "code_python_ruby",
    "code_json_diff",
    "code_unknown_language_quotes",
    "code_go_java",
    "code_typescript",
    "code_toml_docker",
    "code_sql_rouge",
}


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def cases() -> list[Path]:
    return sorted(CASES.glob("*.md"))


@pytest.mark.parametrize("case", cases(), ids=lambda p: p.stem)
def test_code_renders_as_the_site_does(renderer: Renderer, case: Path) -> None:
    expected = case.with_suffix(".html").read_text("utf-8")
    ours = renderer.render_body(case.read_text("utf-8"))
    exact = case.stem in EXACT
    assert normalise(ours, strict=True, ignore_code_spans=not exact) == normalise(
        expected, strict=True, ignore_code_spans=not exact
    )


def test_exact_list_names_real_cases() -> None:
    assert EXACT <= {p.stem for p in cases()}


def test_unknown_language_stays_plain_and_escaped(renderer: Renderer) -> None:
    out = renderer.render_body("```nosuchlanguage\na < b & c\n```\n")
    assert out == '<pre><code class="language-nosuchlanguage">a &lt; b &amp; c\n</code></pre>\n'


def test_inline_code_is_plaintext_highlighted(renderer: Renderer) -> None:
    out = renderer.render_body("Run `make & go`.\n")
    assert (
        out
        == '<p>Run <code class="language-plaintext highlighter-rouge">make &amp; go</code>.</p>\n'
    )


def test_python_block_has_token_spans(renderer: Renderer) -> None:
    out = renderer.render_body("```python\ndef f():\n    return 1\n```\n")
    assert out.startswith(
        '<div class="language-python highlighter-rouge"><div class="highlight">'
        '<pre class="highlight"><code><span class="k">def</span> <span class="nf">f</span>'
    )
    assert out.endswith("</code></pre></div></div>\n")


def test_raw_html_code_is_left_as_written(renderer: Renderer) -> None:
    # kramdown highlights only Markdown code, never <pre><code> the author wrote as HTML.
    out = renderer.render_body("<pre><code>x &lt; 1</code></pre>\n")
    assert "highlighter-rouge" not in out


def test_text_survives_highlighting_in_every_common_language() -> None:
    sample = "if (a < b && c > \"d\") { x = '&amp;' } # é\t😀\n"
    for lang in (
        "python",
        "ruby",
        "js",
        "json",
        "yaml",
        "html",
        "css",
        "bash",
        "shell",
        "console",
        "sql",
        "markdown",
        "text",
        "plaintext",
        None,
    ):
        out = highlight(sample, lang)
        assert out is not None, lang
        assert html.unescape(re.sub(r"<[^>]+>", "", out)) == sample, lang
    assert highlight("x", "nosuchlanguage") is None
    assert block_html("", None) == (
        '<div class="language-plaintext highlighter-rouge"><div class="highlight">'
        '<pre class="highlight"><code></code></pre></div></div>'
    )


def test_code_added_to_a_real_page_shows_coloured_in_its_preview(site_copy: Path) -> None:
    # The real site has no code yet: an author adds some to one of its pages.
    from editor_app.core.document import Document
    from editor_app.core.site import Site

    page = max(site_copy.rglob("*.md"), key=lambda p: p.stat().st_size)
    original = page.read_text("utf-8")
    page.write_text(
        original + "\n\nRun `make site`:\n\n```bash\nmake site && echo <done>\n```\n", "utf-8"
    )
    html = Renderer(Site.open(site_copy)).render_page(Document.load(page))
    assert '<code class="language-plaintext highlighter-rouge">make site</code>' in html
    assert '<div class="language-bash highlighter-rouge"><div class="highlight">' in html
    assert 'make site <span class="o">&amp;&amp;</span>' in html  # escaped once, coloured
    assert ".highlight .k," in html  # the token colours are in the page's stylesheet


LANGUAGES = ["python", "ruby", "js", "json", "yaml", "html", "css", "bash", "console", "sql"]


@settings(max_examples=60, deadline=None)
@given(
    lang=st.sampled_from([*LANGUAGES, "markdown", "text", ""]),
    lines=st.lists(
        st.text(
            st.characters(exclude_categories=("Cs", "Cc"), include_characters="\t"), max_size=30
        ).filter(lambda s: not s.lstrip().startswith(("```", "~~~"))),
        max_size=5,
    ),
)
def test_any_code_block_keeps_its_text(renderer: Renderer, lang: str, lines: list[str]) -> None:
    code = "\n".join(lines) + "\n" if lines else ""
    out = renderer.render_body(f"```{lang}\n{code}```\n")
    assert 'highlighter-rouge"><div class="highlight"><pre class="highlight"><code>' in out
    inner = out.split("<code>", 1)[1].rsplit("</code>", 1)[0]
    assert html.unescape(re.sub(r"<[^>]+>", "", inner)) == code


def test_tabs_and_space_only_lines_inside_a_fence_are_kept(renderer: Renderer) -> None:
    # The comparison collapses whitespace, so this is checked byte for byte against what
    # kramdown + Rouge print for the same text.
    out = renderer.render_body("```\nif x:\n\treturn 1\n   \nend\t\n```\n")
    assert out == (
        '<div class="language-plaintext highlighter-rouge"><div class="highlight">'
        '<pre class="highlight"><code>if x:\n\treturn 1\n   \nend\t\n</code></pre></div></div>\n'
    )
