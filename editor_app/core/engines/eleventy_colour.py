"""Eleventy's code blocks coloured in the preview, as the site's Prism colours them.

markdown-it prints a fenced block as `<pre><code class="language-js">` and plain text; an
Eleventy site colours it with Prism when it builds (the syntax highlighting plugin hooks
markdown-it's `highlight`): `<span class="token keyword">` and the like, styled by the site's
Prism theme. The preview colours it the same way, offline, with the lexers it already has for
Jekyll's code (`markdown_ext/rouge_tokens.py`: ports of Rouge's lexers, Pygments for the
rest), each token given Prism's class for it, so the preview's stylesheet colours Prism's
classes. Only the preview does this (`render_templates`): the engine still prints what
markdown-it prints, which the comparison with markdown-it checks. A language no lexer knows
stays plain; a template tag in the code is still its placeholder.
"""

from __future__ import annotations

import html
import re

from markdown_it.common.utils import escapeHtml

# A template tag made inert (`templates.neutralise`), put back as a placeholder after.
_INERT_WORD = re.compile(r"liquidtag\d+x")
_CODE_BLOCK = re.compile(r'<pre><code class="language-([^"\s]+)">(.*?)</code></pre>', re.S)
# Prism's names for languages the lexers know by another (Nunjucks is Jinja's syntax;
# `diff-js` is Prism's diff of a language; WebC is HTML).
_ALIASES = {"njk": "jinja", "nunjucks": "jinja", "jinja2": "jinja", "webc": "html", "ejs": "erb"}
# Rouge's (Pygments') short token classes -> Prism's token names.
_EXACT = {
    "kc": "boolean", "nf": "function", "fm": "function", "nc": "class-name", "ne": "class-name",
    "nt": "tag", "na": "attr-name", "nb": "builtin", "bp": "builtin", "nv": "variable",
    "vi": "variable", "vg": "variable", "vc": "variable", "no": "constant", "nd": "function",
    "nl": "property", "py": "property", "nn": "namespace", "ss": "symbol", "sr": "regex",
    "o": "operator", "ow": "keyword", "p": "punctuation", "gd": "deleted", "gi": "inserted",
    "gh": "title important", "gu": "title important", "ge": "italic", "gs": "bold",
    "cp": "delimiter punctuation", "gp": "punctuation", "pi": "punctuation", "dl": "string",
    "l": "string", "ld": "string",
}  # fmt: skip
_BY_FIRST_LETTER = {"c": "comment", "k": "keyword", "s": "string", "m": "number"}


def prism_class(rouge_class: str) -> str:
    """Prism's token name for a Rouge token class ("" for none)."""
    return _EXACT.get(rouge_class) or _BY_FIRST_LETTER.get(rouge_class[:1], "")


def coloured_code(rendered: str) -> str:
    """`rendered` with each fenced block's code in Prism's token spans."""
    if '<pre><code class="language-' not in rendered:
        return rendered
    return _CODE_BLOCK.sub(_coloured_block, rendered)


def _coloured_block(m: re.Match[str]) -> str:
    lang, printed = m.group(1), m.group(2)
    code = html.unescape(printed)
    name = lang.lower()
    name = "diff" if name.startswith("diff-") else _ALIASES.get(name, name)
    # The lexers load at the first code drawn, not with the window (~0.2 s).
    from editor_app.core.markdown_ext.rouge_tokens import tokens

    runs = tokens(code, name)
    if not runs:
        return m.group(0)
    spans = []  # escaped as markdown-it escapes, so plain stretches read as it prints them
    for rouge_class, value in runs:
        prism = prism_class(rouge_class) if rouge_class else ""
        spans.append(f'<span class="token {prism}">{escapeHtml(value)}</span>' if prism else escapeHtml(value))
    coloured = "".join(spans)
    if "liquidtag" in printed and _INERT_WORD.findall(coloured) != _INERT_WORD.findall(printed):
        return m.group(0)  # a lexer cut a template tag's word: it could not be put back
    return f'<pre class="language-{lang}"><code class="language-{lang}">{coloured}</code></pre>'
