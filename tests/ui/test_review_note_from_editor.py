"""A review note left in the main window on any page of any site: words selected in the text,
right-click > Add Review Note…, or the notes panel's Add note… button. On opensource-guide
(no status field, no page unpublished) the main window offered no way at all: only
`editor-app review note` wrote one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionDockWidget
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.core import review
from editor_app.ui.review.editor_notes import EditorNotes

PAGES = [
    ("opensource-guide", "_articles/fa/code-of-conduct.md", "منشور اخلاقی نه تنها"),
    ("hugo-docs", "content/en/about/introduction.md", "Documentation sites"),
    ("eleventy-website", "src/docs/accessibility.md", "incredibly important baseline"),
]


def _open(qtbot, window, tmp_path: Path, site: str, page: str) -> Path:  # noqa: ANN001
    root = copy_shared_site(site, tmp_path, without_git=True)
    window.settings.setValue("review/author", "Ada Editor")
    open_site(qtbot, window, root)
    assert window.open_document(root / page)
    return root / page


def _select(window, words: str) -> None:  # noqa: ANN001
    editor = window.editor
    start = editor.toPlainText().index(words)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    # Half of the last word dragged over: the note takes it whole, as in the review window.
    cursor.setPosition(start + len(words) - 2, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def _answer(monkeypatch, text: str) -> list[str]:  # noqa: ANN001
    asked: list[str] = []

    def ask(cls, _parent, title: str, quote: str) -> str:  # noqa: ANN001
        asked.append(quote)
        return text

    monkeypatch.setattr(EditorNotes, "ask_note_text", classmethod(ask))
    return asked


@pytest.mark.parametrize(("site", "page", "words"), PAGES)
def test_a_note_on_selected_words_from_the_right_click_menu(
    qtbot, quiet_window, tmp_path: Path, monkeypatch, site: str, page: str, words: str  # noqa: ANN001
) -> None:
    window = quiet_window
    path = _open(qtbot, window, tmp_path, site, page)
    asked = _answer(monkeypatch, "Say who to write to.")
    _select(window, words)
    editor = window.editor
    menu = editor.build_context_menu(editor.cursorRect().center())
    [add] = [a for a in menu.actions() if a.text().replace("&", "") == "Add Review Note…"]
    add.trigger()
    assert asked == [words]
    notes_file = path.parent / ".review" / f"{path.name}.notes.yml"
    assert "Say who to write to." in notes_file.read_text(encoding="utf-8")
    [note] = review.NoteStore(path).notes
    assert (note.quote, note.text, note.author) == (words, "Say who to write to.", "Ada Editor")
    # The user sees it: the notes panel opens on it.
    panel = window.review.notes
    qtbot.waitUntil(window.review.notes_dock.isVisible, timeout=5000)
    assert panel.summary.text() == "1 open note."
    assert "Say who to write to." in panel.list.item(0).text()


def test_the_notes_panel_button_adds_a_note_on_the_whole_page(
    qtbot, quiet_window, tmp_path: Path, monkeypatch  # noqa: ANN001
) -> None:
    window = quiet_window
    site, page, _words = PAGES[0]
    path = _open(qtbot, window, tmp_path, site, page)
    _answer(monkeypatch, "Lovely page.")
    window.review.menu.actions()[1].trigger()  # Review > Review Notes
    panel = window.review.notes
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    assert panel.summary.text() == "No review notes on this page."
    assert panel.add_button is not None and panel.add_button.isEnabled()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    [note] = review.NoteStore(path).notes
    assert note.is_general and note.text == "Lovely page."
    assert panel.summary.text() == "1 open note."


def test_no_notes_is_said_under_the_panel_title_not_at_its_edge(
    qtbot, quiet_window, tmp_path: Path  # noqa: ANN001
) -> None:
    window = quiet_window
    site, page, _words = PAGES[0]
    _open(qtbot, window, tmp_path, site, page)
    window.review.menu.actions()[1].trigger()  # Review > Review Notes
    dock, panel = window.review.notes_dock, window.review.notes
    qtbot.waitUntil(panel.summary.isVisible, timeout=5000)
    assert panel.summary.text() == "No review notes on this page."
    option = QStyleOptionDockWidget()
    dock.initStyleOption(option)
    title = dock.style().subElementRect(QStyle.SubElement.SE_DockWidgetTitleBarText, option, dock)
    words_at = panel.summary.mapTo(dock, panel.summary.contentsRect().topLeft()).x()
    assert title.left() > 0
    assert words_at == title.left()
