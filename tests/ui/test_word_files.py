"""File > Import Word Document… and File > Export Review Pack… in the window."""

from __future__ import annotations

import sys
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QSettings
from window_helpers import click_document, open_site
from word_window_helpers import export_pack, import_pack, word_window

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.ui.main_window import MainWindow
from editor_app.ui.word_files import WordFiles

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from docx_samples import case_study  # noqa: E402

PAGE = "_resources/dpdib-lords-2nd-reading-summary.md"


@pytest.fixture
def window(qtbot, settings: QSettings, errors, monkeypatch):
    yield from word_window(qtbot, settings, monkeypatch)


def test_file_menu_has_import_and_export(qtbot, window: MainWindow, site_copy: Path) -> None:
    names = [a.text() for a in window.file_menu.actions()]
    assert "&Import Word Document…" in names and "&Export Review Pack…" in names
    assert names.index("&Export Review Pack…") < names.index("&Quit")
    open_site(qtbot, window, site_copy)
    assert window.word_files.import_action.isEnabled()
    assert not window.word_files.export_action.isEnabled()  # no page open yet


def test_import_a_word_file_opens_the_new_draft(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    open_site(qtbot, window, site_copy)
    source = case_study(tmp_path / "Leeds.docx", tmp_path)
    monkeypatch.setattr(WordFiles, "ask_import_file", classmethod(lambda cls, p, s: source))
    monkeypatch.setattr(
        WordFiles, "ask_collection", classmethod(lambda cls, p, c, cur: "resources")
    )
    with qtbot.waitSignal(window.documentOpened, timeout=30000) as opened:
        window.word_files.import_action.trigger()
    page = opened.args[0]
    assert page.parent == (site_copy / "_resources").resolve() or page.parent.name == "_resources"
    assert window.current_document().front_matter["title"] == "Community energy in Leeds"
    assert "*small grant*" in window.editor.markdown()
    qtbot.waitUntil(lambda: bool(window.told))
    assert "2 comments kept as review notes." in window.told[-1]
    assert len(review.NoteStore(page).notes) == 2


def test_export_the_open_page_then_bring_the_comments_back(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    open_site(qtbot, window, site_copy)
    page = site_copy / PAGE
    click_document(qtbot, window, page)
    qtbot.waitUntil(window.word_files.export_action.isEnabled)
    target = tmp_path / "pack.docx"
    export_pack(qtbot, window, target, monkeypatch)
    assert "1 page," in window.told[-1] and "(s)" not in window.told[-1]

    document = docx.Document(str(target))
    para = next(p for p in document.paragraphs if p.text.startswith("This is known as"))
    document.add_comment(para.runs, "Explain this please", author="Dee")
    document.save(tmp_path / "back.docx")
    import_pack(qtbot, window, tmp_path / "back.docx", monkeypatch)
    assert "1 new note," in window.told[-1]
    assert [n.text for n in review.NoteStore(page).notes] == ["Explain this please"]
    assert Document.load(page).original == page.read_bytes()
    panel = window.review.notes
    assert [n.text for n in panel.notes()] == ["Explain this please"]
    assert window.review.notes_dock.isVisible()  # shown, not only filled while hidden


def test_a_returned_pack_shows_its_notes_in_the_open_review_window(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    """The editor reviews a draft in the review window and brings the funder's comments back
    from Word: the window shows them without a Refresh."""
    open_site(qtbot, window, site_copy)
    page = site_copy / "_resources/legitimate-interests-briefing-paper.md"
    click_document(qtbot, window, page)
    review_window = window.review.open_queue()
    qtbot.waitUntil(lambda: review_window.panel.current is not None, timeout=30000)
    assert review_window.panel.current.path == page.resolve()
    shown = review_window.panel.text_notes.notes
    assert shown.notes() == []

    target = tmp_path / "pack.docx"
    export_pack(qtbot, window, target, monkeypatch)
    document = docx.Document(str(target))
    para = next(p for p in document.paragraphs if len(p.text) > 40 and p.runs)
    document.add_comment(para.runs, "Who decides this?", author="Funder Fay")
    document.save(tmp_path / "back.docx")
    import_pack(qtbot, window, tmp_path / "back.docx", monkeypatch)
    assert "1 new note" in window.told[-1]
    qtbot.waitUntil(lambda: [n.text for n in shown.notes()] == ["Who decides this?"], timeout=30000)
    review_window.close()


def test_a_returned_pack_is_parsed_once_when_imported_in_the_window(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    """Telling a pack, finding whether it holds the open page and importing it all read the
    one parse of the file (it was parsed three times, twice on the window's thread)."""
    import io

    from editor_app.core.docx_export import export_docx
    from editor_app.core.site import Site

    page = site_copy / PAGE
    export_docx([page], tmp_path / "pack.docx", Site.open(site_copy))
    document = docx.Document(str(tmp_path / "pack.docx"))
    para = next(p for p in document.paragraphs if p.text.startswith("This is known as"))
    document.add_comment(para.runs, "Explain this please", author="Dee")
    document.save(tmp_path / "back.docx")
    returned = (tmp_path / "back.docx").read_bytes()
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, page)
    parses = []
    parse = docx.Document

    def counting(source=None):
        data = source.getvalue() if isinstance(source, io.BytesIO) else None
        if isinstance(source, (str, Path)):
            data = Path(source).read_bytes()
        if data == returned:
            parses.append(source)
        return parse(source)

    monkeypatch.setattr(docx, "Document", counting)
    import_pack(qtbot, window, tmp_path / "back.docx", monkeypatch)
    assert "1 new note," in window.told[-1]
    assert len(parses) == 1
