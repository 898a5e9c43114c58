"""A returned Word pack is read in the background: the window answers while it is parsed, a
line and a busy bar in the status bar say what is going on, and the notes come in."""

from __future__ import annotations

import time
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QTimer
from window_helpers import open_site

from editor_app.core import docx_pack_import, review
from editor_app.ui import dialogs
from editor_app.ui.main_window import MainWindow
from editor_app.ui.word_files import WordFiles

PAGE = "_resources/dpdib-lords-2nd-reading-summary.md"


@pytest.fixture
def window(quiet_window, errors, monkeypatch):  # noqa: ANN001, ANN201
    told: list[str] = []
    monkeypatch.setattr(WordFiles, "tell", classmethod(lambda cls, p, t, text: told.append(text)))
    quiet_window.told = told
    return quiet_window


def _returned_pack(site_copy: Path, tmp_path: Path) -> Path:
    from editor_app.core.docx_export import export_docx
    from editor_app.core.site import Site

    export_docx([site_copy / PAGE], tmp_path / "pack.docx", Site.open(site_copy))
    document = docx.Document(str(tmp_path / "pack.docx"))
    para = next(p for p in document.paragraphs if p.text.startswith("This is known as"))
    document.add_comment(para.runs, "Explain this please", author="Dee")
    document.save(tmp_path / "back.docx")
    return tmp_path / "back.docx"


def test_a_returned_pack_is_read_while_the_window_answers(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    returned = _returned_pack(site_copy, tmp_path)
    open_site(qtbot, window, site_copy)
    parse = docx_pack_import.open_review_pack

    def slow_parse(source):  # a long pack: seconds to read
        time.sleep(1.5)
        return parse(source)

    monkeypatch.setattr(docx_pack_import, "open_review_pack", slow_parse)
    monkeypatch.setattr(WordFiles, "ask_import_file", classmethod(lambda cls, p, s: returned))
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    began = time.monotonic()
    window.word_files.import_action.trigger()
    assert time.monotonic() - began < 1.0  # back at once: the file is read elsewhere
    progress = window.word_files.progress
    assert progress.shown and progress.label.text() == "Reading “back.docx”…"
    assert not window.word_files.import_action.isEnabled()  # one import at a time
    qtbot.waitUntil(lambda: bool(window.told), timeout=30000)
    timer.stop()
    assert len([t for t in ticks if t < began + 1.5]) >= 10  # the window kept answering
    assert "1 new note," in window.told[-1]
    assert [n.text for n in review.NoteStore(site_copy / PAGE).notes] == ["Explain this please"]
    assert not progress.shown and window.word_files.import_action.isEnabled()


def test_a_file_that_cannot_be_read_is_told_in_one_line(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    returned = _returned_pack(site_copy, tmp_path)
    open_site(qtbot, window, site_copy)

    def broken(source, site):
        raise ValueError("unexpected inside the parser")

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _title, text: shown.append(text))
    monkeypatch.setattr(docx_pack_import, "read_returned_file", broken)
    monkeypatch.setattr(WordFiles, "ask_import_file", classmethod(lambda cls, p, s: returned))
    window.word_files.import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert shown[0].startswith("The Word document could not be read.")
    assert "\n" not in shown[0] and "Traceback" not in shown[0]
    assert not window.word_files.progress.shown
    assert window.word_files.import_action.isEnabled()


def test_a_file_that_is_no_word_document_is_told_before_any_question(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    """As `editor-app import` says: no collection is asked for a file that is no .docx."""
    story = tmp_path / "story.docx"
    story.write_text("not a Word document\n", encoding="utf-8")
    open_site(qtbot, window, site_copy)
    shown: list[str] = []
    asked: list[object] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _title, text: shown.append(text))
    monkeypatch.setattr(WordFiles, "ask_import_file", classmethod(lambda cls, p, s: story))
    monkeypatch.setattr(
        WordFiles, "ask_collection", classmethod(lambda cls, p, c, cur: asked.append(c))
    )
    window.word_files.import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert shown == ["story.docx: This file is not a Word document (.docx) that can be read."]
    assert asked == []
    assert not window.word_files.progress.shown
