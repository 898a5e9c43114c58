"""The form writes a field as `editor-app set` does (e306f5f9): a title whose quotes only its
value needed (`title: "hugo build: all"`), typed anew as text needing none, takes the quotes
its collection clearly writes the field in (hugo-docs' commands: 44 of 44 titles in "double")
where the header has no habit of its own. The form wrote it plain (`title: hugo build`),
while `set` wrote `title: "hugo build"`: the window and the command line now save the same
bytes for the same edit (core field_place.clear_quote_mark)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import click_document, open_site

from editor_app.cli import main

PAGE = "content/en/commands/hugo_build.md"


def _needing_quotes(root: Path) -> Path:
    """hugo_build.md as `set title='hugo build: all'` leaves it: quoted, as the colon needs."""
    page = root / PAGE
    text = page.read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: "hugo build"\nslug: hugo_build\n')
    page.write_text(text.replace('"hugo build"', '"hugo build: all"', 1), encoding="utf-8")
    return page


def test_the_form_and_set_save_the_same_bytes(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    by_set = _needing_quotes(copy_shared_site("hugo-docs", tmp_path, "by_set"))
    assert main(["set", str(by_set), "title=hugo build"]) == 0
    assert by_set.read_text(encoding="utf-8").startswith('---\ntitle: "hugo build"\n')

    root = copy_shared_site("hugo-docs", tmp_path, "by_form")
    page = _needing_quotes(root)
    open_site(qtbot, quiet_window, root)
    click_document(qtbot, quiet_window, page)
    box = quiet_window.form.widgets["title"].focus_target()
    assert box.text() == "hugo build: all"
    box.setFocus()
    box.end(False)
    for _ in range(len(": all")):
        qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert box.text() == "hugo build"
    assert quiet_window.save_document()
    assert page.read_bytes() == by_set.read_bytes()
