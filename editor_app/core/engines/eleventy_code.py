"""Eleventy's code examples: the `highlight` paired shortcode and filter shown as code.

Eleventy's syntax highlighting plugin (and sites' own wrappers of it, as 11ty.dev's) prints
code two ways in a page (three, a quoted string filtered): a paired shortcode, `{% highlight "js" %}...{% endhighlight %}`, and
a filter on a variable the page sets, `{%- set codeBlock %}...{%- endset %}` then
`{{ codeBlock | highlight("yaml") | safe }}` (the form most of Eleventy's docs use). Both run
before Markdown and print the code as a code block of that language. Left as placeholders,
the filter's code was missing from the preview (the set block prints nothing) and the
shortcode's showed as paragraphs of Markdown. Here each is printed as 11ty.dev's wrapper of
the plugin prints it in a Markdown page, a fenced code block inside
`<div class="syntax-highlight">` (the fence on lines of its own, so it is read as code
wherever the tag stood, even inside an HTML block); markdown-it prints the fence as
`<pre><code class="language-x">`. Not drawn: Prism's colours and the copy button. A raw
block's text inside is kept as written; a highlight shown inside a raw block stays text.

An include whose template prints a variable of the page through the filter (11ty.dev's
`{% include "snippets/configDefinition.njk" %}` prints `codeContent` as the configuration
example, on 51 pages) is followed by that code the same way; the include itself stays a
placeholder (the preview runs no template).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path

from editor_app.core.engines.eleventy_tabs import only_code_left, tabs_include
from editor_app.core.engines.template_includes import read_include
from editor_app.core.engines.templates import (
    NUNJUCKS,
    RAW_BLOCK,
    forget_include_file,
    include_file,
)

_QUOTED = r"""(?P<{0}q>["'])(?P<{0}>[^"'\n]*)(?P={0}q)"""
CODE_TAGS = re.compile(
    rf"(?P<raw>{RAW_BLOCK.pattern})"
    r"|\{%-?\s*set\s+(?P<name>[\w.]+)\s*-?%\}(?P<value>.*?)\{%-?\s*endset\s*-?%\}"
    r"""|\{\{-?\s*(?P<var>[\w.]+|"[^"\n]*"|'[^'\n]*')\s*"""
    r"""(?P<filters>(?:\|\s*(?!highlight\b)[A-Za-z_$][\w$]*\(\s*(?:"[^"\n]*"|'[^'\n]*')\s*\)\s*)*)"""
    r"""\|\s*highlight\(\s*"""
    + _QUOTED.format("lang")
    + r"\s*\)"
    r"(?:\s*\|\s*safe)?\s*-?\}\}"
    r"|\{%-?\s*highlight(?:\s+" + _QUOTED.format("paired") + r")?\s*-?%\}"
    r"(?P<code>.*?)\{%-?\s*endhighlight\s*-?%\}"
    r"""|\{%-?\s*include\s+(?P<iq>["'])(?P<include>[^"'\n]+)(?P=iq)[^%]*%\}""",
    re.S,
)
# In an included template: a variable printed through the filter.
_FILTERED = re.compile(
    r"""\{\{-?\s*(?P<var>[\w.]+)\s*\|\s*highlight\(\s*(["'])(?P<lang>[^"'\n]*)\2\s*\)"""
)
# A site's filter before `highlight`: `| packageManagerCodeTransform("yarn")`.
_FILTER_CALL = re.compile(r"""\|\s*([A-Za-z_$][\w$]*)\(\s*("[^"\n]*"|'[^'\n]*')\s*\)""")
_INCLUDE_LIMIT = 100_000  # characters read of an included template
# Included template -> (its modification time, the variables it prints as code).
_INCLUDES: dict[Path, tuple[int, tuple[tuple[str, str], ...]]] = {}
_BACKTICKS = re.compile(r"`{3,}")


def fenced(code: str, lang: str) -> str:
    """`code` as a fenced block of `lang` in the wrapper, as 11ty.dev's plugin prints it in
    a Markdown page (the code trimmed); the fence longer than any run of backticks in it."""
    text = RAW_BLOCK.sub(lambda m: m.group("text"), code).strip()
    ticks = "`" * max([3, *(len(run) + 1 for run in _BACKTICKS.findall(text))])
    if NUNJUCKS.search(RAW_BLOCK.sub("", code)) or "endraw" in text:
        code = code.strip()  # tags the site runs: placeholders, the raw parts as written
    else:  # kept as written when its tags are made inert, yet trimmed as the site trims it
        code = "{% raw %}" + text + "{% endraw %}"
    return f'<div class="syntax-highlight">\n\n{ticks}{lang}\n{code}\n{ticks}\n\n</div>'


def _printed_as_code(includes: Path, name: str) -> tuple[tuple[str, str], ...]:
    """(variable, language) the included template `name` prints through the filter."""
    path = include_file(includes, name)
    if path is None:
        return ()
    try:
        modified = os.stat(path).st_mtime_ns
        known = _INCLUDES.get(path)
        if known is not None and known[0] == modified:
            return known[1]
        with path.open(encoding="utf-8", errors="replace") as f:
            found = tuple((m["var"], m["lang"]) for m in _FILTERED.finditer(f.read(_INCLUDE_LIMIT)))
    except OSError:
        forget_include_file(includes, name)
        return ()
    _INCLUDES[path] = (modified, found)
    return found


def _tabs_drawn(
    includes: Path,
    name: str,
    values: dict[str, str],
    root: Path | None,
    depth: int,
    shortcodes: Callable[[str], str] | None,
) -> str | None:
    """The include `name` drawn whole when it is made of the site's syntax tabs and code
    (`eleventy_tabs.py`), None otherwise."""
    if root is None or depth >= 2:
        return None
    template = read_include(includes, name, nunjucks=True)
    if template is None:
        return None
    shown = tabs_include(template, values, root)
    if shown is not None and shortcodes is not None:
        shown = shortcodes(shown)  # the site's shortcodes in it (a panel's `codetitle`)
    if shown is None or not only_code_left(shown):
        return None
    shown = with_code_drawn(shown, includes, root, dict(values), depth + 1, shortcodes)
    if re.search(r"\|\s*highlight\(", RAW_BLOCK.sub("", shown)):
        return None  # a variable the page did not set
    return shown


def with_code_drawn(
    text: str,
    includes: Path | None = None,
    root: Path | None = None,
    known: dict[str, str] | None = None,
    depth: int = 0,
    shortcodes: Callable[[str], str] | None = None,
    filters: Mapping[str, Callable[[str, str], str]] | None = None,
) -> str:
    """`text` with each highlight shortcode, and each highlight filter of a variable set
    above it on the page, as a fenced code block (the set blocks themselves left in place;
    `filters`: the site's own filters the preview runs before it, by name, given the
    code and their quoted argument: `eleventy_string_filters`);
    after an include of `includes` that prints such a variable, its code too; with the
    site's `root`, an include made of its syntax tabs drawn whole (`shortcodes`: the site's
    shortcodes the preview draws, run on it). `known`: the variables set before `text` (an
    include's, those of the page around it)."""
    if "highlight" not in text and not (includes is not None and "include" in text):
        return text
    values: dict[str, str] = dict(known or {})

    def draw(m: re.Match[str]) -> str:
        if m.group("raw"):
            return m.group(0)
        if m.group("name") is not None:
            values[m.group("name")] = m.group("value")  # set again later: the new value
            return m.group(0)
        if m.group("include") is not None:
            if includes is None:
                return m.group(0)
            tabs = _tabs_drawn(includes, m.group("include"), values, root, depth, shortcodes)
            if tabs is not None:
                return tabs
            if not values:
                return m.group(0)
            for var, lang in _printed_as_code(includes, m.group("include")):
                if var in values:  # the first the page set: the one the template shows
                    return m.group(0) + "\n\n" + fenced(values[var], lang)
            return m.group(0)
        if m.group("var") is not None:
            var = m.group("var")
            value = var[1:-1] if var[0] in "\"'" else values.get(var)
            called = _FILTER_CALL.findall(m.group("filters") or "")
            if called and value is not None:
                # The filters run on the code as the site's template made it: its raw
                # parts as written, no tag left to run; the result is code as written.
                if NUNJUCKS.search(RAW_BLOCK.sub("", value)):
                    return m.group(0)
                value = RAW_BLOCK.sub(lambda r: r.group("text"), value)
                for name, argument in called:
                    run = (filters or {}).get(name)
                    if run is None:
                        return m.group(0)  # a filter of the site's the preview does not run
                    value = run(value, argument[1:-1])
                if "endraw" in value:
                    return m.group(0)
                value = "{% raw %}" + value + "{% endraw %}"
            return m.group(0) if value is None else fenced(value, m.group("lang"))
        return fenced(m.group("code"), m.group("paired") or "")

    return CODE_TAGS.sub(draw, text)
