"""A Jekyll page's own Liquid (loops, conditions, assigns and outputs of the site's settings,
`_data` and front matter) is run in the preview as Jekyll runs it before kramdown; a piece
reading what Jekyll computes stays placeholders, its first tag saying why on hover."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

PAGE = """---
title: Versions
level: 2
---
Ruby {{ site.data.ruby.min_version }} or newer, see {{ site.repository }}.

{% assign sorted = site.data.versions | sort: "name" %}
{% for v in sorted -%}
- **{{ v.name }}**{% if v.name == page.title %} (this){% endif %}
{% endfor %}

{% if page.level > 1 %}Advanced.{% else %}Basic.{% endif %}

{% for p in site.pages %}{{ p.url }}{% endfor %}

{% raw %}{{ kept }}{% endraw %}
"""


def _body(tmp_path: Path) -> str:
    (tmp_path / "_config.yml").write_text("repository: https://github.com/x/y\n", encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "ruby.yml").write_text("min_version: 2.7.0\n", encoding="utf-8")
    (tmp_path / "_data" / "versions.yml").write_text(
        "- name: Zeta\n- name: Alpha\n- name: Versions\n", encoding="utf-8"
    )
    page = tmp_path / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    doc = Document.load(page)
    return Renderer(Site.open(tmp_path)).render_body(doc.body, page=doc.front_matter)


def test_the_pages_liquid_is_run_with_the_sites_data(tmp_path: Path) -> None:
    body = _body(tmp_path)
    assert "<p>Ruby 2.7.0 or newer, see https://github.com/x/y.</p>" in body
    assert (
        "<ul>\n<li><strong>Alpha</strong></li>\n<li><strong>Versions</strong> (this)</li>\n"
        "<li><strong>Zeta</strong></li>\n</ul>"
    ) in body
    assert "<p>Advanced.</p>" in body
    assert "{% assign" not in body and "{{ v.name }}" not in body
    assert "{{ kept }}" in body  # a raw block: as written


def test_a_loop_over_what_jekyll_computes_says_why(tmp_path: Path) -> None:
    body = _body(tmp_path)
    assert (
        '<span class="liquid" title="Not drawn in the preview: it reads site.pages, which Jekyll '
        'computes.">{% for p in site.pages %}</span>'
    ) in body
    # Its other tags send the reader to the first (they had no hover).
    later = "Not drawn in the preview: it belongs to the for block above it, whose first tag says why."
    assert f'<span class="liquid" title="{later}">{{{{ p.url }}}}</span>' in body
    assert f'<span class="liquid" title="{later}">{{% endfor %}}</span>' in body


def test_an_include_inside_a_loop_is_run_with_the_loops_item(tmp_path: Path) -> None:
    # jekyll-docs' permalinks tables: `{% include docs_version_badge.html version =
    # entry.intro_ver %}` in a loop over site.data; the loop stood as 20 placeholders.
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "rows.yml").write_text(
        "- name: day\n- name: month\n  since: '4.0'\n", encoding="utf-8"
    )
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "badge.html").write_text(
        '<span class="badge" title="From {{ include.version }}">{{ include.version }}</span>\n',
        encoding="utf-8",
    )
    page = tmp_path / "page.md"
    page.write_text(
        "---\ntitle: T\n---\n{% for r in site.data.rows %}\n"
        "* {{ r.name }}{% if r.since %} {% include badge.html version = r.since %}{% endif %}\n"
        '{% endfor %}\n\n{% for r in site.data.rows %}{% include badge.html v=r.name x="a" %}'
        "{% include other.html %}{% endfor %}\n",
        encoding="utf-8",
    )
    doc = Document.load(page)
    body = Renderer(Site.open(tmp_path)).render_body(doc.body, page=doc.front_matter)
    assert "<p>day</p>" in body
    assert '<p>month <span class="badge" title="From 4.0">4.0</span></p>' in body
    # An include whose file is not there stays, its loop too, saying why.
    assert '{% include other.html %}</span>' in body


def test_an_include_shown_in_a_raw_block_inside_a_loop_stays_text(tmp_path: Path) -> None:
    # The loop's includes are read by the includes' one reader, which passes raw blocks by:
    # Jekyll prints the tag written in one as text, not the file.
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "rows.yml").write_text("- name: day\n", encoding="utf-8")
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "badge.html").write_text("<b>{{ include.v }}</b>\n", "utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "---\ntitle: T\n---\n{% for r in site.data.rows %}{% include badge.html v=r.name %} "
        "and `{% raw %}{% include badge.html v=r.name %}{% endraw %}`{% endfor %}\n",
        encoding="utf-8",
    )
    doc = Document.load(page)
    body = Renderer(Site.open(tmp_path)).render_body(doc.body, page=doc.front_matter)
    assert "<b>day</b>" in body
    assert "{% include badge.html v=r.name %}</code>" in body


def test_jekyll_docs_permalinks_version_badges() -> None:
    root = shared_site_path("jekyll-docs")
    doc = Document.load(root / "_docs" / "permalinks.md")
    body = Renderer(Site.open(root)).render_body(doc.body, page=doc.front_matter)
    assert (
        '<td><p><code>:long_month</code></p><small><span class="version-badge" title="This '
        'feature is available starting version 4.0">4.0</span>'
    ) in body
    assert "liquid" not in body


def test_jekyll_docs_tables_from_data() -> None:
    root = shared_site_path("jekyll-docs")
    renderer = Renderer(Site.open(root))
    doc = Document.load(root / "_docs" / "configuration" / "options.md")
    body = renderer.render_body(doc.body, page=doc.front_matter)
    assert '<p><code class="option">source: DIR</code></p>' in body
    assert "{% for setting" not in body


def test_jekylls_slugify_and_tags_in_data_stay_text(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "filters.yml").write_text(
        "- name: Group By\n  example: '{{ site.members }}'\n", encoding="utf-8"
    )
    page = tmp_path / "page.md"
    page.write_text(
        "---\ntitle: F\n---\n{% for f in site.data.filters %}"
        '<p id="{{ f.name | slugify }}">{{ f.name | slugify: "raw" }}</p>'
        "<code>{{ f.example }}</code>{% endfor %}\n",
        encoding="utf-8",
    )
    doc = Document.load(page)
    body = Renderer(Site.open(tmp_path)).render_body(doc.body, page=doc.front_matter)
    assert '<p id="group-by">group-by</p>' in body
    # Liquid runs once: the example's tags are printed as text, not taken for the page's.
    assert "<code>{{ site.members }}</code>" in body
    assert 'class="liquid"' not in body


def test_jekylls_group_by_filter(tmp_path: Path) -> None:
    # jekyll-docs' JekyllConf page groups its talks by year: the loop stood as placeholders.
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "talks.yml").write_text(
        "- {topic: A, year: 2015}\n- {topic: B, year: 2016}\n- {topic: C, year: 2015}\n"
        "- {topic: D}\n",
        encoding="utf-8",
    )
    page = tmp_path / "page.md"
    page.write_text(
        "---\ntitle: T\n---\n{% assign talks = site.data.talks | group_by: 'year' %}"
        "{% for year in talks reversed %}[{{ year.name }}: {{ year.size }}"
        "{% for t in year.items %} {{ t.topic }}{% endfor %}]{% endfor %}\n",
        encoding="utf-8",
    )
    doc = Document.load(page)
    body = Renderer(Site.open(tmp_path)).render_body(doc.body, page=doc.front_matter)
    assert body == "<p>[: 1 D][2016: 1 B][2015: 2 A C]</p>\n"


def test_jekyll_docs_jekyllconf_talks_by_year() -> None:
    root = shared_site_path("jekyll-docs")
    doc = Document.load(root / "pages" / "jekyllconf.md")
    body = Renderer(Site.open(root)).render_body(doc.body, page=doc.front_matter)
    assert '<h2 id="2015">2015</h2>' in body and "{% for year" not in body
    # What Jekyll picks at random each build stays, saying why.
    assert "it reads site.time, which Jekyll computes." in body
