"""11ty.dev's syntax tabs: the tab list its `renderFile` prints, and the includes built on them.

The site shows code in several template languages as tabs: `{% renderFile
"./src/_includes/syntax-chooser-tablist.11ty.js", {id: "x", only: "jsesm,jscjs"} %}` prints the
tab list (`<div role="tablist" aria-label="Template Language Chooser"><a href="#x-liquid"
role="tab" ...>Liquid</a>...`), its panels follow (`<div id="x-liquid" role="tabpanel">`), and a
script shows one panel at a time. That file is an 11ty.js template; here its two tables of
names (`extraSyntaxes`, `syntaxMap`) are read from it and its rules followed (`only`,
`additions`, `subtractions`, `label`), so the tab list is printed as the site prints it, the
first tab selected as the script selects it. The panels written in a page all show, one
after another (the preview runs no script; each is the code being edited).

An include made of such tabs (`snippets/configDefinition.njk`, `snippets/esmCjsTabs.njk`, the
`snippets/config/*.njk` files: 300 of 11ty.dev's include placeholders) is drawn: its HTML, the
tab list, and each panel's code, a page variable's (`codeContent`, set above the include on
the page) or one the file sets itself; `{% if codeContent %}` around it as Nunjucks decides.
A panel whose code goes through a filter of the site's own (`esmToCjs`, which rewrites the
code as CommonJS) is left out and its tab says so on hover. An include holding anything else
stays a placeholder.
"""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass
from pathlib import Path

from editor_app.core import safe_paths
from editor_app.core.engines.templates import RAW_BLOCK

_RENDER_FILE = re.compile(
    r"\{%-?\s*renderFile\s+(?P<q>[\"'])(?P<path>[^\"'\n]+\.11ty\.js)(?P=q)\s*,\s*"
    r"\{(?P<options>[^{}%]*)\}\s*-?%\}"
)
_OPTION = re.compile(r"""(\w+)\s*:\s*(?:"([^"]*)"|'([^']*)'|(\w+))""")
_TABLE = r"let\s+{0}\s*=\s*\{{(?P<body>[^{{}}]*)\}}"
_ENTRY = re.compile(r"""(\w+)\s*:\s*["']([^"']*)["']""")
_LIMIT = 100_000
# Tablist file -> (its modification time, (extra syntaxes, the syntax map)).
_TABLISTS: dict[Path, tuple[int, tuple[dict[str, str], dict[str, str]] | None]] = {}


@dataclass(frozen=True)
class Tab:
    key: str
    name: str


def _tables(root: Path, relative: str) -> tuple[dict[str, str], dict[str, str]] | None:
    """The two tables of names of the site's tab list template, None when it is not one."""
    path = safe_paths.site_file(root, relative)
    if path is None:
        return None
    try:
        modified = os.stat(path).st_mtime_ns
        known = _TABLISTS.get(path)
        if known is not None and known[0] == modified:
            return known[1]
        with path.open(encoding="utf-8", errors="replace") as f:
            text = f.read(_LIMIT)
    except OSError:
        return None
    tables = None
    extra = re.search(_TABLE.format("extraSyntaxes"), text)
    mapped = re.search(_TABLE.format("syntaxMap"), text)
    if extra and mapped and 'role="tab"' in text and "Template Language Chooser" in text:
        tables = (
            dict(_ENTRY.findall(extra.group("body"))),
            dict(_ENTRY.findall(mapped.group("body"))),
        )
    if len(_TABLISTS) > 50:
        _TABLISTS.clear()
    _TABLISTS[path] = (modified, tables)
    return tables


def tabs_of(options: dict[str, str], extra: dict[str, str], mapped: dict[str, str]) -> list[Tab]:
    """The tabs the template lists for its options, in its order (its `render` function)."""
    syntaxes: dict[str, str] = {}
    add_hbs = False
    for syn in filter(None, options.get("additions", "").split(",")):
        if syn in extra:
            if syn == "hbs":
                add_hbs = True
            else:
                syntaxes[syn] = extra[syn]
    if options.get("only"):
        for syn in options["only"].split(","):
            syntaxes[syn] = extra.get(syn) or mapped.get(syn) or "undefined"
    else:
        syntaxes.update(mapped)
    if add_hbs:
        syntaxes["hbs"] = extra.get("hbs", "undefined")
    for syn in filter(None, options.get("subtractions", "").split(",")):
        syntaxes.pop(syn, None)
    return [Tab(key, name) for key, name in syntaxes.items()]


