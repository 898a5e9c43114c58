"""A new hugo-docs function titled `cast.ToBool` goes where `cast.ToFloat`, `cast.ToInt`
and `cast.ToString` are, `content/en/functions/cast/ToBool.md`: typed into the New dialog,
its folder follows the title (until the author picks one), and `editor-app new` without
`--folder` puts it there too, the same bytes. It went into `content/en/functions`, which
holds no page, as `cast-tobool.md`."""

from __future__ import annotations

from pathlib import Path

import pytest
from new_command_helpers import made_by_new_command
from new_page_helpers import new_page_from_dialog

from editor_app.ui.dialogs import NewDocumentDialog

CAST = "content/en/functions/cast"


def test_the_folder_follows_the_title_in_window_and_command_line(
    qtbot, hugo_docs_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys  # noqa: ANN001
) -> None:
    window = hugo_docs_window
    seen: dict[str, str] = {}

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("functions"))
        qtbot.keyClicks(dialog.title_edit, "Widget")
        seen["plain"] = dialog.file_name()
        dialog.title_edit.clear()
        qtbot.keyClicks(dialog.title_edit, "cast.ToBool")
        seen["folder"] = dialog.folder_box.currentText()
        seen["file"] = dialog.file_name()
        return NewDocumentDialog.DialogCode.Accepted

    new_page_from_dialog(qtbot, window, monkeypatch, fill_in)
    # functions/ has no page of its own: a title with no namespace waits for a folder.
    assert seen["plain"] == "(pick a folder: this kind's pages are all in folders)"
    assert seen["folder"] == CAST and seen["file"] == f"{CAST}/ToBool.md"
    assert window.save_document()
    saved = window.site.root / CAST / "ToBool.md"

    other = tmp_path / "cli"
    made = made_by_new_command("hugo-docs", other, ["functions", "--title", "cast.ToBool"], capsys)
    assert made == (other / CAST / "ToBool.md").resolve()
    assert made.read_bytes() == saved.read_bytes()


def test_a_folder_picked_stays(
    qtbot, hugo_docs_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    seen: dict[str, str] = {}

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("functions"))
        strings = dialog.folder_box.findText("content/en/functions/strings")
        dialog.folder_box.setCurrentIndex(strings)
        qtbot.keyClicks(dialog.title_edit, "cast.ToBool")
        seen["file"] = dialog.file_name()
        return NewDocumentDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    hugo_docs_window.new_document()
    assert seen["file"] == "content/en/functions/strings/ToBool.md"
