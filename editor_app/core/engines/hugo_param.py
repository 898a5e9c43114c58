"""Hugo's own `param` shortcode (`{{% param "minVersion" %}}`), drawn from the page's front
matter and the site's `[params]`, as `.Page.Param` looks it up: the page's `params` table,
then its other front matter fields, then the site's parameters; names in any case, a dotted
name (`"a.b"`) through tables. A site with its own `param` template, a name found nowhere or
a value that is no text, number or true/false keeps the placeholder (Hugo stops the build on
a name it cannot find)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

_CALL = re.compile(
    r"""\{\{(?P<open>[<%])-?\s*param\s+(?:"(?P<dq>[^"\n]+)"|'(?P<sq>[^'\n]+)'|`(?P<bq>[^`\n]+)`"""
    r"""|(?P<bare>[^\s"'`<>%]+))\s*-?(?P<close>[>%])\}\}"""
)


def with_params_shown(
    text: str, page: Mapping[str, Any] | None, site_params: Mapping[str, Any] | None
) -> str:
    """`text` with each `param` shortcode whose value is known replaced by that value."""
    if "param" not in text or page is None:
        return text

    def shown(m: re.Match[str]) -> str:
        if (m["open"] == "<") != (m["close"] == ">"):
            return m.group(0)
        name = next(v for v in m.group("dq", "sq", "bq", "bare") if v is not None)
        own = page.get("params") if isinstance(page.get("params"), Mapping) else {}
        for table in (own, page, site_params or {}):
            value = _lookup(table, name)
            if value is not None:
                return _scalar(value) if _scalar(value) is not None else m.group(0)
        return m.group(0)

    return _CALL.sub(shown, text)


def _lookup(table: Mapping[str, Any], dotted: str) -> Any:
    return in_any_case(table, dotted.split("."))


def in_any_case(table: Any, keys: Sequence[str]) -> Any:
    """The value at `keys` down the tables of `table`, each key found in any case as Hugo
    finds its settings, parameters and site data (`isFunctionOrMethod`, `asciiDocExt`): the
    key as written first, else the first in another case; None when not there."""
    found: Any = table
    for key in keys:
        if not isinstance(found, Mapping):
            return None
        if key in found:
            found = found[key]
            continue
        lowered = key.lower()
        found = next((v for k, v in found.items() if str(k).lower() == lowered), None)
    return found


def _scalar(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    return None
