"""File > New says when a page of the kind already has the title typed: a second 'Jeni
Tennison' among the people would leave the pages naming her unable to tell the two apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from window_helpers import open_site

from editor_app.ui.dialogs import NewDocumentDialog
from editor_app.ui.main_window import MainWindow


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


def test_the_new_page_question_names_the_page_with_the_same_title(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch
) -> None:
    open_site(qtbot, window, site_copy)
    seen: list[tuple[str, bool, str]] = []

    def answer(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("people"))
        for typed in ("Jeni Tennison", "Ann Other", "jeni tennison"):
            qtbot.keyClicks(dialog.title_edit, typed)
            seen.append((typed, dialog.same_label.isVisibleTo(dialog), dialog.same_label.text()))
            dialog.title_edit.clear()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", answer)
    window.new_action.trigger()
    said = "A page with this title is already there: _people/jeni-tennison.md."
    assert seen == [
        ("Jeni Tennison", True, said),
        ("Ann Other", False, ""),
        ("jeni tennison", True, said),
    ]
