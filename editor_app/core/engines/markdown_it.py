"""markdown-it (Eleventy): markdown-it-py, a faithful port, set up as Eleventy sets it up.

Eleventy's default is `markdownIt({html: true})` with indented code blocks turned off
(Eleventy 2.0 and later; a site on Eleventy 0.x or 1.x keeps them). A site may change
that in its configuration; the options it writes out plainly (`markdownIt({linkify: true})`, `mdLib.set({breaks: true})`,
`.enable("code")`) are read from the JavaScript text without running it, and the
plugins it adds with `.use(...)` are named in a note, since the preview lacks them (but the
table of contents, run: `eleventy_toc.py`).
"""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from editor_app.core.engines import ELEVENTY_CONFIGS
from editor_app.core.engines.eleventy_toc import PLUGIN, TocSettings, read_toc_settings, toc_plugin
from editor_app.core.engines.markdown_it_compat import apply_profile
from editor_app.core.engines.markdown_it_versions import (
    DEFAULT_VERSION,
    eleventy_major,
    markdown_it_version,
)

DEFAULT_OPTIONS = {"html": True, "linkify": False, "typographer": False, "breaks": False}
_BOOLEAN_OPTIONS = ("html", "linkify", "typographer", "breaks", "xhtmlOut")
# `html: true`, also with the key quoted (`"html": true`, `'breaks': false`).
_OPTION = re.compile(r"\b(" + "|".join(_BOOLEAN_OPTIONS) + r")[\"']?\s*:\s*(true|false)\b")
# `markdownIt({...})`, `markdownIt(options)` with `options = {...}`, `mdLib.set({...})`.
_LIBRARY_CALL = re.compile(r"\b(?:markdownIt|MarkdownIt|markdownit)\s*\(\s*(\{[^{}]*\}|\w+)")
_SET_CALL = re.compile(r"\.set\s*\(\s*(\{[^{}]*\})")
_OBJECT_VAR = r"\b(?:const|let|var)\s+{name}\s*=\s*(\{{[^{{}}]*\}})"
_RULE_SWITCH = re.compile(r"\.(enable|disable)\s*\(\s*(\[[^\]]*\]|[\"'][\w-]+[\"'])")
_USE = re.compile(r"\.use\s*\(\s*([\w$.]+)")
_IMPORT = re.compile(
    r"""(?:import\s+(?:\{?\s*([\w$]+)[^;'"]*?\}?)\s+from\s+|(?:const|let|var)\s+([\w$]+)\s*=\s*require\s*\(\s*)["']([^"']+)["']"""
)
_LOCAL_IMPORT = re.compile(r"""(?:from\s+|require\s*\(\s*|import\s+)["'](\.{1,2}/[^"']+)["']""")
_AMENDS = re.compile(r"\b(?:amendLibrary|setLibrary)\s*\(\s*[\"']md[\"']")


