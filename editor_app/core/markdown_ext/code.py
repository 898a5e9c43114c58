"""Code blocks and code spans coloured as Jekyll's kramdown + Rouge prints them.

Jekyll passes `syntax_highlighter: rouge` with `default_lang: plaintext` and `guess_lang: true`,
so every code block (fenced, `~~~`, indented) and every code span goes through Rouge:

    <div class="language-python highlighter-rouge"><div class="highlight"><pre
    class="highlight"><code><span class="k">def</span> ...</code></pre></div></div>
    <code class="language-plaintext highlighter-rouge">x</code>

A language Rouge does not know is not highlighted at all (`<pre><code class="language-x">`).
The token spans come from ports of Rouge's own lexers (`rouge_*.py`, run by `rouge_regex.py`)
for the common languages; the long tail goes through Pygments, whose short class names are
the ones Rouge uses (its spans may split text differently, the text stays the same).
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as etree
from collections import OrderedDict
from functools import lru_cache

from markdown import Extension, Markdown
from markdown.extensions.fenced_code import FencedBlockPreprocessor
from markdown.inlinepatterns import BACKTICK_RE, BacktickInlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import ETX, STX, AtomicString, code_escape
from pygments.formatters.html import _get_ttype_class
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.token import STANDARD_TYPES, Text, Token
from pygments.util import ClassNotFound

from editor_app.core.markdown_ext.rouge_c import C_NAMES, CPP, CPP_NAMES, OBJC, OBJC_NAMES, C
from editor_app.core.markdown_ext.rouge_css import CSS, SASS, SCSS
from editor_app.core.markdown_ext.rouge_data import (
    DIFF,
    DIFF_NAMES,
    DOCKER_NAMES,
    HTTP,
    HTTP_NAMES,
    JSON,
    JSONDOC,
    JSONDOC_NAMES,
    TOML,
    docker_lexer,
)
from editor_app.core.markdown_ext.rouge_elixir import (
    CLOJURE,
    CLOJURE_NAMES,
    ELIXIR,
    ELIXIR_NAMES,
    ERLANG,
    ERLANG_NAMES,
)
from editor_app.core.markdown_ext.rouge_gherkin import GHERKIN, GHERKIN_NAMES
from editor_app.core.markdown_ext.rouge_go_java import GO, JAVA
from editor_app.core.markdown_ext.rouge_html import HTML, XML, XML_NAMES
from editor_app.core.markdown_ext.rouge_jinja import JINJA, JINJA_NAMES
from editor_app.core.markdown_ext.rouge_js import (
    COFFEESCRIPT,
    COFFEESCRIPT_NAMES,
    JAVASCRIPT,
    JS_NAMES,
    JSX,
    JSX_NAMES,
    TS_NAMES,
    TSX,
    TSX_NAMES,
    TYPESCRIPT,
)
from editor_app.core.markdown_ext.rouge_kotlin_swift import (
    KOTLIN,
    KOTLIN_NAMES,
    SWIFT,
    SWIFT_NAMES,
)
from editor_app.core.markdown_ext.rouge_liquid import LIQUID, LIQUID_NAMES
from editor_app.core.markdown_ext.rouge_markdown import markdown_runs
from editor_app.core.markdown_ext.rouge_matlab import MATLAB, MATLAB_NAMES
from editor_app.core.markdown_ext.rouge_misc import (
    CSHARP,
    CSHARP_NAMES,
    INI,
    INI_NAMES,
    LUA,
    LUA_NAMES,
    R_NAMES,
    RUST,
    RUST_NAMES,
    R,
)
from editor_app.core.markdown_ext.rouge_more import (
    DART,
    DART_NAMES,
    GRAPHQL,
    GRAPHQL_NAMES,
    HCL,
    HCL_NAMES,
    PROPERTIES,
    PROPERTIES_NAMES,
    TERRAFORM,
    TERRAFORM_NAMES,
)
from editor_app.core.markdown_ext.rouge_names import ROUGE_NAMES
from editor_app.core.markdown_ext.rouge_perl import PERL, PERL_NAMES
from editor_app.core.markdown_ext.rouge_php import PHP, PHP_NAMES
from editor_app.core.markdown_ext.rouge_powershell import (
    BATCH,
    BATCH_NAMES,
    POWERSHELL,
    POWERSHELL_NAMES,
)
from editor_app.core.markdown_ext.rouge_python import PYTHON, PYTHON_NAMES
from editor_app.core.markdown_ext.rouge_ruby import (
    ERB,
    ERB_NAMES,
    IRB_NAMES,
    RUBY,
    RUBY_NAMES,
    irb_runs,
)
from editor_app.core.markdown_ext.rouge_scala import GROOVY, GROOVY_NAMES, SCALA, SCALA_NAMES
from editor_app.core.markdown_ext.rouge_servers import (
    APACHE,
    APACHE_NAMES,
    NGINX,
    NGINX_NAMES,
    NIX,
    NIX_NAMES,
    PROTOBUF,
    PROTOBUF_NAMES,
)
from editor_app.core.markdown_ext.rouge_shell import (
    CONSOLE_NAMES,
    MAKE,
    MAKE_NAMES,
    SHELL,
    SHELL_NAMES,
    console_runs,
)
from editor_app.core.markdown_ext.rouge_solidity import CMAKE, CMAKE_NAMES, SOLIDITY, SOLIDITY_NAMES
from editor_app.core.markdown_ext.rouge_sql import SQL
from editor_app.core.markdown_ext.rouge_tex import (
    BIBTEX,
    BIBTEX_NAMES,
    ELM,
    ELM_NAMES,
    HASKELL,
    HASKELL_NAMES,
    OCAML,
    OCAML_NAMES,
    TEX,
    TEX_NAMES,
)
from editor_app.core.markdown_ext.rouge_yaml import YAML, YAML_NAMES

_PLAIN = frozenset({"plaintext", "text", "plain"})  # Rouge's plaintext lexer and its aliases
_MARKDOWN = frozenset({"markdown", "md", "mkd"})
_LANGUAGE_CLASS = re.compile(r"\blanguage-(\S+)")
_STORED_CODE = re.compile(
    r'\A<pre(?P<pre>(?: (?:class|id)="[^"]*")*)><code(?: class="language-(?P<lang>[^"]*)")?'
    r"(?P<rest>[^>]*)>(?P<code>.*)</code></pre>\Z",
    re.S,
)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_PLACEHOLDER = re.compile(r"\x02wzxhzdk:(\d+)\x03")


@lru_cache(maxsize=64)
def _lexer(lang: str) -> Lexer | None:
    """Pygments' lexer for a Rouge language name, or None for plain text."""
    if lang in _PLAIN:
        return None
    try:
        # Rouge keeps the text as written: no stripped or added newlines, tabs kept.
        return get_lexer_by_name(lang, stripnl=False, ensurenl=False, tabsize=0)
    except ClassNotFound:
        return None  # Rouge knows it, Pygments does not: text right, no colours


