"""A folder holding several sites, opened as one: the editor says so and how to open one of
them. Five sites opened as one site of 1,921 pages, each site a "kind of page", and nothing
said."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site


def _jekyll_site(root: Path, title: str) -> None:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text(f"title: {title}\n", encoding="utf-8")
    (root / "_posts" / "2024-01-01-hello.md").write_text(
        "---\ntitle: Hello\n---\nText.\n", encoding="utf-8"
    )


def test_a_folder_of_several_sites_says_so(tmp_path: Path) -> None:
    for name in ("blog", "docs", "handbook"):
        _jekyll_site(tmp_path / "sites" / name, name)
    site = Site.open(tmp_path / "sites")
    notes = [n for n in site.notes if "sites (" in n]
    assert notes == [
        "This folder holds 3 sites (blog, docs, handbook), each listed here as one kind of page. "
        "Open one of them (File > Open Folder…) to edit it with its own settings."
    ]


def test_one_site_below_is_opened_and_a_site_says_nothing_of_the_kind(tmp_path: Path) -> None:
    _jekyll_site(tmp_path / "project" / "docs", "docs")
    (tmp_path / "project" / "README.md").write_text("# A project\n", encoding="utf-8")
    site = Site.open(tmp_path / "project")
    assert site.root == (tmp_path / "project" / "docs").resolve()
    assert not any("sites (" in n for n in site.notes)
    _jekyll_site(tmp_path / "one", "one")
    assert not any("sites (" in n for n in Site.open(tmp_path / "one").notes)
