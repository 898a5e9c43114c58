"""A very long page in the window: opened, scrolled, typed into and saved as any other.

Past a few hundred thousand characters the window colours only the lines in view, takes the
editor's text in after a pause in typing, and previews the part around the cursor: none of
that may lose a keystroke, mark an untouched page as changed, or save anything but the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from window_helpers import open_site

from editor_app.ui.main_window import MainWindow

LINES = 12_000  # over the editor's lazy-colouring line count, and over 300,000 characters


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    quiet_window.resize(1000, 700)
    return quiet_window


@pytest.fixture
def long_page(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Long\n", encoding="utf-8")
    body = "".join(
        f"Paragraph {i} has **bold** words and a [link](https://example.org/{i}).\n\n"
        for i in range(LINES // 2)
    )
    page = site / "_posts" / "2025-01-01-long.md"
    page.write_text("---\ntitle: A long page\n---\n" + body, encoding="utf-8")
    return page


def test_a_long_page_scrolled_is_not_changed(qtbot, window: MainWindow, long_page: Path) -> None:
    open_site(qtbot, window, long_page.parents[1])
    assert window.open_document(long_page)
    editor = window.editor
    assert editor.highlighter.wanted is not None  # only the lines in view are coloured
    editor.go_to_line(LINES - 10)
    qtbot.wait(300)
    editor.go_to_line(LINES // 2)
    qtbot.wait(300)
    assert not window.isWindowModified()
    assert not window.documents.doc.is_modified
    assert not window.library.is_marked_modified(long_page.resolve())


def test_typing_into_a_long_page_reaches_the_file(
    qtbot, window: MainWindow, long_page: Path
) -> None:
    open_site(qtbot, window, long_page.parents[1])
    assert window.open_document(long_page)
    editor = window.editor
    editor.go_to_line(3)
    editor.setFocus()
    qtbot.keyClicks(editor, "New words. ")
    assert window.isWindowModified()
    # Read at once (before the pause): the page holds every keystroke.
    assert "New words. Paragraph 1 has" in window.documents.doc.body
    qtbot.keyClicks(editor, "More.")
    qtbot.wait(400)  # after the pause the text is taken in without being asked
    assert "New words. More.Paragraph 1 has" in window.documents.doc._body
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=10000)
    saved = long_page.read_text(encoding="utf-8")
    assert "New words. More.Paragraph 1 has" in saved
    assert saved.count("\n") == LINES + 3


def test_the_recovery_copy_of_a_long_page_waits_for_a_pause(
    qtbot, window: MainWindow, long_page: Path, monkeypatch
) -> None:
    """While a long page's typing has not reached the page, the recovery copy is put off to
    the next pause (a few hundred milliseconds), not taken mid-word; it is taken then."""
    guard = window.guard
    copies: list[int] = []
    monkeypatch.setattr(guard, "autosave_now", lambda wait=True: copies.append(1) or True)
    monkeypatch.setattr(guard, "PUT_OFF_MS", 20)
    open_site(qtbot, window, long_page.parents[1])
    assert window.open_document(long_page)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Typing")
    assert window.documents.typing_pending
    guard._autosave_tick()
    assert copies == []  # put off: the words have not reached the page yet
    qtbot.waitUntil(lambda: copies == [1], timeout=5000)  # taken in the pause
    assert not window.documents.typing_pending


def test_a_long_page_counts_its_words_and_marks_its_fields_after_a_pause(
    qtbot, window: MainWindow, long_page: Path, monkeypatch
) -> None:  # noqa: ANN001
    shown: list[list] = []
    original = window.form.show_problems
    monkeypatch.setattr(
        window.form, "show_problems", lambda ps: (shown.append(list(ps)), original(ps))
    )
    open_site(qtbot, window, long_page.parents[1])
    assert window.open_document(long_page)
    qtbot.waitUntil(lambda: "words" in window.stats_label.text(), timeout=10000)
    words = int(window.stats_label.text().split()[0].replace(",", ""))
    editor = window.editor
    editor.go_to_line(3)
    editor.setFocus()
    qtbot.keyClicks(editor, "One two three. ")
    # After the pause, one worker job counts the words and checks the page.
    qtbot.waitUntil(
        lambda: window.stats_label.text().split()[0].replace(",", "") == str(words + 3),
        timeout=10000,
    )
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[-1] == []  # a page with nothing wrong: no field marked


def test_a_long_page_preview_is_the_same_read_from_its_header_and_excerpt(
    long_page: Path,
) -> None:
    from editor_app.core.document import Document
    from editor_app.core.render import Renderer
    from editor_app.core.schema import load_schema
    from editor_app.core.site import Site
    from editor_app.ui.page_refresh import _render_page

    site = Site.open(long_page.parents[1])
    renderer, schema = Renderer(site), load_schema(site)
    text = long_page.read_text(encoding="utf-8") * 2  # over the preview's excerpt size
    body = Document.from_text(text).body
    for cursor in (0, len(body) // 2, len(body)):
        whole = _render_page(renderer, text, long_page, schema, cursor)
        assert "This page is long" in whole
        assert _render_page(renderer, text, long_page, schema, cursor, body) == whole
