"""File > Import Word Document… of a returned pack where the reviewer marked a comment done
in Word: the open page's note is resolved in the Review notes panel at once, and the summary
says so."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from word_window_helpers import export_pack, import_pack, open_page_to_export, word_window

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_docx_pack_done_comments import marked_done  # noqa: E402

PAGE = "_resources/case-study-cag.md"


@pytest.fixture
def window(qtbot, settings: QSettings, errors, monkeypatch):
    yield from word_window(qtbot, settings, monkeypatch)


def test_a_note_marked_done_in_word_shows_resolved_in_the_open_page(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    page = site_copy / PAGE
    body = Document.load(page).body
    at = body.index("Confidentiality Advisory Group")
    note = review.NoteStore(page).add(review.make_note(body, at, at + 29, "Spell out?", "Ada"))
    open_page_to_export(qtbot, window, site_copy, page)
    panel = window.review.notes
    qtbot.waitUntil(lambda: [n.id for n in panel.notes()] == [note.id], timeout=30000)

    target = tmp_path / "pack.docx"
    export_pack(qtbot, window, target, monkeypatch)
    marked_done(target, tmp_path / "back.docx", {"Spell out?"})
    import_pack(qtbot, window, tmp_path / "back.docx", monkeypatch)

    assert "1 note marked done in Word: resolved" in window.told[-1]
    assert review.NoteStore(page).get(note.id).resolved
    qtbot.waitUntil(
        lambda: [(n.id, n.resolved) for n in panel.notes()] == [(note.id, True)], timeout=30000
    )
    assert panel.passages() == []  # its words no longer marked as open
