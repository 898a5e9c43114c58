"""Hugo shortcodes that mark a feature as new or deprecated in a version, drawn as the site
draws them (hugo-docs' `{{< new-in 0.144.0 />}}` and `{{< deprecated-in 0.120.0 >}}text{{<
/deprecated-in >}}`: 260 places, the most frequent placeholders of its pages).

What they print is read from the site's own templates, not assumed: a shortcode template
(`layouts/_shortcodes/`, `layouts/shortcodes/`) that hands its version to a partial with
`"status" "new"` (or another word), and that partial's settings for the status: the badge's
classes, its words (`New in`), the release address (`printf "https://.../v%s"`), its colour
and icon. Self-closing, the shortcode is the partial's badge, `<span class=...><a class=...
href=... target=...>New in v0.144.0</a></span>`; with text inside, the partial's alert
(`layouts/blocks/alert.html`, a template simple enough to be read here: values with defaults,
`{{ $x }}`, one `with`) around `New in [v0.144.0](address)` and the text, rendered as Markdown
(`RenderString`). A site whose templates say anything else keeps the placeholders.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from editor_app.core import safe_paths
from editor_app.core.engines.hugo_alert_shortcodes import (
    AlertShortcode,
    draw_alert,
    read_alert_shortcodes,
)
from editor_app.core.engines.hugo_shortcode_templates import shortcode_templates
from editor_app.core.engines.hugo_shortcodes import words_in_tags_as_text

_MAX_CHARS = 100_000
_CALLS_PARTIAL = re.compile(
    r'partial\s+"(?P<partial>[\w./-]+)"\s*\(dict\b(?P<args>.*?)\)\s*-?\}\}', re.S
)
_STATUS = re.compile(r'"status"\s+"(?P<status>\w+)"')
_BASE = re.compile(r'\{\{-?\s*\$(?P<name>\w+Base)\s*:=\s*"(?P<value>[^"]*)"')
_BRANCH = re.compile(
    r'(?:if|else if)\s+eq\s+\$\.status\s+"(?P<status>\w+)"\s*\}\}(?P<body>.*?)\{\{-?\s*else',
    re.S,
)
_PRINTF_SET = re.compile(
    r'\$(?P<name>\w+)\s*=\s*printf\s+"(?P<before>[^"%]*)%s(?P<after>[^"%]*)"\s+\$(?P=name)\b'
)
_WORD_SET = re.compile(r'\$(?P<name>\w+)\s*=\s*"(?P<value>[^"]*)"')
_HREF = re.compile(r'\$href\s*:=\s*printf\s+"(?P<before>[^"%]*)%s(?P<after>[^"%]*)"\s+\$\.version')
_TARGET = re.compile(r'\$target\s*:=\s*"(?P<value>[^"]*)"')
_BADGE = (
    'printf "<span class=%q><a class=%q href=%q target=%q>%s v%s</a></span>" '
    "$classSpan $classAnchor $href $target $text $.version"
)
_ALERT_TEXT = 'printf "%s [v%s](%s)\\n\\n%s" $text $.version $href $.inner'
_ALERT_CALL = re.compile(
    r'partial\s+"(?P<partial>[\w./-]+)"\s+\(dict\s+"color"\s+\$color\s+"icon"\s+\$icon\s+'
    r'"text"\s+\$text\s*\)'
)
# A shortcode of `names` (groups: name, parameters, `/` of a self-closing tag).
_OPENING = re.compile(r"\{\{<\s*([\w-]+)((?:[^>{]|>(?!\}\})|\{(?!\{))*?)(/?)\s*>\}\}")
_WORD = re.compile(r"liquidtagf(\d+)x")
# Alone in a paragraph, the shortcode's HTML takes the paragraph's place (Hugo takes the
# `<p>` off; the newline after it stays).
_WORD_BACK = re.compile(r"<p>liquidtagf(\d+)x</p>|liquidtagf(\d+)x")
_VERSION = re.compile(r'^\s*"?[vV]*(?P<v>[\w.+-]+?)"?\s*$')


@dataclass(frozen=True)
class Status:
    """What the partial prints for one status: the badge's and alert's parts."""

    span_class: str
    anchor_class: str
    words: str
    color: str
    icon: str
    href: tuple[str, str]
    target: str
    alert: str | None  # the alert partial's template text, when it can be read
    tail: str = ""  # what the templates print after it (their last lines' newlines)


class FeatureShortcodes:
    """The site's new-in / deprecated-in shortcodes (by name), read from its templates."""

    def __init__(self, root: Path | None) -> None:
        self.statuses: dict[str, Status] = _read_site(root) if root is not None else {}
        # Shortcodes printing a fixed note through the alert partial (`newtemplatesystem`).
        self.alerts: dict[str, AlertShortcode] = (
            read_alert_shortcodes(root, lambda r, name: _read(_partial_path(r, name)))
            if root is not None
            else {}
        )
        self._alerts_drawn: dict[str, str | None] = {}

    def stash(
        self, text: str, render: Callable[[str], str]
    ) -> tuple[str, Callable[[str], str]]:
        """Each of the shortcodes stands as a word while Markdown is rendered; the function
        puts its HTML back (a word alone in a paragraph takes the paragraph's place, as Hugo
        does). `render` renders the text inside one (Markdown, as `RenderString` does)."""
        drawn: list[str] = []
        if not (self.statuses or self.alerts) or "{{<" not in text:
            return text, _unchanged
        out: list[str] = []
        pos = 0
        for m in _OPENING.finditer(text):
            if m.start() < pos:
                continue
            alert = self.alerts.get(m.group(1))
            if alert is not None and not m.group(2).strip():
                if m.group(1) not in self._alerts_drawn:
                    self._alerts_drawn[m.group(1)] = draw_alert(alert, render, run_simple_template)
                made = self._alerts_drawn[m.group(1)]
                if made is not None:
                    out.append(text[pos : m.start()] + f"liquidtagf{len(drawn)}x")
                    drawn.append(made)
                    pos = m.end()
                continue
            status = self.statuses.get(m.group(1))
            version = _VERSION.match(m.group(2))
            if status is None or version is None:
                continue
            end, inner = m.end(), None
            if not m.group(3):
                close = re.compile(r"\{\{<\s*/\s*" + re.escape(m.group(1)) + r"\s*>\}\}")
                found = close.search(text, end)
                if found is None or status.alert is None:
                    continue
                inner, end = text[end : found.start()].strip(), found.end()
            made = _draw(status, version["v"], inner, render)
            if made is None:
                continue
            out.append(text[pos : m.start()] + f"liquidtagf{len(drawn)}x")
            drawn.append(made)
            pos = end
        if not drawn:
            return text, _unchanged
        out.append(text[pos:])

        def put_back(rendered: str) -> str:
            rendered = words_in_tags_as_text(rendered, _WORD, drawn)
            return _WORD_BACK.sub(lambda w: drawn[int(w[1] or w[2])], rendered)

        return "".join(out), put_back


