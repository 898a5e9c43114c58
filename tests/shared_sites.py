"""The real sites beside the project, in `../shared/sites` (connectedbydata, opensource-guide,
jekyll-docs, hugo-docs, eleventy-website): read-only, so copy one before writing to it.

A clean clone has no `../shared`: a test using a site then skips, never fails. The environment
variable `EDITOR_APP_SHARED_SITES` names another folder holding them (a folder that does not
exist shows what a clean clone does).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

SHARED_SITES = Path(
    os.environ.get("EDITOR_APP_SHARED_SITES")
    or Path(__file__).resolve().parents[2] / "shared" / "sites"
)


def shared_site_path(name: str) -> Path:
    """The shared site `name` (read-only); skips the test when it is not here."""
    path = SHARED_SITES / name
    if not path.is_dir():
        pytest.skip(f"shared site not found at {path}")
    return path


def copy_shared_site(
    name: str,
    parent: Path,
    folder: str | None = None,
    *,
    symlinks: bool = False,
    without_git: bool = False,
) -> Path:
    """A writable copy of the shared site `name` at `parent / folder` (`folder` defaults to the
    site's name), which is returned; skips the test when the site is not here. `symlinks`
    copies links as links; `without_git` leaves out any `.git` folder."""
    copy = parent / (folder or name)
    ignore = shutil.ignore_patterns(".git") if without_git else None
    shutil.copytree(shared_site_path(name), copy, symlinks=symlinks, ignore=ignore)
    return copy


def hugo_docs_with_language_folder(dest: Path, language: str, folder: str, page_text: str) -> Path:
    """hugo-docs' About section in `dest`, its settings given a second language `language`
    whose pages a `[[module.mounts]]` takes from `content/<folder>`, and `page_text` as that
    language's `about/introduction.md`; the page's path is returned. Skips without the site."""
    source = shared_site_path("hugo-docs")
    shutil.copytree(source / "content" / "en" / "about", dest / "content" / "en" / "about")
    for name in ("hugo.toml", "go.mod"):
        shutil.copy(source / name, dest / name)
    settings = dest / "hugo.toml"
    text = settings.read_text(encoding="utf-8")
    text = text.replace(
        "    weight    = 1\n", f"    weight    = 1\n  [languages.{language}]\n    weight = 2\n", 1
    )
    text = text.replace(
        "      languages = ['en']\n",
        f"      languages = ['en']\n  [[module.mounts]]\n    source = 'content/{folder}'\n"
        f"    target = 'content'\n    [module.mounts.sites.matrix]\n      languages = ['{language}']\n",
        1,
    )
    assert f"content/{folder}" in text
    settings.write_text(text, encoding="utf-8")
    page = dest / "content" / folder / "about" / "introduction.md"
    page.parent.mkdir(parents=True)
    page.write_text(page_text, encoding="utf-8")
    return page
