"""File > Show Kept Versions…: the folder where a version set aside is kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QTextCursor
from window_helpers import check_disk_now, open_site, shown_window

from editor_app.core.store import user_data_dir
from editor_app.ui import kept_versions
from editor_app.ui.main_window import MainWindow
from editor_app.ui.safety import ChangedOnDiskDialog

PAGE = "_resources/case-study-cag.md"


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    yield from shown_window(qtbot, settings, monkeypatch)


@pytest.fixture
def opened(qtbot, window: MainWindow, site_copy: Path) -> Path:  # noqa: ANN001
    open_site(qtbot, window, site_copy)
    return site_copy


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """What the message boxes and the file manager were asked; the file manager says yes."""
    seen: dict[str, list[str]] = {"information": [], "warning": [], "opened": []}
    box = kept_versions.QMessageBox
    monkeypatch.setattr(box, "information", lambda _p, _t, text: seen["information"].append(text))
    monkeypatch.setattr(box, "warning", lambda _p, _t, text: seen["warning"].append(text))

    def open_url(url: QUrl) -> bool:
        seen["opened"].append(url.toLocalFile())
        return True

    monkeypatch.setattr(kept_versions.QDesktopServices, "openUrl", open_url)
    return seen


def _menu_item(window: MainWindow):  # noqa: ANN202
    window.file_menu.aboutToShow.emit()  # as when the author opens the File menu
    (action,) = [a for a in window.file_menu.actions() if a.text() == "Show &Kept Versions…"]
    return action


def test_disabled_while_no_site_is_open(window: MainWindow) -> None:
    assert not _menu_item(window).isEnabled()


def test_says_plainly_when_nothing_is_kept_yet(
    window: MainWindow, opened: Path, boxes: dict[str, list[str]]
) -> None:
    action = _menu_item(window)
    assert action.isEnabled()
    action.trigger()
    (said,) = boxes["information"]
    assert said.startswith("No versions have been kept yet.")
    assert str(user_data_dir() / "kept versions") in said
    assert boxes["opened"] == []


def test_opens_the_folder_a_version_was_kept_in(
    qtbot, window: MainWindow, opened: Path, boxes: dict[str, list[str]], monkeypatch
) -> None:
    # The author keeps their version of a page another program changed: the disk's is kept.
    monkeypatch.setattr(
        ChangedOnDiskDialog, "ask", classmethod(lambda cls, p, n, c: ChangedOnDiskDialog.MINE)
    )
    page = opened / PAGE
    os.chmod(page, 0o644)
    assert window.open_document(page)
    window.editor.setFocus()
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, " Typed here.")
    qtbot.waitUntil(lambda: "Typed here." in window.current_document().body)
    page.write_bytes(page.read_bytes().replace(b"independent body", b"independent group", 1))
    check_disk_now(window)
    folder = user_data_dir() / "kept versions"
    assert len(list(folder.iterdir())) == 1
    _menu_item(window).trigger()
    assert boxes["opened"] == [str(folder)]
    assert boxes["information"] == boxes["warning"] == []


def test_says_where_the_folder_is_when_no_file_manager_opens_it(
    window: MainWindow, opened: Path, boxes: dict[str, list[str]], monkeypatch
) -> None:
    folder = user_data_dir() / "kept versions"
    folder.mkdir(parents=True)
    (folder / "notes (version on disk, 2026-12-07 04-50).md").write_text("kept", "utf-8")
    monkeypatch.setattr(kept_versions.QDesktopServices, "openUrl", lambda _url: False)
    _menu_item(window).trigger()
    (said,) = boxes["warning"]
    assert "No file manager could open" in said and str(folder) in said
