"""Jekyll's and Eleventy's `{% include x.html %}` of a plain snippet, shown in the preview.

The generator runs its template language before Markdown, so an include puts the file's text
in the page, where Markdown then reads it. Where the included file is plain (HTML, Markdown)
or uses only the simplest Liquid, the preview does the same instead of showing a placeholder:

- Jekyll (`{% include name.html key="value" key2=include.x %}`, the file in the site's
  includes folder): `{{ include.key }}` becomes the value given (nothing when not given, as
  Liquid prints it), `{{ site.key }}` the site's setting (text, a number, true or false);
  `{% comment %}` blocks print nothing; an include inside is followed too.
- Eleventy (`{% include "name.html" %}`, Nunjucks or Liquid, without arguments): the file
  when it holds no template tag at all (`{# #}` comments print nothing).

Anything else (a filter, `if`, `for`, a page or data variable, a value that is no quoted
text or `include.`/`site.` name, a file outside the includes folder or missing) leaves the
tag as it was, shown as a placeholder: the preview runs no template. A dash in a tag
(`{%- include x -%}`) trims the whitespace on its side, newlines too, as Liquid does. A raw
block's text is left as written.

Written here rather than with a Liquid library: Jekyll's include tag and its parameters are
not standard Liquid (they would be parsed here anyway), and what counts as "simple enough to
show" has to be decided tag by tag, which is all this does.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from editor_app.core.engines.eleventy_include_reasons import EleventyIncludes, include_reason
from editor_app.core.engines.eleventy_values import with_known_values
from editor_app.core.engines.liquid_includes import IncludeContext, NotDrawn
from editor_app.core.engines.templates import (
    RAW_BLOCK,
    forget_include_file,
    include_file,
    without_comments,
)

_LIMIT = 100_000  # characters read of an included file
_DEPTH = 5  # includes followed inside includes
# A raw block (kept), or an include tag: Jekyll's name is bare, Eleventy's quoted.
_INCLUDE = re.compile(
    rf"(?P<raw>{RAW_BLOCK.pattern})"
    r"|\{%(?P<dash_in>-?)\s*include\s+"
    r"""(?:(?P<q>["'])(?P<quoted>[^"'\n{}%]+)(?P=q)|(?P<bare>[\w./@+-]+))"""
    r"(?P<params>(?:[^%{]|%(?!\}))*?)\s*(?P<dash_out>-?)%\}",
    re.S,
)
# Jekyll's include parameters: key="text", key='text', key=name (`entry.x`, `list[0]`).
_PARAM = re.compile(
    r"""\s*(?P<key>\w[\w-]*)\s*=\s*"""
    r"""(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<name>[\w.-]+(?:\[\d+\])?))"""
)
_OUTPUT = re.compile(
    r"\{\{(?P<dash_in>-?)\s*(?P<scope>include|site)\.(?P<key>[\w-]+)\s*(?P<dash_out>-?)\}\}"
)
_ANY_TAG = re.compile(r"\{[{%#]")
_INCLUDE_LEFT = re.compile(r"\{%-?\s*(?:include|include_relative|render)\b")
_SPACE_AFTER = re.compile(r"\s*")
# (An included file, Nunjucks or not) -> (its modification time, its text without comments).
_FILES: dict[tuple[Path, bool], tuple[int, str]] = {}


def with_includes_shown(
    text: str,
    includes: Path | None,
    site_config: dict[str, Any],
    jekyll: bool,
    depth: int = 0,
    outer: dict[str, Any] | None = None,
    context: IncludeContext | None = None,
    eleventy: EleventyIncludes | None = None,
) -> str:
    """`text` with each include of a simple snippet from `includes` replaced by its text
    (`outer`: the parameters of the include `text` is the file of); with `context`, a Jekyll
    include file using more Liquid is run (`liquid_includes.py`), and the reason one is not
    drawn is kept in `context.reasons` by its tag; with `eleventy`, an Eleventy include
    holding only shortcodes the preview draws is drawn, and why another is not is kept."""
    if includes is None or "include" not in text:
        return text
    out: list[str] = []
    at = 0
    for m in _INCLUDE.finditer(text):
        if m.group("raw") or m.start() < at:
            continue
        shown = _snippet(m, includes, site_config, jekyll, depth, outer or {}, context, eleventy)
        if shown is None:
            continue
        before = text[at : m.start()]
        out.append(before.rstrip() if m.group("dash_in") else before)
        out.append(shown)
        at = m.end()
        if m.group("dash_out"):
            at = _SPACE_AFTER.match(text, at).end()
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)


def _snippet(
    m: re.Match[str],
    includes: Path,
    site_config: dict[str, Any],
    jekyll: bool,
    depth: int,
    outer: dict[str, Any],
    context: IncludeContext | None = None,
    eleventy: EleventyIncludes | None = None,
) -> str | None:
    """The text the include of `m` prints, or None when it is not simple enough to show."""
    if depth >= _DEPTH:
        return None
    name = m.group("quoted") if m.group("quoted") is not None else m.group("bare")
    if jekyll != (m.group("bare") is not None):
        return None  # Jekyll names the file bare (or by a variable), Eleventy quotes it
    params: dict[str, Any] | None = {}
    if jekyll:
        try:
            params = _jekyll_params(m.group("params"), site_config, outer, context)
        except NotDrawn as exc:
            if context is not None:
                context.reasons[m.group(0)] = str(exc)
            return None
    elif m.group("params").strip():
        params = None  # Liquid's `, key: value`: not read here
        if eleventy is not None:
            eleventy.reasons[m.group(0)] = "it is given values the preview does not pass on"
    if params is None:
        return None
    body = read_include(includes, name, nunjucks=not jekyll)
    if not jekyll and eleventy is not None:
        return _eleventy_snippet(m, body, includes, site_config, depth, eleventy)
    if body is None or "\x01" in body or "\x02" in body:  # (the marks of a dash, below)
        return None
    source = body
    if jekyll:
        body = _OUTPUT.sub(lambda o: _output(o, params, site_config), body)
        body = _trim_marks(body)
    # Liquid other than includes (`if`, a filter): the file is run whole below, the includes
    # it holds expanded there once (expanding them here first did it twice).
    more_liquid = _ANY_TAG.search(_INCLUDE.sub("", body))
    if not more_liquid:
        body = with_includes_shown(body, includes, site_config, jekyll, depth + 1, params, context)
        if not _ANY_TAG.search(RAW_BLOCK.sub("", body)):
            return body  # a raw block in it stays one: its text is printed as written later
    if not jekyll or context is None:
        return None
    # More Liquid than the snippet's: run the file (the includes it holds shown first).
    source = with_includes_shown(source, includes, site_config, jekyll, depth + 1, params, context)
    if _INCLUDE_LEFT.search(RAW_BLOCK.sub("", source)):
        drawn, reason = None, "it includes another file with values not known here"
    else:
        drawn, reason = context.drawn(source, params)
    if drawn is None:
        context.reasons[m.group(0)] = reason
    return drawn


def _eleventy_snippet(
    m: re.Match[str],
    body: str | None,
    includes: Path,
    site_config: dict[str, Any],
    depth: int,
    eleventy: EleventyIncludes,
) -> str | None:
    """An Eleventy include's text: plain, or holding only shortcodes the preview draws (and
    includes of such files); None with the reason kept otherwise."""
    if body is not None and eleventy.page_url is not None and "page.url" in body:
        body = with_page_url(body, eleventy.page_url)
    if body is not None and eleventy.values is not None:  # `{{ config.githubEdit }}`
        body = with_known_values(body, eleventy.values, eleventy.shadowed)
    if body is not None and "\x01" not in body and "\x02" not in body:
        shown = with_includes_shown(
            body, includes, site_config, False, depth + 1, eleventy=eleventy
        )
        shown = eleventy.draw(shown) if _ANY_TAG.search(RAW_BLOCK.sub("", shown)) else shown
        if not _ANY_TAG.search(RAW_BLOCK.sub("", shown)):
            return shown
    eleventy.reasons[m.group(0)] = include_reason(
        body, includes, eleventy.names, eleventy.page_scripts
    )
    return None


def _jekyll_params(
    text: str,
    site_config: dict[str, Any],
    outer: dict[str, Any],
    context: IncludeContext | None = None,
) -> dict[str, Any] | None:
    """Jekyll's include parameters, or None when one is not plain text, a site value or a
    parameter of the include this one stands in (`outer`); with `context`, any value of the
    site, its data or the page's front matter (`site.data.x`, `page.x`) too."""
    params: dict[str, Any] = {}
    written = include_params(text)
    if written is None:
        return None
    for p in written:
        if "[" in (p.group("name") or "") or "\\" in (p.group("dq") or p.group("sq") or ""):
            return None  # an item of a list, an escape: not read here
        if p.group("name") is not None:
            scope, _, key = p.group("name").partition(".")
            value: Any = None
            if context is not None and scope in ("site", "page") and key:
                # NotDrawn when not known (the caller keeps why); nil is a value here.
                params[p.group("key")] = context.value(p.group("name"))
                continue
            if scope == "site" and key:
                value = _scalar(site_config.get(key))
            elif scope == "include" and key:
                value = outer.get(key, "")
            if value is None:
                if context is not None:
                    raise NotDrawn(f"it is given {p.group('name')}, a value of the page around it")
                return None  # a page or data variable: its value is not known here
        else:
            value = p.group("dq") if p.group("dq") is not None else p.group("sq")
            if "{{" in value or "{%" in value:
                return None
        params[p.group("key")] = value
    return params


def include_params(text: str) -> list[re.Match[str]] | None:
    """Jekyll's include parameters in `text` (what follows the file's name) as written, each
    a match of `key="text"`, `key='text'` or `key=name` (groups `key`, `dq`, `sq`, `name`);
    None when the text is more than parameters."""
    found: list[re.Match[str]] = []
    at = 0
    text = text.rstrip()
    while at < len(text):
        p = _PARAM.match(text, at)
        if p is None:
            return None
        found.append(p)
        at = p.end()
    return found


def include_tags(text: str) -> Iterator[re.Match[str]]:
    """The include tags of `text` outside raw blocks (groups `quoted` or `bare`, the file's
    name; `params`; `dash_in`, `dash_out`)."""
    for m in _INCLUDE.finditer(text):
        if not m.group("raw"):
            yield m


def _output(o: re.Match[str], params: dict[str, Any], site_config: dict[str, Any]) -> str:
    """What `{{ include.x }}` or `{{ site.x }}` prints; the tag itself (left for the
    simple-enough check to refuse) when the value is not plain."""
    if o.group("scope") == "include":
        value = _scalar(params.get(o.group("key"), ""))
    else:
        found = site_config.get(o.group("key"))
        value = "" if found is None else _scalar(found)
    if value is None:
        return o.group(0)
    return ("\x01" if o.group("dash_in") else "") + value + ("\x02" if o.group("dash_out") else "")


_TRIM_BEFORE = re.compile(r"\s*\x01")
_TRIM_AFTER = re.compile(r"\x02\s*")


def _trim_marks(text: str) -> str:
    """A dash in an output tag trims the whitespace on its side."""
    if "\x01" not in text and "\x02" not in text:
        return text
    return _TRIM_AFTER.sub("", _TRIM_BEFORE.sub("", text))


def _scalar(value: Any) -> str | None:
    """A setting as Liquid prints it, or None for a list, a table or nothing."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    return None


def read_include(includes: Path, name: str, nunjucks: bool) -> str | None:
    """The text of the file `name` in `includes` without its comments (Nunjucks' too when
    `nunjucks`), None when missing, outside, or too long; kept until the file changes, and the
    path found kept (finding it, symlinks followed, costs more than reading it)."""
    path = include_file(includes, name)
    if path is None:
        return None
    try:
        modified = os.stat(path).st_mtime_ns
        known = _FILES.get((path, nunjucks))
        if known is not None and known[0] == modified:
            return known[1]
        with path.open(encoding="utf-8", errors="replace") as f:
            text = f.read(_LIMIT + 1)
    except OSError:
        forget_include_file(includes, name)
        return None
    if len(text) > _LIMIT:
        return None
    if len(_FILES) > 500:
        _FILES.clear()
    text = without_comments(text, nunjucks=nunjucks)
    _FILES[(path, nunjucks)] = (modified, text)
    return text


# `{% if page.url == "/docs/x/" %}...{% else %}...{% endif %}` with no block inside, and
# `{{ page.url }}`: what an Eleventy include decides and prints by the page's address alone
# (11ty.dev's `datasources.md`, marking the page it is included in).
_URL_CONDITION = re.compile(
    r"\{%\s*if\s+page\.url\s*(?P<op>===?|!==?)\s*(?P<q>[\"'])(?P<url>[^\"'\n]*)(?P=q)\s*%\}"
    r"(?P<then>(?:(?!\{%-?\s*(?:if|elif|else|endif)\b).)*?)"
    r"(?:\{%\s*else\s*%\}(?P<other>(?:(?!\{%-?\s*(?:if|elif|else|endif)\b).)*?))?"
    r"\{%\s*endif\s*%\}",
    re.S,
)
_URL_OUTPUT = re.compile(r"\{\{\s*page\.url\s*\}\}")


def with_page_url(text: str, url: str) -> str:
    """`text` with its conditions on the page's address decided and its `{{ page.url }}`
    printed, for the page at `url` (tags with a trimming dash are left as written)."""

    def decided(m: re.Match[str]) -> str:
        same = m.group("url") == url
        chosen = same if m.group("op").startswith("=") else not same
        return m.group("then") if chosen else (m.group("other") or "")

    return _URL_OUTPUT.sub(lambda _: url, _URL_CONDITION.sub(decided, text))
