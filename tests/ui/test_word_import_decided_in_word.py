"""File > Import Word Document… of a returned pack where the reviewer accepted in Word a
suggested edit the pack showed as a tracked change: the open page shows the new words at once
(read again from disk, as after the review window's Accept), the suggestion is no longer open
in the Review notes panel, and the summary says who accepted it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from window_helpers import click_document
from word_window_helpers import export_pack, import_pack, open_page_to_export, word_window

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
from editor_app.ui.main_window import MainWindow
from editor_app.ui.word_files import WordFiles

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_docx_pack_word_decisions import _decide_in_word  # noqa: E402

PAGE = "_resources/case-study-cag.md"


@pytest.fixture
def window(qtbot, settings: QSettings, errors, monkeypatch):
    yield from word_window(qtbot, settings, monkeypatch)


def test_a_suggestion_accepted_in_word_shows_in_the_open_page(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    page = site_copy / PAGE
    body = Document.load(page).body
    at = body.index("independent body")
    suggestion = review.NoteStore(page).add_suggestion(
        review.make_suggestion(body, at, at + 16, "independent panel", "Ada Editor")
    )
    open_page_to_export(qtbot, window, site_copy, page)

    target = tmp_path / "pack.docx"
    export_pack(qtbot, window, target, monkeypatch)
    _decide_in_word(target, tmp_path / "back.docx", accept=True)
    import_pack(qtbot, window, tmp_path / "back.docx", monkeypatch)

    assert "was accepted in Word by Rae Reviewer: made in the page." in window.told[-1]
    (decided,) = review.NoteStore(page).suggestions
    assert decided.id == suggestion.id and decided.status == "accepted"
    qtbot.waitUntil(lambda: "independent panel" in window.current_document().body, timeout=30000)
    assert not window.current_document().is_modified
    panel = window.review.notes.suggestions
    qtbot.waitUntil(lambda: not [s for s in panel.suggestions() if s.is_open], timeout=30000)


def test_unsaved_edits_of_the_open_page_are_asked_about_before_a_pack_comes_in(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    page = site_copy / PAGE
    open_page_to_export(qtbot, window, site_copy, page)
    target = tmp_path / "pack.docx"
    export_pack(qtbot, window, target, monkeypatch)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, "More words.")
    qtbot.waitUntil(lambda: window.current_document().is_modified)
    asked: list[str] = []
    monkeypatch.setattr(
        UnsavedChangesDialog,
        "ask",
        classmethod(lambda cls, p, n, **_: asked.append(n) or Choice.CANCEL),
    )
    monkeypatch.setattr(WordFiles, "ask_import_file", classmethod(lambda cls, p, s: target))
    window.told.clear()
    window.word_files.import_action.trigger()
    qtbot.wait(300)

    assert asked and not window.told  # cancelled: nothing imported, the edits kept
    assert window.current_document().is_modified


def _export_pack(qtbot, window: MainWindow, target: Path, monkeypatch) -> None:  # noqa: ANN001
    export_pack(qtbot, window, target, monkeypatch)
    window.told.clear()


def test_a_pack_of_another_page_does_not_ask_about_the_open_pages_edits(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    page = site_copy / PAGE
    open_page_to_export(qtbot, window, site_copy, page)
    _export_pack(qtbot, window, tmp_path / "pack.docx", monkeypatch)
    other = next(p for p in sorted(page.parent.glob("*.md")) if p != page)
    click_document(qtbot, window, other)
    qtbot.waitUntil(lambda: window.current_document().path == other)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, "More words.")
    qtbot.waitUntil(lambda: window.current_document().is_modified)
    asked: list[str] = []
    monkeypatch.setattr(
        UnsavedChangesDialog,
        "ask",
        classmethod(lambda cls, p, n, **_: asked.append(n) or Choice.CANCEL),
    )
    monkeypatch.setattr(
        WordFiles, "ask_import_file", classmethod(lambda cls, p, s: tmp_path / "pack.docx")
    )
    window.word_files.import_action.trigger()
    qtbot.waitUntil(lambda: bool(window.told), timeout=30000)

    assert not asked  # before: asked to save or drop edits the pack has nothing to do with
    assert "Nothing new" in window.told[-1]
    assert window.current_document().is_modified
    assert window.editor.toPlainText().endswith("More words.")


def test_the_status_line_says_what_the_import_did_to_the_open_page(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    from editor_app.ui.safety_questions import ChangedOnDiskDialog

    page = site_copy / PAGE
    body = Document.load(page).body
    at = body.index("independent body")
    review.NoteStore(page).add_suggestion(
        review.make_suggestion(body, at, at + 16, "independent panel", "Ada Editor")
    )
    open_page_to_export(qtbot, window, site_copy, page)
    _export_pack(qtbot, window, tmp_path / "pack.docx", monkeypatch)
    _decide_in_word(tmp_path / "pack.docx", tmp_path / "back.docx", accept=True)
    asked: list[str] = []
    monkeypatch.setattr(
        ChangedOnDiskDialog, "ask", classmethod(lambda cls, *a, **k: asked.append("disk"))
    )
    monkeypatch.setattr(
        WordFiles, "ask_import_file", classmethod(lambda cls, p, s: tmp_path / "back.docx")
    )
    window.word_files.import_action.trigger()
    qtbot.waitUntil(lambda: bool(window.told), timeout=30000)
    qtbot.waitUntil(lambda: "independent panel" in window.current_document().body, timeout=30000)
    qtbot.wait(800)  # past the watch on disk's delay

    message = window.statusBar().currentMessage()
    assert "Review pack imported into “case-study-cag.md”" in message
    assert "1 suggested edit accepted" in message
    assert "another program" not in message and not asked
