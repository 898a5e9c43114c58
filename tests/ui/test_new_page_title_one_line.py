"""Lines pasted into File > New's Title box become one line, as a title is: the box kept the
line breaks and the new page's header held `title: "Two\\nlines"`. `editor-app new --title`
joins them the same way (tests/cli/test_new_title_one_line.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from new_page_helpers import new_page_from_dialog, open_shared_copy
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from editor_app.ui.new_page_dialog import NewDocumentDialog


def test_a_title_pasted_over_lines_is_one_line(
    qtbot, quiet_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    open_shared_copy(qtbot, quiet_window, "jekyll-docs", tmp_path / "site")
    seen: list[str] = []

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("posts"))
        QGuiApplication.clipboard().setText("Jekyll 9\nreleased  \r\n today")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        seen.append(dialog.title_edit.text())
        return NewDocumentDialog.DialogCode.Accepted

    new_page_from_dialog(qtbot, quiet_window, monkeypatch, fill_in)
    assert seen == ["Jekyll 9 released today"]
    assert quiet_window.save_document()
    page = quiet_window.current_document().path
    assert page.name.endswith("-jekyll-9-released-today.markdown")
    assert "\ntitle: 'Jekyll 9 released today'\n" in page.read_text(encoding="utf-8")
