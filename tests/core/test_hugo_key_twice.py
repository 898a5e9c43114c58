"""A Hugo page whose header gives `slug` (or `url`, `title`) twice, or in two spellings: the
address is the one `hugo` builds. The header's reader keeps a key's last value; a key in
capitals (`Slug:`) wins over the same key in small letters wherever it stands, where
editor-app took whichever came last."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from editor_app.core.site import Site

# (the page's header lines, its address)
HEADERS = [
    ("slug: first\nslug: second", "/posts/second/"),
    ("slug: first\nSlug: second", "/posts/second/"),
    ("Slug: first\nslug: second", "/posts/first/"),
    ("SLUG: first\nslug: second", "/posts/first/"),
    ("URL: /from-capitals/\nurl: /from-small/", "/from-capitals/"),
]


@pytest.mark.parametrize(("header", "address"), HEADERS)
def test_a_key_given_twice_places_the_page_as_hugo_does(
    tmp_path: Path, header: str, address: str
) -> None:
    root = tmp_path / "site"
    (root / "content" / "posts").mkdir(parents=True)
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "layouts" / "_default" / "single.html").write_text("{{ .RelPermalink }}")
    (root / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "T"\n')
    page = root / "content" / "posts" / "a.md"
    page.write_text(f"---\ntitle: A\n{header}\n---\nText.\n")
    assert Site.open(root).url_for(page) == address

    hugo = shutil.which("hugo")
    if hugo is None:
        return
    subprocess.run([hugo, "--quiet", "-s", str(root)], check=True, timeout=60)
    assert (root / "public" / address.strip("/") / "index.html").read_text() == address
