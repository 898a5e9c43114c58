"""The text's right-click menu names the key of Undo, Redo, Cut, Copy, Paste and Select All, as
other editors' menus do (in the window Qt left them out, the Edit menu having the same keys)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QKeySequence
from window_helpers import open_site


def test_the_right_click_menu_names_the_editing_keys(
    qtbot,
    tmp_path: Path,
    quiet_window,  # noqa: ANN001
) -> None:
    window = quiet_window
    root = tmp_path / "blog"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Blog\n", encoding="utf-8")
    page = root / "_posts" / "2024-01-01-hello.md"
    page.write_text("---\ntitle: Hello\n---\nSome words.\n", encoding="utf-8")
    open_site(qtbot, window, root)
    assert window.open_document(page)
    menu = window.editor.build_context_menu(QPoint(5, 5))
    shown = {a.text().split("\t")[0].replace("&", ""): a.text() for a in menu.actions()}
    key = QKeySequence.StandardKey
    for name, standard in [
        ("Undo", key.Undo),
        ("Redo", key.Redo),
        ("Cut", key.Cut),
        ("Copy", key.Copy),
        ("Paste", key.Paste),
        ("Select All", key.SelectAll),
    ]:
        native = QKeySequence(standard).toString(QKeySequence.SequenceFormat.NativeText)
        assert shown[name].endswith("\t" + native), (name, shown[name])
    menu.deleteLater()
