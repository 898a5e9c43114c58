"""Why an Eleventy include, or any other tag of a page, stays a placeholder in the preview:
the hover text of its tag.

An include is drawn when its file is plain, holds only shortcodes the preview draws, or is
made of the site's syntax tabs and code (`template_includes.py`, `eleventy_tabs.py`). Any
other reads what only Eleventy knows when it builds; the first such thing in the file names
the reason: a value Eleventy computes (`page.url`), a value of the site's data files (run as
JavaScript when the site builds: `_data/config.js`), a loop, a shortcode or filter of the
site's the preview does not run. A page's own tag left (`tag_reason`) is judged the same way
by itself: a loop names what it repeats over, a condition or an output the value it reads,
the tags ending or continuing a block send the reader to its first tag.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.core.engines.templates import RAW_BLOCK

_FIRST_TAG = re.compile(
    r"\{%-?\s*(?P<tag>\w+)\s*(?P<args>.*?)-?%\}|\{\{-?\s*(?P<out>.*?)-?\}\}", re.S
)
_NAME = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*")
_KEYWORDS = {"not", "and", "or", "in", "is", "true", "false", "none", "null", "undefined"}
_STRING = re.compile(r"\"[^\"]*\"|'[^']*'")
_BLOCK_TAGS = {"if", "elif", "elseif", "unless", "set"}
_SILENT_TAGS = {"else", "endif", "endfor", "endset", "raw", "endraw", "endunless"}


def include_reason(
    template: str | None,
    includes: Path | None,
    drawn_shortcodes: set[str],
    page_scripts: tuple[Path, ...] = (),
) -> str:
    """Why the include of `template` (its text, None when not read) is not drawn
    (`page_scripts`: the page's own data files in JavaScript, what they give named;
    `includes` the site's includes folder, None without a site)."""
    if template is None:
        return "its file is not in the site's includes folder (or is too long to read)"
    text = RAW_BLOCK.sub("", template)
    for m in _FIRST_TAG.finditer(text):
        if m.group("out") is not None:
            value, *filters = m.group("out").split("|")
            reason = _value_reason(value, includes, page_scripts=page_scripts)
            if reason:
                return reason
            own = [f.split("(")[0].strip() for f in filters]
            own = [f for f in own if f not in ("safe", "highlight", "escape", "e")]
            if own:
                return f"it runs the site's filter {own[0]}, which the preview does not run"
            continue
        tag, args = m.group("tag"), m.group("args")
        if tag in _SILENT_TAGS:
            continue
        if tag == "for":
            looped = args.split(" in ", 1)[-1].split("|")[0]
            name = _first_name(looped)
            source = _data_source(name, includes, page_scripts) if name else None
            if name and name.split(".")[0] in ("collections", "eleventy"):
                source = "which Eleventy gathers when it builds"
            return (
                f"it repeats its text for each item of {name or looped.strip()}"
                + (f" ({source})" if source else "")
            )
        if tag in _BLOCK_TAGS:
            expression = args.split("=", 1)[-1] if tag == "set" and "=" in args else args
            reason = _value_reason(expression, includes, page_scripts=page_scripts)
            if reason:
                return reason
            continue
        if tag == "include":
            continue
        if tag not in drawn_shortcodes:
            return f"it runs the site's {tag}, which the preview does not run there"
    return "it holds template code the preview does not run"


_TAG = re.compile(
    r"\{%-?\s*(?P<tag>\w+)\s*(?P<args>.*?)\s*-?%\}$|\{\{-?\s*(?P<out>.*?)\s*-?\}\}$", re.S
)
_LOOPS = {"for", "asyncEach", "each"}
_AROUND = "which the page around it or its layout gives it, not known here"
# A value of a page's own tag the preview cannot tell: the page's data as Eleventy merges it
# (pagination, computed data, JavaScript data files), a loop's item, a value set above.
_PAGE_VALUE = "a value the page gets when the site builds (its data, a loop, a set tag)"
_CONDITIONS = {"if", "unless", "elif", "elseif", "ifAsync"}


def tag_reason(
    tag: str,
    includes: Path | None,
    drawn_shortcodes: set[str],
    page_scripts: tuple[Path, ...] = (),
) -> str | None:
    """Why the page's tag `tag` (as written) is not drawn; None for what is not a tag."""
    m = _TAG.match(tag.strip())
    if m is None:
        return None
    if m.group("out") is not None:
        value, *filters = m.group("out").split("|")
        reason = _value_reason(value, includes, _PAGE_VALUE, page_scripts)
        own = [f.split("(")[0].strip() for f in filters]
        own = [f for f in own if f not in ("safe", "escape", "e")]
        if own and (reason is None or reason.endswith(_PAGE_VALUE)):
            # A value the page sets (its code in a set block) put through the site's filter.
            return f"it runs the site's filter {own[0]}, which the preview does not run"
        return reason or "it prints what JavaScript computes when the site builds"
    name, args = m.group("tag"), m.group("args")
    if name.startswith("end"):
        begun = name[3:]
        if begun in _LOOPS:
            return "it ends a loop the preview does not run (its first tag says why)"
        if begun in _CONDITIONS:
            return "it ends a condition the preview does not decide (its first tag says why)"
        return f"it ends the {begun} block above it, not drawn (its first tag says why)"
    if name in ("else", "elif", "elseif"):
        return "it is part of a condition the preview does not decide (its first tag says why)"
    if name in _LOOPS:
        return include_reason(tag, includes, drawn_shortcodes, page_scripts)
    if name in _CONDITIONS or name == "set":
        expression = args.split("=", 1)[-1] if name == "set" and "=" in args else args
        reason = _value_reason(expression, includes, _PAGE_VALUE, page_scripts)
        if reason:
            return reason
        return f"its {name} is of a value the preview does not compute"
    if name in drawn_shortcodes:
        if "{%" in args or "{{" in args:
            return "its text holds template tags the preview does not run"
        given = _first_name(args)
        if given:
            return f"it is given {given}, {_PAGE_VALUE}"
        return "its content holds template tags the preview does not run"
    if name in ("include", "renderFile", "renderTemplate", "render"):
        return f"the preview does not run its {name} here"
    return f"it runs the site's {name}, which the preview does not run"


def _first_name(expression: str) -> str | None:
    for m in _NAME.finditer(_STRING.sub("", expression)):
        if m.group(0).lower() not in _KEYWORDS:
            return m.group(0)
    return None


def _value_reason(
    expression: str,
    includes: Path | None,
    unknown: str = _AROUND,
    page_scripts: tuple[Path, ...] = (),
) -> str | None:
    name = _first_name(expression)
    if name is None:
        return None
    root = name.split(".")[0]
    if root == "page":
        return f"it reads {name}, which Eleventy computes when it builds"
    if root in ("collections", "eleventy"):
        return f"it reads {name}, which Eleventy gathers when it builds"
    source = _data_source(name, includes, page_scripts)
    if source:
        return f"it reads {name}, {source}"
    return f"it reads {name}, {unknown}"


def _data_source(
    name: str, includes: Path | None, page_scripts: tuple[Path, ...] = ()
) -> str | None:
    """Where a data value comes from: a file of the site's data folder (beside `includes`;
    none without a site), or the page's own data file in JavaScript whose text gives it
    (`bundle: await getData()`)."""
    root = name.split(".")[0]
    for script in reversed(page_scripts):  # the page's own file wins over its folders'
        try:
            text = script.read_text("utf-8", errors="replace")[:200_000]
        except OSError:
            continue
        if re.search(r"(?<![\w$.])" + re.escape(root) + r"\s*:", text):
            try:
                shown = script.relative_to(includes.parent).as_posix() if includes else script.name
            except ValueError:
                shown = script.name
            return f"from the page's data file {shown}, run only when the site builds"
    if includes is None:
        return None
    data = includes.parent / "_data"
    for suffix in (".js", ".mjs", ".cjs"):
        if (data / (root + suffix)).is_file():
            return f"from the site's data file _data/{root}{suffix}, run only when the site builds"
    if (data / (root + ".json")).is_file():
        return f"from the site's data file _data/{root}.json"
    if (data / root).is_dir():
        return f"from the site's data folder _data/{root}"
    return None


@dataclass
class EleventyIncludes:
    """How an Eleventy page's includes are drawn beyond plain files: `draw` puts in the
    shortcodes the preview draws (`names`); `reasons` keeps, by tag, why one is not drawn."""

    draw: Callable[[str], str]
    names: set[str] = field(default_factory=set)
    reasons: dict[str, str] = field(default_factory=dict)
    page_scripts: tuple[Path, ...] = ()  # the page's own data files in JavaScript
    page_url: str | None = None  # the page's `page.url` as Eleventy makes it, when known
    values: Any = None  # what the page's templates read that is known (`eleventy_values`)
    shadowed: set[str] = field(default_factory=set)  # names the page sets or loops over
