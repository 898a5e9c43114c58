"""Eleventy's code examples (`{% highlight "x" %}` and `{{ code | highlight("x") }}`) shown as
code, as 11ty.dev prints them; before, the filter's code was missing from the preview and the
shortcode's showed as Markdown paragraphs between placeholders."""

from __future__ import annotations

import re

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.eleventy_code import with_code_drawn
from editor_app.core.render import Renderer
from editor_app.core.site import Site


def _body(page: str) -> str:
    root = shared_site_path("eleventy-website")
    return Renderer(Site.open(root)).render_body(Document.load(root / page).body)


def test_the_permalinks_page_shows_its_paired_highlight_blocks_as_code() -> None:
    html = _body("src/docs/permalinks.md")
    assert '{% highlight "html" %}' not in html and "{% endhighlight %}" not in html
    assert (
        '<div class="syntax-highlight">\n<pre><code class="language-html">---\n'
        "permalink: this-is-a-new-path/subdirectory/testing/\n---\n</code></pre>\n</div>\n"
        "</eleventy-editor></is-land></div>"
    ) in html


def test_a_filtered_set_block_is_code_where_the_filter_stands() -> None:
    html = _body("src/docs/config.md")
    assert '<pre><code class="language-bash"># The current directory\nnpx @11ty/eleventy' in html
    assert "codeBlock | highlight" not in html
    # A quoted string filtered the same way.
    assert '<pre><code class="language-bash">npx @11ty/eleventy --output=_site\n' in html
    # Every highlight of the site's pages drawn but those behind its own filters.
    left = re.findall(r'<span class="liquid">[^<]*\| highlight\(', _body("src/docs/usage.md"))
    assert all("packageManagerCodeTransform" in tag for tag in left)


def test_the_value_set_last_is_printed_and_raw_text_is_kept() -> None:
    text = (
        "{% set code %}a{% endset %}\n{{ code | highlight('js') }}\n"
        "{%- set code %}{% raw %}\n```\n{{ b }}\n{% endraw %}{% endset %}\n"
        '{{ code | highlight("md") | safe }}\n'
        '{% raw %}{% highlight "js" %}x{% endhighlight %}{% endraw %}\n'
    )
    drawn = with_code_drawn(text)
    assert '<div class="syntax-highlight">\n\n```js\n{% raw %}a{% endraw %}\n```\n\n</div>' in drawn
    assert "\n\n````md\n{% raw %}```\n{{ b }}{% endraw %}\n````\n\n" in drawn
    assert drawn.endswith('{% raw %}{% highlight "js" %}x{% endhighlight %}{% endraw %}\n')


def test_a_config_example_printed_by_an_include_is_drawn_with_its_tabs() -> None:
    # snippets/configDefinition.njk prints `codeContent | highlight("js")` (51 pages) in the
    # site's syntax tabs: drawn whole (eleventy_tabs.py), the include no placeholder.
    html = _body("src/docs/shortcodes.md")
    assert (
        '<div class="codetitle codetitle-right-md">eleventy.config.js</div>\n'
        '<is-land on:visible import="/js/seven-minute-tabs.js">'
    ) in html
    assert (
        '<div id="tab-jsesm" role="tabpanel">\n'
        '<div class="syntax-highlight">\n<pre><code class="language-js">export default function'
    ) in html
    assert "configDefinition.njk" not in html


def test_an_include_outside_the_includes_folder_is_not_read(tmp_path) -> None:  # noqa: ANN001
    includes = tmp_path / "src" / "_includes"
    includes.mkdir(parents=True)
    (tmp_path / "src" / "outside.njk").write_text('{{ code | highlight("js") }}')
    (includes / "inside.njk").write_text('{{ code | highlight("js") }}')
    page = '{% set code %}x{% endset %}\n{% include "../outside.njk" %}\n'
    assert with_code_drawn(page, includes) == page
    drawn = with_code_drawn(page.replace("../outside", "inside"), includes)
    assert drawn.endswith(
        '{% include "inside.njk" %}\n\n<div class="syntax-highlight">\n\n```js\n'
        "{% raw %}x{% endraw %}\n```\n\n</div>\n"
    )


def test_includes_are_looked_up_once_and_only_after_a_set_block(monkeypatch, tmp_path) -> None:  # noqa: ANN001
    """Each keystroke reads the page again: an include's file is found once (finding a path
    inside the folder costs more than the rest), none is looked for on a page setting nothing."""
    from editor_app.core import safe_paths

    includes = tmp_path / "_includes"
    includes.mkdir()
    (includes / "show.njk").write_text('{{ code | highlight("js") }}')
    looked: list[str] = []
    find = safe_paths.site_file
    monkeypatch.setattr(
        safe_paths,
        "site_file",
        lambda root, name: looked.append(name) or find(root, name),
    )
    assert with_code_drawn('{% include "show.njk" %}\n', includes) == '{% include "show.njk" %}\n'
    assert looked == []
    page = '{% set code %}x{% endset %}\n{% include "show.njk" %}\n' * 3
    first = with_code_drawn(page, includes)
    assert with_code_drawn(page, includes) == first and first.count("```js") == 3
    assert looked == ["show.njk"]
