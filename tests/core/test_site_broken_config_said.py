"""A Jekyll site whose _config.yml cannot be read says so among its notes (shown when the site
opens, and by Check), whether or not folders were guessed to be its collections: with no such
folder the site opened on default settings without a word."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site


def _site(tmp_path: Path, *folders: str) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: [oops\n")
    (root / "about.md").write_text("---\ntitle: About\n---\nHello.\n")
    for folder in folders:
        (root / folder).mkdir()
        (root / folder / "one.md").write_text("---\ntitle: One\n---\nText.\n")
    return root


def test_an_unreadable_config_is_said_with_no_folder_guessed(tmp_path: Path) -> None:
    site = Site.open(_site(tmp_path))
    assert site.notes == ["_config.yml cannot be read near line 2; using default settings."]


def test_an_unreadable_config_is_said_once_when_folders_are_guessed(tmp_path: Path) -> None:
    site = Site.open(_site(tmp_path, "_projects"))
    said = [n for n in site.notes if "_config.yml cannot be read" in n]
    assert said == ["_config.yml cannot be read, so the folder _projects is taken to be a collection."]
