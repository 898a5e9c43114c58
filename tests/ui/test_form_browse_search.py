"""Image > Browse…'s search by name: Return picks the file in sight (the only or first match),
Down goes from the search into the files, and a file the search hides is never what comes
back (typing "cag" on a connectedbydata case study closed the box with no picture set, or
with the page's old picture, hidden by the search)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from editor_app.ui.form import AssetBrowser

RESOURCES = "assets/resources"


@pytest.fixture
def browse(qtbot, shared_site: Path):  # noqa: ANN001, ANN201
    """Opens the picture browser on connectedbydata's resources, `current` picked."""

    def open_browser(current: str | None) -> AssetBrowser:
        dialog = AssetBrowser(None, shared_site / RESOURCES, True, current)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.filter.setFocus()
        qtbot.waitUntil(dialog.filter.hasFocus)
        return dialog

    return open_browser


def shown(dialog: AssetBrowser) -> list[str]:
    items = (dialog.list.item(i) for i in range(dialog.list.count()))
    return [item.text() for item in items if not item.isHidden()]


def test_return_in_the_search_picks_the_only_match(qtbot, browse) -> None:  # noqa: ANN001
    dialog = browse(None)
    qtbot.keyClicks(dialog.filter, "cag")
    assert shown(dialog) == ["2025-03-10-cag.png"]
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.selected() == "2025-03-10-cag.png"


def test_a_picture_the_search_hides_is_never_picked(qtbot, browse) -> None:  # noqa: ANN001
    dialog = browse("grab-a-byte.png")
    assert dialog.selected() == "grab-a-byte.png"  # the page's own, picked on opening
    qtbot.keyClicks(dialog.filter, "cag")
    assert dialog.selected() == "2025-03-10-cag.png"
    qtbot.keyClicks(dialog.filter, "zzz")  # nothing in sight: nothing picked
    assert shown(dialog) == [] and dialog.selected() is None
    dialog.filter.clear()  # the page's own in sight again: picked again
    assert dialog.selected() == "grab-a-byte.png"


def test_a_match_of_the_page_s_own_picture_stays_picked(qtbot, browse) -> None:  # noqa: ANN001
    dialog = browse("grab-a-byte.png")
    qtbot.keyClicks(dialog.filter, "byte")
    assert "grab-a-byte.png" in shown(dialog)
    assert dialog.selected() == "grab-a-byte.png"


def test_down_goes_from_the_search_into_the_pictures(qtbot, browse) -> None:  # noqa: ANN001
    dialog = browse(None)
    qtbot.keyClicks(dialog.filter, "20")
    matches = shown(dialog)
    assert len(matches) > 2
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert dialog.list.hasFocus()
    assert dialog.selected() == matches[0]
    qtbot.keyClick(dialog.list, Qt.Key.Key_Right)  # then on among the pictures, by keys
    assert dialog.selected() == matches[1]
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.selected() == matches[1]


def test_down_without_a_search_goes_to_the_first_picture(qtbot, browse) -> None:  # noqa: ANN001
    dialog = browse(None)
    assert dialog.selected() is None
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert dialog.list.hasFocus() and dialog.selected() == shown(dialog)[0]
