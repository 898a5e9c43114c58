"""Eleventy code blocks are coloured in the preview with Prism's token classes, as the site
builds them; the engine's own HTML stays what markdown-it prints (the comparison's side)."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

PAGE = """---
title: Code
---
Some code:

```js
// a note
const answer = "forty" + 2;
```

```njk
{% raw %}{% set x = 1 %}{% endraw %}
```

```liquid
{{ page.date }}
```

```nosuchlanguage
a < b
```
"""


def _page(tmp_path: Path) -> tuple[Renderer, Document]:
    (tmp_path / "eleventy.config.js").write_text("export default {};\n", encoding="utf-8")
    path = tmp_path / "page.md"
    path.write_text(PAGE, encoding="utf-8")
    return Renderer(Site.open(tmp_path)), Document.load(path)


def test_code_is_coloured_in_the_preview_and_the_engine_prints_markdown_it(tmp_path: Path) -> None:
    renderer, doc = _page(tmp_path)
    shown = renderer.render_page(doc)
    assert '<pre class="language-js"><code class="language-js">' in shown
    assert '<span class="token comment">// a note</span>' in shown
    assert '<span class="token keyword">const</span>' in shown
    assert '<span class="token string">"</span><span class="token string">forty</span>' in shown
    assert "pre .token.keyword" in shown  # the stylesheet colours them
    # Nunjucks is read as Jinja; a template tag in code is still its placeholder.
    assert '<pre class="language-njk"><code class="language-njk"><span class="token delimiter' in shown
    assert (
        '<span class="liquid" title="Not drawn in the preview: it reads page.date, which Eleventy '
        'computes when it builds.">{{ page.date }}</span>'
    ) in shown
    assert '<pre><code class="language-nosuchlanguage">a &lt; b' in shown
    # The engine itself (what the comparison with markdown-it reads) adds no colour.
    engine_html = renderer.engine.render("```js\nconst a = 1;\n```\n")
    assert engine_html == '<pre><code class="language-js">const a = 1;\n</code></pre>\n'


def test_eleventy_docs_show_their_code_coloured() -> None:
    root = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(root))
    shown = renderer.render_page(Document.load(root / "src/docs/config.md"))
    assert shown.count('<pre class="language-js">') >= 10
    assert '<span class="token keyword">export</span>' in shown
    assert "liquidtag" not in shown
