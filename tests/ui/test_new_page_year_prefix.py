"""File > New on connectedbydata's projects (all named `2022-dpdib.md`, `2026-ending-well.md`):
the dialog names the new project with this year, and Save creates that file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from new_page_helpers import new_page_from_dialog, open_shared_copy

from editor_app.ui.new_page_dialog import NewDocumentDialog


def test_a_new_project_is_named_with_its_year(
    qtbot, quiet_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    root = open_shared_copy(qtbot, quiet_window, "connectedbydata", tmp_path / "site")
    shown: list[str] = []

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("projects"))
        qtbot.keyClicks(dialog.title_edit, "Housing repairs")
        shown.append(dialog.file_name())
        return NewDocumentDialog.DialogCode.Accepted

    new_page_from_dialog(qtbot, quiet_window, monkeypatch, fill_in)
    name = f"{dt.date.today().year}-housing-repairs.md"
    assert shown == [f"_projects/{name}"]
    assert quiet_window.save_document()
    assert (root / "_projects" / name).is_file()
