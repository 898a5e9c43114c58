"""Code cut into Rouge's tokens: the lexer each language name goes to, and a cache of runs.

Ports of Rouge's own lexers (`rouge_*.py`, run by `rouge_regex.py`) for the common
languages; the long tail goes through Pygments, whose short class names are the ones Rouge
uses (its spans may split text differently, the text stays the same).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from functools import lru_cache

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
