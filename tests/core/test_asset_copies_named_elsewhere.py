"""A picture Insert Image copied is kept on Undo when another file of the site names it: a
page, and also a file the site index does not list (a data file, a layout, the settings),
which is why `asset_copies.named_elsewhere` reads the site's text files and not only the
index's pages. A built copy (`_site`) names nothing the author wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core.asset_copies import named_elsewhere
from editor_app.core.site import Site


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = copy_shared_site("jekyll-docs", tmp_path)
    return root


@pytest.mark.parametrize(
    "naming", ["_docs/a-page-naming-it.md", "_data/pictures.yml", "_layouts/pictured.html"]
)
def test_a_file_naming_the_copy_keeps_it(site: Path, naming: str) -> None:
    picture = site / "img" / "map-2033.png"
    assert not named_elsewhere(site, picture)
    (site / naming).write_text("image: /img/map-2033.png\n", encoding="utf-8")
    assert named_elsewhere(site, picture)
    pages = {Path(e.path).name for e in Site.open(site).entries()}
    # Data files and layouts are not pages: the index alone would not have found them.
    assert (Path(naming).name in pages) == naming.endswith(".md")


def test_a_built_copy_names_nothing(site: Path) -> None:
    (site / "_site").mkdir(exist_ok=True)
    (site / "_site" / "index.html").write_text('<img src="/img/map-2033.png">', encoding="utf-8")
    assert not named_elsewhere(site, site / "img" / "map-2033.png")
