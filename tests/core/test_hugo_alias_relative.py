"""A Hugo alias without a leading slash is from the folder of the page's own address (`old/`
on `/posts/sluggy/` is `/posts/old/`, on a French page under `/fr/`, `../up/` goes up), as
`hugo` builds it; editor-app took it from the site's root, so a link to the alias's real
address was told broken and one to where it is not was let pass."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

CONFIG = """baseURL = "https://example.org/"
title = "T"
defaultContentLanguage = "en"
[languages.en]
weight = 1
[languages.fr]
weight = 2
"""
# (file, its header's extra lines)
PAGES = [
    ("posts/a.md", 'slug: sluggy\naliases: ["rel-a/", "../up-a/"]'),
    ("posts/bund/index.md", 'aliases: ["rel-b/"]'),
    ("posts/deep/er/c.md", 'url: /elsewhere/c/\naliases: ["rel-c/"]'),
    ("posts/deep/er/d.fr.md", 'aliases: ["rel-d/", "/abs-d/"]'),
]
# Where hugo 0.111 publishes each alias.
ALIASES = [
    "/posts/rel-a/",
    "/up-a/",
    "/posts/rel-b/",
    "/elsewhere/rel-c/",
    "/fr/posts/deep/er/rel-d/",
    "/abs-d/",
]


def test_a_relative_alias_is_from_the_page_s_own_folder(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "layouts" / "_default" / "single.html").write_text("{{ .RelPermalink }}")
    (root / "hugo.toml").write_text(CONFIG)
    for name, header in PAGES:
        page = root / "content" / name
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"---\ntitle: {page.stem}\n{header}\n---\nx\n")
    links = " ".join(f"[l]({a})" for a in [*ALIASES, "/rel-a/", "/rel-d/"])
    (root / "content" / "links.md").write_text(f"---\ntitle: Links\n---\n{links}\n")

    found = validate_site(Site.open(root))
    broken = sorted(p.message.split("'")[1] for p in found if p.code == "broken-link")
    assert broken == ["/rel-a/", "/rel-d/"]

    hugo = shutil.which("hugo")
    if hugo is None:
        return
    subprocess.run([hugo, "--quiet", "-s", str(root)], check=True, timeout=60)
    for alias in ALIASES:
        assert (root / "public" / alias.strip("/") / "index.html").is_file(), alias
    assert not (root / "public" / "rel-a").exists()