def _escape(text: str) -> str:
    # Rouge escapes only these three; quotes stay as written.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _TokenCache:
    """The runs of recent code, by (language, code): a keystroke rarely touches code blocks.

    Bounded by the characters it holds, oldest out first; shared by every renderer (and
    their worker threads), hence the lock.
    """

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars
        self._runs: OrderedDict[tuple[str, str], tuple[tuple[str, str], ...] | None] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str]) -> object:
        """The cached runs (None: Rouge leaves it plain), or `_MISSING`."""
        with self._lock:
            runs = self._runs.get(key, _MISSING)
            if runs is not _MISSING:
                self._runs.move_to_end(key)
            return runs

    def put(self, key: tuple[str, str], runs: tuple[tuple[str, str], ...] | None) -> None:
        """Keep the runs, dropping the oldest entries beyond the budget."""
        size = len(key[0]) + len(key[1])
        if size > self.max_chars // 4:
            return  # one huge block would push out everything else
        with self._lock:
            if key in self._runs:
                return
            self._runs[key] = runs
            self._chars += size
            while self._chars > self.max_chars:
                (text, lang), _ = self._runs.popitem(last=False)
                self._chars -= len(text) + len(lang)


_MISSING = object()
_CACHE = _TokenCache(max_chars=2_000_000)


