"""Hugo shortcodes that print a fixed note through the site's alert partial, drawn as Hugo
prints them (hugo-docs' `{{< newtemplatesystem >}}`, on 3 pages: "We did a complete overhaul
of Hugo's template system..." in an orange box).

Told by their template, read from the site: a text set as a raw string (`{{ $text := `...`
}}`), then one call of a partial with a `dict` of quoted words and that text rendered as
Markdown (`"text" ($text | $.Page.RenderString)`), nothing else but whitespace around them
(a comment keeps the placeholder). The partial must be one `hugo_feature_state.run_simple_template` can run (values
with defaults, `{{ $x }}`, `with`), as hugo-docs' `layouts/blocks/alert.html` is. The text is
rendered by the page's engine and, as `RenderString` shows it inline, taken out of its one
paragraph (Hugo's `TrimShortHTML`). Byte for byte what Hugo 0.111 prints with hugo-docs'
templates (`tests/core/engines/test_hugo_alert_shortcodes.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from editor_app.core.engines.hugo_shortcode_templates import shortcode_templates

_TEXT_SET = re.compile(r"\{\{(?P<d1>-?)\s*\$(?P<name>\w+)\s*:=\s*`(?P<text>[^`]*)`\s*(?P<d2>-?)\}\}")
_PARTIAL = re.compile(
    r'\{\{(?P<d1>-?)\s*partial\s+"(?P<partial>[\w./-]+)"\s*\(\s*dict\s+(?P<args>.*?)\)\s*'
    r"(?P<d2>-?)\}\}",
    re.S,
)
_ARG = re.compile(
    r'\s*"(?P<key>\w+)"\s+(?:"(?P<value>[^"\\]*)"'
    r"|\(\s*\$(?P<rendered>\w+)\s*\|\s*\$?\.Page\.RenderString\s*\))"
)


@dataclass(frozen=True)
class AlertShortcode:
    """A shortcode's fixed note: its Markdown, the partial's template and its other values,
    and the template's whitespace around the partial's output."""

    markdown: str
    partial: str
    values: dict[str, str]
    before: str
    after: str


def read_alert_shortcodes(
    root: Path, read_partial: Callable[[Path, str], str | None]
) -> dict[str, AlertShortcode]:
    """The site's shortcodes of that form by name (`read_partial(root, name)`: a partial's
    template text, None when not found)."""
    found: dict[str, AlertShortcode] = {}
    for name, template in shortcode_templates(root).items():
        drawn = _read(template, root, read_partial)
        if drawn is not None:
            found[name] = drawn
    return found


def _read(
    template: str, root: Path, read_partial: Callable[[Path, str], str | None]
) -> AlertShortcode | None:
    if "RenderString" not in template or "partial" not in template or "/*" in template:
        return None
    text = template
    setting, call = _TEXT_SET.search(text), _PARTIAL.search(text)
    if setting is None or call is None or setting.end() > call.start():
        return None
    if text[: setting.start()].strip() or text[setting.end() : call.start()].strip():
        return None
    if text[call.end() :].strip():
        return None
    values: dict[str, str] = {}
    markdown = None
    args, at = call["args"].rstrip(), 0
    while at < len(args):
        arg = _ARG.match(args, at)
        if arg is None:
            return None
        if arg["rendered"] is not None:
            if arg["rendered"] != setting["name"]:
                return None
            markdown = setting["text"]
            values[arg["key"]] = ""  # where the rendered text goes (`text`)
        else:
            values[arg["key"]] = arg["value"]
        at = arg.end()
    partial = read_partial(root, call["partial"])
    if markdown is None or partial is None or set(values).isdisjoint({"text"}):
        return None
    between = "" if setting["d2"] or call["d1"] else text[setting.end() : call.start()]
    after = "" if call["d2"] else text[call.end() :]
    before = "" if setting["d1"] else text[: setting.start()]
    return AlertShortcode(markdown, partial, values, before + between, after)


def trim_short_html(rendered: str) -> str:
    """Hugo's `TrimShortHTML`, how `RenderString` shows Markdown inline: one paragraph's
    `<p>` and `</p>` taken off, and the space around."""
    if rendered.find("<p") == rendered.rfind("<p"):
        rendered = rendered.strip()
        rendered = rendered.removeprefix("<p>").removesuffix("</p>")
        rendered = rendered.strip()
    return rendered


def draw_alert(
    shortcode: AlertShortcode,
    render: Callable[[str], str],
    run: Callable[[str, dict[str, str], str], str | None],
) -> str | None:
    """The HTML the shortcode prints (`render`: the page's Markdown engine; `run`: the
    partial's simple template runner), None when the partial cannot be run."""
    text_html = trim_short_html(render(shortcode.markdown))
    given = {k: v for k, v in shortcode.values.items() if k != "text"}
    made = run(shortcode.partial, given, text_html)
    return None if made is None else shortcode.before + made + shortcode.after
