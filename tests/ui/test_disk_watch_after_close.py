"""A page no longer open in a window is no longer watched: its change or deletion on disk
asks nothing (the window closed, Ctrl+W, or another site opened)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from window_helpers import freed_shown_window

from editor_app.ui import disk_watch
from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
from editor_app.ui.main_window import MainWindow

PAGE = "_resources/case-study-cag.md"


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The "deleted" and "changed on disk" boxes are recorded instead of shown."""
    seen: list[str] = []
    monkeypatch.setattr(
        disk_watch.FileDeletedNotice, "tell", classmethod(lambda cls, _p, name: seen.append(name))
    )
    monkeypatch.setattr(
        disk_watch.ChangedOnDiskDialog,
        "ask",
        classmethod(lambda cls, _p, name, _c: seen.append(name) or cls.MINE),
    )
    monkeypatch.setattr(
        UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD)
    )
    return seen


@pytest.fixture
def window(qtbot, tmp_path: Path, boxes):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield from freed_shown_window(qtbot, settings)


def _open(qtbot, window: MainWindow, site: Path) -> Path:
    path = site / PAGE
    os.chmod(path, 0o644)
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(site)
    assert window.open_document(path)
    qtbot.keyClicks(window.editor, "unsaved words")  # a changed page asks the most
    return path


def _disk_settles(qtbot) -> None:
    qtbot.wait(disk_watch.DISK_CHECK_DELAY_MS * 3)


def test_a_closed_window_says_nothing_of_its_page_deleted(qtbot, window, site_copy, boxes):
    path = _open(qtbot, window, site_copy)
    window.close()
    path.unlink()
    _disk_settles(qtbot)
    assert boxes == []


def test_a_closed_window_says_nothing_of_its_page_changed(qtbot, window, site_copy, boxes):
    path = _open(qtbot, window, site_copy)
    window.close()
    path.write_text(path.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    _disk_settles(qtbot)
    assert boxes == []


def test_a_page_closed_with_ctrl_w_is_not_watched(qtbot, window, site_copy, boxes):
    path = _open(qtbot, window, site_copy)
    assert window.close_document()
    path.unlink()
    _disk_settles(qtbot)
    assert boxes == []
    assert window.guard.watcher.files() == []


def test_a_page_of_the_site_left_is_not_watched(qtbot, window, site_copy, tmp_path, boxes):
    path = _open(qtbot, window, site_copy)
    other = tmp_path / "other"
    shutil.copytree(site_copy, other)
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(other)
    path.unlink()
    _disk_settles(qtbot)
    assert boxes == []
    assert all(not f.startswith(str(site_copy)) for f in window.guard.watcher.files())
