"""Typing a group member's words into a new page's form (Eleventy's `eleventyNavigation`
Key) writes them as the site's pages write theirs, `key: Nav key`: the text passed through
`Nav ` (a trailing space, which needs quotes) and the saved line stayed `key: "Nav key"`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shared_sites import shared_site_path
from window_helpers import open_site

from editor_app.ui.dialogs import NewDocumentDialog


def test_a_new_pages_group_member_is_written_plain(
    qtbot, quiet_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    root = tmp_path / "eleventy-website"
    shutil.copytree(shared_site_path("eleventy-website"), root)
    window = quiet_window
    open_site(qtbot, window, root)

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("docs"))
        dialog.title_edit.setText("Navigation test")
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    key = window.form.widgets["eleventyNavigation"].children_["key"].focus_target()
    key.setFocus()
    # The key starts as the page's title: typed over.
    qtbot.keyClick(key, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(key, "Nav key")
    parent = window.form.widgets["eleventyNavigation"].children_["parent"].focus_target()
    parent.setFocus()
    qtbot.keyClicks(parent, "Getting Started")
    qtbot.keyClick(parent, Qt.Key.Key_Tab)
    assert window.save_document()
    lines = window.current_document().path.read_text(encoding="utf-8").splitlines()
    assert "  key: Nav key" in lines
    assert "  parent: Getting Started" in lines


def test_a_member_of_a_group_in_a_group_too(
    qtbot, quiet_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    root = tmp_path / "hugo-docs"
    shutil.copytree(shared_site_path("hugo-docs"), root)
    window = quiet_window
    open_site(qtbot, window, root)

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("functions"))
        dialog.title_edit.setText("strings.Demo")
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    group = window.form.widgets["params"].children_["functions_and_methods"]
    box = group.children_["returnType"].focus_target()
    box.setFocus()
    qtbot.keyClicks(box, "map of strings")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert window.save_document()
    lines = window.current_document().path.read_text(encoding="utf-8").splitlines()
    assert "    returnType: map of strings" in lines
