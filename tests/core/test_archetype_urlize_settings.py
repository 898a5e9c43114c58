"""`urlize` in a Hugo archetype follows the site's path settings as Hugo's addresses do:
`removePathAccents` takes accents off (`Café` -> `cafe`), `disablePathToLower` keeps the case;
compared with what `hugo new` writes where hugo is installed."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_archetype_hugo import hugo_new, needs_hugo, tree, twins, write

from editor_app.core.new_page import new_page_start
from editor_app.core.site import Site

ARCHETYPE = (
    "---\ntitle: x\n---\n"
    'a: {{ urlize "Crème Brûlée Café" }}\nb: {{ "Ångström Über" | urlize }}\nc: {{ .Name | urlize }}\n'
)
SETTINGS = {
    "accents": ("removePathAccents = true\n", "creme-brulee-cafe", "angstrom-uber", "emile-cafe"),
    "case": (
        "disablePathToLower = true\n", "Cr%C3%A8me-Br%C3%BBl%C3%A9e-Caf%C3%A9",
        "%C3%85ngstr%C3%B6m-%C3%9Cber", "%C3%89mile-Caf%C3%A9",
    ),
    "both": (
        "removePathAccents = true\ndisablePathToLower = true\n", "Creme-Brulee-Cafe",
        "Angstrom-Uber", "Emile-Cafe",
    ),
    "neither": ("", "cr%C3%A8me-br%C3%BBl%C3%A9e-caf%C3%A9", "%C3%A5ngstr%C3%B6m-%C3%BCber",
                "%C3%A9mile-caf%C3%A9"),
}  # fmt: skip


def _site(root: Path, settings: str) -> Path:
    write(root / "hugo.toml", f"title = 'S'\n{settings}")
    write(root / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    write(root / "archetypes" / "posts.md", ARCHETYPE)
    return root


def _ours(root: Path) -> str:
    path = root / "content" / "posts" / "Émile Café.md"
    data, note = new_page_start(Site.open(root), "posts", "x", None, path=path)
    assert note is None
    path.write_bytes(data)
    return data.decode("utf-8")


@pytest.mark.parametrize("case", sorted(SETTINGS))
def test_urlize_follows_the_sites_path_settings(tmp_path: Path, case: str) -> None:
    settings, a, b, c = SETTINGS[case]
    written = _ours(_site(tmp_path, settings))
    assert f"a: {a}\nb: {b}\nc: {c}\n" in written


@needs_hugo
@pytest.mark.parametrize("case", sorted(SETTINGS))
def test_urlize_is_what_hugo_new_writes(tmp_path: Path, case: str) -> None:
    ours, theirs = twins(_site(tmp_path / "site", SETTINGS[case][0]), tmp_path)
    hugo_new(theirs, "posts/Émile Café.md")
    _ours(ours)
    assert tree(ours / "content") == tree(theirs / "content")
