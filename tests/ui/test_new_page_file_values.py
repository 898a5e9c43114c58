"""File > New on hugo-docs' commands: the new page's form shows the slug and address its file
name gives it, as its neighbours write theirs (`slug: hugo_shout`, `url:
/commands/hugo_shout/`), and the saved file is what `editor-app new` makes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path
from window_helpers import open_site

from editor_app.cli import main
from editor_app.ui.new_page_dialog import NewDocumentDialog


def test_the_form_shows_the_slug_and_address(
    qtbot, quiet_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys  # noqa: ANN001
) -> None:
    root = tmp_path / "window"
    shutil.copytree(shared_site_path("hugo-docs"), root)
    window = quiet_window
    open_site(qtbot, window, root)

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("commands"))
        qtbot.keyClicks(dialog.title_edit, "hugo shout")
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    assert window.form.widgets["slug"].focus_target().text() == "hugo_shout"
    assert window.form.widgets["url"].focus_target().text() == "/commands/hugo_shout/"
    assert window.save_document()
    saved = window.current_document().path
    assert saved.name == "hugo_shout.md"

    other = tmp_path / "cli"
    shutil.copytree(shared_site_path("hugo-docs"), other)
    assert main(["new", "commands", "--title", "hugo shout", str(other)]) == 0
    made = Path(capsys.readouterr().out.strip().splitlines()[0])
    assert made.read_bytes() == saved.read_bytes()


def test_the_archetypes_other_lists_are_filled_in_the_form(
    qtbot, quiet_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    # hugo-docs' default archetype gives a command `categories: []` and `keywords: []`, which
    # no other command has: they were read-only boxes under Other fields, nothing to type in.
    from PySide6.QtCore import Qt

    from editor_app.ui.form_tags import TagField

    root = tmp_path / "site"
    shutil.copytree(shared_site_path("hugo-docs"), root)
    window = quiet_window
    open_site(qtbot, window, root)

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("commands"))
        qtbot.keyClicks(dialog.title_edit, "hugo shout")
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    categories = window.form.widgets["categories"]
    assert isinstance(categories, TagField)
    box = categories.focus_target()
    box.setFocus()
    qtbot.keyClicks(box, "cli")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.current_document().front_matter["categories"] == ["cli"]
    assert window.save_document()
    lines = window.current_document().path.read_text(encoding="utf-8").splitlines()
    assert "categories: [cli]" in lines
    assert "keywords: []" in lines
