"""One reader of an Eleventy site's shortcode definitions, and one pattern of their tags.

A shortcode is defined in the configuration (or a local module it imports) as
`eleventyConfig.addShortcode("name", function (a, b = "x") {...})`, an arrow function
`(a) => {...}` (either `async`), or a function named there (`addShortcode("addedin",
addedIn)`, `shortcodes.getIndieAvatarHtml`) whose `function addedIn(version) {...}` or
method `getIndieAvatarHtml(iconUrl) {...}` is in the same text; `addPairedShortcode` the
same, the content its first parameter. The drawing modules (`eleventy_*.py`) each pick from
these the shortcodes they can draw, told by what the function's body prints; a page's tags
of them are found by `shortcode_tag` and replaced by `replaced_trimming`, as Nunjucks trims.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from editor_app.core.engines.templates import RAW_BLOCK

_ADDED = re.compile(
    r"add(?P<paired>Paired)?Shortcode\(\s*[\"'](?P<name>[\w-]+)[\"']\s*,\s*(?:"
    r"(?P<async>async\s+)?(?:function\s*[\w$]*\s*\((?P<params>[^)]*)\)\s*\{"
    r"|\((?P<arrow>[^)]*)\)\s*=>\s*\{)"
    r"|(?P<bound>[\w$]+(?:\.[\w$]+)*)\s*\))"
)
# A tag's arguments: quoted text may hold `%` or `}`; outside quotes, neither `%}` nor `{%`.
_ARGUMENTS = r"""(?:"[^"\n]*"|'[^'\n]*'|[^"'%{]|%(?!\})|\{(?!%))*?"""


@dataclass(frozen=True)
class Definition:
    """A shortcode as the configuration defines it."""

    name: str
    paired: bool
    params: str  # as written between the function's parentheses
    body: str  # the function's `{...}`, braces included
    function: str = ""  # the function it names (`shortcodes.getIndieAvatarHtml`), else ""
    arrow: bool = False  # written `(a) => {...}`
    is_async: bool = False

    @property
    def param_names(self) -> list[str]:
        """The parameters' names, defaults left out (`heading = "x"` is `heading`)."""
        return [p.split("=")[0].strip() for p in self.params.split(",") if p.strip()]


@functools.lru_cache(maxsize=8)
def read_definitions(config: str) -> tuple[Definition, ...]:
    """Every shortcode the configuration text `config` defines, in its order; one naming a
    function not defined in `config` is left out (its body is not known here). Read once
    for the drawing modules that each look through them."""
    found = []
    for m in _ADDED.finditer(config):
        paired = bool(m.group("paired"))
        if m.group("bound") is not None:
            function = m.group("bound")
            definition = function_definition(config, function.rsplit(".", 1)[-1])
            if definition is None:
                continue
            params, body = definition
            found.append(Definition(m.group("name"), paired, params, body, function))
            continue
        arrow = m.group("arrow") is not None
        params = m.group("arrow") if arrow else m.group("params")
        body = balanced(config, m.end() - 1)
        found.append(
            Definition(m.group("name"), paired, params, body, "", arrow, bool(m.group("async")))
        )
    return tuple(found)


def function_definition(config: str, name: str) -> tuple[str, str] | None:
    """(parameters, `{...}` body) of the function or method `name` defined in `config`."""
    m = re.search(r"(?<![\w$])" + re.escape(name) + r"\s*\(([^)]*)\)\s*\{", config)
    return None if m is None else (m.group(1), balanced(config, m.end() - 1))


def balanced(text: str, start: int) -> str:
    """The `{...}` object starting at `start` (braces counted; strings not told apart)."""
    depth = 0
    for i in range(start, min(len(text), start + 20_000)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[start : i + 1]
    return text[start:]


def shortcode_tag(names: Iterable[str], paired: bool = False) -> re.Pattern[str]:
    """A raw block (group `raw`, kept as written) or a tag of one of the shortcodes `names`
    (group `name`) with its arguments (`args`, empty when none) and the trimming marks
    `replaced_trimming` reads (`d1`, `d2`); `paired`: up to its end tag, the content in
    group `content` and the marks trimming it in `c1` and `c2`."""
    alternatives = "|".join(re.escape(n) for n in names) or "(?!)"
    tag = rf"\{{%(?P<d1>-?)\s*(?P<name>{alternatives})(?![\w-])\s*(?P<args>{_ARGUMENTS})\s*"
    if paired:
        tag += r"(?P<c1>-?)%\}(?P<content>.*?)\{%(?P<c2>-?)\s*end(?P=name)\s*(?P<d2>-?)%\}"
    else:
        tag += r"(?P<d2>-?)%\}"
    return re.compile(rf"(?P<raw>{RAW_BLOCK.pattern})|{tag}", re.S)


def paired_content(m: re.Match[str]) -> str:
    """A paired tag's content, trimmed where its tags say so (`-%}`, `{%-`)."""
    content = m.group("content")
    content = content.lstrip() if m.group("c1") else content
    return content.rstrip() if m.group("c2") else content


def replaced_trimming(
    text: str, pattern: re.Pattern[str], printed: Callable[[re.Match[str]], str | None]
) -> str:
    """`text` with each match of `pattern` replaced by `printed(match)` (kept as written for
    a raw block, group `raw`, or when None), the space before it dropped when its tag opens
    `{%-` (group `d1`) and the space after it when it closes `-%}` (group `d2`), as
    Nunjucks trims."""
    out: list[str] = []
    at = 0
    trim_next = False
    for m in pattern.finditer(text):
        before = text[at : m.start()]
        before = before.lstrip() if trim_next else before
        trim_next = False
        shown = None if m.group("raw") else printed(m)
        if shown is None:
            out.append(before + m.group(0))
        else:
            out.append((before.rstrip() if m.group("d1") else before) + shown)
            trim_next = bool(m.group("d2"))
        at = m.end()
    rest = text[at:]
    out.append(rest.lstrip() if trim_next else rest)
    return "".join(out)
