"""A new page's "a page with this title is already there" looks at pages in its own
language: a French article in the Open Source Guide's `_articles/fr` (all `lang: fr`) titled
like an English one is a translation to come, not a second page (the New dialog and
`editor-app new` both warned of `_articles/starting-a-project.md`). In the English folder,
the warning stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.cli import main
from editor_app.ui.dialogs import NewDocumentDialog

TITLE = "Starting an Open Source Project"


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    copy_shared_site("opensource-guide", tmp_path, "guide")
    return tmp_path / "guide"


def test_the_dialog_warns_only_in_the_same_language(
    qtbot, quiet_window, guide: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    open_site(qtbot, quiet_window, guide)
    seen: dict[str, str] = {}

    def answer(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("articles"))
        qtbot.keyClicks(dialog.title_edit, TITLE)
        seen["own"] = dialog.same_label.text() if dialog.same_label.isVisibleTo(dialog) else ""
        folders = [dialog.folder_box.itemText(i) for i in range(dialog.folder_box.count())]
        dialog.folder_box.setCurrentIndex(folders.index("_articles/fr"))
        seen["fr"] = dialog.same_label.text() if dialog.same_label.isVisibleTo(dialog) else ""
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", answer)
    quiet_window.new_document()
    assert "_articles/starting-a-project.md" in seen["own"]
    assert seen["fr"] == ""


def test_the_command_line_warns_only_in_the_same_language(guide: Path, capsys) -> None:
    assert main(["new", "articles", "--title", TITLE, "--folder", "_articles/fr", str(guide)]) == 0
    assert "already has the title" not in capsys.readouterr().err
    assert main(["new", "articles", "--title", TITLE, str(guide)]) == 0
    assert "already has the title" in capsys.readouterr().err
