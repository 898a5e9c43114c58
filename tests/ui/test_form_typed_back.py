"""A setting typed and then typed back (or undone) to what the file has leaves the header
exactly as it was: `title: Loose` does not come back as `title: "Loose"` (the quotes a
passing `Loose ` needed), and the page is no longer marked as changed."""

from __future__ import annotations

from pathlib import Path

from window_helpers import click_document, open_site

PAGE = "_resources/2023-03-31-governance-board-minutes.md"


def test_typing_a_word_and_taking_it_back_leaves_the_file_as_it_was(
    qtbot, quiet_window, site_copy: Path
) -> None:
    window = quiet_window
    path = site_copy / PAGE
    before = path.read_bytes()
    assert b"\ntitle: Governance Board Minutes 31st March 2023\n" in before  # no quotes
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, path)
    title = window.form.widgets["title"]
    typed = "Governance Board Minutes 31st March 2023"
    for text in (typed + " ", typed + " d", typed + " dr", typed + " d", typed + " ", typed):
        title.edited.emit(text)  # one keystroke at a time, as the form sends them
    doc = window.current_document()
    assert doc.text.encode("utf-8") == before
    assert not doc.is_modified
    window.save_document()
    assert path.read_bytes() == before


def test_a_real_change_is_still_written(qtbot, quiet_window, site_copy: Path) -> None:
    window = quiet_window
    path = site_copy / PAGE
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, path)
    window.form.widgets["title"].edited.emit("Board minutes ")
    window.form.widgets["title"].edited.emit("Board minutes")
    assert window.save_document()
    assert "Board minutes" in path.read_text(encoding="utf-8")