def _unchanged(rendered: str) -> str:
    return rendered


def _draw(status: Status, version: str, inner: str | None, render: Callable[[str], str]) -> str | None:
    href = status.href[0] + version + status.href[1]
    if inner is None:
        return (
            f'<span class="{html.escape(status.span_class)}"><a class="'
            f'{html.escape(status.anchor_class)}" href="{html.escape(href)}" target="'
            f'{html.escape(status.target)}">{html.escape(status.words)} v{html.escape(version)}'
            "</a></span>" + status.tail
        )
    assert status.alert is not None
    text = render(f"{status.words} [v{version}]({href})\n\n{inner}")
    made = run_simple_template(status.alert, {"color": status.color, "icon": status.icon}, text)
    return None if made is None else made + status.tail


def _tail(template: str) -> str:
    """What a template prints after its last action, when that is whitespace only."""
    end = template.rfind("}}")
    rest = template[end + 2 :] if end >= 0 else ""
    return rest if not rest.strip() else ""


def _read_site(root: Path) -> dict[str, Status]:
    found: dict[str, Status] = {}
    partials: dict[str, dict[str, Status] | None] = {}
    for name, text in shortcode_templates(root).items():
        call = _CALLS_PARTIAL.search(text)
        if call is None:
            continue
        status = _STATUS.search(call["args"])
        if status is None or '"version" $version' not in call["args"]:
            continue
        if call["partial"] not in partials:
            partials[call["partial"]] = _read_partial(root, call["partial"])
        known = partials[call["partial"]]
        if known and status["status"] in known:
            drawn = known[status["status"]]
            found[name] = replace(drawn, tail=drawn.tail + _tail(text))
    return found


