"""`editor-app new --folder`: a page in another folder of its collection's pages, with the
values every page there shares (the Open Source Guide's `_articles/fr`: `lang: fr`); a folder
holding none of its pages is refused in one line, nothing written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main
from editor_app.core.document import Document
from editor_app.core.page_create import page_folders
from editor_app.core.site import Site


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    source = shared_site_path("opensource-guide")
    dest = tmp_path / "guide"
    for folder in ("_articles", "_articles/fr", "_articles/ja"):
        (dest / folder).mkdir(parents=True)
        for page in (source / folder).glob("*.md"):
            shutil.copy(page, dest / folder)
    shutil.copy(source / "_config.yml", dest / "_config.yml")
    return dest


def test_new_in_the_french_folder_takes_its_language(guide: Path, capsys) -> None:  # noqa: ANN001
    assert (
        main(["new", "articles", "--title", "Un guide", "--folder", "_articles/fr", str(guide)])
        == 0
    )
    path = Path(capsys.readouterr().out.strip())
    assert path == guide / "_articles" / "fr" / "un-guide.md"
    front = Document.load(path).front_matter
    assert front["lang"] == "fr" and front["title"] == "Un guide"
    # Its own folder: the collection's usual values, none of another folder's.
    assert main(["new", "articles", "--title", "A guide", str(guide)]) == 0
    english = Document.load(Path(capsys.readouterr().out.strip())).front_matter
    assert english.get("lang") not in ("fr", "ja")
    assert (
        main(["new", "articles", "--title", "Guide", "--folder", "_articles/ja/", str(guide)]) == 0
    )
    assert Document.load(Path(capsys.readouterr().out.strip())).front_matter["lang"] == "ja"


def test_a_folder_without_the_collection_s_pages_is_refused(guide: Path, capsys) -> None:  # noqa: ANN001
    before = sorted(p for p in guide.rglob("*"))
    assert main(["new", "articles", "--title", "X", "--folder", "assets", str(guide)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'assets'" in err and "_articles/fr" in err
    assert "Traceback" not in err
    assert sorted(p for p in guide.rglob("*")) == before


def test_the_folders_of_the_real_sites_pages() -> None:
    jekyll_docs = shared_site_path("jekyll-docs")
    folders = page_folders(Site.open(jekyll_docs), "docs")
    assert folders[0] == "_docs" and "_docs/deployment" in folders
    assert folders[1:] == sorted(folders[1:], key=str.lower)
    guide = page_folders(Site.open(shared_site_path("opensource-guide")), "articles")
    assert guide[0] == "_articles" and len(guide) > 25 and "_articles/zh-hant" in guide
