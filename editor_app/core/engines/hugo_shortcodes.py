"""Hugo shortcodes that show code, drawn in the preview as the site draws them.

Other shortcodes stay placeholders (`templates.py`); these print code, so their inside is
code, never prose:

- `{{< code-toggle >}}` (Hugo's documentation theme, `layouts/_shortcodes/code-toggle.html`):
  settings written in TOML, YAML or JSON (or, self-closing, taken from the site's
  `data/docs.*` by `config=` or `dataKey=`), printed in the three formats by Remarshal
  (`hugo_remarshal.py`), each coloured as a fence of that language. The site shows them
  as tabs (TOML shown first); so does the preview, without script: each tab a radio
  button's label, the panel after the checked one's label shown (`preview.css`). The
  `{{% code-toggle %}}` form is drawn the same.
- `{{< highlight LANG "OPTIONS" >}}`, Hugo's own: a coloured code block, the options as a
  fence's (`linenos=inline, hl_Lines=3 6-8`); `hl_inline=true` prints inline code.
- `{{< hl LANG >}}` (the theme's): inline coloured code.

A page shows a shortcode as text with `{{</* name */>}}`; those are never matched here.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from editor_app.core.engines import hugo_remarshal
from editor_app.core.engines.hugo_embedded import details_html, figure_html
from editor_app.core.engines.hugo_img import img_html, is_theme_img
from editor_app.core.engines.hugo_param import in_any_case
from editor_app.core.engines.hugo_shortcode_templates import shortcode_templates
from editor_app.core.engines.templates import SHORTCODE, neutralise

# `{{< name ... >}}`, or `{{% code-toggle ... %}}` (groups: name with `<`, name with `%`,
# parameters, `/` of a self-closing tag); a tag ends with the sign it opened with.
_OPENING = re.compile(
    r"\{\{(?:<\s*(code-toggle|highlight|hl|figure|details|img)|%\s*(code-toggle))(?=[\s>%/])"
    r"((?:[^>%{]|[>%](?!\}\})|\{(?!\{))*?)(/?)\s*(?(1)>|%)\}\}"
)
_PARAM = re.compile(r'([\w-]+)=("(?:[^"\\]|\\.)*"|`[^`]*`|\S+)|("(?:[^"\\]|\\.)*"|`[^`]*`|\S+)')
# The word a shortcode's HTML stands as while Markdown is rendered (`templates.py`'s tags
# are `liquidtagNx`; `render_blocks.py` checks no such word is left).
_WORD = re.compile(r"liquidtagb(\d+)x")
_TAG_SPLIT = re.compile(r"(<[^>]*>)")
_WORD_BACK = re.compile(r"<p>(liquidtagb\d+x)</p>\n?|liquidtagb\d+x")
_LABELS = {"toml": "TOML", "yaml": "YAML", "json": "JSON"}
_DELIMITERS = {"toml": "+++", "yaml": "---"}
_PLACEHOLDER = "#-hugo-placeholder-#"
# The newline ending a fence's last line, with the whitespace token it may stand alone in.
_LAST_NEWLINE = re.compile(r"(?:<span[^>]*>\n</span>|\n)(?=(?:</span>)*</code>)")
_DATA_NAMES = ("docs.yaml", "docs.yml", "docs.toml", "docs.json")
# The theme's tabs, in its order, and the one it shows first (its `configFileType`).
_TAB_ORDER = ("yaml", "toml", "json")
_SHOWN = "toml"
# The name of a box's tabs (`code-toggle-` and a key), in its buttons' attributes.
_TAB_NAME = re.compile(r'(?<= name=")code-toggle-[\w-]+(?=")')
_BOX = '<div class="code-toggle">'
_KEY_LENGTH = 10


def shortcode_name(m: re.Match[str]) -> str:
    """The shortcode's name of a match of `_OPENING`."""
    return m.group(1) or m.group(2)


def closing_tag(name: str) -> re.Pattern[str]:
    """The tag that ends the shortcode `name` (`{{< /name >}}`, or with `%`)."""
    return re.compile(r"\{\{[<%]\s*/\s*" + re.escape(name) + r"\s*[>%]\}\}")


def params_of(text: str) -> tuple[dict[str, str], list[str]]:
    """(named, positional) parameters of a shortcode's opening tag, quotes taken off."""
    named: dict[str, str] = {}
    positional: list[str] = []
    for m in _PARAM.finditer(text):
        value = m.group(2) if m.group(1) else m.group(3)
        if value[:1] in "\"`" and len(value) > 1 and value[-1] == value[0]:
            value = value[1:-1].replace('\\"', '"') if value[0] == '"' else value[1:-1]
        if m.group(1):
            named[m.group(1)] = value
        else:
            positional.append(value)
    return named, positional


