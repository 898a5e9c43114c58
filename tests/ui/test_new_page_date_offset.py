"""File > New on Jekyll's posts (dates written `2025-01-29 18:15:32 +0530`): the new post's
date carries the offset too, in the form and in the saved file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from new_page_helpers import new_page_from_dialog, open_shared_copy

from editor_app.ui.new_page_dialog import NewDocumentDialog


def test_a_new_post_has_its_dates_offset(
    qtbot, quiet_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    open_shared_copy(qtbot, quiet_window, "jekyll-docs", tmp_path / "site")

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("posts"))
        qtbot.keyClicks(dialog.title_edit, "Jekyll 9 released")
        return NewDocumentDialog.DialogCode.Accepted

    new_page_from_dialog(qtbot, quiet_window, monkeypatch, fill_in)
    assert quiet_window.save_document()
    text = quiet_window.current_document().path.read_text(encoding="utf-8")
    assert re.search(r"^date: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}$", text, re.M), text
