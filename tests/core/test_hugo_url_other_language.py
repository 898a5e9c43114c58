"""A Hugo `url:` on a page of another language than the default: with a leading slash it is
the address as written, without one it is under the language's folder (`sans-barre/` on a
French page is `/fr/sans-barre/`), as Hugo's docs say and `hugo` builds it; editor-app took
every `url:` as written, so links to `/fr/sans-barre/` were told broken."""

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
# (file, its url, its address)
PAGES = [
    ("a.md", "about-a/", "/about-a/"),
    ("a.fr.md", "/a-propos/", "/a-propos/"),
    ("b.fr.md", "/fr/deja/", "/fr/deja/"),
    ("c.fr.md", "sans-barre/", "/fr/sans-barre/"),
    ("f.fr.md", "deep/er/f/", "/fr/deep/er/f/"),
]


def _site(root: Path) -> Path:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "layouts" / "_default" / "single.html").write_text("{{ .RelPermalink }}")
    (root / "hugo.toml").write_text(CONFIG)
    for name, url, _ in PAGES:
        (root / "content" / "posts" / name).write_text(f"---\ntitle: {name}\nurl: {url}\n---\nx\n")
    return root


def test_a_url_without_a_leading_slash_is_under_its_language(tmp_path: Path) -> None:
    root = _site(tmp_path / "site")
    site = Site.open(root)
    found = [site.url_for(root / "content" / "posts" / name) for name, _, _ in PAGES]
    assert found == [address for _, _, address in PAGES]

    (root / "content" / "links.md").write_text(
        "---\ntitle: Links\n---\n[one](/fr/sans-barre/) [two](/fr/deep/er/f/) [three](/a-propos/)"
        " [four](/sans-barre/)\n"
    )
    broken = [p.message for p in validate_site(Site.open(root)) if p.code == "broken-link"]
    assert len(broken) == 1 and "'/sans-barre/'" in broken[0]

    hugo = shutil.which("hugo")
    if hugo is None:
        return
    subprocess.run([hugo, "--quiet", "-s", str(root)], check=True, timeout=60)
    for _, _, address in PAGES:
        assert (root / "public" / address.strip("/") / "index.html").read_text() == address


def test_a_url_without_a_leading_slash_on_the_default_language_in_its_subdir(
    tmp_path: Path,
) -> None:
    """With `defaultContentLanguageInSubdir = true` on a site of two languages, `url:
    sans-barre/` on an English page is /en/sans-barre/ (`hugo` 0.111), one with a leading slash
    as written; editor-app gave /sans-barre/, so a link to /sans-barre/, which hugo does not
    build, was not told. With one language hugo keeps it at /sans-barre/."""
    root = tmp_path / "site"
    _site(root)
    setting = "defaultContentLanguageInSubdir = true\n"
    in_subdir = CONFIG.replace("[languages.en]", setting + "[languages.en]")
    (root / "hugo.toml").write_text(in_subdir)
    pages = [("a.md", "/en/about-a/"), ("a.fr.md", "/a-propos/"), ("c.fr.md", "/fr/sans-barre/")]
    site = Site.open(root)
    assert [site.url_for(root / "content/posts" / name) for name, _ in pages] == [
        address for _, address in pages
    ]
    (root / "content" / "links.md").write_text(
        "---\ntitle: Links\n---\n[one](/en/about-a/) [two](/about-a/) [three](/a-propos/)\n"
    )
    broken = [p.message for p in validate_site(Site.open(root)) if p.code == "broken-link"]
    assert len(broken) == 1 and "'/about-a/'" in broken[0]
    hugo = shutil.which("hugo")
    if hugo is not None:
        subprocess.run([hugo, "--quiet", "-s", str(root)], check=True, timeout=60)
        for _, address in pages:
            assert (root / "public" / address.strip("/") / "index.html").read_text() == address
    (root / "hugo.toml").write_text(in_subdir.split("[languages.fr]")[0])  # one language
    for name in ("a.fr.md", "b.fr.md", "c.fr.md", "f.fr.md"):
        (root / "content/posts" / name).unlink()
    assert Site.open(root).url_for(root / "content/posts/a.md") == "/about-a/"
