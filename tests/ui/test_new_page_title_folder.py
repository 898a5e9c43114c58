"""A new hugo-docs function titled `cast.ToBool` goes where `cast.ToFloat`, `cast.ToInt`
and `cast.ToString` are, `content/en/functions/cast/ToBool.md`: typed into the New dialog,
its folder follows the title (until the author picks one), and `editor-app new` without
`--folder` puts it there too, the same bytes. It went into `content/en/functions`, which
holds no page, as `cast-tobool.md`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path
from window_helpers import open_site

from editor_app.cli import main
from editor_app.ui.dialogs import NewDocumentDialog

CAST = "content/en/functions/cast"


def test_the_folder_follows_the_title_in_window_and_command_line(
    qtbot, quiet_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys  # noqa: ANN001
) -> None:
    root = tmp_path / "window"
    shutil.copytree(shared_site_path("hugo-docs"), root)
    open_site(qtbot, quiet_window, root)
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

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(quiet_window.documentOpened, timeout=10000):
        quiet_window.new_document()
    # functions/ has no page of its own: a title with no namespace waits for a folder.
    assert seen["plain"] == "(pick a folder: this kind's pages are all in folders)"
    assert seen["folder"] == CAST and seen["file"] == f"{CAST}/ToBool.md"
    assert quiet_window.save_document()
    saved = root / CAST / "ToBool.md"

    other = tmp_path / "cli"
    shutil.copytree(shared_site_path("hugo-docs"), other)
    assert main(["new", "functions", "--title", "cast.ToBool", str(other)]) == 0
    made = Path(capsys.readouterr().out.strip().splitlines()[0])
    assert made == (other / CAST / "ToBool.md").resolve()
    assert made.read_bytes() == saved.read_bytes()


def test_a_folder_picked_stays(
    qtbot, quiet_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    root = tmp_path / "hugo"
    shutil.copytree(shared_site_path("hugo-docs"), root)
    open_site(qtbot, quiet_window, root)
    seen: dict[str, str] = {}

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("functions"))
        strings = dialog.folder_box.findText("content/en/functions/strings")
        dialog.folder_box.setCurrentIndex(strings)
        qtbot.keyClicks(dialog.title_edit, "cast.ToBool")
        seen["file"] = dialog.file_name()
        return NewDocumentDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    quiet_window.new_document()
    assert seen["file"] == "content/en/functions/strings/ToBool.md"
