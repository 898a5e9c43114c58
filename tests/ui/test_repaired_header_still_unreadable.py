"""A page whose header cannot be read, one line of it put right and saved while another still
cannot be read: the banner over the text tells of the line still wrong, not of the one just
repaired, and the text and its Undo stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_helpers import open_site

from editor_app.ui.main_window import MainWindow


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


def test_the_banner_tells_of_the_line_still_wrong_after_a_save(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    path = site_copy / "_resources" / "broken.md"
    original = "---\ntitle: Broken: a title\ndate: 2024-02-30\n---\nSome words.\n"
    path.write_text(original, encoding="utf-8")
    open_site(qtbot, window, site_copy)
    assert window.open_document(path)
    assert window.banner_label.text().startswith("Line 2: ")
    cursor = window.editor.document().find("Broken: a title")
    cursor.insertText('"Broken: a title"')
    assert window.save_document()
    assert path.read_text(encoding="utf-8") == original.replace(
        "Broken: a title", '"Broken: a title"'
    )
    assert window.banner.isVisible()
    assert window.banner_label.text().startswith("Line 3: ")  # the date, not the colon
    assert "colon" not in window.banner_label.text()
    assert window.editor.toPlainText() == path.read_text(encoding="utf-8")
    assert window.editor.document().isUndoAvailable()  # the repair can still be taken back
