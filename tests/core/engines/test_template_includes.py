"""An include of a plain snippet (HTML, Markdown, or Liquid that only prints the include's
parameters and the site's settings) shows the snippet in the preview, as the site prints it;
anything the preview cannot work out stays a placeholder."""

from __future__ import annotations

import re
from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site


def _jekyll(tmp_path: Path, body: str, config: str = "title: My Site\n", folder: str = "_includes") -> str:
    (tmp_path / "_config.yml").write_text(config, encoding="utf-8")
    includes = tmp_path / folder
    includes.mkdir()
    (includes / "badge.html").write_text(
        '<span class="badge">{{ include.version }}</span>\n', encoding="utf-8"
    )
    (includes / "note.html").write_text(
        '{% comment %}A note.{% endcomment %}<div class="note">{{ include.content }} on '
        "{{ site.title }}{{ include.missing }}</div>\n",
        encoding="utf-8",
    )
    (includes / "wrap.html").write_text(
        '<aside>{% include badge.html version=include.v %}</aside>\n', encoding="utf-8"
    )
    (includes / "cond.html").write_text("{% if include.x %}yes{% endif %}\n", encoding="utf-8")
    (includes / "filtered.html").write_text("{{ include.x | upcase }}\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: Page\n---\n" + body, encoding="utf-8")
    html = Renderer(Site.open(tmp_path)).render_page(Document.load(page))
    return html[html.index("<article") :]


def test_jekyll_includes_of_simple_snippets_show_their_text(tmp_path: Path) -> None:
    html = _jekyll(
        tmp_path,
        '## Theme {%- include badge.html version="4.3.0" -%}\n\nSome text.\n\n'
        "{% include note.html content='Hello' %}\n\n"
        '{% include wrap.html v="2.0" %}\n',
    )
    assert 'Theme<span class="badge">4.3.0</span></h2>\n<p>Some text.</p>' in html
    assert '<div class="note">Hello on My Site</div>' in html
    assert '<aside><span class="badge">2.0</span>\n</aside>' in html
    assert "A note." not in html and 'class="liquid"' not in html


def test_jekyll_includes_the_preview_cannot_work_out_stay_placeholders(tmp_path: Path) -> None:
    html = _jekyll(
        tmp_path,
        "{% include nothere.html %}\n\n"
        '{% include ../_config.yml %}\n\n{% raw %}{% include badge.html version="1" %}{% endraw %}\n',
    )
    shown = re.findall(r'<span class="liquid">(.*?)</span>', html.replace("&quot;", '"'))
    assert shown == ["{% include nothere.html %}", "{% include ../_config.yml %}"]
    assert "<p>{% include badge.html version=" in html  # a raw block's text as written


def test_jekyll_includes_come_from_the_configured_folder(tmp_path: Path) -> None:
    html = _jekyll(tmp_path, '{% include badge.html version="1.0" %}\n', "includes_dir: _parts\n", "_parts")
    assert '<span class="badge">1.0</span>' in html


def test_an_eleventy_include_of_plain_html_is_shown(tmp_path: Path) -> None:
    (tmp_path / "eleventy.config.js").write_text("export default {};\n", encoding="utf-8")
    includes = tmp_path / "_includes"
    includes.mkdir()
    (includes / "plain.html").write_text("{# a comment #}<p class=\"plain\">Plain</p>\n", "utf-8")
    (includes / "tags.njk").write_text("<p>{{ page.date }}</p>\n", encoding="utf-8")
    (includes / "url.njk").write_text("<p>{{ page.url }}</p>\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        '---\ntitle: P\n---\n{% include "plain.html" %}\n\n{% include "tags.njk" %}\n\n'
        '{% include "url.njk" %}\n',
        "utf-8",
    )
    html = Renderer(Site.open(tmp_path)).render_page(Document.load(page))
    assert '<p class="plain">Plain</p>' in html and "a comment" not in html
    assert (
        '<span class="liquid" title="Not drawn in the preview: it reads page.date, which Eleventy '
        'computes when it builds.">{% include "tags.njk" %}</span>'
    ) in html
    assert "<p>/page/</p>" in html  # the page's address, as Eleventy makes it


def test_jekyll_docs_show_their_version_badges() -> None:
    root = shared_site_path("jekyll-docs")
    html = Renderer(Site.open(root)).render_page(Document.load(root / "_docs/pages.md"))
    assert 'Excerpts for pages<span class="version-badge"' in html
    assert "{% include docs_version_badge.html" not in html
    assert ".version-badge { margin-left" in html  # drawn as a badge, as on the site


def test_an_included_file_is_found_once_and_read_again_when_changed(
    tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    """Each keystroke reads the page again: an include's file is found once (finding a path
    inside the folder is the costly part), its text read (and its comments taken out) again
    only once it changed."""
    import os

    from editor_app.core import safe_paths
    from editor_app.core.engines import template_includes

    includes = tmp_path / "_includes"
    includes.mkdir()
    snippet = includes / "s.html"
    snippet.write_text("<b>one</b>", encoding="utf-8")
    found: list[str] = []
    real = safe_paths.site_file

    def counted(folder: Path, name: str) -> Path | None:
        found.append(name)
        return real(folder, name)

    monkeypatch.setattr(safe_paths, "site_file", counted)
    read: list[str] = []
    real_comments = template_includes.without_comments

    def comments_counted(text: str, nunjucks: bool = True) -> str:
        read.append(text)
        return real_comments(text, nunjucks)

    monkeypatch.setattr(template_includes, "without_comments", comments_counted)
    page = "{% include s.html %} and {% include s.html %}\n"
    for _ in range(3):
        assert template_includes.with_includes_shown(page, includes, {}, True) == (
            "<b>one</b> and <b>one</b>\n"
        )
    assert found == ["s.html"] and read == ["<b>one</b>"]
    snippet.write_text("<b>two</b>", encoding="utf-8")
    os.utime(snippet, ns=(1, 10**18))
    assert "<b>two</b>" in template_includes.with_includes_shown(page, includes, {}, True)
