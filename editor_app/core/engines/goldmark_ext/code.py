"""Fenced code as Hugo prints it with its default highlighting (Chroma, CSS classes).

A fence in a language Chroma knows: `<div class="highlight"><pre tabindex="0"
class="chroma"><code class="language-go" data-lang="go">`, each line in
`<span class="line"><span class="cl">`, tokens coloured by Pygments (Chroma is its Go port
and uses the same short class names), trailing blank lines dropped. A fence in another
language, or none: `<pre tabindex="0"><code ...>` with the text escaped. `{.x file="a"}`
after the language goes on the wrapper. Indented code stays CommonMark's `<pre><code>`.
"""

from __future__ import annotations

import functools
import re

from markdown_it import MarkdownIt
from markdown_it.token import Token
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.token import STANDARD_TYPES, _TokenType
from pygments.util import ClassNotFound

from editor_app.core.engines.goldmark_ext import chroma_xml
from editor_app.core.engines.goldmark_ext.chroma_lexers import CHROMA_ONLY_LEXERS

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#39;", '"': "&#34;"})
_INFO = re.compile(r"^([^\s{]*)\s*(?:\{([^{}]*)\})?")
# `.class`, `#id`, `key=value` with the value quoted, a [list] or bare; commas between.
_OPTION = re.compile(r"""\.([\w-]+)|#([\w-]+)|([\w-]+)\s*=\s*("[^"]*"|\[[^\]]*\]|[^\s,]+)""")
# Highlighting options (Hugo reads them; they are not attributes of the wrapper).
_HIGHLIGHT_OPTIONS = frozenset(
    "linenos hl_lines linenostart anchorlinenos lineanchors style noclasses hl_inline "
    "guesssyntax tabwidth codefences linenumbersintable wrapperclass".split()
)


def escape(text: str) -> str:
    """Go's html.EscapeString, which Hugo uses for code."""
    return text.translate(_ESCAPES)


@functools.lru_cache(maxsize=64)
def _lexer(language: str) -> Lexer | None:
    own = CHROMA_ONLY_LEXERS.get(language)
    if own is not None:
        return own(stripnl=False, ensurenl=True)
    try:
        return get_lexer_by_name(language, stripnl=False, ensurenl=True)
    except ClassNotFound:
        return None


def _css_class(kind: _TokenType) -> str:
    while kind not in STANDARD_TYPES:
        kind = kind.parent
    return STANDARD_TYPES[kind]


# Languages whose Chroma lexer leaves spaces unclassed where Pygments marks them `w`.
_TAKES_NEWLINE = {
    "md": ("gh", "gu"),
    "markdown": ("gh", "gu"),
    "go": ("c1",),
    "golang": ("c1",),
}
_PLAIN_SPACES = frozenset(
    "sh bash shell zsh console json toml md markdown go golang python py python3".split()
)


def highlight_lines(
    language: str, code: str, styles: dict[str, str] | None = None
) -> tuple[str, ...]:
    """The lines of `code` as Chroma colours them (each ending in its newline, inside the
    span of the token that holds it, as Chroma prints it): CSS classes, or with `styles`
    (class -> inline style) Chroma's `noClasses` output."""
    out = []
    for pieces in _line_pieces(language, code):
        if styles is None:
            spans = (f'<span class="{c}">{escape(t)}</span>' if c else escape(t) for c, t in pieces)
        else:
            spans = (
                f'<span style="{styles[c]}">{escape(t)}</span>' if c in styles else escape(t)
                for c, t in pieces
            )
        line = "".join(spans)
        out.append(line if pieces and pieces[-1][1].endswith("\n") else line + "\n")
    return tuple(out)


def _chroma_lines(tokens: list[tuple[str, str]]) -> tuple[tuple[tuple[str, str], ...], ...]:
    """Chroma's SplitTokensIntoLines: a token's text up to each newline ends a line, its
    rest (even empty) starts the next; a last line holding one empty token is dropped."""
    lines: list[tuple[tuple[str, str], ...]] = []
    line: list[tuple[str, str]] = []
    for kind, value in tokens:
        css = chroma_xml.css_class(kind)
        while "\n" in value:
            head, value = value.split("\n", 1)
            line.append((css, head + "\n"))
            lines.append(tuple(line))
            line = []
        line.append((css, value))
    if line:
        lines.append(tuple(line))
    if lines and len(lines[-1]) == 1 and not lines[-1][0][1]:
        lines.pop()
    return tuple(lines)


