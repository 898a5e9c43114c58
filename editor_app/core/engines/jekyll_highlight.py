"""Jekyll's `{% highlight LANG %}...{% endhighlight %}`: code drawn as Jekyll 4 prints it.

Jekyll runs Liquid before kramdown, and its highlight tag prints the block's text coloured
by Rouge (Jekyll's docs put `{% raw %}` inside it to show template tags as written):

    <figure class="highlight"><pre><code class="language-ruby" data-lang="ruby">...</code></pre></figure>

(`Jekyll::Tags::HighlightBlock#render`: the language in lower case, leading and trailing
newlines dropped, Rouge's plain HTML formatter, `+` in the language's class as `-`.) Left as
placeholders, the block showed its code as paragraphs of Markdown. Each block stands as a
word while Markdown is rendered and its HTML takes the word's place after (the paragraph
holding the word alone too). With `linenos` (or `linenos=table`) the code stands in Rouge's
line table, as Jekyll's Rouge formatter (`HTMLLegacy` with `line_numbers`) prints it:

    <table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1
    2
    </pre></td><td class="code"><pre>...
    </pre></td></tr></tbody></table>

inside the same `<figure>`. With `mark_lines="1 3"` (Jekyll 4.4) each marked line is
wrapped as Rouge's `HTMLLineHighlighter` wraps it, `<span class="hll">...\n</span>`, every
line cut at its newline (a token running over lines is closed and opened again), inside the
line table too when the lines are numbered. Other template tags inside show as written.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from editor_app.core.engines.templates import RAW_BLOCK
from editor_app.core.markdown_ext.code_html import escape, highlight

# Jekyll's SYNTAX: a language (letters, digits, `.+#_-`), then options. A raw block is
# matched first and left alone: a highlight tag shown inside one is text.
HIGHLIGHT_BLOCK = re.compile(
    rf"(?P<raw>{RAW_BLOCK.pattern})"
    r"|\{%-?\s*highlight\s+(?P<lang>[\w.+#-]+)(?P<options>\s+(?:[^%{]|%(?!\}))*?)?\s*-?%\}"
    r"(?P<code>.*?)\{%-?\s*endhighlight\s*-?%\}",
    re.S,
)
_WORD = "liquidtagh{}x"
_WORD_BACK = re.compile(r"<p>liquidtagh(\d+)x</p>\n?|liquidtagh(\d+)x")
_EDGE_NEWLINES = re.compile(r"\A[\n\r]+|[\n\r]+\Z")
# Jekyll's OPTIONS_REGEX keys: `linenos`, `linenos=table` (any value numbers the lines).
_LINENOS = re.compile(r"(?<![\w=\"])linenos(?![\w])")
# Jekyll 4.4's `mark_lines="1 2"`: a quoted list of line numbers.
_MARK_LINES = re.compile(r'(?<![\w=\"])mark_lines="([^"]*)"')
# Rouge's HTML formatter's output: flat token spans and plain text.
_SPAN_OR_TEXT = re.compile(r'<span class="([^"<>]*)">([^<]*)</span>|([^<]+)')
_LINE_PIECES = re.compile(r"\n|[^\n]+")


def code_html(
    lang: str, code: str, line_numbers: bool = False, marked: frozenset[int] = frozenset()
) -> str:
    """The HTML Jekyll's highlight tag prints for `code` in `lang` (`line_numbers`: the
    tag's `linenos` option; `marked`: the lines its `mark_lines` lists)."""
    code = _EDGE_NEWLINES.sub("", code)
    coloured = highlight(code, lang)
    body = escape(code) if coloured is None else coloured
    lined = _lines_marked(body, marked) if marked else None
    if lined is not None and not line_numbers:
        # Jekyll chomps one newline; the last line keeps its own.
        return _figure(lang, lined[:-1] if lined.endswith("\n") else lined)
    body = lined if lined is not None else body
    if line_numbers:
        body = _line_table(code, body)
    return _figure(lang, body.rstrip("\n"))


def _figure(lang: str, body: str) -> str:
    attrs = f'class="language-{html.escape(lang.replace("+", "-"))}" data-lang="{html.escape(lang)}"'
    return f'<figure class="highlight"><pre><code {attrs}>{body}</code></pre></figure>'


def _lines_marked(body: str, marked: frozenset[int]) -> str | None:
    """Rouge's `HTMLLineHighlighter` over its HTML formatter: the code line by line, each with
    its newline, a token running over lines closed at each line's end and opened again; a
    line of `marked` inside `<span class="hll">`. None when `body` is not flat token spans."""
    lines: list[str] = []
    current: list[str] = []
    at = 0
    for m in _SPAN_OR_TEXT.finditer(body):
        if m.start() != at:
            return None
        at = m.end()
        token, text = (m.group(1), m.group(2)) if m.group(3) is None else (None, m.group(3))
        for piece in _LINE_PIECES.findall(text):
            if piece == "\n":
                lines.append("".join(current))
                current = []
            else:
                current.append(piece if token is None else f'<span class="{token}">{piece}</span>')
    if at != len(body):
        return None
    if current:
        lines.append("".join(current))
    return "".join(
        f'<span class="hll">{line}\n</span>' if number in marked else f"{line}\n"
        for number, line in enumerate(lines, 1)
    )


def _line_table(code: str, body: str) -> str:
    """Rouge's `HTMLTable`: a gutter of line numbers beside the code (a last line without
    its newline given one)."""
    lines = code.count("\n")
    if not code.endswith("\n"):
        lines += 1
        body += "\n"
    numbers = "".join(f"{k}\n" for k in range(1, lines + 1))
    return (
        '<table class="rouge-table"><tbody><tr><td class="gutter gl">'
        f'<pre class="lineno">{numbers}</pre></td><td class="code"><pre>{body}</pre></td>'
        "</tr></tbody></table>"
    )


def stash_highlights(text: str) -> tuple[str, Callable[[str], str]]:
    """`text` with each highlight block as a word, and the function that puts their HTML
    back in rendered HTML (a word alone in a paragraph takes the paragraph's place)."""
    if "endhighlight" not in text:
        return text, _same
    drawn: list[str] = []

    def stash(m: re.Match[str]) -> str:
        if m.group("raw"):
            return m.group(0)
        code = RAW_BLOCK.sub(lambda r: r.group("text"), m.group("code"))
        options = m.group("options") or ""
        numbered = bool(_LINENOS.search(options))
        marks = _MARK_LINES.search(options)
        marked = frozenset(_ruby_int(n) for n in marks.group(1).split()) if marks else frozenset()
        drawn.append(code_html(m.group("lang").lower(), code, numbered, marked))
        return _WORD.format(len(drawn) - 1)

    text = HIGHLIGHT_BLOCK.sub(stash, text)
    if not drawn:
        return text, _same

    def put_back(rendered: str) -> str:
        if "liquidtagh" not in rendered:
            return rendered
        return _WORD_BACK.sub(lambda m: drawn[int(m.group(1) or m.group(2))], rendered)

    return text, put_back


def _ruby_int(text: str) -> int:
    """Ruby's `to_i`: the leading digits' number, 0 without any."""
    digits = re.match(r"[+-]?\d+", text)
    return int(digits.group(0)) if digits else 0


def _same(rendered: str) -> str:
    return rendered