def tablist_html(tabs: list[Tab], tab_id: str, label: str = "", left_out: str = "") -> str:
    """The tab list as the site prints it, the first tab selected as its script selects it;
    `left_out`: the hover of a tab whose panel the preview does not show."""
    links = []
    for i, tab in enumerate(tabs):
        selected = ' aria-selected="true"' if i == 0 else ""
        hover = f' title="{html.escape(left_out)}"' if left_out and i > 0 else ""
        links.append(
            f'<a href="#{html.escape(tab_id)}-{tab.key}" role="tab" '
            f'data-tabs-persist="templatelang:{tab.key}"{selected}{hover}>{html.escape(tab.name)}</a>'
        )
    css = ' class="has-label"' if label else ""
    prefix = f"{html.escape(label)}: " if label else ""
    return (
        f'<div role="tablist" aria-label="Template Language Chooser"{css}>\n\t{prefix}'
        + "\n".join(links)
        + "\n</div>"
    )


def with_tablists(
    text: str, root: Path | None, left_out: str = "", names: dict[str, str] | None = None
) -> str:
    """`text` with each `renderFile` of the site's tab list template replaced by the list
    (`names`: the values of the variables set before it, a tab id given by one)."""
    if root is None or "renderFile" not in text:
        return text

    def drawn(m: re.Match[str]) -> str:
        tables = _tables(root, m.group("path"))
        if tables is None:
            return m.group(0)
        options = {o[0]: o[1] or o[2] for o in _OPTION.findall(m.group("options")) if not o[3]}
        variable = next((o[3] for o in _OPTION.findall(m.group("options")) if o[0] == "id"), "")
        tab_id = (names or {}).get(variable, "tab") if variable else options.get("id", "tab")
        return tablist_html(tabs_of(options, *tables), tab_id, options.get("label", ""), left_out)

    return _outside_raw(text, _RENDER_FILE, drawn)


def _outside_raw(text: str, pattern: re.Pattern[str], replace: object) -> str:
    both = re.compile(rf"(?P<raw_block>{RAW_BLOCK.pattern})|{pattern.pattern}", re.S)
    return both.sub(lambda m: m.group(0) if m.group("raw_block") else replace(m), text)  # type: ignore[operator]


# An include's own parts.
_IF_VAR = re.compile(
    r"\{%-?\s*if\s+(?P<var>\w+)\s*-?%\}(?P<inner>(?:(?!\{%).)*?)\{%-?\s*endif\s*-?%\}", re.S
)
_PANEL = re.compile(r'<div id="(?P<id>[^"]*)" role="tabpanel">(?P<body>.*?)\n\s*</div>', re.S)
_OWN_FILTER = re.compile(r"\|\s*(?!highlight\b|safe\b)(\w+)")
_VARIABLE = re.compile(r"\{\{-?\s*(\w+)\s*-?\}\}")
_SET_LINE = re.compile(r"\{%-?\s*set\s+(\w+)\s*=\s*[\"']([^\"'\n]*)[\"']\s*-?%\}")
_SET_BLOCK_NAME = re.compile(r"\{%-?\s*set\s+(\w+)\s*-?%\}")
_LEFT = re.compile(r"\{[{%]")


def tabs_include(template: str, values: dict[str, str], root: Path | None) -> str | None:
    """The text a tabs include prints before its code is drawn (its set blocks left for the
    code filter and for taking out), or None when it is not one or holds more than that."""
    if root is None or 'role="tabpanel"' not in template or "renderFile" not in template:
        return None
    text = _IF_VAR.sub(lambda m: m.group("inner") if m.group("var") in values else "", template)
    left_out = ""

    def panel(m: re.Match[str]) -> str:
        nonlocal left_out
        own = _OWN_FILTER.search(RAW_BLOCK.sub("", m.group("body")))
        if own:
            left_out = (
                "Not shown in the preview: the site makes this tab's code with its own filter, "
                f"{own.group(1)}, which the preview does not run."
            )
            return ""
        return m.group(0)

    text = _PANEL.sub(panel, text)
    # The tab id the file sets: as given (`{% set tabid = "config-input" %}`), or any, the
    # same everywhere, when made by the site (`{% set tabid %}tab-{% uid %}{% endset %}`).
    given = {m.group(1): m.group(2) for m in _SET_LINE.finditer(text)}
    made = {name: "tab" for name in _SET_BLOCK_NAME.findall(text) if name not in values}
    names = {**made, **given}
    text = with_tablists(text, root, left_out, names)
    if "renderFile" in RAW_BLOCK.sub("", text):
        return None
    text = _SET_LINE.sub("", text)
    return _VARIABLE.sub(lambda m: names.get(m.group(1), m.group(0)), text)


def only_code_left(text: str) -> bool:
    """True when `text` holds no template tag but set blocks and code filters (drawn after)."""
    rest = re.sub(
        r"\{%-?\s*set\s+\w+\s*-?%\}.*?\{%-?\s*endset\s*-?%\}",
        "",
        RAW_BLOCK.sub("", text),
        flags=re.S,
    )
    rest = re.sub(r"\{\{-?\s*\w+\s*\|\s*highlight\([^)]*\)\s*(?:\|\s*safe\s*)?-?\}\}", "", rest)
    return _LEFT.search(rest) is None
