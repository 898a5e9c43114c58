"""Hugo's blockquote alerts (`> [!NOTE]`), for sites whose blockquote render hook shows them.

Hugo (0.132 on) reads a quote whose first line is `[!TYPE]` (GitHub's alert syntax; an
optional `+` or `-` and a title after it, as Obsidian writes them) as an alert, and hands the
site's `render-blockquote.html` hook its type, title and text. A hook that uses `.AlertType`
draws a box (hugo-docs: 188 pages of notes, tips and warnings); the preview draws one of its
own, `<div class="alert alert-note">`, with the kind's icon (`alert-icon`), the title when
there is one (none for `[!NOTE]` alone, as the hook prints), and without the `[!NOTE]` line. Without such a hook Hugo prints the quote as written, and so does the preview.
"""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

# GitHub's five kinds, the ones hooks draw (hugo-docs' hook refuses any other).
KINDS = frozenset(["note", "tip", "important", "warning", "caution"])
_MARK = re.compile(r"^\[!([A-Za-z]+)\]([+-]?)[ \t]*(.*)$")


def site_shows_alerts(root: Path) -> bool:
    """The site has a blockquote render hook that draws alerts (its own, not a theme's)."""
    layouts = root / "layouts"
    if not layouts.is_dir():
        return False
    for hook in layouts.glob("**/_markup/render-blockquote*.html"):
        try:
            text = hook.read_text("utf-8", errors="replace")
        except OSError:
            continue
        if "AlertType" in text or hook.stem.endswith("-alert"):
            return True
    return False


def alerts_plugin(md: MarkdownIt) -> None:
    """Quotes opening with `[!NOTE]` (or TIP, IMPORTANT, WARNING, CAUTION) become alert boxes."""
    md.core.ruler.after("block", "goldmark_alerts", _alerts)
    md.add_render_rule("alert_icon", _icon)


def _icon(self, tokens, idx, options, env) -> str:  # noqa: ANN001 (markdown-it's signature)
    # Its own token: the site's raw HTML setting (left out when unsafe) is not for it.
    return f'<span class="alert-icon alert-icon-{tokens[idx].info}"></span>\n'


def _alerts(state: StateCore) -> None:
    tokens = state.tokens
    i = 0
    while i < len(tokens):
        opening = tokens[i]
        if opening.type == "blockquote_open" and _is_alert(tokens, i):
            _make_alert(tokens, i)
        i += 1


def _is_alert(tokens: list[Token], i: int) -> bool:
    if i + 2 >= len(tokens) or tokens[i + 1].type != "paragraph_open":
        return False
    inline = tokens[i + 2]
    if inline.type != "inline":
        return False
    m = _MARK.match(inline.content.partition("\n")[0])
    return m is not None and m.group(1).lower() in KINDS


def _make_alert(tokens: list[Token], i: int) -> None:
    opening, inline = tokens[i], tokens[i + 2]
    first, _, rest = inline.content.partition("\n")
    m = _MARK.match(first)
    assert m is not None
    kind, title = m.group(1).lower(), m.group(3).strip()
    closing = next(
        j
        for j in range(i + 1, len(tokens))
        if tokens[j].type == "blockquote_close" and tokens[j].level == opening.level
    )
    opening.tag = tokens[closing].tag = "div"
    opening.attrSet("class", f"alert alert-{kind}")
    if rest.strip():
        inline.content = rest
    else:
        del tokens[i + 1 : i + 4]  # the paragraph held the mark alone
    # The hook's box holds the kind's icon before the words (hugo-docs: information-circle
    # for a note, light-bulb for a tip, exclamation-triangle for a warning), and a title only
    # when the alert gives one (`> [!NOTE]` alone has none: `.AlertTitle` is empty).
    icon = Token("alert_icon", "span", 0, level=opening.level + 1, block=True, info=kind)
    if title:
        level = opening.level + 1
        head = Token("paragraph_open", "p", 1, level=level, block=True)
        head.attrSet("class", "alert-title")
        words = Token("inline", "", 0, level=level + 1, content=title, children=[])
        words.map = opening.map
        close = Token("paragraph_close", "p", -1, level=level, block=True)
        tokens[i + 1 : i + 1] = [head, words, close]
    tokens.insert(i + 1, icon)
