"""A Jekyll page's own Liquid (loops, conditions, assigns and outputs of the site's settings,
`_data` and front matter) is run in the preview as Jekyll runs it before kramdown; a piece
reading what Jekyll computes stays placeholders, its first tag saying why on hover."""

from __future__ import annotations

from pathlib import Path

import pytest
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
    return _rendered(tmp_path, page)


def _rendered(root: Path, page: Path) -> str:
    """The body of `page`, of the site at `root`, as the preview renders it."""
    doc = Document.load(page)
    return Renderer(Site.open(root)).render_body(doc.body, page=doc.front_matter)


def _loop_page_body(
    tmp_path: Path, data: dict[str, str], text: str, includes: dict[str, str] | None = None
) -> str:
    """A Jekyll site in `tmp_path` (`title: x`) with `data` files in `_data` and `includes`
    in `_includes`, its `page.md` written as `text`; the page's body rendered."""
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    for folder, files in (("_data", data), ("_includes", includes)):
        if files is not None:
            (tmp_path / folder).mkdir()
            for name, content in files.items():
                (tmp_path / folder / name).write_text(content, encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    return _rendered(tmp_path, page)


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


LOOP_CASES = [
    # jekyll-docs' permalinks tables: `{% include docs_version_badge.html version =
    # entry.intro_ver %}` in a loop over site.data; the loop stood as 20 placeholders.
    pytest.param(
        {"rows.yml": "- name: day\n- name: month\n  since: '4.0'\n"},
        {
            "badge.html": '<span class="badge" title="From {{ include.version }}">'
            "{{ include.version }}</span>\n"
        },
        "---\ntitle: T\n---\n{% for r in site.data.rows %}\n"
        "* {{ r.name }}{% if r.since %} {% include badge.html version = r.since %}{% endif %}\n"
        '{% endfor %}\n\n{% for r in site.data.rows %}{% include badge.html v=r.name x="a" %}'
        "{% include other.html %}{% endfor %}\n",
        [
            "<p>day</p>",
            '<p>month <span class="badge" title="From 4.0">4.0</span></p>',
            # An include whose file is not there stays, its loop too, saying why.
            "{% include other.html %}</span>",
        ],
        [],
        id="an include inside a loop is run with the loop's item",
    ),
    # The loop's includes are read by the includes' one reader, which passes raw blocks by:
    # Jekyll prints the tag written in one as text, not the file.
    pytest.param(
        {"rows.yml": "- name: day\n"},
        {"badge.html": "<b>{{ include.v }}</b>\n"},
        "---\ntitle: T\n---\n{% for r in site.data.rows %}{% include badge.html v=r.name %} "
        "and `{% raw %}{% include badge.html v=r.name %}{% endraw %}`{% endfor %}\n",
        ["<b>day</b>", "{% include badge.html v=r.name %}</code>"],
        [],
        id="an include shown in a raw block inside a loop stays text",
    ),
    pytest.param(
        {"filters.yml": "- name: Group By\n  example: '{{ site.members }}'\n"},
        None,
        "---\ntitle: F\n---\n{% for f in site.data.filters %}"
        '<p id="{{ f.name | slugify }}">{{ f.name | slugify: "raw" }}</p>'
        "<code>{{ f.example }}</code>{% endfor %}\n",
        # Liquid runs once: the example's tags are printed as text, not taken for the page's.
        ['<p id="group-by">group-by</p>', "<code>{{ site.members }}</code>"],
        ['class="liquid"'],
        id="Jekyll's slugify, and tags in data stay text",
    ),
]


@pytest.mark.parametrize(("data", "includes", "text", "shown", "not_shown"), LOOP_CASES)
def test_a_loop_over_site_data(
    tmp_path: Path,
    data: dict[str, str],
    includes: dict[str, str] | None,
    text: str,
    shown: list[str],
    not_shown: list[str],
) -> None:
    body = _loop_page_body(tmp_path, data, text, includes)
    for html in shown:
        assert html in body
    for html in not_shown:
        assert html not in body


def test_jekylls_group_by_filter(tmp_path: Path) -> None:
    # jekyll-docs' JekyllConf page groups its talks by year: the loop stood as placeholders.
    talks = (
        "- {topic: A, year: 2015}\n- {topic: B, year: 2016}\n- {topic: C, year: 2015}\n"
        "- {topic: D}\n"
    )
    body = _loop_page_body(
        tmp_path,
        {"talks.yml": talks},
        "---\ntitle: T\n---\n{% assign talks = site.data.talks | group_by: 'year' %}"
        "{% for year in talks reversed %}[{{ year.name }}: {{ year.size }}"
        "{% for t in year.items %} {{ t.topic }}{% endfor %}]{% endfor %}\n",
    )
    assert body == "<p>[: 1 D][2016: 1 B][2015: 2 A C]</p>\n"


@pytest.mark.parametrize(
    ("page", "shown", "not_shown"),
    [
        pytest.param(
            "_docs/permalinks.md",
            [
                '<td><p><code>:long_month</code></p><small><span class="version-badge" title="This '
                'feature is available starting version 4.0">4.0</span>'
            ],
            ["liquid"],
            id="permalinks' version badges",
        ),
        pytest.param(
            "_docs/configuration/options.md",
            ['<p><code class="option">source: DIR</code></p>'],
            ["{% for setting"],
            id="tables from data",
        ),
        pytest.param(
            "pages/jekyllconf.md",
            # What Jekyll picks at random each build stays, saying why.
            [
                '<h2 id="2015">2015</h2>',
                "it reads site.time, the moment Jekyll builds the site: what it prints changes",
                "it reads featured, which an assign above sets from site.time",
            ],
            ["{% for year"],
            id="JekyllConf talks by year",
        ),
    ],
)
def test_jekyll_docs_loops(page: str, shown: list[str], not_shown: list[str]) -> None:
    root = shared_site_path("jekyll-docs")
    body = _rendered(root, root / page)
    for html in shown:
        assert html in body
    for html in not_shown:
        assert html not in body


def test_a_value_assigned_from_the_build_time_says_so(tmp_path: Path) -> None:
    """11ty's jekyllconf.md picks its featured talk by the time of the build: not drawn, and
    the tags reading what the page's assigns set say where it comes from, not 'a variable
    of the page around it'."""
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "talks.yml").write_text("- topic: A\n- topic: B\n", encoding="utf-8")
    page = tmp_path / "conf.md"
    page.write_text(
        "{% assign random = site.time | date: \"%s%N\" | modulo: site.data.talks.size %}\n"
        "{% assign featured = site.data.talks[random] %}\n\n**{{ featured.topic }}**\n",
        encoding="utf-8",
    )
    body = _rendered(tmp_path, page).replace("&#x27;", "'")
    build = "site.time, the moment Jekyll builds the site: what it prints changes with every build"
    assert body.count('<span class="liquid"') == 3
    assert f'title="Not drawn in the preview: it reads {build}.">{{% assign random' in body
    assert f"it reads random, which an assign above sets from {build}" in body
    assert f'it reads featured, which an assign above sets from {build}.">{{{{ featured.topic' in body
    assert "a variable of the page around it" not in body
