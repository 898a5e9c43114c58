"""Code printed as Rouge's HTML formatter and kramdown's wrappers print it.

    <div class="language-python highlighter-rouge"><div class="highlight"><pre
    class="highlight"><code><span class="k">def</span> ...</code></pre></div></div>

A language Rouge does not know is not highlighted at all (`<pre><code class="language-x">`).
"""

from __future__ import annotations

import html
import re

LANGUAGE_CLASS = re.compile(r"\blanguage-(\S+)")
_STORED_CODE = re.compile(
    r'\A<pre(?P<pre>(?: (?:class|id)="[^"]*")*)><code(?: class="language-(?P<lang>[^"]*)")?'
    r"(?P<rest>[^>]*)>(?P<code>.*)</code></pre>\Z",
    re.S,
)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def escape(text: str) -> str:
    # Rouge escapes only these three; quotes stay as written.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def highlight(text: str, lang: str | None) -> str | None:
    """The code as Rouge's HTML formatter prints it (no wrapper), or None if Rouge would not."""
    # The lexers load at the first code drawn, not with the window (~0.2 s).
    from editor_app.core.markdown_ext.rouge_tokens import tokens

    runs = tokens(text, lang)
    if runs is None:
        return None
    return "".join(
        f'<span class="{css}">{escape(value)}</span>' if css else escape(value)
        for css, value in runs
    )


def add_highlighter_class(css: str, lang: str) -> str:
    """kramdown's add_syntax_highlighter_to_class_attr: `language-x` first or in place."""
    css = (css + " highlighter-rouge").lstrip()
    if LANGUAGE_CLASS.search(css):
        return LANGUAGE_CLASS.sub(f"language-{lang}", css, count=1)
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
    attrs["class"] = add_highlighter_class(attrs.get("class", ""), lang or "plaintext")
    attr_html = "".join(f' {k}="{html.escape(v)}"' for k, v in attrs.items())
    return (
        f'<div{attr_html}><div class="highlight"><pre class="highlight"><code>{code}'
        f"</code></pre></div>{' ' if nested else ''}</div>"
    )


def parse_stored(stored: str) -> tuple[str, str | None, dict[str, str]] | None:
    """(code text, language, <pre> attributes) of a fence parser's `<pre><code>` block."""
    m = _STORED_CODE.match(stored)
    if not m or m["rest"]:
        return None
    lang = html.unescape(m["lang"]) if m["lang"] else None
    return html.unescape(m["code"]), lang, dict(_ATTR.findall(m["pre"]))


def plain_block(text: str, lang: str | None, attrs: dict[str, str]) -> str:
    """kramdown's output for a block Rouge does not highlight (unknown language)."""
    attr_html = "".join(f' {k}="{html.escape(v)}"' for k, v in attrs.items())
    code_class = f' class="language-{html.escape(lang)}"' if lang else ""
    return f"<pre{attr_html}><code{code_class}>{escape(text)}</code></pre>"


def rewrite_stored_block(stored: str, nested: bool = False) -> str:
    """A `<pre><code class="language-x">` block from the fence parser, as the site prints it."""
    parsed = parse_stored(stored)
    if parsed is None:
        return stored
    text, lang, attrs = parsed
    # A language Rouge does not know: kramdown's plain block, escaping only `& < >`.
    return block_html(text, lang, attrs, nested) or plain_block(text, lang, attrs)
