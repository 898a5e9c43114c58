"""A Jekyll include file that uses Liquid (`if`, `for`, filters), run as Jekyll runs it.

`template_includes.py` shows a plain snippet itself; an include file with more Liquid than
`{{ include.x }}` is run here with python-liquid (a faithful port of Shopify's Liquid, the
one Jekyll uses), given what the preview knows for certain: the include's parameters
(`include`), the site's settings and its `_data` files (`site`, `site.data`) and the page's
front matter (`page`). It runs sandboxed: no file is read by the template (an `include` or
`render` tag left inside fails, the preview expands the ones it can before), nothing reaches
the network, loops, ranges and output are bounded.

An include that reads what the preview does not know (a variable of the page around it, a
value Jekyll computes such as `page.url` or `site.pages`, a Jekyll filter not written here
such as `markdownify`) is not drawn: `drawn` gives None with the reason, and the tag stays a
placeholder. Unknown keys of what is known print nothing, as Liquid prints them.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import time
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml

# python-liquid is imported at the first include drawn, not with this module: it takes a
# quarter of a second, and the window imports this module before its first paint.
_NOT_LOADED: Any = object()
Environment: Any = _NOT_LOADED  # liquid's Environment; None when python-liquid is missing
LiquidError: Any = Exception  # liquid's error class once loaded
_KnownOnly: Any = None  # Liquid's nothing for an unknown key (_known_only_class), once loaded

# Why no Liquid include is drawn when python-liquid cannot be imported (shown on hover).
LIQUID_MISSING = "the Liquid library (python-liquid) is missing from this installation"

# What Jekyll computes for a page or the site: not in the files the preview reads.
_PAGE_COMPUTED = frozenset(
    {"url", "content", "path", "id", "collection", "excerpt", "dir", "name", "next",
     "previous", "relative_path", "output", "slug", "ext", "categories", "tags", "date"}
)
_SITE_COMPUTED = frozenset(
    {"pages", "posts", "collections", "time", "documents", "categories", "tags",
     "static_files", "html_pages", "html_files", "related_posts"}
)
_LOOP_NAMES = frozenset({"forloop", "parentloop", "tablerowloop"})
_DATA_SUFFIXES = (".yml", ".yaml", ".json", ".csv", ".tsv")
_DATA_LIMIT = 2_000_000  # bytes read of the data folder in all
_END = "\ue0ff"  # a private-use mark ending an include's text while it runs
_DATA_RECHECK = 1.0  # seconds between looks at the data folder for changes
# Longest range (`(1..n)`) an include may make: a filter on a range (`join`, `sort`, `map`)
# runs over it whole, out of reach of the loop limit, and (1..100000000) took half a minute.
RANGE_SIZE_LIMIT = 100_000


class NotDrawn(Exception):
    """The include reads something the preview does not know."""


def _load_liquid() -> None:
    """Import python-liquid once (Environment stays None when it cannot be imported)."""
    global Environment, LiquidError, _KnownOnly
    if Environment is not _NOT_LOADED:
        return
    try:
        from liquid import Environment as environment_class
        from liquid.builtin.expressions.primitive import RangeLiteral
        from liquid.exceptions import LiquidError as error_class
        from liquid.exceptions import ResourceLimitError
        from liquid.undefined import Undefined
    except ImportError:  # an installation without python-liquid: includes stay placeholders
        Environment = None
        return
    _cap_ranges(RangeLiteral, ResourceLimitError)
    _KnownOnly = _known_only_class(Undefined)
    LiquidError = error_class
    Environment = environment_class


def _known_only_class(undefined: type) -> type:
    """Liquid's nothing for an unknown key, built on python-liquid's `Undefined`."""

    class KnownOnly(undefined):  # type: ignore[valid-type,misc]
        """Liquid's nothing for a key missing from what is known whole (the include's
        parameters, the site's settings and data, a loop's item); the include is not drawn when
        the name itself is unknown (a variable of the page around it) or Jekyll computes it."""

        def __init__(self, name: str, **kwargs: Any) -> None:
            super().__init__(name, **kwargs)
            hint = kwargs.get("hint") or ""
            if name in _LOOP_NAMES:
                return
            if not hint or hint.startswith("'"):  # the name itself is undefined
                raise NotDrawn(f"it reads {name}, a variable of the page around it")
            path = hint.removesuffix(" is undefined").split(".")
            key = path[1] if len(path) > 1 else ""
            if name == "page" and key in _PAGE_COMPUTED:
                raise NotDrawn(f"it reads page.{key}, which Jekyll computes")
            if name == "site" and key == "time":  # a different output at every build
                raise NotDrawn(
                    "it reads site.time, the moment Jekyll builds the site: what it prints"
                    " changes with every build"
                )
            if name == "site" and key in _SITE_COMPUTED:
                raise NotDrawn(f"it reads site.{key}, which Jekyll computes")

    return KnownOnly


def _cap_ranges(range_literal: Any, limit_error: type) -> None:
    """Make a range literal refuse to be longer than its environment's `range_size_limit`.

    python-liquid has no such setting; environments without the attribute are left as they
    are, so only the preview's sandbox is capped."""
    if getattr(range_literal, "_size_capped", False):
        return
    evaluate = range_literal.evaluate

    def capped(self: Any, context: Any) -> range:
        made = evaluate(self, context)
        limit = getattr(context.env, "range_size_limit", None)
        if limit is not None and len(made) > limit:
            raise limit_error("range size limit reached", token=self.token)
        return made

    range_literal.evaluate = capped
    range_literal._size_capped = True


