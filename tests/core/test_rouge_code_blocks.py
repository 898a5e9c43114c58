"""Fences and code spans read as kramdown's GFM parser reads them (outputs pinned from
kramdown 2.4 with Rouge 3.30 and Jekyll's options)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core.render import Renderer

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from kramdown_compare import normalise  # noqa: E402

CASES = [
    pytest.param(
        "Text:\n\n```yaml\ninclude:\n - a\n ```\n\nAfter\n",
        '<p>Text:</p>\n\n<div class="language-yaml highlighter-rouge"><div class="highlight">'
        '<pre class="highlight"><code><span class="na">include</span><span class="pi">:</span>'
        '\n <span class="pi">-</span> <span class="s">a</span>\n</code></pre></div></div>\n\n'
        "<p>After</p>\n",
        id="closing fence indented",
    ),
    pytest.param(
        "````md\n```js\nx\n```\n`````\n",
        '<div class="language-md highlighter-rouge"><div class="highlight"><pre class="highlight">'
        '<code><span class="p">```</span><span class="nl">js\n</span><span class="nx">x</span>\n'
        '<span class="p">```</span>\n</code></pre></div></div>\n',
        id="longer closing fence, fence inside",
    ),
    pytest.param(
        " ```js\n var x;\n  y\n ```\n\nz\n",
        '<div class="language-js highlighter-rouge"><div class="highlight"><pre class="highlight">'
        '<code> <span class="kd">var</span> <span class="nx">x</span><span class="p">;</span>\n'
        '  <span class="nx">y</span>\n</code></pre></div></div>\n\n<p>z</p>\n',
        id="opening fence indented, code kept as written",
    ),
    pytest.param(
        "> Note:\n> ```ruby\n> x = 1\n>\n> y = 2\n> ```\n> After text.\n",
        '<blockquote>\n  <p>Note:</p>\n  <div class="language-ruby highlighter-rouge"><div '
        'class="highlight"><pre class="highlight"><code><span class="n">x</span> <span '
        'class="o">=</span> <span class="mi">1</span>\n\n<span class="n">y</span> <span '
        'class="o">=</span> <span class="mi">2</span>\n</code></pre></div>  </div>\n  '
        "<p>After text.</p>\n</blockquote>\n",
        id="fence inside a quote",
    ),
    pytest.param(
        "> > ```js\n> > var a;\n> > ```\n",
        '<blockquote>\n  <blockquote>\n    <div class="language-js highlighter-rouge"><div '
        'class="highlight"><pre class="highlight"><code><span class="kd">var</span> <span '
        'class="nx">a</span><span class="p">;</span>\n</code></pre></div>    </div>\n  '
        "</blockquote>\n</blockquote>\n",
        id="fence inside a nested quote",
    ),
    pytest.param(
        "```{.ruby}\nputs 1\n```\n\n```ruby\t\nputs 2\n```\t\n",
        '<pre><code class="language-{.ruby}">puts 1\n</code></pre>\n\n<div class="language-ruby '
        'highlighter-rouge"><div class="highlight"><pre class="highlight"><code><span class="nb">'
        'puts</span> <span class="mi">2</span>\n</code></pre></div></div>\n',
        id="braces are a language name, a tab after one is space",
    ),
    pytest.param(
        "```objective-c\n[a b];\n```\n",
        '<pre><code class="language-objective-c">[a b];\n</code></pre>\n',
        id="language with a hyphen",
    ),
    pytest.param(
        "a `_ ` b `` x `` c ` y` d\n",
        '<p>a <code class="language-plaintext highlighter-rouge">_ </code> b '
        '<code class="language-plaintext highlighter-rouge">x</code> c ` y` d</p>\n',
        id="code span spaces",
    ),
]


@pytest.mark.parametrize(("markdown", "kramdown_html"), CASES)
def test_fences_and_code_spans_as_kramdown_reads_them(markdown: str, kramdown_html: str) -> None:
    ours = Renderer().render_markdown(markdown)
    assert normalise(ours, strict=True) == normalise(kramdown_html, strict=True)
