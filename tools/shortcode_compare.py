"""Compare the preview's code shortcodes with Hugo's own, block by block.

Usage: .venv/bin/python tools/shortcode_compare.py HUGO_SITE [--show N]

Every `{{< code-toggle >}}...{{< /code-toggle >}}` and `{{< highlight >}}` block of the
site's `content/` is drawn by the preview (`core/engines/hugo_shortcodes.py`) and by the
`hugo` on PATH, in one scratch site with the site's `[markup]` settings and a shortcode
that prints what the documentation theme's `code-toggle` prints inside its tabs: each of
YAML, TOML and JSON from `transform.Remarshal`, blank lines squeezed, highlighted
(`highlight`, front matter delimiters put in after). The match-rate tools
(`engine_compare.py`) neutralise shortcodes on both sides, so this is how the shortcodes
themselves are measured. Prints the share of identical blocks, per format.
"""

from __future__ import annotations

import argparse
import difflib
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor_app.core.engines.goldmark import GoldmarkEngine, read_markup_config  # noqa: E402
from editor_app.core.engines.hugo_shortcodes import (  # noqa: E402
    _OPENING,
    CodeShortcodes,
    closing_tag,
    shortcode_name,
)

_SHORTCODE = """{{- $fm := in (slice "true" true 1) (.Get "fm") }}
{{- $delimiters := dict "toml" "+++" "yaml" "---" }}
{{- $placeHolder := "#-hugo-placeholder-#" }}
{{- range $lang := slice "yaml" "toml" "json" }}
{{- $hCode := $.Inner | transform.Remarshal $lang }}
{{- if and $fm (in (slice "toml" "yaml") $lang) }}
{{- $hCode = printf "%s\\n%s\\n%s" $placeHolder $hCode $placeHolder }}
{{- end }}
{{- $hCode = $hCode | replaceRE `\\n+` "\\n" }}
<section data-lang="{{ $lang }}">
{{- highlight $hCode $lang "" | replaceRE $placeHolder (index $delimiters $lang) | safeHTML -}}
</section>
{{- end }}
"""
_SECTION = re.compile(r'<section data-lang="(\w+)">(.*?)</section>', re.S)


def blocks(content: Path) -> list[tuple[str, str, str, str]]:
    """(page, name, opening tag's parameters, inside) of every code shortcode block."""
    found = []
    for path in sorted(content.rglob("*.md")):
        text = path.read_text("utf-8", errors="replace")
        for m in _OPENING.finditer(text):
            name = shortcode_name(m)
            if m.group(4) or name == "hl":
                continue
            close = closing_tag(name).search(text, m.end())
            if close is not None:
                inner = text[m.end() : close.start()]
                found.append((str(path.relative_to(content)), name, m.group(3), inner))
    return found


def ours(shortcodes: CodeShortcodes, name: str, params: str, inner: str) -> dict[str, str]:
    """The preview's code box for each format (`highlight`: the one block, as "code")."""
    drawn = shortcodes.draw(name, params, inner) or ""
    if name == "highlight":
        return {"code": drawn.strip()}
    parts = re.findall(r'<div class="code-toggle-panel" data-lang="(\w+)">\s*'
                       r'(<div class="highlight">.*?</div>)', drawn, re.S)
    return {lang: code.strip() for lang, code in parts}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print the first N differences")
    args = parser.parse_args()
    if shutil.which("hugo") is None:
        print("hugo is not installed", file=sys.stderr)
        return 2
    site = args.site
    settings = GoldmarkEngine.for_site(site, hooks=False).settings
    shortcodes = CodeShortcodes(
        settings.no_classes,
        settings.code_style,
        {k: v for k, v in settings.code_options if k != "codefences"},
        site,
    )
    found = blocks(site / "content")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "layouts" / "shortcodes").mkdir(parents=True)
        (root / "layouts" / "_default").mkdir(parents=True)
        (root / "content").mkdir()
        (root / "layouts" / "_default" / "single.html").write_text("{{ .Content }}")
        (root / "layouts" / "shortcodes" / "code-toggle.html").write_text(_SHORTCODE)
        markup = read_markup_config(site).get("highlight") or {}
        config = ['baseURL = "https://example.org/"', 'disableKinds = ["taxonomy", "term",'
                  ' "RSS", "sitemap", "home", "section"]', "[markup.highlight]"]
        config += [f"  {k} = {v!r}".replace("True", "true").replace("False", "false")
                   for k, v in markup.items() if isinstance(v, (str, bool, int))]
        (root / "hugo.toml").write_text("\n".join(config) + "\n")
        for k, (_, name, params, inner) in enumerate(found):
            page = f"---\ntitle: b{k}\n---\n{{{{< {name}{params.rstrip()} >}}}}{inner}{{{{< /{name} >}}}}\n"
            (root / "content" / f"b{k}.md").write_text(page)
        run = subprocess.run(
            ["hugo", "--quiet", "-s", str(root), "-d", str(root / "public")],
            capture_output=True, text=True, timeout=600,
        )
        if run.returncode:
            print(f"hugo could not build the blocks: {run.stderr.strip()[:300]}", file=sys.stderr)
            return 2
        same: dict[str, list[int]] = {}
        shown = 0
        for k, (page, name, params, inner) in enumerate(found):
            out = (root / "public" / f"b{k}" / "index.html").read_text("utf-8")
            if name == "highlight":
                theirs = {"code": out.strip().removeprefix("<p>").removesuffix("</p>").strip()}
            else:
                theirs = {lang: body.strip() for lang, body in _SECTION.findall(out)}
            mine = ours(shortcodes, name, params, inner)
            for fmt, ref in theirs.items():
                tally = same.setdefault(fmt, [0, 0])
                tally[1] += 1
                if mine.get(fmt) == ref:
                    tally[0] += 1
                elif shown < args.show:
                    shown += 1
                    print(f"--- {page} ({fmt})")
                    diff = difflib.unified_diff(
                        html.unescape(re.sub(r"<[^>]+>", "", ref)).splitlines(),
                        html.unescape(re.sub(r"<[^>]+>", "", mine.get(fmt, ""))).splitlines(),
                        "hugo", "preview", lineterm="", n=1,
                    )
                    lines = list(diff)
                    if not lines:  # the same text: the markup differs
                        lines = list(difflib.unified_diff(
                            ref.split("<span class=\"line"), mine.get(fmt, "").split(
                                "<span class=\"line"), "hugo", "preview", lineterm="", n=0))
                    print("\n".join(lines[:30]))
        for fmt, (n, total) in same.items():
            print(f"{fmt}: {n} of {total} blocks identical ({100 * n / max(total, 1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