def tokens(text: str, lang: str | None) -> list[tuple[str, str]] | None:
    """(CSS class or "", text) runs as Rouge would print them, or None if Rouge would not."""
    key = (text, lang or "plaintext")
    cached = _CACHE.get(key)
    if cached is _MISSING:
        runs = _tokens(text, lang)
        _CACHE.put(key, None if runs is None else tuple(runs))
        return runs
    return None if cached is None else list(cached)  # type: ignore[call-overload]


_DOCKER = docker_lexer(lambda code: _tokens(code, "shell") or [])


def _tokens(text: str, lang: str | None) -> list[tuple[str, str]] | None:
    lang = lang or "plaintext"
    if lang not in ROUGE_NAMES:
        return None
    if lang in _MARKDOWN:  # a lexer of our own after Rouge's (YAML header, fences)
        runs: list[tuple[str, str]] = []
        for css, value in markdown_runs(text, _tokens):
            _append(runs, css, value, "Rouge markdown")
        return runs
    if lang in JS_NAMES:  # lexers of our own after Rouge's
        return JAVASCRIPT.runs(text)
    if lang in TS_NAMES:
        return TYPESCRIPT.runs(text)
    if lang == "css":
        return CSS.runs(text)
    if lang == "scss":
        return SCSS.runs(text)
    if lang == "sass":
        return SASS.runs(text)
    if lang == "html":
        return HTML.runs(text)
    if lang == "json":
        return JSON.runs(text)
    if lang in YAML_NAMES:
        return YAML.runs(text)
    if lang in RUBY_NAMES:
        return RUBY.runs(text)
    if lang in PYTHON_NAMES:
        return PYTHON.runs(text)
    if lang in SHELL_NAMES:
        return SHELL.runs(text)
    if lang in CONSOLE_NAMES:
        return console_runs(text)
    if lang in IRB_NAMES:
        return irb_runs(text)
    if lang in XML_NAMES:
        return XML.runs(text)
    if lang in C_NAMES:
        return C.runs(text)
    if lang in CPP_NAMES:
        return CPP.runs(text)
    if lang in OBJC_NAMES:
        return OBJC.runs(text)
    if lang in INI_NAMES:
        return INI.runs(text)
    if lang in CSHARP_NAMES:
        return CSHARP.runs(text)
    if lang in RUST_NAMES:
        return RUST.runs(text)
    if lang in KOTLIN_NAMES:
        return KOTLIN.runs(text)
    if lang in SWIFT_NAMES:
        return SWIFT.runs(text)
    if lang in MAKE_NAMES:
        return MAKE.runs(text)
    if lang in JSX_NAMES:
        return JSX.runs(text)
    if lang in TSX_NAMES:
        return TSX.runs(text)
    if lang in PHP_NAMES:
        return PHP.runs(text)
    if lang in NGINX_NAMES:
        return NGINX.runs(text)
    if lang in APACHE_NAMES:
        return APACHE.runs(text)
    if lang in ERB_NAMES:
        return ERB.runs(text)
    if lang in JSONDOC_NAMES:
        return JSONDOC.runs(text)
    if lang in HTTP_NAMES:
        return HTTP.runs(text)
    if lang in DART_NAMES:
        return DART.runs(text)
    if lang in PROPERTIES_NAMES:
        return PROPERTIES.runs(text)
    if lang in HCL_NAMES:
        return HCL.runs(text)
    if lang in TERRAFORM_NAMES:
        return TERRAFORM.runs(text)
    if lang in GRAPHQL_NAMES:
        return GRAPHQL.runs(text)
    if lang in TEX_NAMES:
        return TEX.runs(text)
    if lang in BIBTEX_NAMES:
        return BIBTEX.runs(text)
    if lang in LIQUID_NAMES:
        return LIQUID.runs(text)
    if lang in PERL_NAMES:
        return PERL.runs(text)
    if lang in HASKELL_NAMES:
        return HASKELL.runs(text)
    if lang in ELIXIR_NAMES:
        return ELIXIR.runs(text)
    if lang in MATLAB_NAMES:
        return MATLAB.runs(text)
    if lang in COFFEESCRIPT_NAMES:
        return COFFEESCRIPT.runs(text)
    if lang in PROTOBUF_NAMES:
        return PROTOBUF.runs(text)
    if lang in CLOJURE_NAMES:
        return CLOJURE.runs(text)
    if lang in ERLANG_NAMES:
        return ERLANG.runs(text)
    if lang in ELM_NAMES:
        return ELM.runs(text)
    if lang in OCAML_NAMES:
        return OCAML.runs(text)
    if lang in SOLIDITY_NAMES:
        return SOLIDITY.runs(text)
    if lang in CMAKE_NAMES:
        return CMAKE.runs(text)
    if lang in GHERKIN_NAMES:
        return GHERKIN.runs(text)
    if lang in JINJA_NAMES:
        return JINJA.runs(text)
    if lang in NIX_NAMES:
        return NIX.runs(text)
    if lang in R_NAMES:
        return R.runs(text)
    if lang in LUA_NAMES:
        return LUA.runs(text)
    if lang in POWERSHELL_NAMES:
        return POWERSHELL.runs(text)
    if lang in BATCH_NAMES:
        return BATCH.runs(text)
    if lang in SCALA_NAMES:
        return SCALA.runs(text)
    if lang in GROOVY_NAMES:
        return GROOVY.runs(text)
    if lang in DIFF_NAMES:
        return DIFF.runs(text)
    if lang in ("go", "golang"):
        return GO.runs(text)
    if lang == "java":
        return JAVA.runs(text)
    if lang == "toml":
        return TOML.runs(text)
    if lang == "sql":
        return SQL.runs(text)
    if lang in DOCKER_NAMES:
        return _DOCKER.runs(text)
    lexer = _lexer(lang)
    if lexer is None:
        return [("", text)] if text else []
    runs = []
    for ttype, value in lexer.get_tokens(text):
        if not value:
            continue
        while ttype not in STANDARD_TYPES:  # Rouge has only the standard token kinds
            ttype = ttype.parent
        css = _get_ttype_class(ttype)
        # Pygments marks whitespace as its own token where most of Rouge's lexers leave it
        # as text.
        css = "" if ttype in Text or ttype is Token else css
        _append(runs, css, value, lexer.name)
    if sum(len(value) for _, value in runs) != len(text):
        # A few of Pygments' session lexers (erl, irb, lhs) drop text without a last
        # newline: the code is shown plain rather than lose any of it.
        return [("", text)] if text else []
    return runs