def _relative_url(value: object, baseurl: str) -> str:
    text = "" if value is None else str(value)
    if "://" in text or text.startswith("//"):
        return text
    base = "/" + baseurl.strip("/") if baseurl.strip("/") else ""
    return quote(base + "/" + text.lstrip("/"), safe="/#?&=%:+@~!$,;'()*")


# Jekyll's `slugify` modes: what is replaced by a hyphen (Jekyll::Utils::SLUGIFY_*_REGEXP;
# Unicode letters, marks and digits kept, as Python's `\w` keeps them, less `_`).
_SLUG_REPLACED = {
    "raw": re.compile(r"\s+"),
    "default": re.compile(r"(?:[^\w]|_)+"),
    "pretty": re.compile(r"(?:[^\w._~!$&'()+,;=@]|_)+"),
    "ascii": re.compile(r"[^a-zA-Z0-9]+"),
    "latin": re.compile(r"[^a-zA-Z0-9]+"),
}


def _slugify(value: object, mode: object = "default") -> str:
    """Jekyll's `slugify` filter (`Jekyll::Utils.slugify`, lower case)."""
    text = "" if value is None else str(value)
    chosen = str(mode) if mode is not None else "default"
    if chosen == "none" or chosen not in _SLUG_REPLACED:
        return text.lower() if chosen != "none" else text
    if chosen == "latin":
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _SLUG_REPLACED[chosen].sub("-", text).strip("-").lower()


