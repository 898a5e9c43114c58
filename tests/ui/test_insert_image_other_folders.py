"""Insert Image's picker listed only the folder it copies into for the page's kind
(assets/resources for a resource): a picture in another image folder of the site was
reached through "From Another Folder…", which copied it. The picker lists the site's other
image folders too, and a picture there is linked where it is, with no copy made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from window_helpers import window_on_site

from editor_app.ui.form_files import AssetBrowser

PAGE = "_resources/case-study-cag.md"


def test_a_picture_of_another_folder_is_found_and_linked_where_it_is(
    qtbot, settings, site_copy: Path  # noqa: ANN001
) -> None:
    person = sorted((site_copy / "assets" / "people").iterdir())[0]
    window = window_on_site(qtbot, settings, site_copy, site_copy / PAGE, size=(1024, 700))
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    resources = sorted(p.name for p in (site_copy / "assets" / "resources").iterdir())
    seen: list[AssetBrowser] = []

    def pick() -> None:
        picker = QApplication.activeModalWidget()
        if not isinstance(picker, AssetBrowser):
            QTimer.singleShot(50, pick)
            return
        seen.append(picker)
        qtbot.keyClicks(picker.filter, person.stem)
        qtbot.keyClick(picker.filter, Qt.Key.Key_Return)

    QTimer.singleShot(50, pick)
    window.editor.insert_image_action.trigger()
    assert seen, "Insert Image showed no picture picker"
    assert f"![](/assets/people/{person.name})" in window.editor.toPlainText()
    assert sorted(p.name for p in (site_copy / "assets" / "resources").iterdir()) == resources
    window.close()