def _partial_path(root: Path, name: str) -> Path | None:
    for folder in ("_partials", "partials"):
        path = safe_paths.site_file(root / "layouts" / folder, name)
        if path is not None:
            return path
    return None


def _read(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        with path.open(encoding="utf-8", errors="replace") as f:
            return f.read(_MAX_CHARS)
    except OSError:
        return None


def _read_partial(root: Path, name: str) -> dict[str, Status] | None:
    """The statuses the feature partial `name` prints, or None when it is not of the form
    read here (the badge printed by `_BADGE`, its address by `printf`)."""
    text = _read(_partial_path(root, name))
    if text is None or _BADGE not in text:
        return None
    href, target = _HREF.search(text), _TARGET.search(text)
    if href is None or target is None:
        return None
    bases = {m["name"]: m["value"] for m in _BASE.finditer(text)}
    alert = None
    call = _ALERT_CALL.search(text)
    if _ALERT_TEXT in text and call is not None and '"display" "block"' in text:
        alert = _read(_partial_path(root, call["partial"]))
    statuses: dict[str, Status] = {}
    for branch in _BRANCH.finditer(text):
        values = {m["name"]: m["value"] for m in _WORD_SET.finditer(branch["body"])}
        for m in _PRINTF_SET.finditer(branch["body"]):
            base = bases.get(m["name"] + "Base")
            if base is not None:
                values[m["name"]] = m["before"] + base + m["after"]
        if all(k in values for k in ("classSpan", "classAnchor", "text", "color", "icon")):
            statuses[branch["status"]] = Status(
                values["classSpan"],
                values["classAnchor"],
                values["text"],
                values["color"],
                values["icon"],
                (href["before"], href["after"]),
                target["value"],
                alert,
                _tail(text),
            )
    return statuses or None


# -- a Go template simple enough to read --------------------------------------------------

_ACTION = re.compile(r"\{\{(-?)\s*(.*?)\s*(-?)\}\}", re.S)
_ASSIGN = re.compile(r'^\$(\w+)\s*:=\s*\.(\w+)(?:\s*\|\s*default\s+"([^"]*)")?$')


def run_simple_template(template: str, given: dict[str, str], text_html: str) -> str | None:
    """The output of a Go template made of `{{ $x := .key | default "v" }}`, `{{ $x }}`,
    `{{ with $x }}...{{ end }}` and `{{ . }}` inside it, for the values `given` (`.text` is
    `text_html`, HTML printed as it is); None when it holds anything else."""
    given = {**given, "text": text_html}
    values: dict[str, str] = {}
    out: list[str] = []
    skipping: list[bool] = []  # per open `with`: is its body left out
    dots: list[str] = []
    at = 0
    trim_next = False
    for m in _ACTION.finditer(template):
        before = template[at : m.start()]
        if trim_next:
            before = before.lstrip()
        if m.group(1):
            before = before.rstrip()
        if not any(skipping):
            out.append(before)
        at, trim_next = m.end(), bool(m.group(3))
        action = m.group(2)
        assign = _ASSIGN.match(action)
        if assign:
            values[assign[1]] = given.get(assign[2]) or assign[3] or ""
        elif action.startswith("with $"):
            value = values.get(action[6:].strip(), "")
            skipping.append(not value)
            dots.append(value)
        elif action == "end" and skipping:
            skipping.pop()
            dots.pop()
        elif action.startswith("$") and action[1:] in values:
            if not any(skipping):
                name = action[1:]
                out.append(values[name] if name == "text" else html.escape(values[name]))
        elif action == "." and dots:
            if not any(skipping):
                out.append(html.escape(dots[-1]))
        elif action.startswith("/*") and action.endswith("*/"):
            pass
        else:
            return None
    if skipping:
        return None
    rest = template[at:]
    out.append(rest.lstrip() if trim_next else rest)
    return "".join(out)
