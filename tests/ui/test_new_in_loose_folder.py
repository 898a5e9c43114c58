"""File > New and Import Word Document… in a folder whose pages belong to no kind of page (a
folder of loose notes, or a subfolder opened instead of the site's own): the author is told in
plain words what is missing and what to do, not that "this site has no collections"."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_helpers import open_site

from editor_app.ui import dialogs
from editor_app.ui.main_window import MainWindow
from editor_app.ui.word_files import WordFiles


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


def test_new_and_import_in_a_folder_of_loose_pages_say_what_to_do(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "note.md").write_text("---\ntitle: Loose note\n---\nSome text.\n", encoding="utf-8")
    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _w, _t, text: told.append(text))
    monkeypatch.setattr(dialogs, "show_error", lambda _w, _t, text: told.append(text))
    open_site(qtbot, window, folder)
    window.new_action.trigger()
    docx = tmp_path / "story.docx"
    import docx as word

    word.Document().save(str(docx))  # a Word file: no kind of page to put it in
    monkeypatch.setattr(WordFiles, "ask_import_file", classmethod(lambda cls, p, s: docx))
    monkeypatch.setattr("editor_app.core.docx_import.is_review_pack", lambda _p: False)
    window.word_files.import_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=30000)  # the file is read in the background
    for text in told:
        assert "collection" not in text
        assert "kinds of page" in text and "_config.yml" in text
    assert "Save As" in told[0]
