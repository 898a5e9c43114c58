"""The translation of a page bundle (`posts/trip/index.md` beside its photo) is its index
alone, in the bundle's place in the language's content folder (or `index.fr.md` beside it):
the bundle's other files are not copied. Hugo gives a translated bundle the files its
default language's bundle has at the same path and that it lacks (hugo 0.111: the French
page lists photo.jpg and /fr/posts/trip/photo.jpg is published), so a copy would only be a
second file to keep up to date. The French `contentDir` not made yet is made by the first
translation (it was refused: 'no language fr told by the file name')."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from editor_app.core.page_create import new_document
from editor_app.core.site import Site

SETTINGS = """baseURL = 'https://example.org/'
defaultContentLanguage = 'en'
disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT']
[languages.en]
weight = 1
{en}
[languages.fr]
weight = 2
{fr}
"""
SINGLE = '{{ range .Resources }}<img src="{{ .RelPermalink }}">{{ end }}\n'


def _site(root: Path, by_folder: bool) -> Path:
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "layouts" / "_default" / "single.html").write_text(SINGLE, encoding="utf-8")
    (root / "layouts" / "_default" / "list.html").write_text("list\n", encoding="utf-8")
    en, fr = ("contentDir = 'content/en'", "contentDir = 'content/fr'") if by_folder else ("", "")
    (root / "hugo.toml").write_text(SETTINGS.format(en=en, fr=fr), encoding="utf-8")
    bundle = root / "content" / ("en" if by_folder else "") / "posts" / "trip"
    bundle.mkdir(parents=True)
    (bundle / "photo.jpg").write_bytes(b"not really a picture")
    (bundle / "index.md").write_text("---\ntitle: Trip\n---\n\n![](photo.jpg)\n", encoding="utf-8")
    return bundle / "index.md"


@pytest.mark.parametrize(
    ("by_folder", "made"),
    [(True, "content/fr/posts/trip/index.md"), (False, "content/posts/trip/index.fr.md")],
)
def test_a_translated_bundle_is_its_index_alone_and_hugo_shares_the_photo(
    tmp_path: Path, by_folder: bool, made: str
) -> None:
    original = _site(tmp_path, by_folder)
    site = Site.open(tmp_path)
    relative = original.relative_to(tmp_path).as_posix()
    path = new_document(site, "posts", "Voyage", lang="fr", translation_of=relative)
    assert path == tmp_path / made
    made_beside = ["index.fr.md", "index.md", "photo.jpg"]  # the same bundle
    assert sorted(p.name for p in path.parent.iterdir()) == (["index.md"] if by_folder else made_beside)
    hugo = shutil.which("hugo")
    if hugo is None:
        return  # what Hugo does is checked where it is installed
    subprocess.run([hugo, "--quiet", "-s", str(tmp_path)], check=True, capture_output=True)
    public = tmp_path / "public"
    assert (public / "fr" / "posts" / "trip" / "photo.jpg").read_bytes() == b"not really a picture"
    assert '<img src="/fr/posts/trip/photo.jpg">' in (public / "fr/posts/trip/index.html").read_text()