def _append(runs: list[tuple[str, str]], css: str, value: str, lexer_name: str) -> None:
    """Add a token to the runs as Rouge's lexers and formatter would."""
    if runs and runs[-1][0] == css:  # Rouge joins neighbouring tokens of one kind
        runs[-1] = (css, runs[-1][1] + value)
    else:
        runs.append((css, value))


def highlight(text: str, lang: str | None) -> str | None:
    """The code as Rouge's HTML formatter prints it (no wrapper), or None if Rouge would not."""
    runs = tokens(text, lang)
    if runs is None:
        return None
    return "".join(
        f'<span class="{css}">{_escape(value)}</span>' if css else _escape(value)
        for css, value in runs
    )


def _add_highlighter_class(css: str, lang: str) -> str:
    """kramdown's add_syntax_highlighter_to_class_attr: `language-x` first or in place."""
    css = (css + " highlighter-rouge").lstrip()
    if _LANGUAGE_CLASS.search(css):
        return _LANGUAGE_CLASS.sub(f"language-{lang}", css, count=1)
    return f"language-{lang} {css}"


def block_html(
    text: str, lang: str | None, attrs: dict[str, str] | None = None, nested: bool = False
) -> str | None:
    """A code block as the site prints it, or None where Rouge leaves it plain.

    `nested`: inside a list item or quote, where kramdown indents the closing `</div>`.
    """
    code = highlight(text, lang)
    if code is None:
        return None
    attrs = dict(attrs or {})
    attrs["class"] = _add_highlighter_class(attrs.get("class", ""), lang or "plaintext")
    attr_html = "".join(f' {k}="{html.escape(v)}"' for k, v in attrs.items())
    return (
        f'<div{attr_html}><div class="highlight"><pre class="highlight"><code>{code}'
        f"</code></pre></div>{' ' if nested else ''}</div>"
    )


