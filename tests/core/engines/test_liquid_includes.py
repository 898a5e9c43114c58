"""A Jekyll include file using `if`, `for` or filters is run in the preview with the include's
parameters, the site's settings and `_data` and the page's front matter, as Jekyll prints it;
one reading what the preview cannot know stays a placeholder that says why."""

from __future__ import annotations

import html as html_lib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines import liquid_includes
from editor_app.core.render import Renderer
from editor_app.core.site import Site

_PLACEHOLDER = re.compile(r'<span class="liquid"(?: title="([^"]*)")?>(.*?)</span>')


def _site(tmp_path: Path) -> Path:
    (tmp_path / "_config.yml").write_text("title: My Site\nbaseurl: /docs\n", encoding="utf-8")
    includes = tmp_path / "_includes"
    includes.mkdir()
    files = {
        "cond.html": "{% if include.x %}yes{% else %}no{% endif %}\n",
        "filtered.html": "<b>{{ include.x | upcase }}</b>\n",
        "table.html": (
            "<table>\n{% for row in include.rows -%}\n<tr><td>{{ row.name }}</td>"
            "<td>{{ row.note | default: '-' }}</td></tr>\n{% endfor -%}\n</table>\n"
        ),
        "people.html": (
            "<ul>{% for p in site.data.team.people %}<li>{{ p }}</li>{% endfor %}</ul>"
            '<a href="{{ "/about/" | relative_url }}">{{ page.title }}</a>\n'
        ),
        "url.html": '<a href="{{ page.url }}">here</a>\n',
        "outer.html": "{{ around }}\n",
        "md.html": "{{ include.x | markdownify }}\n",
        "loop.html": "{% for i in (1..2) %}{% include cond.html x=i %}{% endfor %}\n",
    }
    for name, text in files.items():
        (includes / name).write_text(text, encoding="utf-8")
    data = tmp_path / "_data"
    (data / "team").mkdir(parents=True)
    (data / "team" / "people.yml").write_text("- Ann\n- Bo\n", encoding="utf-8")
    (data / "rows.json").write_text('[{"name": "a", "note": "first"}, {"name": "b"}]', "utf-8")
    return tmp_path


def _preview(root: Path, body: str, front: str = "title: Team page\n") -> str:
    page = root / "page.md"
    page.write_text(f"---\n{front}---\n" + body, encoding="utf-8")
    shown = Renderer(Site.open(root)).render_page(Document.load(page))
    return shown[shown.index("<article") :]


def test_includes_using_liquid_print_what_jekyll_prints(tmp_path: Path) -> None:
    shown = _preview(
        _site(tmp_path),
        '{% include cond.html x="1" %}\n\n{% include cond.html %}\n\n'
        '{% include filtered.html x="loud" %}\n\n'
        "{% include table.html rows=site.data.rows %}\n\n{% include people.html %}\n",
    )
    assert "<p>yes</p>" in shown and "<p>no</p>" in shown
    assert "<b>LOUD</b>" in shown
    assert (
        "<table>\n<tbody><tr><td>a</td><td>first</td></tr>\n<tr><td>b</td><td>-</td></tr>\n</tbody></table>"
        in shown
    )
    assert '<ul><li>Ann</li><li>Bo</li></ul>\n<p><a href="/docs/about/">Team page</a></p>' in shown
    assert 'class="liquid"' not in shown


def test_includes_reading_what_the_preview_cannot_know_say_why(tmp_path: Path) -> None:
    shown = _preview(
        _site(tmp_path),
        "{% include url.html %}\n\n{% include outer.html %}\n\n"
        '{% include md.html x="*a*" %}\n\n{% include loop.html %}\n\n'
        "{% include cond.html x=page.url %}\n",
    )
    placeholders = [
        (html_lib.unescape(title), html_lib.unescape(tag))
        for title, tag in _PLACEHOLDER.findall(shown)
    ]
    assert placeholders == [
        ("Not drawn in the preview: it reads page.url, which Jekyll computes.",
         "{% include url.html %}"),
        ("Not drawn in the preview: it reads around, a variable of the page around it.",
         "{% include outer.html %}"),
        ("Not drawn in the preview: it uses a filter the preview does not run ('markdownify').",
         '{% include md.html x="*a*" %}'),
        ("Not drawn in the preview: it includes another file with values not known here.",
         "{% include loop.html %}"),
        ("Not drawn in the preview: it is given page.url, which Jekyll computes.",
         "{% include cond.html x=page.url %}"),
    ]


