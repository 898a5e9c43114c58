"""Jekyll's `{% highlight LANG %}...{% endhighlight %}` drawn as Jekyll 4 prints it (a
`<figure class="highlight">` of Rouge's spans), on the jekyll-docs pages that use it; before,
its code showed as paragraphs of Markdown between two placeholders."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.jekyll_highlight import HIGHLIGHT_BLOCK, code_html
from editor_app.core.engines.templates import RAW_BLOCK
from editor_app.core.render import Renderer
from editor_app.core.site import Site

RUBY_FIGURE = '<figure class="highlight"><pre><code class="language-ruby" data-lang="ruby">'


def _body(page: str) -> str:
    root = shared_site_path("jekyll-docs")
    return Renderer(Site.open(root)).render_body(Document.load(root / page).body)


def test_a_release_post_shows_its_highlight_blocks_as_code() -> None:
    html = _body("_posts/2014-03-27-jekyll-1-5-1-released.markdown")
    assert html.count(RUBY_FIGURE) == 2
    assert "{% highlight" not in html and "{% endhighlight" not in html
    assert '<span class="s2">"/tmp/foobar/jail/../../../etc/passwd"</span>' in html


def test_a_raw_block_inside_is_its_text_and_one_shown_in_raw_stays_text() -> None:
    upgrading = _body("_docs/upgrading/3-to-4.md")
    assert '<figure class="highlight"><pre><code class="language-diff" data-lang="diff">' in upgrading
    code = upgrading[upgrading.index("<figure") : upgrading.index("</figure>")]
    assert "{{ site.baseurl }}/{% post_url 2018-03-20-hello-world.markdown %}" in code
    assert "raw %}" not in code
    # The Liquid page shows the tag itself, inside {% raw %}: code as written, no figure.
    tags = _body("_docs/liquid/tags.md")
    assert "<figure" not in tags and "{% highlight ruby %}" in re.sub(r"<[^>]+>", "", tags)


def _jekyll_blocks() -> list[tuple[str, str]]:
    """(language, code) of every highlight block of jekyll-docs outside raw blocks."""
    root = shared_site_path("jekyll-docs")
    found = []
    for path in sorted([*root.rglob("*.md"), *root.rglob("*.markdown")]):
        for m in HIGHLIGHT_BLOCK.finditer(path.read_text("utf-8")):
            if not m.group("raw"):
                code = RAW_BLOCK.sub(lambda r: r.group("text"), m.group("code"))
                found.append((m.group("lang").lower(), code))
    return found


# Jekyll 4's HighlightBlock#render with Rouge (`render_rouge`, `add_code_tag`), for a list of
# [lang, code, *rest]: FORMATTER is the Ruby making the formatter (it may read `rest`).
_JEKYLL_RB = r"""
require "json"; require "rouge"
out = JSON.parse($stdin.read).map do |lang, code, *rest|
  code = code.gsub(/\A(\n|\r)+|(\n|\r)+\z/, "")
  formatter = FORMATTER
  lexer = Rouge::Lexer.find_fancy(lang, code) || Rouge::Lexers::PlainText
  html = formatter.format(lexer.lex(code))
  %(<figure class="highlight"><pre><code class="language-#{lang.tr("+", "-")}" data-lang="#{lang}">#{html.chomp}</code></pre></figure>)
end
$stdout.write(JSON.generate(out))
"""


def _what_jekyll_prints(formatter: str, cases: list) -> list[str]:
    """Jekyll's figure of each case with Rouge's `formatter` (skips without Ruby's Rouge)."""
    if shutil.which("ruby") is None:
        pytest.skip("ruby is not installed")
    done = subprocess.run(
        ["ruby", "-e", _JEKYLL_RB.replace("FORMATTER", formatter)],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"Rouge (Ruby) is not installed: {done.stderr.strip()[:80]}")
    printed = json.loads(done.stdout)
    assert len(printed) == len(cases)
    return printed


def _preview(tmp_path: Path, body: str) -> str:
    """The preview page of a page holding `body` on a fresh Jekyll site."""
    (tmp_path / "_config.yml").write_text("title: T\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: Code\n---\n" + body, encoding="utf-8")
    return Renderer(Site.open(tmp_path)).render_page(Document.load(page))


def test_every_highlight_block_of_jekyll_docs_is_what_jekyll_prints() -> None:
    blocks = _jekyll_blocks()
    assert len(blocks) >= 5
    printed = _what_jekyll_prints("Rouge::Formatters::HTML.new", blocks)
    for (lang, code), expected in zip(blocks, printed, strict=True):
        assert code_html(lang, code) == expected


def test_a_page_is_not_cut_inside_a_highlight_block() -> None:
    from editor_app.core.render_cuts import cut_points

    filler = "Some words here.\n\n" * 10
    text = (
        f"{filler}{{% highlight shell %}}\n\n# a comment\n\n{filler}{{% endhighlight %}}\n\n"
        f"Text.\n\n## After\n\n{filler}"
    )
    cuts = cut_points(text, "kramdown", 10)
    assert text.index("# a comment") not in cuts and text.index("## After") in cuts


# Jekyll's render_rouge with `linenos`: Rouge's HTMLLegacy with line numbers (its table).
_LINENOS = """Rouge::Formatters::HTMLLegacy.new(line_numbers: "inline", wrap: false,
    css_class: "highlight", gutter_class: "gutter", code_class: "code")"""
NUMBERED = [
    ("ruby", "def foo\n  puts 'foo'\nend\n"),
    ("python", "\n\nimport os\n\n\nprint(os.sep)\n\n"),
    ("yaml", "title: Site\nlist:\n  - a # note"),
    ("nosuchlanguage", "a < b\n\nc & d"),
    ("html", "<p class=\"x\">Hi</p>"),
]


def test_numbered_lines_are_what_jekyll_prints() -> None:
    for (lang, code), expected in zip(NUMBERED, _what_jekyll_prints(_LINENOS, NUMBERED), strict=True):
        assert code_html(lang, code, line_numbers=True) == expected


def test_a_linenos_block_shows_its_line_numbers_in_the_preview(tmp_path: Path) -> None:
    html = _preview(
        tmp_path,
        "Text.\n\n{% highlight ruby linenos %}\ndef foo\n  puts 'foo'\n"
        "end\n{% endhighlight %}\n\n{% highlight ruby linenos=table %}\nx = 1\n{% endhighlight %}\n\n"
        "{% highlight ruby %}\ny = 2\n{% endhighlight %}\n",
    )
    assert html.count('<pre class="lineno">') == 2
    assert '<td class="gutter gl"><pre class="lineno">1\n2\n3\n</pre></td>' in html
    assert '<pre class="lineno">1\n</pre>' in html
    assert "figure.highlight .rouge-table .gutter" in html  # styled: a gutter, not a grid


# Jekyll 4.4's render_rouge with `mark_lines`: Rouge's HTMLLineHighlighter (class `hll`) over
# its HTML formatter, inside HTMLTable when the lines are numbered too (`rest`: marks, numbered).
_MARK_LINES = """Rouge::Formatters::HTMLLineHighlighter.new(Rouge::Formatters::HTML.new,
    highlight_lines: rest[0])
  if rest[1]
    formatter = Rouge::Formatters::HTMLTable.new(formatter, css_class: "highlight",
      gutter_class: "gutter", code_class: "code")
  end"""
MARKED = [
    ("ruby", "def foo\n  puts 'foo'\nend\n", [1, 2], False),  # jekyll-docs' own example
    ("ruby", "def foo\n  puts 'foo'\nend\n", [3], True),
    ("python", '\ndef f():\n    """Two\n    lines."""\n\n    return 1\n', [3, 4, 5], False),
    ("yaml", "title: Site\nlist:\n  - a # note", [2, 9], True),
    ("javascript", "/* a\n   b */\nlet x = `1\n2`;", [1, 3], False),
    ("nosuchlanguage", "a < b\n\nc & d", [2], False),
]


def test_marked_lines_are_what_rouge_prints() -> None:
    printed = _what_jekyll_prints(_MARK_LINES, MARKED)
    for (lang, code, marks, numbered), expected in zip(MARKED, printed, strict=True):
        assert code_html(lang, code, numbered, frozenset(marks)) == expected, (lang, marks)
        assert '<span class="hll">' in expected


def test_marked_lines_show_in_the_preview(tmp_path: Path) -> None:
    html = _preview(
        tmp_path,
        '{% highlight ruby mark_lines="1 2" %}\ndef foo\n  puts \'foo\'\n'
        'end\n{% endhighlight %}\n\n{% highlight ruby linenos mark_lines="2" %}\nx = 1\ny = 2\n'
        "{% endhighlight %}\n",
    )
    assert html.count('<span class="hll">') == 3
    assert '<code class="language-ruby" data-lang="ruby"><span class="hll"><span class="k">def' in html
    assert "<p>" + "liquid" not in html
    assert ".hll" in html  # the marked lines' background, in the preview's stylesheet