def _parse_stored(stored: str) -> tuple[str, str | None, dict[str, str]] | None:
    """(code text, language, <pre> attributes) of a fence parser's `<pre><code>` block."""
    m = _STORED_CODE.match(stored)
    if not m or m["rest"]:
        return None
    lang = html.unescape(m["lang"]) if m["lang"] else None
    return html.unescape(m["code"]), lang, dict(_ATTR.findall(m["pre"]))


def _plain_block(text: str, lang: str | None, attrs: dict[str, str]) -> str:
    """kramdown's output for a block Rouge does not highlight (unknown language)."""
    attr_html = "".join(f' {k}="{html.escape(v)}"' for k, v in attrs.items())
    code_class = f' class="language-{html.escape(lang)}"' if lang else ""
    return f"<pre{attr_html}><code{code_class}>{_escape(text)}</code></pre>"


def rewrite_stored_block(stored: str, nested: bool = False) -> str:
    """A `<pre><code class="language-x">` block from the fence parser, as the site prints it."""
    parsed = _parse_stored(stored)
    if parsed is None:
        return stored
    text, lang, attrs = parsed
    # A language Rouge does not know: kramdown's plain block, escaping only `& < >`.
    return block_html(text, lang, attrs, nested) or _plain_block(text, lang, attrs)


_FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def inside_fences(lines: list[str]) -> list[bool]:
    """For each line, whether it is the code of a fenced block (not its fence lines)."""
    mask: list[bool] = []
    fence: str | None = None
    for line in lines:
        if fence is not None:
            stripped = line.strip()
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = None
                mask.append(False)
            else:
                mask.append(True)
            continue
        if m := _FENCE_OPEN.match(line):
            fence = m[1]
        mask.append(False)
    return mask


_QUOTE_LINE = re.compile(r"^((?: {0,3}> ?)+)(.*)$")
_QUOTED_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*([^\s?]*)")


_LIST_ITEM_LINE = re.compile(r"^( *)(?:[*+-]|\d+\.) +\S")


def _item_indent(lines: list[str], i: int) -> int:
    """How far line `i` is indented as the content of a list item (the lists are indented
    four spaces a level by now), 0 when it is not."""
    line = lines[i]
    indent = len(line) - len(line.lstrip(" "))
    if indent < 4:
        return 0
    for j in range(i - 1, -1, -1):
        above = lines[j]
        lead = len(above) - len(above.lstrip(" "))
        item = _LIST_ITEM_LINE.match(above) if lead < indent else None
        if item is None:
            if above.strip() and lead < 4:
                return 0  # back at the left margin: no list item holds the line
            continue
        content = lead + 4
        return content if 0 <= indent - content <= 3 else 0  # a quote may start 3 in
    return 0


def _quoted(line: str, indent: int) -> tuple[str, str] | None:
    """(prefix, text) of a quote line, the quote indented `indent` spaces (a list item's)."""
    if line[:indent].strip():
        return None
    m = _QUOTE_LINE.match(line[indent:])
    return (line[:indent] + m[1], m[2]) if m else None


