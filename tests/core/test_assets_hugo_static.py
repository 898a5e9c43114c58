"""On a Hugo site new pictures go into `static/`, which Hugo publishes at the site's root:
its `assets/` folder only feeds templates, so a Word document's picture saved in
`assets/images` and linked as `/assets/images/x.png` was missing from the published page
(the preview, reading the file, showed it)."""

from __future__ import annotations

import sys
from pathlib import Path

from shared_sites import copy_shared_site

from editor_app.core import assets
from editor_app.core.document import Document
from editor_app.core.docx_import import import_docx
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_samples import case_study  # noqa: E402


def small_hugo(folder: Path, settings: str = "title = 'Small'\n") -> Site:
    (folder / "content" / "posts").mkdir(parents=True)
    (folder / "assets" / "images").mkdir(parents=True)
    (folder / "assets" / "images" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "hugo.toml").write_text(settings, encoding="utf-8")
    (folder / "content" / "posts" / "a.md").write_text("---\ntitle: A\n---\nText.\n", "utf-8")
    return Site.open(folder)


def test_new_pictures_go_where_hugo_publishes_them(tmp_path: Path) -> None:
    site = small_hugo(tmp_path / "site")
    folder = assets.asset_folder(site, "posts")
    assert folder == site.root / "static" / "images"
    assert assets.site_url(site, folder / "x.png") == "/images/x.png"
    # The folder the page already links pictures from, when Hugo publishes it.
    (site.root / "static" / "pics").mkdir(parents=True)
    text = "![a](/pics/a.png) ![b](/assets/images/logo.png)"
    assert assets.asset_folder(site, "posts", text=text) == (site.root / "static" / "pics")
    # Another static folder named in the settings.
    other = small_hugo(tmp_path / "other", "staticDir = 'public_files'\n")
    (other.root / "public_files").mkdir()
    assert assets.asset_folder(other, "posts") == other.root / "public_files" / "images"


def test_a_word_picture_on_hugo_docs_is_linked_where_the_site_serves_it(
    tmp_path: Path,
) -> None:
    copy_shared_site("hugo-docs", tmp_path)
    site = Site.open(tmp_path / "hugo-docs")
    report = import_docx(case_study(tmp_path / "story.docx", tmp_path), site, "about")
    (picture,) = report.images
    assert picture.parent == site.root / "static" / "images"
    body = Document.load(report.path).body
    assert f"](/images/{picture.name})" in body and "/assets/" not in body