@functools.lru_cache(maxsize=512)
def _line_pieces(language: str, code: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    """(class, text) pieces of each line, split and merged as Chroma does."""
    chroma = chroma_xml.lexer_for(language)
    if chroma is not None:  # Chroma's own rules
        return _chroma_lines(chroma_xml.tokens(chroma, code))
    lexer = _lexer(language.lower())
    tokens = lexer.get_tokens(code) if lexer is not None else [(None, code)]
    plain_spaces = language.lower() in _PLAIN_SPACES
    takes_newline = _TAKES_NEWLINE.get(language.lower(), ())
    lines: list[tuple[tuple[str, str], ...]] = []
    pieces: list[tuple[str, str]] = []  # (class, text) of the current line

    def end_line() -> None:
        lines.append(tuple(pieces))
        pieces.clear()

    # Chroma merges neighbouring tokens of one class first, then cuts them into lines.
    merged: list[tuple[str, str]] = []
    for kind, value in tokens:
        css = _css_class(kind) if kind is not None else ""
        if css == "w" and plain_spaces:
            css = ""
        if (
            css == ""
            and value.startswith("\n")
            and merged
            and merged[-1][0] in takes_newline
            and not merged[-1][1].endswith("\n")
        ):
            # Chroma's Markdown headings and Go comments take their line's end.
            merged[-1] = (merged[-1][0], merged[-1][1] + "\n")
            value = value[1:]
        if merged and merged[-1][0] == css:
            merged[-1] = (css, merged[-1][1] + value)
        elif value:
            merged.append((css, value))
    for k, (css, value) in enumerate(merged):
        parts = value.split("\n")
        for n, part in enumerate(parts):
            last = n == len(parts) - 1
            text = part if last else part + "\n"
            # A token ending in a newline leaves an empty span of its class on the next
            # line (unless nothing follows), as Chroma's line splitter does.
            if text or (last and css and n and k + 1 < len(merged)):
                pieces.append((css, text))
            if not last:
                end_line()
    if pieces:
        end_line()
    return tuple(lines)


def _options(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """(attributes for the wrapper, highlighting options) of a fence's `{...}`."""
    attrs: dict[str, str] = {}
    options: dict[str, str] = {}
    classes = []
    for m in _OPTION.finditer(text):
        if m.group(1):
            classes.append(m.group(1))
        elif m.group(2):
            attrs["id"] = m.group(2)
        else:
            key, value = m.group(3), m.group(4).strip('"')
            if key.lower() in _HIGHLIGHT_OPTIONS:
                options[key.lower()] = value
            elif key == "class":
                classes.append(value)
            else:
                attrs[key] = value
    if classes:
        attrs = {"class": " ".join(classes), **attrs}
    return attrs, options


def _highlighted(numbers: str) -> set[int]:
    """Line positions named by `hl_lines` (`[3, "6-8"]` or `3 6-8`)."""
    out: set[int] = set()
    for a, b in re.findall(r"(\d+)(?:-(\d+))?", numbers):
        out.update(range(int(a), int(b or a) + 1))
    return out


def _numbering(options: dict[str, str]) -> tuple[str, int]:
    """("", "inline" or "table") and the first number, from `linenos` and `linenostart`
    (`linenos=true` is a table unless `lineNumbersInTable = false`)."""
    value = options.get("linenos", "false").lower()
    try:
        first = int(options.get("linenostart", "1"))
    except ValueError:
        first = 1
    if value == "inline" or (
        value == "true" and options.get("linenumbersintable", "true").lower() == "false"
    ):
        return "inline", first
    return ("table" if value in ("true", "table") else ""), first


def _lines_html(
    lines: tuple[str, ...], options: dict[str, str], spans: dict[str, str] | None = None
) -> str:
    """The lines in Chroma's line spans: classes, or with `spans` (class -> inline style)
    the `noClasses` form; numbers before each line when they are `inline`."""
    mode, first = _numbering(options)
    digits = len(str(first + len(lines) - 1))
    marked = _highlighted(options.get("hl_lines", ""))
    out = []
    for n, line in enumerate(lines, 1):
        label = str(first + n - 1).rjust(digits)
        if spans is not None:
            line_css = spans.get("line", "")
            css = f"{line_css} {spans.get('hl', '')}" if n in marked else line_css
            number_css = spans.get("ln", "")
            number = f'<span style="{number_css}">{label}</span>' if mode == "inline" else ""
            out.append(f'<span style="{css}">{number}<span>{line}</span></span>')
            continue
        css = "line hl" if n in marked else "line"
        number = f'<span class="ln">{label}</span>' if mode == "inline" else ""
        out.append(f'<span class="{css}">{number}<span class="cl">{line}</span></span>')
    return "".join(out)


def _attr(spans: dict[str, str] | None, css: str, extra: str = "") -> str:
    """Chroma's styleAttr: ` class="x"`, or the inline style (with `extra` appended)."""
    if spans is None:
        return f' class="{css}"'
    style = ";".join(filter(None, [spans.get(css, ""), extra])) if css in spans else extra
    return f' style="{style}"' if style else ""


def _number_table(
    count: int, options: dict[str, str], pre: str, spans: dict[str, str] | None
) -> tuple[str, str]:
    """(before, after) the code's `<pre>` when line numbers go in a table column."""
    _, first = _numbering(options)
    digits = len(str(first + count - 1))
    marked = _highlighted(options.get("hl_lines", ""))
    numbers = []
    for n in range(1, count + 1):
        number = f"<span{_attr(spans, 'lnt')}>{str(first + n - 1).rjust(digits)}\n</span>"
        numbers.append(f"<span{_attr(spans, 'hl')}>{number}</span>" if n in marked else number)
    wrapper = _attr(spans, "chroma") if spans is None else f" {pre}"
    before = (
        f"<div{wrapper}>\n<table{_attr(spans, 'lntable')}><tr><td{_attr(spans, 'lntd')}>\n"
        f'<pre tabindex="0" {pre}><code>{"".join(numbers)}</code></pre></td>\n'
        f"<td{_attr(spans, 'lntd', 'width:100%')}>\n"
    )
    return before, "</td></tr></table>\n</div>\n"


_TAB_WIDTH = "-moz-tab-size: 4; -o-tab-size: 4; tab-size: 4;"  # Hugo's tabWidth = 4


def compress_style(css: str) -> str:
    """Chroma's compressStyle: spaces squeezed, `: ` joined, `#aabbcc` written `#abc`."""
    out = []
    for part in css.split(";"):
        part = " ".join(part.split()).replace(": ", ":", 1)
        if "#" in part and len(part) >= 6:
            c = part[-6:]
            if c[0] == c[1] and c[2] == c[3] and c[4] == c[5]:
                part = part[:-6] + c[0] + c[2] + c[4]
        out.append(part)
    return ";".join(out)


@functools.lru_cache(maxsize=8)
def inline_styles(style_name: str) -> tuple[str, dict[str, str]]:
    """(the `<pre>` style, class -> inline style) of a Chroma style as Hugo writes them
    with `noClasses`; an unknown name gets Chroma's fallback style (swapoff)."""
    table = chroma_xml.styles()
    style = table.get(style_name) or table["swapoff"]
    pre = compress_style(style.get("", "") + _TAB_WIDTH)
    # A class the style names with nothing to print (`border:#f00`) keeps `style=""`.
    spans = {css: compress_style(value) for css, value in style.items() if css}
    # A type the style leaves blank takes its sub-category's or category's style.
    classes = chroma_xml.token_classes()
    for kind, css in classes.items():
        if css and css not in spans:
            inherited = (spans.get(classes.get(p, "")) for p in chroma_xml.parents(kind))
            found = next((s for s in inherited if s), None)
            if found:
                spans[css] = found
    return pre, spans


# Goldmark's own code blocks escape `"` by name, where Hugo's Chroma wrapper uses `&#34;`.
_GOLDMARK_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
_BASH_SHEBANG = re.compile(r"^#!.*/bin/(?:env |)(?:bash|zsh|sh|ksh)", re.M)



@functools.cache
def _coloured_names() -> frozenset[str]:
    """Every fence name Hugo 0.111's Chroma colours: names, aliases and file extensions
    (`cs`, `cjs`, `env`), as `tools/chroma_extract.py` read them from `hugo` (not `csv`)."""
    return frozenset(name.lower() for name in chroma_xml.languages())

def _fence_html(token: Token, style: str | None, defaults: dict[str, str] | None = None) -> str:
    """The fence's HTML; `style` names the Chroma style for `noClasses` (None: classes);
    `defaults`: the site's `[markup.highlight]` options a fence may override."""
    defaults = defaults or {}
    m = _INFO.match(token.info.strip())
    language = m.group(1) if m else ""
    attrs, options = _options(m.group(2)) if m and m.group(2) else ({}, {})
    code = token.content
    if defaults.get("codefences") == "false":  # Goldmark's own code block, not Chroma's
        cls = f' class="language-{escape(language)}"' if language else ""
        plain = code.translate(_GOLDMARK_ESCAPES)
        return f"<pre><code{cls}>{plain}</code></pre>\n"
    if not language and defaults.get("guesssyntax") == "true":
        # Chroma's guess in Hugo 0.111: only Bash recognises itself (by its `#!` line).
        language = "bash" if _BASH_SHEBANG.search(code) else "fallback"
    if not language:
        return f'<pre tabindex="0"><code>{escape(code)}</code></pre>\n'
    lang = escape(language)
    if language.lower() not in _coloured_names() and language != "fallback":
        return (
            f'<pre tabindex="0"><code class="language-{lang}" data-lang="{lang}">'
            f"{escape(code)}</code></pre>\n"
        )
    classes = " ".join(filter(None, ["highlight", attrs.pop("class", "")]))
    wrapper = f'class="{classes}"' + "".join(f' {k}="{escape(v)}"' for k, v in attrs.items())
    text = code.rstrip("\n") + "\n" if code.strip("\n") else code
    options = {**defaults, **options}
    spans: dict[str, str] | None = None
    if style is None:
        code_lines = highlight_lines(language, text)
        pre = 'class="chroma"'
    else:
        pre_style, spans = inline_styles(options.get("style", style))
        if options.get("hl_lines"):  # highlighted lines need the grid for their colour
            pre_style += "display:grid;"
        code_lines = highlight_lines(language, text, spans)
        pre = f'style="{pre_style}"'
    lines = _lines_html(code_lines, options, spans)
    before = after = ""
    if _numbering(options)[0] == "table":
        before, after = _number_table(len(code_lines), options, pre, spans)
    return (
        f'<div {wrapper}>{before}<pre tabindex="0" {pre}><code class="language-{lang}" '
        f'data-lang="{lang}">{lines}</code></pre>{after}</div>\n'
    )


def _goat_picture(token: Token) -> str | None:
    """A ```` ```goat ```` block as the SVG Hugo draws of it (`goat.py`); None for any other
    block, or a diagram too big to draw here (shown as text, the page's note says so)."""
    m = _INFO.match(token.info.strip())
    if not m or m.group(1) != "goat":
        return None
    from editor_app.core.engines.goldmark_ext.goat import goat_html

    attrs = _options(m.group(2))[0] if m.group(2) else {}
    return goat_html(token.content, attrs)


def chroma_code_plugin(
    md: MarkdownIt,
    no_classes: bool = True,
    style: str = "monokai",
    defaults: dict[str, str] | None = None,
) -> None:
    """Print fenced code as Hugo's Chroma highlighting does: `[markup.highlight]`'s
    `noClasses` (Hugo's default: inline styles of `style`) or CSS classes, and its
    `lineNos`, `lineNumbersInTable`, `lineNoStart`, `hl_Lines` as every fence's defaults."""

    def render_fence(self, tokens, idx, options, env) -> str:  # noqa: ANN001 (markdown-it's)
        # After a bare paragraph (a tight list item or definition) Goldmark starts a new line.
        lead = "\n" if idx and tokens[idx - 1].hidden else ""
        picture = _goat_picture(tokens[idx])
        if picture is not None:
            return lead + picture
        return lead + _fence_html(tokens[idx], style if no_classes else None, defaults)

    md.add_render_rule("fence", render_fence)