def test_site_data_is_read_again_when_a_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The data folder is looked at once a second at most; no wait here.
    monkeypatch.setattr(liquid_includes, "_DATA_RECHECK", 0.0)
    root = _site(tmp_path)
    renderer = Renderer(Site.open(root))
    page = root / "page.md"
    page.write_text("---\ntitle: T\n---\n{% include people.html %}\n", encoding="utf-8")
    assert "<li>Bo</li>" in renderer.render_page(Document.load(page))
    people = root / "_data" / "team" / "people.yml"
    people.write_text("- Ann\n- Cy\n", encoding="utf-8")
    later = renderer.render_page(Document.load(page))
    assert "<li>Cy</li>" in later and "<li>Bo</li>" not in later


def test_jekyll_docs_variables_tables_come_from_its_data() -> None:
    root = shared_site_path("jekyll-docs")
    doc = Document.load(root / "_docs" / "variables.md")
    shown = Renderer(Site.open(root)).render_page(doc)
    # `{% include docs_variables_table.html scope=site.data.jekyll_variables.global %}`
    assert "<td><p><code>site</code></p></td>" in shown
    assert '<a href="/docs/front-matter/">front matter</a>' in shown
    assert "docs_variables_table" not in shown
    assert shown.count('<div class="mobile-side-scroller">') == 6


# Shopify's Liquid (Ruby), the one Jekyll runs: each case's include file and values in, what it
# prints out (Debian's ruby-liquid; the test skips without it).
_RUBY_LIQUID = r"""
require "json"; require "liquid"
out = JSON.parse($stdin.read).map do |source, names|
  Liquid::Template.parse(source).render(names)
end
$stdout.write(JSON.generate(out))
"""


def test_includes_print_what_rubys_liquid_prints() -> None:
    import json
    import shutil

    from editor_app.core.engines.liquid_includes import IncludeContext

    root = shared_site_path("jekyll-docs")
    site = Site.open(root)
    context = IncludeContext(site.config, root / "_data")
    context.page = {"title": "Variables"}
    table = (root / "_includes" / "docs_variables_table.html").read_text(encoding="utf-8")
    data = context.data()["jekyll_variables"]
    cases = [(table, {"scope": data[scope]}) for scope in ("global", "site", "page", "jekyll")]
    cases += [
        ("{% if include.x %}yes{% else %}no{% endif %}\n", {"x": "1"}),
        ("{% if include.x %}yes{% else %}no{% endif %}\n", {}),
        ("{%- for p in include.list -%}\n  <li>{{ p | upcase }}</li>\n{%- endfor %}\n",
         {"list": ["a", "b"]}),
        ("{{ include.n | plus: 2 }} {{ include.missing | default: '-' }} "
         "{{ include.s | split: ',' | join: ' / ' }}\n{% assign w = include.s | size %}{{ w }}",
         {"n": 3, "s": "x,y"}),
        ("{% unless include.x %}none{% endunless %}{% case include.k %}{% when 'a' %}A"
         "{% else %}other{% endcase %}", {"k": "a"}),
        ("{{ page.title | downcase }} {{ site.title }}", {}),
    ]
    if shutil.which("ruby") is None:
        pytest.skip("ruby is not installed")
    given = [
        [source, {"include": params, "site": context.site(), "page": dict(context.page)}]
        for source, params in cases
    ]
    done = subprocess.run(
        ["ruby", "-e", _RUBY_LIQUID],
        input=json.dumps(given, default=str),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"Ruby's Liquid is not installed: {done.stderr.strip()[:80]}")
    printed = json.loads(done.stdout)
    assert len(printed) == len(cases)
    for (source, params), expected in zip(cases, printed, strict=True):
        assert context.drawn(source, params) == (expected, ""), source[:40]


def test_without_python_liquid_an_include_stays_a_placeholder_saying_why(tmp_path: Path) -> None:
    """An installation missing python-liquid (a package built without it) still renders:
    the include using Liquid is a placeholder whose hover text says why, a plain one shows."""
    root = _site(tmp_path)
    (root / "_includes" / "plain.html").write_text("plain snippet\n", encoding="utf-8")
    page = root / "page.md"
    page.write_text(
        '---\ntitle: P\n---\n\n{% include cond.html x="1" %}\n\n{% include plain.html %}\n',
        encoding="utf-8",
    )
    blocked = (
        "import sys; sys.modules['liquid'] = None\n"  # `import liquid` raises ImportError
        "from editor_app.cli import main\n"
        "sys.exit(main(['render', '--body', sys.argv[1]]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", blocked, str(page)], capture_output=True, text=True, cwd=root
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "<p>plain snippet</p>" in done.stdout
    titles = [html_lib.unescape(t) for t, _ in _PLACEHOLDER.findall(done.stdout)]
    assert titles == [f"Not drawn in the preview: {liquid_includes.LIQUID_MISSING}."]