class QuotedFencePreprocessor(Preprocessor):
    """Fenced code inside a block quote (`> ```ruby`), which Python-Markdown's fences never
    see: rendered as kramdown renders the quote's content, and stashed in its place."""

    def run(self, lines: list[str]) -> list[str]:
        if not any(">" in line and ("```" in line or "~~~" in line) for line in lines):
            return lines
        fenced = inside_fences(lines)
        out: list[str] = []
        i = 0
        while i < len(lines):
            indent = 0 if fenced[i] else _item_indent(lines, i)
            m = None if fenced[i] else _quoted(lines[i], indent)
            opening = _QUOTED_FENCE.match(m[1]) if m else None
            end = self._closing(lines, i, m[0], opening[1], indent) if m and opening else None
            if end is None:
                out.append(lines[i])
                i += 1
                continue
            prefix = m[0]  # type: ignore[index]
            body = [_quoted(line, indent)[1] for line in lines[i + 1 : end]]  # type: ignore[index]
            text = "".join(line + "\n" for line in body)
            lang = opening[2] or None  # type: ignore[index]
            block = block_html(text, lang, {}, nested=True) or _plain_block(text, lang, {})
            if out and (q := _quoted(out[-1], indent)) and q[1].strip():
                out.append(prefix.rstrip())  # the fence ends the paragraph above it
            out.append(prefix + self.md.htmlStash.store(block))
            if end + 1 < len(lines) and (q := _quoted(lines[end + 1], indent)) and q[1].strip():
                out.append(prefix.rstrip())
            i = end + 1
        return out

    @staticmethod
    def _closing(
        lines: list[str], start: int, prefix: str, fence: str, indent: int = 0
    ) -> int | None:
        """The line closing the fence opened at `start`, inside the same quote, if any."""
        depth = prefix.count(">")
        close = re.compile(rf"^ {{0,3}}{re.escape(fence)}{re.escape(fence[0])}*[ \t]*$")
        for j in range(start + 1, len(lines)):
            m = _quoted(lines[j], indent)
            if m is None or m[0].count(">") != depth:
                return None
            if close.match(m[1]):
                return j
        return None


class FenceAwareNormalizeWhitespace(Preprocessor):
    """Python-Markdown's whitespace clean-up, leaving the inside of fenced code as written.

    Python-Markdown turns tabs into spaces and space-only lines into empty ones everywhere;
    kramdown keeps both inside a fence, and Rouge prints them.
    """

    def run(self, lines: list[str]) -> list[str]:
        source = "\n".join(lines).replace(STX, "").replace(ETX, "")
        source = source.replace("\r\n", "\n").replace("\r", "\n") + "\n\n"
        lines = source.split("\n")
        out: list[str] = []
        for line, code in zip(lines, inside_fences(lines), strict=True):
            if code:
                out.append(line)
                continue
            line = line.expandtabs(self.md.tab_length)
            out.append("" if line and not line.strip(" ") else line)
        return out


_HIDDEN_TICK, _HIDDEN_TILDE = "\ue0a1", "\ue0a2"


