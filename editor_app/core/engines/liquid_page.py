"""The Liquid of a Jekyll page's own body run in the preview, as far as it can be told offline.

Jekyll runs a page's Liquid before kramdown reads it. A loop or condition of the page itself
(`{% for entry in site.data.ruby.versions %}...{% endfor %}`, `{% if site.x %}`), an `assign`
and an output (`{{ site.data.ruby.min_version }}`) read the site's settings, its `_data` files
and the page's front matter; those are run here by python-liquid with what an include run in
the preview may read (`liquid_includes.IncludeContext`: sandboxed, no file read, loops, ranges
and output bounded), and their output takes their place before Markdown, as on the site.

The page is run piece by piece: each top-level block (`for`, `if`, `unless`, `case`,
`capture`, `tablerow`) and output on its own, the `assign`s above it first (what they print
is nothing, what they set is kept). A piece reading what the preview cannot know (a variable
Jekyll computes, `site.pages`, `page.url`; a tag of Jekyll's such as `highlight`; an include
inside a loop whose file includes another or is given more than text or a variable; a filter
not written here) stays as written, shown as placeholders, its first tag's hover saying why
and its other tags' pointing to it. An include inside a loop is otherwise run with the loop,
its file put in (`include.key` the value given). A raw block is left as it is.
"""

from __future__ import annotations

import re
from pathlib import Path

from editor_app.core.engines.liquid_includes import IncludeContext
from editor_app.core.engines.templates import RAW_BLOCK

_BLOCKS = frozenset({"for", "if", "unless", "case", "capture", "tablerow"})
_TAG = re.compile(
    rf"(?P<raw>{RAW_BLOCK.pattern})"
    r"|\{%(?P<d1>-?)\s*(?P<name>\w+)(?P<rest>(?:[^%]|%(?!\}))*?)(?P<d2>-?)%\}"
    r"|\{\{(?P<o1>-?)(?P<out>(?:[^}]|\}(?!\}))*?)(?P<o2>-?)\}\}",
    re.S,
)
_MAX_PIECES = 400  # pieces run on one page


def with_page_liquid(
    text: str, context: IncludeContext | None, includes: Path | None = None
) -> str:
    """`text` with each piece of its own Liquid the preview can run replaced by its output
    (`includes`: the site's includes folder, for an include inside a loop)."""
    if context is None or ("{%" not in text and "{{" not in text):
        return text
    out: list[str] = []
    assigns: list[str] = []
    at = 0
    depth = 0
    start: re.Match[str] | None = None
    pieces = 0
    trim_next = False
    unset: dict[str, str] = {}  # a name an assign not drawn sets: why it is not known
    for m in _TAG.finditer(text):
        if m.group("raw"):
            continue
        name = m.group("name")
        if depth == 0 and name == "assign":
            piece_start, piece_end = m.start(), m.end()
            dash_before, dash_after = bool(m.group("d1")), bool(m.group("d2"))
        elif name in _BLOCKS:
            if depth == 0:
                start = m
            depth += 1
            continue
        elif name is not None and name.startswith("end") and name[3:] in _BLOCKS and depth:
            depth -= 1
            if depth or start is None:
                continue
            piece_start, piece_end = start.start(), m.end()
            dash_before, dash_after = bool(start.group("d1")), bool(m.group("d2"))
            start = None
        elif depth == 0 and m.group("out") is not None:
            piece_start, piece_end = m.start(), m.end()
            dash_before, dash_after = bool(m.group("o1")), bool(m.group("o2"))
        else:
            continue
        pieces += 1
        if pieces > _MAX_PIECES:
            break
        piece = text[piece_start:piece_end]
        run = _with_includes_put_in(piece, includes) if includes is not None else piece
        drawn, reason = context.drawn("".join(assigns) + run, {})
        if drawn is not None and name == "assign" and depth == 0:
            assigns.append(piece)  # prints nothing; what it sets is read below
        if drawn is None:
            reason, root = _through_assigns(reason, unset)
            if name == "assign" and (assigned := _ASSIGNED.match(m.group("rest"))):
                unset[assigned.group(1)] = root
            if reason:
                _say_why(piece, reason, context.reasons)
            continue
        if ("{{" in drawn or "{%" in drawn) and "endraw" not in drawn:
            # Liquid runs once: tags its output holds (the examples of a data file) are text.
            drawn = "{% raw %}" + drawn + "{% endraw %}"
        before = text[at:piece_start]
        before = before.lstrip() if trim_next else before
        out.append(before.rstrip() if dash_before else before)
        out.append(drawn)
        at = piece_end
        trim_next = dash_after
    if not out:
        return text
    rest = text[at:]
    out.append(rest.lstrip() if trim_next else rest)
    return "".join(out)