def test_an_include_run_reads_no_other_file_and_stops_at_its_limits(tmp_path: Path) -> None:
    """The sandbox: no loader (an include or render tag, however written, reads nothing),
    and a loop or output too big stops with a reason instead of running on."""
    root = _site(tmp_path)
    includes = root / "_includes"
    (includes / "secret.html").write_text("SECRET\n", encoding="utf-8")
    files = {
        "tag.html": "{% liquid\ninclude 'secret.html' %}\n",
        "render.html": "{% render 'secret.html' %}\n",
        "loop.html": "{% for i in (1..50000) %}{% endfor %}done\n",
        "big.html": "{% for i in (1..9000) %}{{ 'x' | append: include.x }}{% endfor %}\n",
    }
    for name, text in files.items():
        (includes / name).write_text(text, encoding="utf-8")
    long = "y" * 500
    shown = _preview(
        root,
        "{% include tag.html %}\n\n{% include render.html %}\n\n{% include loop.html %}\n\n"
        f'{{% include big.html x="{long}" %}}\n',
    )
    assert "SECRET" not in shown and "done" not in shown
    reasons = [html_lib.unescape(title) for title, _tag in _PLACEHOLDER.findall(shown)]
    assert len(reasons) == 4, reasons
    assert all("includes another file" in reason for reason in reasons[:2])
    assert "loop iteration limit" in reasons[2] and "output stream limit" in reasons[3]


@pytest.mark.parametrize(
    "liquid",
    [
        "{{ (1..100000000) | join: ',' }}",
        "{{ (1..100000000) | sort | first }}",
        "{{ (1..100000000) | reverse | first }}",
        "{{ (1..100000000) | uniq | size }}",
        "{{ (1..100000000) | map: 'x' | size }}",
        "{% assign many = (1..100000000) %}{% for i in many reversed %}{% endfor %}",
    ],
)
def test_a_filter_on_a_huge_range_stops_with_a_reason(tmp_path: Path, liquid: str) -> None:
    """A filter runs over a range whole, out of reach of the loop limit: a range far over the
    cap stops the include with its placeholder and the reason, a small one still prints."""
    root = _site(tmp_path)
    includes = root / "_includes"
    (includes / "huge.html").write_text(liquid + "done\n", encoding="utf-8")
    (includes / "small.html").write_text("{{ (1..5) | reverse | join: ',' }}\n", "utf-8")
    shown = _preview(root, "{% include huge.html %}\n\n{% include small.html %}\n")
    assert "done" not in shown
    reasons = [html_lib.unescape(title) for title, _tag in _PLACEHOLDER.findall(shown)]
    assert len(reasons) == 1 and "range size limit" in reasons[0], reasons
    assert "5,4,3,2,1" in shown


def test_a_reason_shown_on_hover_is_the_one_of_this_render(tmp_path: Path) -> None:
    """The reason an include is not drawn is the one found while rendering the page shown:
    once the include file is gone, its tag no longer says it reads page.url."""
    root = _site(tmp_path)
    page = root / "page.md"
    page.write_text("---\ntitle: P\n---\n\n{% include url.html %}\n", encoding="utf-8")
    renderer = Renderer(Site.open(root))
    first = renderer.render_page(Document.load(page))
    assert "it reads page.url" in html_lib.unescape(first)
    (root / "_includes" / "url.html").unlink()
    again = renderer.render_page(Document.load(page))
    assert "{% include url.html %}" in html_lib.unescape(again)
    assert "page.url" not in html_lib.unescape(again)


def test_an_include_with_more_liquid_runs_the_includes_inside_it_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Liquid include holding another is drawn with the inner one run once (it was run a
    second time before the outer file was)."""
    root = _site(tmp_path)
    includes = root / "_includes"
    (includes / "outer_if.html").write_text(
        '{% if include.x %}<i>{% include cond.html x="1" %}</i>{% endif %}\n', encoding="utf-8"
    )
    runs: list[str] = []
    drawn = liquid_includes.IncludeContext.drawn

    def counted(self: liquid_includes.IncludeContext, source: str, include: dict) -> tuple:
        runs.append(source)
        return drawn(self, source, include)

    monkeypatch.setattr(liquid_includes.IncludeContext, "drawn", counted)
    shown = _preview(root, '{% include outer_if.html x="1" %}\n')
    assert "<i>yes\n</i>" in shown  # (cond.html's own newline kept, as Liquid keeps it)
    assert len(runs) == 2, runs  # cond.html, then outer_if.html with cond.html's text in it