class RougeFencedBlockPreprocessor(FencedBlockPreprocessor):
    """Python-Markdown's fences, each block then printed as Rouge prints it.

    Each block's text is kept (`md.rouge_fences`, by stash index) so that an attribute list
    on the line under the fence (`{: .language-ruby}`), which lands on the placeholder's
    paragraph, can still be applied to the block as kramdown does.

    The fences are read as kramdown's GFM parser reads them: either fence may be indented
    up to three spaces (the code keeps its own), the closing one may be longer than the
    opening one, and the language is
    the first word, whatever its characters, without `?options` (`objective-c`, `c++`;
    `{.ruby}` too, a language Rouge does not know).
    """

    FENCED_BLOCK_RE = re.compile(
        r"""
        ^[ ]{0,3}(?P<fence>(?P<mark>[~`])(?P=mark){2,})[ \t]*   # opening fence
        ((?P<lang>[^\s?]+)(?:\?\S*)?[ \t]*)?                     # a language?options
        (?P<attrs>)(?P<quot>)(?P<hl_lines>)                      # (Python-Markdown's, unused)
        \n
        (?P<code>.*?)(?<=\n)
        [ ]{0,3}(?P=fence)(?P=mark)*[ \t]*$                     # closing fence
        """,
        re.MULTILINE | re.DOTALL | re.VERBOSE,
    )

    def run(self, lines: list[str]) -> list[str]:
        stash = self.md.htmlStash
        store = stash.store
        fences: dict[int, tuple[str, str | None, dict[str, str]]] = {}
        self.md.rouge_fences = fences  # type: ignore[attr-defined]

        def store_highlighted(html_text: str) -> str:  # type: ignore[override]
            parsed = _parse_stored(str(html_text))
            placeholder = store(rewrite_stored_block(str(html_text)))
            if parsed is not None:
                fences[stash.html_counter - 1] = parsed
            return placeholder

        if not any("```" in line or "~~~" in line for line in lines):
            return lines  # no fence to find (its pattern needs one): skip the search
        # Inside raw HTML (an element without `markdown="1"`) kramdown reads no Markdown, so
        # a fence there stays text: its marks are hidden from the search, then put back.
        hidden = False
        if any(line.lstrip(" ").startswith("<") for line in lines):
            from editor_app.core.markdown_ext.lists import _raw_html_lines

            raw = _raw_html_lines(lines)
            if any(raw):
                lines = [
                    line.replace("`", _HIDDEN_TICK).replace("~", _HIDDEN_TILDE) if inside else line
                    for line, inside in zip(lines, raw, strict=True)
                ]
                hidden = True
        stash.store = store_highlighted  # type: ignore[method-assign]
        try:
            out = super().run(lines)
        finally:
            del stash.store  # back to the class's own method
        if hidden:
            out = [line.replace(_HIDDEN_TICK, "`").replace(_HIDDEN_TILDE, "~") for line in out]
        return out


