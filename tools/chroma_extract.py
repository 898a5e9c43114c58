"""Copy Chroma's lexer rules and styles out of the `hugo` binary into the preview's data.

Usage: .venv/bin/python tools/chroma_extract.py [HUGO]   (default: the `hugo` on PATH)

Hugo colours code with Chroma, whose lexers (most of them) and styles are XML files
embedded in the binary. This tool copies them verbatim into
`editor_app/core/engines/goldmark_ext/chroma_data/`, so the preview colours code with
the very rules of the Hugo that builds the site (Debian's 0.111 today):
`lexers/*.xml` (one per lexer), `styles.json` (each style's CSS per token class, as
`hugo gen chromastyles` prints it, the style's own highlighted-line colour kept),
`classes.json` (each token type's class) and
`languages.json` (every fence language that Hugo colours, mapped to its XML file or to
"" for the lexers Chroma writes in Go, which the preview approximates with Pygments).
Chroma is MIT-licensed; its licence is copied next to the data.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "editor_app" / "core" / "engines" / "goldmark_ext" / "chroma_data"
sys.path.insert(0, str(ROOT))

_LEXER = re.compile(rb"<lexer>.*?</lexer>", re.S)
_STYLE_NAME = re.compile(rb'<style name="([^"]+)">')
_CSS_RULE = re.compile(r"/\* (\w+) \*/ (?:\.bg|\.chroma(?: \.([\w-]+))?) \{ ?(.*?) ?\}")
# Lexers whose XML is only half of them: Chroma's Go code hands their `Other` text to the
# HTML lexer (written in Go). The preview keeps its own lexers for these.
_DELEGATING = frozenset({"Go_HTML_Template.xml"})
_CONFIG_TEXT = re.compile(r"<(name|alias|filename)>([^<]*)</\1>")


def _lexers(binary: bytes) -> dict[str, str]:
    """{file name: XML} of every lexer embedded in the binary."""
    out = {}
    for m in _LEXER.finditer(binary):
        xml = m.group(0).decode("utf-8")
        name = re.search(r"<name>(.*?)</name>", xml)
        if name:
            out[re.sub(r"[^\w+#.-]", "_", name.group(1)) + ".xml"] = xml
    return out


def _styles(hugo: str, binary: bytes) -> dict[str, dict[str, str]]:
    """{style: {class or "" for the pre wrapper: css}} as `hugo gen chromastyles` prints."""
    out = {}
    for name in sorted({m.group(1).decode() for m in _STYLE_NAME.finditer(binary)}):
        css = subprocess.run(
            [hugo, "gen", "chromastyles", f"--style={name}", "--highlightStyle="],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        # A type whose entry has only what CSS does not print (`border:#f00`) still gets
        # an empty `style=""` from Hugo; an empty one gets its parent's style or no span.
        xml = re.search(rb'<style name="' + re.escape(name.encode()) + rb'">.*?</style>', binary, re.S)
        named = set(re.findall(r'<entry type="(\w+)" style="[^"]*border:', xml[0].decode()) if xml else ())
        entries = {}
        for m in _CSS_RULE.finditer(css):
            kind, cls, body = m.groups()
            if kind == "PreWrapper":
                entries[""] = body
            elif cls and (body.strip() or kind in named):
                entries[cls] = body.strip()
        out[name] = entries
    return out


def _classes(hugo: str) -> dict[str, str]:
    """Token type -> CSS class (Chroma's StandardTypes) from the stylesheet's comments."""
    css = subprocess.run(
        [hugo, "gen", "chromastyles", "--style=monokai"], capture_output=True, text=True, check=True
    ).stdout
    classes = {"Text": ""}
    for m in _CSS_RULE.finditer(css):
        if m.group(2):
            classes[m.group(1)] = m.group(2)
    return classes


def _known_languages(hugo: str, candidates: list[str]) -> set[str]:
    """The fence languages Hugo colours (it wraps them in `<div class="highlight">`)."""
    with tempfile.TemporaryDirectory(prefix="chroma-names-") as tmp:
        site = Path(tmp)
        (site / "layouts" / "_default").mkdir(parents=True)
        (site / "layouts" / "_default" / "single.html").write_text("{{ .Content }}")
        (site / "config.json").write_text('{"baseURL": "http://example.org/"}')
        (site / "content").mkdir()
        body = "".join(f"```{name}\nx\n```\n\n" for name in candidates)
        (site / "content" / "p.md").write_text('---\ntitle: "p"\n---\n' + body)
        subprocess.run([hugo, "--quiet", "-d", "out", "-s", str(site)], check=True)
        html = (site / "out" / "p" / "index.html").read_text("utf-8")
    blocks = re.findall(r'(<div class="highlight">)?<pre[^>]*><code class="language-([^"]*)"', html)
    return {lang for div, lang in blocks if div}


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    hugo = args[0] if args else shutil.which("hugo") or "hugo"
    binary = Path(shutil.which(hugo) or hugo).read_bytes()
    lexers = _lexers(binary)
    if DATA.exists():
        shutil.rmtree(DATA / "lexers", ignore_errors=True)
    (DATA / "lexers").mkdir(parents=True, exist_ok=True)
    names: dict[str, str] = {}
    patterns: dict[str, str] = {}
    for file_name, xml in sorted(lexers.items()):
        (DATA / "lexers" / file_name).write_text(xml + "\n", "utf-8")
        for kind, value in _CONFIG_TEXT.findall(xml):
            value = value.replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&")
            if kind != "filename":
                names.setdefault(value.lower(), file_name)
            elif value.startswith("*.") and not any(c in value[2:] for c in "*?["):
                # After names and aliases Chroma tries "filename.<lang>": `py` is `*.py`.
                patterns.setdefault(value[2:].lower(), file_name)
    names = {**patterns, **names}
    from editor_app.core.engines.goldmark_ext.chroma_names import CHROMA_LANGUAGES

    candidates = sorted(set(CHROMA_LANGUAGES) | set(names))
    known = _known_languages(hugo, candidates)
    languages = {
        lang: "" if names.get(lang) in _DELEGATING else names.get(lang, "") for lang in sorted(known)
    }
    (DATA / "languages.json").write_text(json.dumps(languages, indent=0) + "\n", "utf-8")
    classes = _classes(hugo)
    (DATA / "classes.json").write_text(json.dumps(classes, indent=0) + "\n", "utf-8")
    styles = _styles(hugo, binary)
    (DATA / "styles.json").write_text(json.dumps(styles, indent=0) + "\n", "utf-8")
    print(f"{len(lexers)} lexers, {len(languages)} languages, {len(styles)} styles in {DATA}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
