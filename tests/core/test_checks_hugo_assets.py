"""not-published: on a Hugo site, a body image or link to a file only in assets/, which Hugo
does not publish (Jekyll does: its pages are left alone)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

SITES = Path(__file__).resolve().parents[2].parent / "shared" / "sites"
BODY = (
    "![A cat](/assets/images/cat.png)\n\n"
    "![A dog](/images/dog.png)\n\n"
    "The [price list](/assets/files/prices.pdf).\n\n"
    "```\n![An example](/assets/images/cat.png)\n```\n"
)


def _site(root: Path, generator: str) -> Path:
    if generator == "hugo":
        (root / "hugo.toml").write_text("title = 'x'\n")
        (root / "content").mkdir()
        page = root / "content" / "page.md"
        (root / "static" / "images").mkdir(parents=True)
        (root / "static" / "images" / "dog.png").write_bytes(b"png")
    else:
        (root / "_config.yml").write_text("title: x\n")
        page = root / "page.md"
        (root / "images").mkdir()
        (root / "images" / "dog.png").write_bytes(b"png")
    for name in ("images/cat.png", "files/prices.pdf"):
        (root / "assets" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "assets" / name).write_bytes(b"file")
    page.write_text(f"---\ntitle: T\n---\n{BODY}")
    return root


def _found(root: Path) -> list[tuple[int, str, str]]:
    return [
        (p.line, p.severity, p.message)
        for p in validate_site(Site.open(root))
        if p.code == "not-published"
    ]


def test_a_hugo_page_showing_a_file_of_assets_is_told_to_use_static(tmp_path: Path) -> None:
    assert _found(_site(tmp_path, "hugo")) == [
        (
            4,
            "error",
            "The image '/assets/images/cat.png' will be missing from the page: Hugo does not "
            "publish the assets/ folder. Move the file into the static/ folder "
            "(static/images/cat.png) and use '/images/cat.png' instead.",
        ),
        (
            8,
            "error",
            "The link to '/assets/files/prices.pdf' will be broken: Hugo does not publish the "
            "assets/ folder. Move the file into the static/ folder (static/files/prices.pdf) "
            "and use '/files/prices.pdf' instead.",
        ),
    ]


def test_a_file_hugo_publishes_under_that_address_is_fine(tmp_path: Path) -> None:
    root = _site(tmp_path, "hugo")
    for name in ("images/cat.png", "files/prices.pdf"):
        (root / "static" / "assets" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "static" / "assets" / name).write_bytes(b"file")
    assert _found(root) == []


def test_assets_mounted_into_static_are_published(tmp_path: Path) -> None:
    root = _site(tmp_path, "hugo")
    (root / "hugo.toml").write_text(
        "title = 'x'\n[module]\n[[module.mounts]]\nsource = 'assets'\ntarget = 'static/assets'\n"
    )
    assert _found(root) == []


def test_a_jekyll_site_publishes_its_assets_folder(tmp_path: Path) -> None:
    assert _found(_site(tmp_path, "jekyll")) == []


@pytest.mark.parametrize("name", ["hugo-docs", "jekyll-docs", "connectedbydata"])
def test_no_false_alarm_on_the_real_sites(name: str) -> None:
    if not (SITES / name).is_dir():
        pytest.skip(f"fixture site not found at {SITES / name}")
    assert _found(SITES / name) == []
