"""File > New on hugo-docs' commands: the new page's form shows the slug and address its file
name gives it, as its neighbours write theirs (`slug: hugo_shout`, `url:
/commands/hugo_shout/`), and the saved file is what `editor-app new` makes."""

from __future__ import annotations

from pathlib import Path

import pytest
from new_command_helpers import made_by_new_command
from new_page_helpers import new_page_from_dialog

from editor_app.ui.new_page_dialog import NewDocumentDialog


@pytest.fixture
def new_command(qtbot, hugo_docs_window, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    """hugo-docs' window with a new command 'hugo shout' made through File > New, unsaved."""

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("commands"))
        qtbot.keyClicks(dialog.title_edit, "hugo shout")
        return NewDocumentDialog.DialogCode.Accepted

    new_page_from_dialog(qtbot, hugo_docs_window, monkeypatch, fill_in)
    return hugo_docs_window


def test_the_form_shows_the_slug_and_address(
    new_command, tmp_path: Path, capsys: pytest.CaptureFixture[str]  # noqa: ANN001
) -> None:
    window = new_command
    assert window.form.widgets["slug"].focus_target().text() == "hugo_shout"
    assert window.form.widgets["url"].focus_target().text() == "/commands/hugo_shout/"
    assert window.save_document()
    saved = window.current_document().path
    assert saved.name == "hugo_shout.md"

    args = ["commands", "--title", "hugo shout"]
    made = made_by_new_command("hugo-docs", tmp_path / "cli", args, capsys)
    assert made.read_bytes() == saved.read_bytes()


def test_the_archetypes_other_lists_are_filled_in_the_form(qtbot, new_command) -> None:  # noqa: ANN001
    # hugo-docs' default archetype gives a command `categories: []` and `keywords: []`, which
    # no other command has: they were read-only boxes under Other fields, nothing to type in.
    from PySide6.QtCore import Qt

    from editor_app.ui.form_tags import TagField

    window = new_command
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
