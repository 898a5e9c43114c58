"""Others moved the open page and changed a paragraph the author, not saved yet, changed
elsewhere too: Get latest opens the page at its new name with both sets of words, merged word by
word as Combine both merges. The paragraph kept the unsaved version alone, and saving put the
other author's words out of the page."""

from __future__ import annotations

import sys
from pathlib import Path

from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import open_clone, team, type_after, wait_idle, window  # noqa: E402, F401
from sync_site import OTHER  # noqa: E402
from test_sync_moved_open_page import MOVED, others_move_the_page  # noqa: E402


def test_others_words_in_the_moved_page_join_the_unsaved_words_of_its_paragraph(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team: tuple[Path, Path, Path],  # noqa: F811
    errors,  # noqa: ANN001
) -> None:
    _server, ben, ana = team
    others_move_the_page(ben, ("A finished page.", "A finished short page."))
    open_clone(qtbot, window, ana, timeout=30000)
    assert window.open_document(ana / OTHER)
    type_after(qtbot, window, "A finished page.", " Ana wrote this.")
    window.sync_bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    doc = window.current_document()
    assert doc is not None and Path(doc.path) == ana / MOVED and doc.is_modified
    assert "A finished short page. Ana wrote this." in window.editor.toPlainText()
    assert window.save_document()
    assert "A finished short page. Ana wrote this." in (ana / MOVED).read_text()
    assert errors == []