def _plain_text(drawn: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", drawn)).strip()


def words_in_tags_as_text(rendered: str, word: re.Pattern[str], drawn: list[str]) -> str:
    """`rendered` with each `word` (its group 1 an index in `drawn`) that stands inside a tag
    (a heading's id) as the plain text of the HTML drawn for it: a tag holds no HTML."""
    parts = _TAG_SPLIT.split(rendered)
    for k in range(1, len(parts), 2):
        parts[k] = word.sub(lambda m: html.escape(_plain_text(drawn[int(m[1])])), parts[k])
    return "".join(parts)


def _true(value: str | None) -> bool:
    return (value or "").strip().lower() in ("true", "1")


class CodeShortcodes:
    """Draws the code shortcodes with the site's highlighting settings.

    `no_classes`, `style`, `options`: the site's `[markup.highlight]` (`Settings` of
    `goldmark_ext`); `root`: the site folder, for `data/docs.*`.
    """

    def __init__(
        self,
        no_classes: bool = True,
        style: str = "monokai",
        options: dict[str, str] | None = None,
        root: Path | None = None,
    ) -> None:
        self.no_classes = no_classes
        self.style = style
        self.options = options or {}
        self.root = root
        self._docs: dict[str, Any] | None = None
        # The site's shortcode templates, looked up once a render (`_site_templates`).
        self._templates: dict[str, str] | None = None
        # The page's engine, for the Markdown inside Hugo's details shortcode (None: not drawn).
        self.render_markdown: Callable[[str], str] | None = None

    # -- the page --------------------------------------------------------------------

    def neutralise(
        self, text: str, reason_of: Callable[[str], str | None] | None = None
    ) -> tuple[str, Callable[[str], str]]:
        """`templates.neutralise` for a Hugo page, the code shortcodes drawn: each stands
        as a word while Markdown is rendered, the function puts its HTML back (a word alone
        in a paragraph takes the paragraph's place, as the block it is). `reason_of`: why a
        shortcode left as a placeholder is not drawn (`hugo_not_drawn`)."""
        drawn: list[str] = []
        keys: set[str] = set()
        self._templates = None  # a template added or changed since the last render counts
        if ("{{<" in text or "{{%" in text) and _OPENING.search(text):
            text = self._stash(text, drawn, keys)
        text, restore = neutralise(text, SHORTCODE, reason_of=reason_of)
        if not drawn:
            return text, restore

        def finish(rendered: str) -> str:
            rendered = words_in_tags_as_text(restore(rendered), _WORD, drawn)
            return _WORD_BACK.sub(lambda m: drawn[int(re.sub(r"\D", "", m.group(0)))], rendered)

        return text, finish

    def _stash(self, text: str, drawn: list[str], keys: set[str]) -> str:
        out: list[str] = []
        pos = 0
        while True:
            m = _OPENING.search(text, pos)
            if m is None:
                break
            name, params, self_closing = shortcode_name(m), m.group(3), m.group(4)
            end = m.end()
            inner: str | None = None
            if not self_closing and name not in ("figure", "img"):  # never paired
                close = closing_tag(name).search(text, end)
                nxt = _OPENING.search(text, end)
                if close is None or (nxt is not None and nxt.start() < close.start()):
                    out.append(text[pos:end])  # unmatched: left to the placeholders
                    pos = end
                    continue
                inner, end = text[end : close.start()], close.end()
            key = _key(params, inner, keys)
            made = self.draw(name, params, inner, key)
            if made is None:
                out.append(text[pos:end])
            else:
                out.append(text[pos : m.start()] + f"liquidtagb{len(drawn)}x")
                drawn.append(made)
            pos = end
        out.append(text[pos:])
        return "".join(out)

    def draw(
        self, name: str, params: str, inner: str | None, key: str | None = None
    ) -> str | None:
        """The HTML of shortcode `name` (None: left as a placeholder); `key` makes the ids
        of a code-toggle box's tabs (default: from what the box holds)."""
        named, positional = params_of(params)
        if name == "figure":
            return None if self._site_has("figure") else figure_html(named)
        if name == "img":  # the site's own (hugo-docs' theme), when it is the one drawn
            template = self._site_templates().get("img")
            return img_html(named, template) if template and is_theme_img(template) else None
        if name == "details":
            if inner is None or self.render_markdown is None or self._site_has("details"):
                return None
            return details_html(named, inner, self.render_markdown)
        if name == "code-toggle":
            return self._code_toggle(named, inner, key or _key(params, inner, set()))
        if inner is None:
            return None
        language = (positional[0] if positional else named.get("lang", "")).strip()
        if name == "hl":
            return self._inline(inner.strip(), language or "go", inline_styles=True)
        options = _options(positional[1] if len(positional) > 1 else "", named)
        if _true(options.pop("hl_inline", None)):
            return self._inline(inner.strip(), language, _true(options.get("noclasses")))
        return self._block(_deindent(inner).strip("\n"), language, options)

    def _site_has(self, name: str) -> bool:
        """Whether the site has its own template for shortcode `name` (hiding Hugo's)."""
        return name in self._site_templates()

    def _site_templates(self) -> dict[str, str]:
        """The site's shortcode templates by name, listed and checked once a render (each
        `img`, `figure` or `details` asked again)."""
        if self.root is None:
            return {}
        if self._templates is None:
            self._templates = shortcode_templates(self.root)
        return self._templates

    # -- code --------------------------------------------------------------------

    def _block(self, code: str, language: str, options: dict[str, str] | None = None) -> str:
        """A code block as a fence of `language` with `options` prints it."""
        from editor_app.core.engines.goldmark_ext.code import _fence_html

        options = {**self.options, **(options or {})}
        no_classes = options.pop("noclasses", str(self.no_classes)).lower() == "true"
        info = language + (
            " {" + " ".join(f'{k}="{v}"' for k, v in options.items()) + "}" if options else ""
        )
        fence = SimpleNamespace(info=info, content=code)
        drawn = _fence_html(fence, self.style if no_classes else None)  # type: ignore[arg-type]
        if code.endswith("\n"):
            return drawn
        # Hugo's `highlight` ends the last line where the code ends, a fence with a newline.
        return _LAST_NEWLINE.sub("", drawn, count=1)

    def _inline(self, code: str, language: str, inline_styles: bool) -> str:
        """Inline coloured code, as Hugo's `hl_inline` prints it."""
        from editor_app.core.engines.goldmark_ext.code import (
            escape,
            highlight_lines,
        )
        from editor_app.core.engines.goldmark_ext.code import (
            inline_styles as styles_of,
        )

        lang = escape(language)
        if inline_styles or self.no_classes:
            _, spans = styles_of(self.style)
            text = "".join(highlight_lines(language, code, spans)).rstrip("\n")
            return f'<code class="code-inline language-{lang}">{text}</code>'
        text = "".join(highlight_lines(language, code)).rstrip("\n")
        return f'<code class="code-inline language-{lang}">{text}</code>'

    # -- code-toggle -------------------------------------------------------------------

    def _code_toggle(self, named: dict[str, str], inner: str | None, key: str) -> str | None:
        file = named.get("file", "")
        front_matter = _true(named.get("fm"))
        data: Any = None
        if named.get("config"):
            file = file or "hugo"
            keys = named["config"].split(".")
            section = self._docs_at(["config", *keys])
            if section is None:
                return None
            data = section if _true(named.get("skipHeader")) else _nest(keys, section)
        elif named.get("dataKey"):
            file = file or named["dataKey"]
            data = self._docs_at(named["dataKey"].split("."))
            if data is None:
                return None
        elif inner is None:
            return None
        head = f'<p class="code-toggle-file">{html.escape(file)}</p>\n' if file else ""
        try:
            if data is None:
                _, data = hugo_remarshal.load(inner or "")
            if not isinstance(data, dict):
                raise hugo_remarshal.RemarshalError("it is not a table of settings")
            texts = {fmt: hugo_remarshal.dump(data, fmt) for fmt in hugo_remarshal.FORMATS}
        except (hugo_remarshal.RemarshalError, ValueError, TypeError, RecursionError) as e:
            note = (
                "The preview could not read these settings as TOML, YAML or JSON"
                f" ({e}); they are shown as written."
            )
            code = self._block((inner or "").strip("\n"), "")
            return (
                f'<div class="code-toggle">\n{head}<p class="render-note">{html.escape(note)}'
                f"</p>\n{code}</div>\n"
            )
        # The theme's tabs without script: a radio button per format (hidden) and its
        # label as the tab; the panel right after a checked button's label is shown
        # (`preview.css`). The text preview shows each label above its code.
        name = f"code-toggle-{key}"
        tabs = [f'<p class="code-toggle-file">{html.escape(file + ("" if front_matter else "."))}'
                "</p>\n"] if file else []
        for fmt in _TAB_ORDER:
            code = texts[fmt]
            if front_matter and fmt in _DELIMITERS:
                # Coloured as a comment line, then the delimiter put in (as the theme does).
                code = f"{_PLACEHOLDER}\n{code}\n{_PLACEHOLDER}"
            code = re.sub(r"\n+", "\n", code)
            block = self._block(code, fmt).replace(_PLACEHOLDER, _DELIMITERS.get(fmt, ""))
            checked = " checked" if fmt == _SHOWN else ""
            tabs.append(
                f'<input type="radio" class="code-toggle-tab" name="{name}" id="{name}-{fmt}"'
                f'{checked} /><label for="{name}-{fmt}">{fmt}</label>\n'
                f'<div class="code-toggle-panel" data-lang="{fmt}">\n{block}</div>\n'
            )
        return f'<div class="code-toggle">\n{"".join(tabs)}</div>\n'

    def _docs_at(self, keys: list[str]) -> Any:
        """The part of the site's `data/docs.*` at `keys` (None: not there)."""
        if self._docs is None:
            self._docs = _read_docs(self.root)
        # Hugo finds a key in site data whatever its case (`asciidocExt`, `asciiDocExt`).
        return in_any_case(self._docs, keys)


def _key(params: str, inner: str | None, taken: set[str]) -> str:
    """A key for a box's tabs, from what it holds: the same box keeps its ids when the page
    around it changes; a second box the same on the page gets a number after it."""
    key = hashlib.sha1(f"{params}\0{inner}".encode(errors="replace")).hexdigest()
    key = key[:_KEY_LENGTH]
    n = 1
    while (key if n == 1 else f"{key}-{n}") in taken:
        n += 1
    key = key if n == 1 else f"{key}-{n}"
    taken.add(key)
    return key


def unique_tab_names(page: str) -> str:
    """`page` with each code-toggle box's tabs named apart from every other box's.

    A page drawn in parts (`render_blocks.py`) may hold the same box in two parts, drawn
    with the same key: the radio buttons of both would make one group, each tab's label
    switching the first box only. Each box the same as one before it gets its number on
    the page after its key, as when the page is drawn whole."""
    if page.count(_BOX) < 2:
        return page
    pieces = page.split(_BOX)
    seen: dict[str, int] = {}
    for k in range(1, len(pieces)):
        m = _TAB_NAME.search(pieces[k])
        if m is None:
            continue
        name = m.group(0)
        base = name[: len("code-toggle-") + _KEY_LENGTH]
        seen[base] = seen.get(base, 0) + 1
        new = base if seen[base] == 1 else f"{base}-{seen[base]}"
        if new != name:
            pieces[k] = re.sub(
                r'( (?:name|for|id)=")' + re.escape(name) + r'(?=["-])', rf"\g<1>{new}", pieces[k]
            )
    return _BOX.join(pieces)


def _nest(keys: list[str], value: Any) -> dict[str, Any]:
    for key in reversed(keys):
        value = {key: value}
    return value


def _read_docs(root: Path | None) -> dict[str, Any]:
    if root is None:
        return {}
    for name in _DATA_NAMES:
        path = root / "data" / name
        try:
            if path.is_file():
                _, data = hugo_remarshal.load(path.read_text("utf-8", errors="replace"))
                return data
        except (OSError, hugo_remarshal.RemarshalError):
            return {}
    return {}


def _options(text: str, named: dict[str, str]) -> dict[str, str]:
    """`highlight`'s options (`"linenos=inline, hl_Lines=3 6-8"` or named), lower-cased keys."""
    out: dict[str, str] = {}
    for part in re.split(r",", text):
        key, sep, value = part.partition("=")
        if sep and key.strip():
            out[key.strip().lower()] = value.strip()
    out.update({k.lower(): v for k, v in named.items() if k != "lang"})
    return out


def _deindent(text: str) -> str:
    """Hugo's `.InnerDeindent`: the indent every line shares taken off."""
    lines = text.split("\n")
    indents = [len(line) - len(line.lstrip(" \t")) for line in lines if line.strip()]
    cut = min(indents, default=0)
    return "\n".join(line[cut:] for line in lines)


def open_block_at(text: str, since: int, at: int) -> bool:
    """Whether a code shortcode opened between `since` and `at` is still open at `at`
    (its closing tag after `at`): the page cannot be cut there (`render_cuts.py`)."""
    pos = since
    while True:
        m = _OPENING.search(text, pos, at)
        if m is None:
            return False
        if m.group(4):
            pos = m.end()
            continue
        close = closing_tag(shortcode_name(m)).search(text, m.end())
        if close is None:
            pos = m.end()
            continue
        if close.start() >= at:
            return True
        pos = close.end()
