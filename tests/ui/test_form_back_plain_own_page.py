"""The form gives a value back its plain form as `set` does: hugo-docs' `linkTitle: Security`,
set to "X: new" and typed back in the form, is saved plain again; the page itself is left out
of its collection's quoting habit (its quotes were only its last value's need)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.cli import main

PAGE = "content/en/about/security.md"


def test_the_form_sets_it_back_plain_too(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    root = copy_shared_site("hugo-docs", tmp_path, without_git=True)
    page = root / PAGE
    original = page.read_bytes()
    assert main(["set", str(page), "linkTitle=X: new"]) == 0
    window = quiet_window
    open_site(qtbot, window, root)
    with qtbot.waitSignal(window.documentOpened, timeout=20000):
        window.open_document(page)
    box = window.form.widgets["linkTitle"].focus_target()
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "Security")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert window.save_document()
    assert page.read_bytes() == original
