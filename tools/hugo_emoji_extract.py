"""Copy Hugo's emoji table (what `enableEmoji = true` prints for each `:code:`) into the
preview's data.

Usage: .venv/bin/python tools/hugo_emoji_extract.py [HUGO]   (default: the `hugo` on PATH)

Hugo's table is compiled into its binary (the `kyokomi/emoji` package, MIT). Every
`:code:` written in the binary is a candidate; one scratch site with `enableEmoji = true`
prints each in its own paragraph, and the codes Hugo replaced are written, with what it
printed, to `editor_app/core/engines/goldmark_ext/hugo_data/emoji.json`.
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
TABLE = ROOT / "editor_app" / "core" / "engines" / "goldmark_ext" / "hugo_data" / "emoji.json"
# What Hugo's page reader takes for a code (it reads byte by byte: ASCII only), from every
# colon (strings lie side by side in the binary, `https:hugs:`, so matches overlap).
_CODE = re.compile(rb"(?=(:[A-Za-z0-9_+-]+:))")


def hugo_emoji(hugo: str) -> dict[str, str]:
    """{code: what Hugo prints for it} for every code Hugo replaces."""
    binary = Path(shutil.which(hugo) or hugo).read_bytes()
    codes = sorted({m.decode() for m in _CODE.findall(binary)})
    with tempfile.TemporaryDirectory(prefix="hugo-emoji-") as tmp:
        site = Path(tmp)
        (site / "layouts" / "_default").mkdir(parents=True)
        (site / "layouts" / "_default" / "single.html").write_text("{{ .Content }}")
        (site / "layouts" / "_default" / "list.html").write_text("")
        (site / "content").mkdir()
        config = {
            "baseURL": "http://example.org/",
            "enableEmoji": True,
            "disableKinds": ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"],
        }
        (site / "config.json").write_text(json.dumps(config))
        body = "\n\n".join(f"n{n} {code}" for n, code in enumerate(codes))
        (site / "content" / "all.md").write_text(f"---\ntitle: all\n---\n{body}\n", "utf-8")
        subprocess.run([hugo, "--quiet", "-d", "out", "-s", str(site)], check=True)
        html = (site / "out" / "all" / "index.html").read_text("utf-8")
    printed = dict(re.findall(r"<p>n(\d+) (.*?)</p>", html))
    return {
        code: printed[str(n)]
        for n, code in enumerate(codes)
        # What Goldmark alone changed (`:a--b:` has a dash) is no emoji.
        if printed.get(str(n), code) != code and not set(printed[str(n)]) & set(":<&")
    }


def main(argv: list[str]) -> int:
    table = hugo_emoji(argv[0] if argv else "hugo")
    TABLE.parent.mkdir(exist_ok=True)
    lines = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in table.items()]
    TABLE.write_text("{\n" + ",\n".join(lines) + "\n}\n", "utf-8")
    print(f"{len(table)} emoji codes written to {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
