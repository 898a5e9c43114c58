"""Image > Browse… lists the pictures in the subfolders of the field's folder too, with the
one the page names already picked: on the Open Source Guide every picture sits in a subfolder
of assets/images (cards/, illos/...) and the dialog said "This folder has no files yet". What
is picked is written as the site's pages write it: an address there, a name where pages
give names (connectedbydata's `image: photo.png`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shared_sites import copy_shared_site, shared_site_path
from window_helpers import make_form

from editor_app.core import assets
from editor_app.core.schema import load_schema
from editor_app.core.site import Site
from editor_app.ui.form import AssetBrowser, FilePicker

PAGE = "_articles/fr/best-practices.md"


@pytest.fixture(scope="module")
def guide() -> tuple[Site, object]:
    site = Site.open(shared_site_path("opensource-guide"))
    site.entries()
    return site, load_schema(site)


def image_picker(qtbot, site: Site, schema, path: Path) -> FilePicker:  # noqa: ANN001
    form, _doc = make_form(qtbot, site, schema, path)
    picker = form.widgets["image"]
    assert isinstance(picker, FilePicker)
    return picker


def test_the_guide_s_pictures_in_subfolders_are_listed_with_the_page_s_own_picked(
    qtbot, guide
) -> None:
    site, schema = guide
    picker = image_picker(qtbot, site, schema, site.root / PAGE)
    assert picker.by_path  # the guide's pages give addresses: /assets/images/cards/x.png
    current = picker.resolve(picker.edit.text())
    assert current == site.root / "assets/images/cards/best-practices.png"
    dialog = AssetBrowser(picker, picker.folder, True, current)
    qtbot.addWidget(dialog)
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "cards/best-practices.png" in names
    kinds = {".png", ".svg", ".jpg", ".jpeg", ".gif", ".webp"}
    below = [p for p in picker.folder.rglob("*") if p.is_file() and p.suffix.lower() in kinds]
    assert len(names) == len(below) > 40
    assert all(not n.startswith(("_", ".")) for n in names)
    assert dialog.selected() == "cards/best-practices.png"


def test_picking_writes_the_address_where_pages_give_addresses(
    qtbot, guide, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, schema = guide
    picker = image_picker(qtbot, site, schema, site.root / PAGE)
    sent: list[object] = []
    picker.edited.connect(sent.append)
    monkeypatch.setattr(
        FilePicker,
        "ask_existing",
        classmethod(lambda cls, p, folder, images, cur: "cards/beginner.png"),
    )
    qtbot.mouseClick(picker.browse_button, Qt.MouseButton.LeftButton)
    assert sent == ["/assets/images/cards/beginner.png"]
    assert picker.resolve(picker.edit.text()) == site.root / "assets/images/cards/beginner.png"


def test_a_new_picture_copied_in_is_written_as_an_address_there(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = copy_shared_site("opensource-guide", tmp_path, "guide")
    for p in [copy, *copy.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    site = Site.open(copy)
    picker = image_picker(qtbot, site, load_schema(site), copy / PAGE)
    source = tmp_path / "Team photo.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\n")
    monkeypatch.setattr(FilePicker, "ask_new_file", classmethod(lambda cls, p, images: source))
    qtbot.mouseClick(picker.copy_button, Qt.MouseButton.LeftButton)
    assert picker.edit.text() == "/assets/images/Team-photo.png"  # not a bare name
    assert (copy / "assets/images/Team-photo.png").is_file()


def test_names_stay_names_where_pages_give_names(qtbot, shared_site: Path, tmp_path: Path) -> None:
    site = Site.open(shared_site)
    schema = load_schema(site)
    picker = image_picker(qtbot, site, schema, shared_site / "_resources/case-study-cag.md")
    assert not picker.by_path
    folder = picker.folder
    assert assets.picked_value(site, folder / "grab-a-byte.png", folder, False) == "grab-a-byte.png"
    assert assets.picked_value(site, folder / "sub" / "x.png", folder, False) == "sub/x.png"
    assert assets.picked_value(site, folder / "x.png", folder, True) == "/assets/resources/x.png"


def test_listing_below_a_folder_keeps_order_skips_hidden_and_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "_drafts").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("z.png", "b/y.png", "a/x.png", "_drafts/w.png", ".git/v.png", "a/notes.txt"):
        (tmp_path / name).write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in assets.list_files_below(tmp_path, True)]
    assert found == ["z.png", "a/x.png", "b/y.png"]
    monkeypatch.setattr(assets, "MAX_LISTED_FILES", 2)
    assert len(assets.list_files_below(tmp_path)) == 2
