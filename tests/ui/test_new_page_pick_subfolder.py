"""hugo-docs' methods all live in folders of their namespace (`methods/page`, `methods/site`);
`content/en/methods` has no page of its own. A method typed in the New dialog without a
namespace went there, alone. The dialog now offers only the subfolders, and Create waits
until one is picked; the page is then made in it. A collection with pages at the top
(commands) is offered its own folder as before."""

from __future__ import annotations

import pytest
from new_page_helpers import new_page_from_dialog
from PySide6.QtWidgets import QDialogButtonBox

from editor_app.ui.dialogs import NewDocumentDialog

PAGE = "content/en/methods/page"


def test_a_method_waits_for_its_folder_then_goes_there(
    qtbot, hugo_docs_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    window = hugo_docs_window
    root = window.site.root
    seen: dict[str, object] = {}

    def fill_in(dialog: NewDocumentDialog) -> int:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("commands"))
        seen["commands"] = dialog.folder_box.isVisibleTo(dialog)
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("methods"))
        folders = [dialog.folder_box.itemText(i) for i in range(dialog.folder_box.count())]
        seen["top offered"] = "content/en/methods" in folders
        seen["page offered"] = PAGE in folders
        qtbot.keyClicks(dialog.title_edit, "Shout")
        seen["ok before"] = ok.isEnabled()
        dialog.folder_box.setCurrentIndex(dialog.folder_box.findText(PAGE))
        seen["ok after"] = ok.isEnabled()
        seen["file"] = dialog.file_name()
        return NewDocumentDialog.DialogCode.Accepted

    new_page_from_dialog(qtbot, window, monkeypatch, fill_in)
    assert seen["commands"] is False  # one folder: no choice shown
    assert seen["top offered"] is False and seen["page offered"] is True
    assert seen["ok before"] is False and seen["ok after"] is True
    assert seen["file"] == f"{PAGE}/Shout.md"
    assert window.save_document()
    assert (root / PAGE / "Shout.md").is_file()
    assert not (root / "content/en/methods/Shout.md").exists()
