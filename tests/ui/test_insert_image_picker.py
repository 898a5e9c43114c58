"""Insert Image opened a plain file box, where the form's image field offers the site's
pictures with thumbnails and a search. It offers that same picker now: a picture of the site
is linked where it is (no copy), and "From Another Folder…" picks one from elsewhere, copied
into the site as before."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from window_helpers import window_on_site

from editor_app.ui.editor_images import EditorImages
from editor_app.ui.form_files import AssetBrowser

PAGE = "_resources/case-study-cag.md"


def _when_picker_shows(qtbot, then) -> list[AssetBrowser]:  # noqa: ANN001
    seen: list[AssetBrowser] = []

    def look() -> None:
        picker = QApplication.activeModalWidget()
        if not isinstance(picker, AssetBrowser):
            QTimer.singleShot(50, look)
            return
        seen.append(picker)
        then(picker)

    QTimer.singleShot(50, look)
    return seen


def _open(qtbot, settings, site_copy: Path):  # noqa: ANN001, ANN202
    window = window_on_site(qtbot, settings, site_copy, site_copy / PAGE, size=(1024, 700))
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    return window


def test_insert_image_offers_the_sites_pictures_to_search(qtbot, settings, site_copy: Path) -> None:  # noqa: ANN001
    window = _open(qtbot, settings, site_copy)
    before = sorted(p.name for p in (site_copy / "assets" / "resources").iterdir())

    def pick(picker: AssetBrowser) -> None:
        qtbot.keyClicks(picker.filter, "wales-tuc")
        qtbot.keyClick(picker.filter, Qt.Key.Key_Return)

    seen = _when_picker_shows(qtbot, pick)
    window.editor.insert_image_action.trigger()
    assert seen, "Insert Image showed no picture picker"
    assert "![](/assets/resources/2024-01-wales-tuc.png)" in window.editor.toPlainText()
    assert sorted(p.name for p in (site_copy / "assets" / "resources").iterdir()) == before
    window.close()


def test_a_picture_from_another_folder_is_copied_in(
    qtbot, settings, site_copy: Path, tmp_path: Path, monkeypatch  # noqa: ANN001
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    photo = outside / "river photo.png"
    shutil.copy(site_copy / "assets" / "resources" / "2024-01-wales-tuc.png", photo)
    monkeypatch.setattr(EditorImages, "ask_outside_file", classmethod(lambda cls, p, s: photo))
    window = _open(qtbot, settings, site_copy)

    def elsewhere(picker: AssetBrowser) -> None:
        box = picker.findChild(QDialogButtonBox)
        other = next(b for b in box.buttons() if "Another Folder" in b.text())
        qtbot.mouseClick(other, Qt.MouseButton.LeftButton)

    seen = _when_picker_shows(qtbot, elsewhere)
    window.editor.insert_image_action.trigger()
    assert seen
    copied = site_copy / "assets" / "resources" / "river-photo.png"
    assert copied.read_bytes() == photo.read_bytes()
    assert "/assets/resources/river-photo.png)" in window.editor.toPlainText()
    window.close()