def _environment(site_config: Mapping[str, Any]) -> Any:
    _load_liquid()
    if Environment is None:
        return None
    env = Environment(undefined=_KnownOnly)  # the default loader holds no template
    env.loop_iteration_limit = 10_000
    env.output_stream_limit = 1_000_000
    env.local_namespace_limit = 100_000
    env.range_size_limit = RANGE_SIZE_LIMIT  # read by the capped range literal (_cap_ranges)
    baseurl = str(site_config.get("baseurl") or "")
    url = str(site_config.get("url") or "").rstrip("/")
    env.filters["relative_url"] = lambda v: _relative_url(v, baseurl)
    env.filters["absolute_url"] = lambda v: url + _relative_url(v, baseurl)
    env.filters["jsonify"] = lambda v: json.dumps(v, ensure_ascii=False, default=str)
    env.filters["xml_escape"] = lambda v: "" if v is None else (
        str(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace('"', "&quot;").replace("'", "&#39;")
    )
    env.filters["cgi_escape"] = lambda v: quote(str(v), safe="").replace("%20", "+")
    env.filters["uri_escape"] = lambda v: quote(str(v), safe="/#?&=:;,+$@!*'()~[]%")
    env.filters["number_of_words"] = lambda v: len(str(v).split())
    env.filters["slugify"] = _slugify
    env.filters["group_by"] = _group_by
    return env


def _group_by(items: object, key: object) -> object:
    """Jekyll's `group_by`: `{"name", "items", "size"}` for each value of `key`, in the
    order first seen (Ruby's `to_s` of the value as the name); anything but a list as is."""
    if not isinstance(items, (list, tuple)):
        return items
    groups: dict[str, list] = {}
    for item in items:
        value = item.get(str(key)) if isinstance(item, dict) else None
        name = "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
        groups.setdefault(name, []).append(item)
    return [{"name": n, "items": g, "size": len(g)} for n, g in groups.items()]


class IncludeContext:
    """What an include may read on one site: its settings, its data (read once, again when
    a data file changes) and the page being shown."""

    def __init__(self, site_config: Mapping[str, Any], data_folder: Path | None) -> None:
        self.site_config = site_config
        self.data_folder = data_folder
        self.page: Mapping[str, Any] | None = None
        # An include tag left as a placeholder -> why it is not drawn (this render's: the
        # renderer clears it at each page it renders).
        self.reasons: dict[str, str] = {}
        self._env: Any = _NOT_LOADED  # the Liquid environment, made at the first include drawn
        self._data: dict[str, Any] | None = None
        self._data_stamp: int | None = None
        self._data_checked = 0.0  # when the data folder was last looked at (monotonic)
        self._templates: dict[str, Any] = {}  # an include file's text -> its parsed template

    def site(self) -> dict[str, Any]:
        """`site` as a template sees it: the settings and `data`."""
        return {**self.site_config, "data": self.data()}

    def value(self, dotted: str) -> Any:
        """The value of `site.a.b` or `page.a` (NotDrawn when it is not known)."""
        scope, _, rest = dotted.partition(".")
        if scope == "site":
            found: Any = self.site()
            computed = _SITE_COMPUTED
        elif scope == "page" and self.page is not None:
            found, computed = self.page, _PAGE_COMPUTED
        else:
            raise NotDrawn(f"it is given {dotted}, not known here")
        keys = rest.split(".") if rest else []
        if keys and keys[0] in computed:
            raise NotDrawn(f"it is given {scope}.{keys[0]}, which Jekyll computes")
        for key in keys:
            if isinstance(found, Mapping):
                found = found.get(key)
            elif isinstance(found, list) and key.lstrip("-").isdigit():
                index = int(key)
                found = found[index] if -len(found) <= index < len(found) else None
            else:
                found = None
        return found

    def drawn(self, source: str, include: Mapping[str, Any]) -> tuple[str | None, str]:
        """What the include file `source` prints with the parameters `include`, or None and
        the reason it cannot be drawn."""
        if self._env is _NOT_LOADED:
            self._env = _environment(self.site_config)
        if self._env is None:
            return None, LIQUID_MISSING
        page = dict(self.page) if self.page is not None else None
        try:
            template = self._templates.get(source)
            if template is None:
                # The mark after the text keeps its last newline: python-liquid drops it when
                # a tag before trims its left (`-%}`), where Ruby's Liquid keeps it.
                template = self._env.from_string(source + _END)
                if len(self._templates) > 200:
                    self._templates.clear()
                self._templates[source] = template
            names: dict[str, Any] = {"include": dict(include), "site": self.site()}
            if page is not None:
                names["page"] = page
            return template.render(**names).removesuffix(_END), ""
        except NotDrawn as exc:
            return None, str(exc)
        except LiquidError as exc:
            return None, _short(exc)
        except (RecursionError, MemoryError, ValueError, TypeError, ArithmeticError) as exc:
            return None, f"it fails in the preview ({type(exc).__name__})"

    def data(self) -> dict[str, Any]:
        """The site's `_data` files, as `site.data` (read again when one changes)."""
        folder = self.data_folder
        now = time.monotonic()
        if self._data is not None and now - self._data_checked < _DATA_RECHECK:
            return self._data  # typing renders the page again and again: look once a second
        self._data_checked = now
        if folder is None or not folder.is_dir():
            self._data = {}
            return self._data
        files = _data_files(folder)
        stamp = hash(tuple(files))
        if self._data is None or stamp != self._data_stamp:
            self._data, self._data_stamp = _read_data(folder, files), stamp
        return self._data


def _short(exc: Exception) -> str:
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "template not found" in first or "TemplateNotFound" in type(exc).__name__:
        return "it includes another file with values not known here"
    if "unknown filter" in first:
        return f"it uses a filter the preview does not run ({first.split('unknown filter')[-1].strip()})"
    return f"its Liquid does not run in the preview ({first})"


def _data_files(folder: Path) -> list[tuple[Path, int, int]]:
    """The data files under `folder` (path, modification time, size), none outside it."""
    found: list[tuple[Path, int, int]] = []
    root = folder.resolve()
    for here, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            path = Path(here) / name
            if path.suffix.lower() not in _DATA_SUFFIXES or name.startswith("."):
                continue
            try:
                if not path.resolve().is_relative_to(root):
                    continue  # a link out of the data folder
                stat = path.stat()
            except OSError:
                continue
            found.append((path, stat.st_mtime_ns, stat.st_size))
    return sorted(found)


def _read_data(folder: Path, files: list[tuple[Path, int, int]]) -> dict[str, Any]:
    """`site.data`: each file under its name, folders as tables, as Jekyll reads them."""
    data: dict[str, Any] = {}
    spent = 0
    for path, _, size in files:
        spent += size
        if spent > _DATA_LIMIT:
            break
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
            value = _parsed(text, path.suffix.lower())
        except (OSError, ValueError, yaml.YAMLError, csv.Error):
            continue  # Jekyll stops on it; the preview leaves it out
        table = data
        for part in path.relative_to(folder).parent.parts:
            inner = table.get(part)
            table = table.setdefault(part, {}) if not isinstance(inner, dict) else inner
        table[path.stem] = value
    return data


def _parsed(text: str, suffix: str) -> Any:
    if suffix in (".yml", ".yaml"):
        return yaml.safe_load(text)
    if suffix == ".json":
        return json.loads(text)
    reader = csv.DictReader(io.StringIO(text), delimiter="\t" if suffix == ".tsv" else ",")
    return [dict(row) for row in reader]