_ASSIGNED = re.compile(r"\s*([A-Za-z_][\w-]*)\s*=")
_PAGE_VARIABLE = re.compile(r"it reads ([A-Za-z_][\w-]*), a variable of the page around it")


def _through_assigns(reason: str, unset: dict[str, str]) -> tuple[str, str]:
    """`reason` for a piece reading a name the page's own assign above sets, not drawn, told
    by the first reason of that assign's chain (`site.time`: the moment of the build), not
    'a variable of the page around it', which would send the reader to look elsewhere; and
    that first reason."""
    m = _PAGE_VARIABLE.fullmatch(reason)
    if m is None or m.group(1) not in unset:
        return reason, reason
    root = unset[m.group(1)]
    if root.startswith("it reads "):
        return f"it reads {m.group(1)}, which an assign above sets from {root[9:]}", root
    return f"it reads {m.group(1)}, which an assign above sets, not drawn: {root}", root


def _say_why(piece: str, reason: str, reasons: dict[str, str]) -> None:
    """Keep why `piece` is not drawn for each of its tags' hovers: the first says it, the
    others (a loop's outputs, its end) send the reader to the first."""
    block = ""
    for m in _TAG.finditer(piece):
        if m.group("raw"):
            continue
        if not block:
            reasons.setdefault(m.group(0), reason)
            block = m.group("name") if m.group("name") in _BLOCKS else "Liquid"
        else:
            said = f"it belongs to the {block} block above it, whose first tag says why"
            reasons.setdefault(m.group(0), said)


# What an include inside a piece may be given (a loop's item, `version = entry.intro_ver`),
# and how the file reads it.
_FILE = re.compile(r"[\w./-]+")
_KEY = re.compile(r"\w+")
_VARIABLE = re.compile(r"[A-Za-z_][\w.]*(?:\[\d+\])?")
_INCLUDE_READ = re.compile(r"\binclude\.(\w+)\b")


def _with_includes_put_in(piece: str, includes: Path) -> str:
    """`piece` with each include of a file of `includes` put in as that file's text, its
    `include.key` the value given (a loop's variable, as Jekyll hands it to the include), so
    that an include inside a loop is run with the loop (jekyll-docs' version badges in its
    permalinks tables). An include whose parameters are more than quoted text or a variable,
    or whose file includes another, is left for Liquid (it stays a placeholder, saying why).
    The tag and its parameters are read by the includes' one reader (`template_includes`)."""
    if "include" not in piece:
        return piece
    from editor_app.core.engines.template_includes import (
        include_params,
        include_tags,
        read_include,
    )

    out: list[str] = []
    at = 0
    for m in include_tags(piece):
        name = m.group("bare")
        written = include_params(m.group("params"))
        if name is None or not _FILE.fullmatch(name) or written is None:
            continue
        params: dict[str, str] = {}
        for param in written:
            if not _KEY.fullmatch(param.group("key")):
                break
            if param.group("name") is not None:
                if not _VARIABLE.fullmatch(param.group("name")):
                    break
                params[param.group("key")] = param.group("name")
            elif param.group("dq") is not None:
                params[param.group("key")] = '"' + param.group("dq") + '"'
            else:
                params[param.group("key")] = "'" + param.group("sq") + "'"
        else:
            text = read_include(includes, name, nunjucks=False)
            if text is None or "{% include" in text or "{%- include" in text:
                continue
            out.append(piece[at : m.start()])
            out.append(_INCLUDE_READ.sub(lambda r, given=params: given.get(r.group(1), "nil"), text))
            at = m.end()
    if not out:
        return piece
    out.append(piece[at:])
    return "".join(out)
