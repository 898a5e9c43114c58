"""A Word file opened in the window is not shown as a page (it was a read-only page of
unreadable bytes under two notices that said opposite things): the window says in one question
that it is a Word document and offers File > Import Word Document… instead."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from window_helpers import click_document, open_site
from word_window_helpers import word_window

from editor_app.ui.main_window import MainWindow
from editor_app.ui.word_files import WordFiles

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from docx_samples import case_study  # noqa: E402

PAGE = "_resources/dpdib-lords-2nd-reading-summary.md"


@pytest.fixture
def window(qtbot, settings: QSettings, errors, monkeypatch):
    yield from word_window(qtbot, settings, monkeypatch, errors=errors)


def test_a_word_document_is_offered_to_import_not_opened(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    open_site(qtbot, window, site_copy)
    page = site_copy / PAGE
    click_document(qtbot, window, page)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    source = case_study(tmp_path / "Leeds.docx", tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(
        WordFiles,
        "ask_import_instead",
        classmethod(lambda cls, p, text: asked.append(text) or False),
    )
    assert window.open_document(source) is False
    assert asked == [
        "“Leeds.docx” is a Word document, not a page: it comes into the site with File > "
        "Import Word Document… (as a new page, or a returned review pack's notes). Import it now?"
    ]
    assert window.current_document().path == page.resolve()  # the page stays open
    assert not window.banner.isVisible() and window.errors == [] and window.told == []


def test_saying_import_brings_it_in_as_a_new_page(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    source = case_study(tmp_path / "Leeds.docx", tmp_path)
    monkeypatch.setattr(WordFiles, "ask_import_instead", classmethod(lambda cls, p, text: True))
    monkeypatch.setattr(
        WordFiles, "ask_collection", classmethod(lambda cls, p, c, cur: "resources")
    )
    open_site(qtbot, window, site_copy)
    with qtbot.waitSignal(window.documentOpened, timeout=30000) as opened:
        assert window.open_document(source) is False  # the Word file itself is not opened
    new_page = Path(opened.args[0])
    assert new_page.suffix == ".md" and new_page.parent == site_copy / "_resources"
    assert window.current_document().path == new_page.resolve()
    assert window.errors == []


def test_a_word_file_given_with_its_site_and_an_old_word_file(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        WordFiles,
        "ask_import_instead",
        classmethod(lambda cls, p, text: asked.append(text) or False),
    )
    source = case_study(site_copy / "Leeds.docx", tmp_path)  # as `editor-app` opens a page
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(site_copy, then_open=source)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10000)
    assert window.current_document() is None and not window.banner.isVisible()
    old = tmp_path / "Minutes.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    assert window.open_document(old) is False
    assert window.told == [
        "“Minutes.doc” is a Word file, not a page: save it as .docx in Word, then bring it "
        "in with File > Import Word Document…"
    ]
    assert window.current_document() is None and len(asked) == 1 and window.errors == []
