"""The tags a site defines, for telling a mistyped one: a Hugo site's shortcodes (its
templates, its theme's, Hugo's own) and an Eleventy site's tags (its configuration's
shortcodes and tags, those of the plugins it adds that are known, Nunjucks' and Liquid's
own). None when the site's definitions cannot all be known (a theme or module not in the
folder, a plugin from a package not known here): then no tag is said to be unknown, as
the build may well know it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from pathlib import Path

from editor_app.core.engines.hugo_shortcode_templates import shortcode_templates
from editor_app.core.engines.markdown_it import config_texts

HUGO_BUILT_IN = frozenset(
    "comment details figure gist highlight instagram param qr ref relref tweet twitter "
    "twitter_simple vimeo vimeo_simple x x_simple youtube".split()
)
_HUGO_CONFIGS = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
                 "config.yaml", "config.yml", "config.json")
_THEME = re.compile(r"""^\s*["']?theme["']?\s*[=:]\s*\[?\s*["']?([\w./-]+)""", re.M)
_MODULE_IMPORT = re.compile(r"imports|^\s*require\b|^\s*require\s*\(", re.M)

NUNJUCKS_LIQUID_BUILT_IN = frozenset(
    # Nunjucks
    "if elif elseif else endif for endfor asyncEach endeach asyncAll endall macro endmacro "
    "call endcall set endset extends block endblock include import from filter endfilter "
    "raw endraw verbatim endverbatim ifAsync endifAsync "
    # Liquid
    "elsif unless endunless case when endcase break continue cycle tablerow endtablerow "
    "capture endcapture comment endcomment assign increment decrement render layout "
    "endlayout liquid echo "
    # Eleventy's own (the bundle and render plugins come with Eleventy 3)
    "css endcss js endjs html endhtml getBundle getBundleFileUrl renderTemplate endrenderTemplate "
    "renderFile".split()
)
_DEFINED = re.compile(
    r"add(?P<paired>Paired)?(?:Nunjucks|Liquid|JavaScript)?(?:Async)?(?:Shortcode|Tag)"
    r"\(\s*[\"'`](?P<name>[\w-]+)[\"'`]"
)
_BUNDLE = re.compile(r"addBundle\(\s*[\"'`](?P<name>[\w-]+)[\"'`]")
_IMPORT = re.compile(
    r"import\s+(?P<what>[\w${},\s*]+?)\s+from\s+[\"'](?P<src>[^\"']+)[\"']"
    r"|(?:const|let|var)\s+(?P<cwhat>[\w${},\s]+?)\s*=\s*require\(\s*[\"'](?P<csrc>[^\"']+)[\"']"
)
_PLUGIN = re.compile(r"addPlugin\(\s*(?P<name>[\w$]+)")
# Packages whose plugins add no Nunjucks or Liquid tag beyond Eleventy's own.
_KNOWN_PACKAGES = {
    "@11ty/eleventy": (),
    "@11ty/eleventy-navigation": (),
    "@11ty/eleventy-img": (),
    "@11ty/eleventy-plugin-webc": (),
    "@11ty/eleventy-plugin-rss": (),
    "@11ty/eleventy-plugin-bundle": (),
    "@11ty/font-awesome": (),
    "@11ty/eleventy-plugin-syntaxhighlight": ("highlight", "endhighlight"),
}


def hugo_shortcode_names(root: Path) -> frozenset[str] | None:
    """Every shortcode name the Hugo site at `root` can use, or None when a theme or module
    it names is not in its folder."""
    names = set(HUGO_BUILT_IN)
    config_text = ""
    for name in _HUGO_CONFIGS:
        for path in (root / name, root / "config" / "_default" / name):
            if path.is_file():
                config_text += path.read_text("utf-8", errors="replace") + "\n"
    if _MODULE_IMPORT.search(config_text):
        return None
    go_mod = root / "go.mod"
    if go_mod.is_file() and "require" in go_mod.read_text("utf-8", errors="replace"):
        return None
    roots = [root]
    for theme in _THEME.findall(config_text):
        theme_root = root / "themes" / theme
        if not theme_root.is_dir():
            return None
        roots.append(theme_root)
    for each in roots:
        names.update(shortcode_templates(each))
        for folder in ("_shortcodes", "shortcodes"):
            # Nested (`layouts/shortcodes/a/b.html` is `a/b`) and other formats (`x.json`).
            base = each / "layouts" / folder
            if base.is_dir():
                for path in base.rglob("*.*"):
                    names.add(path.relative_to(base).as_posix().split(".", 1)[0])
    return frozenset(names)


def eleventy_tag_names(
    root: Path, texts: Sequence[str] | None = None
) -> frozenset[str] | None:
    """Every tag name a page of the Eleventy site at `root` can use (ends of paired ones
    included), or None when a plugin it adds comes from a package not known here
    (`texts`: its `config_texts`, when already read)."""
    texts = config_texts(root) if texts is None else texts
    if not texts:
        return None
    names = set(NUNJUCKS_LIQUID_BUILT_IN)
    for text in texts:
        packages: dict[str, str] = {}
        for m in _IMPORT.finditer(text):
            what, src = (m.group("what"), m.group("src")) if m.group("src") else (
                m.group("cwhat"), m.group("csrc"))
            for bound in re.findall(r"[\w$]+", what.replace(" as ", " ")):
                packages[bound] = src
        for m in _PLUGIN.finditer(text):
            if m.group("name") in ("require", "import", "await"):
                return None  # a plugin required in place: its package is not named here
            src = packages.get(m.group("name"))
            if src is None or src.startswith("."):
                continue  # a local plugin: its text is among `texts`
            known = _KNOWN_PACKAGES.get(src)
            if known is None:
                return None
            names.update(known)
        for m in _DEFINED.finditer(text):
            names.add(m.group("name"))
            if m.group("paired"):
                names.add("end" + m.group("name"))
        for m in _BUNDLE.finditer(text):  # a bundle is a paired shortcode: {% scss %}…{% endscss %}
            names.update((m.group("name"), "end" + m.group("name")))
    return frozenset(names)


def unknown_tag_reason(name: str, known: frozenset[str], what: str) -> str:
    """Why tag `name` fails, said of one the site does not define (`what`: "shortcode",
    "tag"), with the closest name it does define."""
    near = difflib.get_close_matches(name, [k for k in known if not k.startswith("end")], 1)
    hint = f" (did you mean {near[0]}?)" if near else ""
    return f"this site has no {what} named {name}{hint}, and the site's build stops on it"


def unknown_tag_message(name: str, known: frozenset[str], what: str) -> str:
    """Check's line for tag `name` the site does not define."""
    reason = unknown_tag_reason(name, known, what)
    return reason[0].upper() + reason[1:] + "."
