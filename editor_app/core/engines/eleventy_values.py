"""What an Eleventy page's templates read that the preview knows for certain, printed and
decided as Nunjucks does.

Eleventy merges a page's data from many places (its data cascade: computed data, front matter,
its own and its folders' data files, its layouts' front matter, the site's `_data` folder);
a value is known here only when every place that could give it is read: a name the page
computes (`eleventyComputed`), a JavaScript data file of the page's writes or a layout's front
matter sets is not. Known: the page's `page.url`, `page.inputPath`, `page.fileSlug` and
`page.filePathStem` (as Eleventy maps them from the file's path), its front matter over its
folders' JSON data, and the site's global data written as literals (`_data/config.js`'s
`githubEdit`, `eleventy_script_data.py`) or in JSON. `with_known_values` prints `{{ name }}`
of a known value and decides `{% if name %}...{% else %}...{% endif %}` on one; every other
tag is left as written (a placeholder saying why).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.core.engines.eleventy_script_data import UNKNOWN, exported_literals
from editor_app.core.engines.templates import RAW_BLOCK
from editor_app.core.site_eleventy import file_path_stem, file_slug, read_script

_NAME = r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*"
_RAW = r"(?P<raw>" + RAW_BLOCK.pattern + r")|"  # a raw block: its text printed as written
_OUTPUT = re.compile(
    _RAW + r"\{\{(?P<d1>-?)\s*(?P<name>" + _NAME + r")\s*(?P<d2>-?)\}\}", re.S
)
# A condition on one name (or `not` it), with no block tag inside either branch.
_PLAIN = r"(?:(?!\{%-?\s*(?:if|elif|elseif|else|endif|for|endfor|set|endset|macro|raw|verbatim)\b).)*?"
_CONDITION = re.compile(
    _RAW + r"\{%(?P<d1>-?)\s*if\s+(?P<neg>not\s+)?(?P<name>" + _NAME + r")\s*(?P<d2>-?)%\}"
    r"(?P<then>" + _PLAIN + r")"
    r"(?:\{%(?P<d3>-?)\s*else\s*(?P<d4>-?)%\}(?P<other>" + _PLAIN + r"))?"
    r"\{%(?P<d5>-?)\s*endif\s*(?P<d6>-?)%\}",
    re.S,
)
_SCRIPT_SUFFIXES = (".js", ".mjs", ".cjs")
_NEEDS_ESCAPE = re.compile(r"[&<>\"']")


@dataclass
class PageValues:
    """The values an Eleventy page's templates may read, as far as they are known:
    `page` its `page.*` fields, `data` its front matter over its folders' JSON data,
    `unsure` names something unread may set (computed data, its JavaScript data files, its
    layouts' front matter), `data_folder` the site's `_data`."""

    page: dict[str, Any]
    data: dict[str, Any]
    unsure: set[str] = field(default_factory=set)
    data_folder: Path | None = None

    def value(self, name: str) -> Any:
        """The value of `name` (`config.githubEdit`), `UNKNOWN` when not known for certain."""
        first, *rest = name.split(".")
        if first == "page":
            value: Any = self.page
        elif first in self.unsure:
            return UNKNOWN
        elif first in self.data:
            value = self.data
            rest = [first, *rest]
        else:
            value = _global_data(self.data_folder, first)
        for part in rest:
            value = value.get(part, UNKNOWN) if isinstance(value, dict) else UNKNOWN
        return value


def page_values(
    root: Path, source: Path, path: Path, data: dict[str, Any], page_url: str | None,
    scripts: tuple[Path, ...], layout_keys: set[str] | None, data_folder: Path | None,
) -> PageValues:
    """The values of the page at `path` (`data`: its front matter over its folders' JSON
    data; `scripts`: its data files in JavaScript; `layout_keys`: its layouts' front matter
    keys, None when a layout cannot be read, so no global value is sure; `data_folder` the
    site's global data folder, None when not known)."""
    page: dict[str, Any] = {"url": page_url if page_url is not None else UNKNOWN}
    try:
        page["inputPath"] = "./" + path.relative_to(root).as_posix()
    except ValueError:
        pass
    slug, stem = file_slug(source, path), file_path_stem(source, path)
    if slug is not None and stem is not None:
        page["fileSlug"], page["filePathStem"] = slug, stem
    computed = data.get("eleventyComputed")
    unsure = set(computed) if isinstance(computed, dict) else set()
    for script in scripts:
        unsure |= set(re.findall(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*:", read_script(script)))
    if layout_keys is None:
        data_folder = None
    else:
        unsure |= layout_keys
    return PageValues(page, dict(data), unsure, data_folder)


_GLOBALS: dict[Path, tuple[int, Any]] = {}


def _global_data(folder: Path | None, name: str) -> Any:
    """The site's global data `name` from `folder` (`_data`): a JSON file's value, or the
    literals of a JavaScript one (`eleventy_script_data`); `UNKNOWN` otherwise (a folder of
    files, a file run when the site builds, none)."""
    if folder is None or not re.fullmatch(r"[\w$-]+", name):
        return UNKNOWN
    found = [
        folder / (name + suffix)
        for suffix in (*_SCRIPT_SUFFIXES, ".json")
        if (folder / (name + suffix)).is_file()
    ]
    if len(found) != 1 or (folder / name).is_dir():
        return UNKNOWN  # several files merge, a folder adds to it: not read here
    path = found[0]
    try:
        modified = path.stat().st_mtime_ns
    except OSError:
        return UNKNOWN
    known = _GLOBALS.get(path)
    if known is not None and known[0] == modified:
        return known[1]
    value: Any = UNKNOWN
    if path.suffix == ".json":
        try:
            value = json.loads(path.read_bytes().decode("utf-8-sig"))
        except (OSError, ValueError, RecursionError):
            value = UNKNOWN
    else:
        literals = exported_literals(read_script(path))
        value = UNKNOWN if literals is None else literals
    if len(_GLOBALS) > 200:
        _GLOBALS.clear()
    _GLOBALS[path] = (modified, value)
    return value


def printed(value: Any) -> str | None:
    """`value` as Nunjucks prints it, or None when not known or when the text would be
    escaped (left to the site)."""
    if value is UNKNOWN or isinstance(value, (dict, list)):
        return None
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e21 else None
    if isinstance(value, str) and not _NEEDS_ESCAPE.search(value):
        return value
    return None


def truthy(value: Any) -> bool | None:
    """JavaScript's truth of `value` (how Nunjucks' `if` decides), None when not known."""
    if value is UNKNOWN:
        return None
    if isinstance(value, (dict, list)):
        return True
    return bool(value)


def looped_or_set(text: str) -> set[str]:
    """The names `text` sets (`{% set x %}`) or loops over (`{% for x, y in ... %}`):
    its own values, not the page's data."""
    found = re.findall(r"\{%-?\s*(?:set|for|asyncEach|each)\s+([\w$]+)(?:\s*,\s*([\w$]+))?", text)
    return {name for pair in found for name in pair if name}


def with_known_values(text: str, values: PageValues, shadowed: set[str] = frozenset()) -> str:
    """`text` with each `{% if name %}` on a known value decided and each `{{ name }}` of one
    printed (dashes trimming as Nunjucks trims); names the text itself sets or loops over, or
    `shadowed` ones (the page around it does), left alone."""
    if "{" not in text:
        return text
    local = looped_or_set(text) | set(shadowed)

    def known(name: str) -> Any:
        return UNKNOWN if name.split(".")[0] in local else values.value(name)

    def decided(m: re.Match[str]) -> str | None:
        truth = truthy(known(m.group("name")))
        if truth is None:
            return None
        if m.group("neg"):
            truth = not truth
        if truth:
            shown = m.group("then")
            shown = shown.lstrip() if m.group("d2") else shown
            closing = m.group("d3") if m.group("other") is not None else m.group("d5")
        else:
            shown = m.group("other") or ""
            shown = shown.lstrip() if m.group("d4") else shown
            closing = m.group("d5")
        return shown.rstrip() if closing else shown

    text = _replaced(text, _CONDITION, decided, "d6")
    return _replaced(text, _OUTPUT, lambda m: printed(known(m.group("name"))), "d2")


def _replaced(text: str, pattern: re.Pattern[str], shown_of: Any, closing: str) -> str:
    """`text` with each match replaced by `shown_of(match)` (kept when None), the space
    before dropped for a tag opening `{%-`/`{{-` and after for one closing with a dash."""
    out: list[str] = []
    at = 0
    trim_next = False
    for m in pattern.finditer(text):
        shown = None if m.group("raw") else shown_of(m)
        before = text[at : m.start()]
        before = before.lstrip() if trim_next else before
        trim_next = False
        if shown is None:
            out.append(before + m.group(0))
        else:
            out.append((before.rstrip() if m.group("d1") else before) + shown)
            trim_next = bool(m.group(closing))
        at = m.end()
    rest = text[at:]
    out.append(rest.lstrip() if trim_next else rest)
    return "".join(out)
