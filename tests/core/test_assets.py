"""Asset folders of a site: which folder, copying files in without overwriting, addresses."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.core import assets
from editor_app.core.schema import load_schema
from editor_app.core.site import Site


def test_folder_for_a_collection_follows_the_schema_then_the_site(shared_site: Path) -> None:
    site = Site.open(shared_site)
    schema = load_schema(site)
    resources = shared_site / "assets" / "resources"
    assert assets.asset_folder(site, "resources", schema.for_collection("resources")) == resources
    assert assets.asset_folder(site, "resources") == resources
    assert assets.asset_folder(site, "people") == shared_site / "assets" / "people"
    # No collection: the folder the text already uses, else the fullest asset folder.
    text = "![a](/assets/projects/x.png) ![b]({{ site.baseurl }}/assets/projects/y.png)"
    assert assets.asset_folder(site, None, text=text) == shared_site / "assets" / "projects"
    assert assets.asset_folder(site) == resources


def test_links_outside_the_site_are_ignored(shared_site: Path) -> None:
    site = Site.open(shared_site)
    assert assets.linked_folders(site, "![x](/../../etc/passwd) ![y](/nonexistent/z.png)") == []


def test_copy_never_overwrites_a_different_file(site_copy: Path, tmp_path: Path) -> None:
    folder = site_copy / "assets" / "resources"
    existing = next(folder.glob("*.png"))
    before = existing.read_bytes()
    same = tmp_path / existing.name
    same.write_bytes(before)
    assert assets.copy_into_folder(same, folder) == existing  # same content: reused
    different = tmp_path / "x" / existing.name
    different.parent.mkdir()
    different.write_bytes(b"another picture")
    with pytest.raises(FileExistsError):
        assets.copy_into_folder(different, folder)
    assert existing.read_bytes() == before
    renamed = assets.copy_into_folder(
        different, folder, name=assets.free_name(folder, existing.name)
    )
    assert renamed.name == existing.stem + "-2" + existing.suffix
    assert renamed.read_bytes() == b"another picture"
    assert not list(folder.glob(".*.part"))  # no half-copied leftovers
    replaced = assets.copy_into_folder(different, folder, overwrite=True)
    assert replaced == existing and existing.read_bytes() == b"another picture"


def test_free_name_skips_names_taken_on_disk_or_by_the_callers_test(tmp_path: Path) -> None:
    (tmp_path / "My-chart.png").write_bytes(b"one")
    assert assets.free_name(tmp_path, "My chart.png") == "My-chart-2.png"
    in_history = {"My chart.png", "My chart-2.png"}
    # A name the site already has keeps its spelling; the test says what else is taken.
    assert assets.free_name(tmp_path, "My chart.png", in_history.__contains__, web_safe=False) == (
        "My chart-3.png"
    )
    assert assets.free_name(tmp_path, "notes", {"notes"}.__contains__, web_safe=False) == "notes-2"


def test_copy_creates_the_folder_and_a_web_safe_name(sample_copy: Path, tmp_path: Path) -> None:
    site = Site.open(sample_copy)
    source = tmp_path / "Bus map (final) 2024.PNG"
    source.write_bytes(b"png")
    copied = assets.copy_into_folder(source, sample_copy / "assets" / "new")
    assert copied.name == "Bus-map-final-2024.png"
    assert assets.site_url(site, copied) == "/assets/new/Bus-map-final-2024.png"
    assert assets.picked_value(site, copied, sample_copy / "assets" / "new", by_path=False) == copied.name
    assert assets.picked_value(site, copied, sample_copy / "assets" / "elsewhere", by_path=False) == (
        "/assets/new/Bus-map-final-2024.png"
    )


def test_list_files_sorted_and_images_only(shared_site: Path) -> None:
    folder = shared_site / "assets" / "resources"
    names = [p.name for p in assets.list_files(folder)]
    assert names == sorted(names, key=str.lower)
    images = assets.list_files(folder, images_only=True)
    assert images and all(
        p.suffix.lower() in {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"}
        or p.suffix.lower() in assets.IMAGE_SUFFIXES
        for p in images
    )
    assert assets.list_files(shared_site / "nonexistent") == []


@given(st.text(min_size=1, max_size=40))
def test_safe_names_stay_in_the_folder(name: str) -> None:
    safe = assets.safe_file_name(name)
    assert safe and "/" not in safe and "\\" not in safe
    assert safe not in (".", "..") and not safe.startswith(".")