class MarkdownItEngine:
    """markdown-it with Eleventy's defaults and the options the site declares."""

    name = "markdown-it"

    def __init__(
        self,
        options: dict[str, bool] | None = None,
        disabled: tuple[str, ...] = ("code",),
        notes: tuple[str, ...] = (),
        version: str = DEFAULT_VERSION,
        plugins: tuple[str, ...] = (),
        toc: TocSettings | None = None,
        config_texts: tuple[str, ...] | None = None,
    ) -> None:
        self.options = {**DEFAULT_OPTIONS, **(options or {})}
        self.disabled = disabled
        self.notes = notes
        self.plugins = plugins  # the site's markdown-it plugins the preview lacks
        # The markdown-it major version whose output is followed: "12", "13" or "14".
        self.version = version
        md = MarkdownIt("js-default", dict(self.options))
        apply_profile(md, version)
        if disabled:
            md.disable(list(disabled), ignoreInvalid=True)
        # markdown-it (JavaScript) never starts a block on a line indented 4 or more, even
        # with indented code off; markdown-it-py does when code is off. Eleventy is the former.
        md.block.ruler.before("table", "indented_is_text", _indented_is_text)
        if self.options.get("linkify"):
            try:
                import linkify_it  # noqa: F401 (markdown-it-py needs it for `linkify`)
            except ImportError:
                # Never fail on a page: leave bare addresses as text, and say so.
                md.options["linkify"] = False
                md.disable("linkify", ignoreInvalid=True)
                self.notes += ("Bare web addresses are not shown as links in this preview.",)
        if toc is not None:  # the site's table of contents, run (`eleventy_toc.py`)
            md.use(toc_plugin, toc)
        self.toc = toc
        # The site's configuration as read once (`for_site`), for the shortcodes drawn;
        # None when no site's was read.
        self.config_texts = config_texts
        self._md = md

    @classmethod
    def for_site(
        cls, root: Path | None, version: str | None = None, run_plugins: bool = True
    ) -> MarkdownItEngine:
        """The engine set up as the site at `root` sets up markdown-it (`version` overrides);
        `run_plugins` off: markdown-it alone, every plugin of the site named in a note."""
        if root is None:
            return cls(version=version or DEFAULT_VERSION)
        version = version or markdown_it_version(root)[0]
        texts = config_texts(root)  # read once: options, plugins, table of contents, shortcodes
        options, disabled, plugins = read_eleventy_config(root, texts)
        toc = read_toc_settings(texts) if run_plugins and PLUGIN in plugins else None
        if toc is not None:
            plugins = [p for p in plugins if p != PLUGIN]
        notes = ()
        if plugins:
            notes = (_plugins_note(plugins),)
        return cls(options, disabled, notes, version, tuple(plugins), toc, tuple(texts))

    def notes_for(self, text: str, html: str | None = None) -> tuple[str, ...]:
        """The notes that apply to a page of Markdown `text`: a plugin whose syntax the page
        does not use (and no template tag could bring in) changes nothing there."""
        if not self.plugins:
            return self.notes
        used = [p for p in self.plugins if _plugin_may_act(p, text)]
        others = tuple(n for n in self.notes if n != _plugins_note(self.plugins))
        return ((_plugins_note(used),) if used else ()) + others

    def render_inline(self, text: str) -> str:
        """markdown-it's `renderInline` of `text` (what a site's shortcode may call)."""
        try:
            return self._md.renderInline(text)
        except (RecursionError, ValueError, IndexError, KeyError, AttributeError, TypeError):
            import html

            return html.escape(text, quote=False)

    def render(self, text: str, env: dict | None = None) -> str:
        """The HTML markdown-it makes of `text` (`env`: see `Engine.render`)."""
        try:
            return self._md.render(text, env)
        except (RecursionError, ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
            from editor_app.core.engines.kramdown import unformatted

            return unformatted(text, e)


def _indented_is_text(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    state._code_enabled = True  # only what rules ask of `is_code_block`: the indent test
    return False


def config_texts(root: Path) -> list[str]:
    """The site's Eleventy configuration and the local modules it imports (one level)."""
    texts = []
    for name in ELEVENTY_CONFIGS:
        path = root / name
        if not path.is_file():
            continue
        try:
            text = path.read_text("utf-8", errors="replace")
        except OSError:
            continue
        texts.append(text)
        for rel in _LOCAL_IMPORT.findall(text):
            module = (path.parent / rel).resolve()
            candidates = [module] + [module.with_name(module.name + s) for s in (".js", ".mjs")]
            for candidate in candidates:
                try:
                    candidate.relative_to(root.resolve())
                except ValueError:
                    continue  # never read outside the site
                if candidate.is_file() and candidate.stat().st_size < 1_000_000:
                    texts.append(candidate.read_text("utf-8", errors="replace"))
                    break
        break
    return texts


# What each well-known plugin reacts to in a page's Markdown; a page without it looks the same
# with or without the plugin. Unknown plugins may act anywhere.
_PLUGIN_SYNTAX = {
    "markdown-it-table-of-contents": re.compile(r"\[\[toc\]\]", re.IGNORECASE),
    "markdown-it-toc-done-right": re.compile(r"\$\{toc\}|\[\[toc\]\]", re.IGNORECASE),
    "markdown-it-footnote": re.compile(r"\[\^"),
    "markdown-it-emoji": re.compile(r":[a-z0-9_+-]+:|[:;]-?[()DPp]"),
    "markdown-it-container": re.compile(r"^[ \t]*:::", re.MULTILINE),
    "markdown-it-attrs": re.compile(r"\{[^}\n]*\}"),
    "markdown-it-mark": re.compile(r"=="),
    "markdown-it-ins": re.compile(r"\+\+"),
    "markdown-it-abbr": re.compile(r"^\*\[", re.MULTILINE),
    "markdown-it-deflist": re.compile(r"^[ \t]{0,3}[:~][ \t]", re.MULTILINE),
    "markdown-it-sub": re.compile(r"~"),
    "markdown-it-sup": re.compile(r"\^"),
}
# A template tag (Liquid, Nunjucks) may write any Markdown, a plugin's syntax included (the
# Eleventy site's {% tableofcontents %} writes [[toc]]).
_TEMPLATE_TAG = re.compile(r"\{%|\{\{")


def _plugin_may_act(label: str, text: str) -> bool:
    syntax = _PLUGIN_SYNTAX.get(label.rsplit("/", 1)[-1])
    return syntax is None or bool(_TEMPLATE_TAG.search(text) or syntax.search(text))


def _plugins_note(plugins: list[str] | tuple[str, ...]) -> str:
    return (
        "This site adds Markdown plugins the preview does not have ("
        + ", ".join(plugins)
        + "), so some parts of the page may look different on the published site."
    )


def read_eleventy_config(
    root: Path, texts: list[str] | None = None
) -> tuple[dict[str, bool], tuple[str, ...], list[str]]:
    """(options, disabled rules, plugin names) the site's configuration declares plainly
    (`texts`: its `config_texts`, when already read)."""
    options: dict[str, bool] = {}
    # Eleventy 2.0 turned indented code blocks off; before it they were on.
    major = eleventy_major(root)
    disabled = {"code"} if major is None or major >= 2 else set()
    plugins: list[str] = []
    for text in config_texts(root) if texts is None else texts:
        if not _AMENDS.search(text) and "markdown-it" not in text:
            continue
        objects = []
        for m in _LIBRARY_CALL.finditer(text):
            arg = m.group(1)
            if arg.startswith("{"):
                objects.append(arg)
            else:
                var = re.search(_OBJECT_VAR.format(name=re.escape(arg)), text)
                if var:
                    objects.append(var.group(1))
            if "setLibrary" in text:
                # A library of the site's own: markdown-it's defaults, then its options.
                options.setdefault("html", False)
                disabled.discard("code")
        objects += _SET_CALL.findall(text)
        for obj in objects:
            for key, value in _OPTION.findall(obj):
                options[key] = value == "true"
        for action, names in _RULE_SWITCH.findall(text):
            for rule in re.findall(r"[\"']([\w-]+)[\"']", names):
                (disabled.add if action == "disable" else disabled.discard)(rule)
        imports = {}
        for m in _IMPORT.finditer(text):
            imports[m.group(1) or m.group(2)] = m.group(3)
        for name in _USE.findall(text):
            label = imports.get(name.split(".")[0], name)
            if label not in plugins:
                plugins.append(label)
    return options, tuple(sorted(disabled)), plugins
