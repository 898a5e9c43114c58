"""File > New with a Hugo section's own page open (hugo-docs' `functions/_index.md`, listed
with the other pages) starts on that section's kind of page and folder, as with any of its
pages open; it started on the first kind listed (About)."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.ui.dialogs import NewDocumentDialog


def test_new_from_a_section_page_starts_in_its_section(
    qtbot,
    tmp_path: Path,
    quiet_window,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    site = copy_shared_site("hugo-docs", tmp_path, symlinks=True)
    window = quiet_window
    open_site(qtbot, window, site)
    section_page = site / "content" / "en" / "functions" / "strings" / "_index.md"
    assert window.open_document(section_page)
    seen: dict[str, object] = {}

    def look(dialog: NewDocumentDialog) -> int:
        seen["kind"] = dialog.collection_box.currentText()
        qtbot.keyClicks(dialog.title_edit, "Cafe deja vu")
        seen["file"] = dialog.file_name()
        return NewDocumentDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", look)
    window.new_document()
    assert seen == {
        "kind": "Functions",
        "file": "content/en/functions/strings/cafe-deja-vu.md",
    }
