"""File > New in an empty folder said "its pages are listed as Other pages" and to open a
page here, though it has none: it says the folder has no page yet, where one put there
would be listed, and to open the site's own folder. A folder of loose pages keeps its words."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_helpers import open_site

from editor_app.ui import dialogs
from editor_app.ui.main_window import MainWindow


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


def _told(qtbot, window: MainWindow, folder: Path, monkeypatch) -> str:  # noqa: ANN001
    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _w, _t, text: told.append(text))
    open_site(qtbot, window, folder)
    window.new_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10000)
    return told[0]


def test_new_in_an_empty_folder_says_it_has_no_page(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    text = _told(qtbot, window, folder, monkeypatch)
    assert "its pages are listed" not in text
    assert "nor any page yet" in text and "would be listed under Other pages" in text
    assert "Save As" not in text
    assert "_config.yml" in text


def test_a_folder_of_loose_pages_is_told_they_are_other_pages(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "note.md").write_text("---\ntitle: Loose note\n---\nText.\n", encoding="utf-8")
    text = _told(qtbot, window, folder, monkeypatch)
    assert "its pages are listed as Other pages" in text and "Save As" in text
