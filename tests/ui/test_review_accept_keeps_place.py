"""Accepting a suggested edit in the window's notes panel keeps the editor and the preview
at the passage decided: the page is read again from disk, and it went back to its top."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from test_review_suggestions import main_window  # noqa: F401

from editor_app.core import review
from editor_app.ui.main_window import MainWindow

PARAGRAPHS = "\n\n".join(f"Paragraph {n} of the long page, with words." for n in range(120))


def test_accept_keeps_the_editor_and_preview_at_the_passage(
    qtbot,  # noqa: ANN001
    site_copy: Path,
    main_window: MainWindow,  # noqa: F811
) -> None:
    path = site_copy / "_resources" / "long-page.md"
    path.write_text(f"---\ntitle: Long page\n---\n\n{PARAGRAPHS}\n", encoding="utf-8")
    review.suggest(path, "Paragraph 100 of the long page", "Paragraph 100 of the page",
                   author="Ed Editor")
    with qtbot.waitSignal(main_window.siteOpened, timeout=30000):
        main_window.open_folder(site_copy)
    main_window.resize(1024, 700)
    assert main_window.open_document(path)
    hook = main_window.review
    qtbot.waitUntil(hook.notes_dock.isVisible)
    editor = main_window.editor
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("Paragraph 100") + 3)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    scrolled = editor.verticalScrollBar().value()
    assert scrolled > 0
    qtbot.waitUntil(lambda: main_window.preview.scroll_fraction() > 0.5, timeout=10000)

    qtbot.mouseClick(hook.notes.suggestions.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Paragraph 100 of the page" in editor.toPlainText())
    assert editor.verticalScrollBar().value() == scrolled
    assert editor.textCursor().blockNumber() == editor.document().find("Paragraph 100").blockNumber()
    assert main_window.preview.scroll_fraction() > 0.5
