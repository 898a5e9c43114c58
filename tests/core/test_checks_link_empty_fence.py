"""On Hugo a reference definition's address may stand on the next line, but a code fence
opening there is no address: it starts a code block, and `[f]:` stays text on the page
(as hugo builds it), so Check tells it as link-empty."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

BODY = "[one][f] and [two][g].\n\n[f]:\n```\ncode\n```\n\n[g]:\n~~~\nmore\n~~~\n"


def test_a_fence_after_an_empty_definition_is_no_address(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "content").mkdir(parents=True)
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "T"\n')
    (root / "layouts" / "_default" / "single.html").write_text("{{ .Content }}")
    (root / "content" / "a.md").write_text("---\ntitle: A\n---\n" + BODY, encoding="utf-8")

    found = validate_site(Site.open(root))
    told = [(p.line, p.message.split("'")[1]) for p in found if p.code == "link-empty"]
    assert told == [(6, "[f]:"), (11, "[g]:")]

    hugo = shutil.which("hugo")
    if hugo is None:
        return
    subprocess.run([hugo, "--quiet", "-s", str(root)], check=True, timeout=60)
    built = (root / "public" / "a" / "index.html").read_text(encoding="utf-8")
    assert "[one][f]" in built and "<p>[f]:</p>" in built and "<p>[g]:</p>" in built
