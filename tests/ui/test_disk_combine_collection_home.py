"""Combine both on a collection's home page (Jekyll's index.md) that another program gave a new
setting: the form is built again for the new row, and its stars stay Check's, as when the page
was opened (the page's file name tells a home page, asked for its title alone)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from shared_sites import copy_shared_site
from window_helpers import check_disk_now, open_site

from editor_app.ui.main_window import MainWindow
from editor_app.ui.safety import ChangedOnDiskDialog

HOME = "_tutorials/index.md"


def _starred(window: MainWindow) -> set[str]:
    return {n for n, label in window.form.labels.items() if label.text().endswith("*")}


def test_combine_both_keeps_a_home_pages_stars(
    qtbot, quiet_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    window = quiet_window
    site = copy_shared_site("jekyll-docs", tmp_path)
    open_site(qtbot, window, site)
    page = site / HOME
    assert window.open_document(page)
    qtbot.waitUntil(lambda: "author" in window.form.labels, timeout=10000)
    opened = _starred(window)
    assert opened == {"title"}
    monkeypatch.setattr(
        ChangedOnDiskDialog, "ask", classmethod(lambda cls, *_a: ChangedOnDiskDialog.COMBINE)
    )
    window.editor.setFocus()
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, " Typed here.")
    qtbot.waitUntil(lambda: "Typed here." in window.current_document().body)
    data = page.read_bytes().replace(b"title: Tutorials\n", b"title: Tutorials\nsource_note: x\n")
    page.write_bytes(data)
    check_disk_now(window)
    assert window.current_document().front_matter["source_note"] == "x"
    assert "source_note" in window.form.labels  # the form built again, with the new row
    assert _starred(window) == opened