class RougeTreeprocessor(Treeprocessor):
    """Indented code blocks and code spans (fences are done before parsing)."""

    def run(self, root: etree.Element) -> None:
        blocks: list[tuple[etree.Element, int, etree.Element]] = []
        for parent in root.iter():
            for i, el in enumerate(parent):
                if el.tag == "pre":
                    if len(el) == 1 and el[0].tag == "code" and not el.text:
                        blocks.append((parent, i, el))
                elif el.tag == "code" and parent.tag != "pre":
                    self._span(el)
                elif el.tag == "p" and el.attrib and not len(el) and el.text:
                    self._fence_with_attributes(el)
        for parent, i, pre in blocks:  # replaced after the walk, which must not see them
            self._block(parent, i, pre, nested=parent is not root)

    def _block(self, parent: etree.Element, index: int, pre: etree.Element, nested: bool) -> None:
        code = pre[0]
        attrs = dict(pre.attrib)
        lang = None
        css = attrs.get("class", "")
        if m := _LANGUAGE_CLASS.search(css):
            lang = m[1]
            css = _LANGUAGE_CLASS.sub("", css, count=1).strip()
            if css:
                attrs["class"] = css
            else:
                del attrs["class"]
        if m := _LANGUAGE_CLASS.search(code.get("class", "")):
            lang = lang or m[1]
        # Python-Markdown keeps code text escaped (&, <, >); Rouge wants it as written.
        text = html.unescape(code.text or "")
        out = block_html(text, lang, attrs, nested)
        if out is None:
            if '"' not in text:
                return  # Python-Markdown's own block is already kramdown's
            out = _plain_block(text, lang, attrs)  # kramdown leaves quotes unescaped
        placeholder = etree.Element("p")
        placeholder.text = self.md.htmlStash.store(out)
        placeholder.tail = pre.tail
        parent[index] = placeholder

    def _fence_with_attributes(self, p: etree.Element) -> None:
        """`{: .x}` under a fence: kramdown gives it to the code block, not a paragraph."""
        m = _PLACEHOLDER.fullmatch(p.text or "")
        fences = getattr(self.md, "rouge_fences", {})
        if not m or int(m[1]) not in fences:
            return
        text, lang, attrs = fences[int(m[1])]
        attrs = {**attrs, **{k: v for k, v in p.attrib.items() if k != "class"}}
        classes = " ".join(
            c
            for c in (f"language-{lang}" if lang else "", attrs.get("class", ""), p.get("class"))
            if c
        )
        if lm := _LANGUAGE_CLASS.search(classes):
            lang = lm[1]
            classes = _LANGUAGE_CLASS.sub("", classes, count=1).strip()
        attrs.pop("class", None)
        if classes:
            attrs = {"class": classes, **attrs}
        out = block_html(text, lang, attrs) or _plain_block(text, lang, attrs)
        self.md.htmlStash.rawHtmlBlocks[int(m[1])] = out
        p.attrib.clear()

    def _span(self, code: etree.Element) -> None:
        if len(code):  # not a plain code span (raw HTML inside)
            return
        m = _LANGUAGE_CLASS.search(code.get("class", ""))
        lang = m[1] if m else None
        text = html.unescape(code.text or "")  # kept escaped by Python-Markdown
        runs = tokens(text, lang)
        if runs is None:
            return
        code.set("class", _add_highlighter_class(code.get("class", ""), lang or "plaintext"))
        # One child per token; the text stays atomic so no inline rule touches it.
        code.text = None
        last: etree.Element | None = None
        for css, value in runs:
            if not css:
                # Escaped as Python-Markdown keeps code text, so `&amp;` written in the
                # code is not taken for an entity when the tree is written out.
                if last is None:
                    code.text = AtomicString((code.text or "") + _escape(value))
                else:
                    last.tail = AtomicString((last.tail or "") + _escape(value))
                continue
            last = etree.SubElement(code, "span", {"class": css})
            last.text = AtomicString(_escape(value))


class KramdownBacktickProcessor(BacktickInlineProcessor):
    """Code spans keep their spaces as kramdown keeps them: all of them inside single
    backticks (`` `_ ` `` is `_ `), one space trimmed at each end inside longer runs; a
    single backtick with spaces on both sides is text."""

    def handleMatch(  # type: ignore[override]  # noqa: N802 (Python-Markdown's name)
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | str | None, int | None, int | None]:
        if m.group(1):
            return super().handleMatch(m, data)
        begin = start = m.start(0)
        while start < len(data) and data[start] == "`":
            start += 1
        ticks = start - begin
        if (
            ticks == 1
            and (begin == 0 or data[begin - 1].isspace())
            and data[start : start + 1].isspace()
        ):
            return None, begin, start  # kramdown: a lone backtick between spaces is text
        end = data.find("`" * ticks, start)  # the first run of as many, even inside a longer one
        if end < 0:
            return None, begin, start
        text = data[start:end]
        if ticks > 1:
            text = text[1:] if text.startswith(" ") else text
            text = text[:-1] if text.endswith(" ") else text
        el = etree.Element(self.tag)
        el.text = AtomicString(code_escape(text))
        return el, begin, end + ticks


class RougeCodeExtension(Extension):
    """Code coloured as the site's Rouge does; loaded after `fenced_code`."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(FenceAwareNormalizeWhitespace(md), "normalize_whitespace", 30)
        fenced = RougeFencedBlockPreprocessor(md, {"lang_prefix": "language-"})
        md.preprocessors.register(fenced, "fenced_code_block", 25)
        md.preprocessors.register(QuotedFencePreprocessor(md), "kramdown_quoted_fences", 24)
        # After attr_list (8) has put `{:.language-x}` classes in place.
        md.treeprocessors.register(RougeTreeprocessor(md), "kramdown_rouge", 3)
        md.inlinePatterns.register(KramdownBacktickProcessor(BACKTICK_RE), "backtick", 190)
