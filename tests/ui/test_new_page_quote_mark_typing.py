"""Typing into a new jekyll-docs post's title keeps the quote mark its posts use: the title
was written `'Jekyll 5.0 released'` and, typed on in the form, came back
`"Jekyll 5.0 released today"` (field_place quoted in double quotes whatever the pages use)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.ui.new_page_dialog import NewDocumentDialog


def test_typing_the_title_keeps_single_quotes(
    qtbot, quiet_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    root = copy_shared_site("jekyll-docs", tmp_path)
    window = quiet_window
    open_site(qtbot, window, root)

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("posts"))
        qtbot.keyClicks(dialog.title_edit, "Jekyll 5.0 released")
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    assert "title: 'Jekyll 5.0 released'" in window.current_document().to_bytes().decode()
    box = window.form.widgets["title"].focus_target()
    box.setFocus()
    box.end(False)
    qtbot.keyClicks(box, " today, it's here")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert window.save_document()
    lines = window.current_document().path.read_text(encoding="utf-8").splitlines()
    assert "title: 'Jekyll 5.0 released today, it''s here'" in lines
