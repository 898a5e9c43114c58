"""The editor's formatting, Insert Image and Paste as Plain Text are in the menus, where an
author looks for them (they were only in the text's right-click menu: adding a picture to the
text could not be found), and Find and Replace shows and answers its key, Ctrl+H, from
anywhere in the window (the menu showed no key, and Ctrl+H outside the text did nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from window_helpers import open_site


def _site(root: Path) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Blog\n", encoding="utf-8")
    (root / "_posts" / "2024-01-01-hello.md").write_text(
        "---\ntitle: Hello\n---\nSome words about permalinks.\n", encoding="utf-8"
    )
    return root


def test_format_and_paste_plain_are_in_the_menus(qtbot, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("F&ormat") == titles.index("&Edit") + 1
    shown = [a.text() for a in window.format_menu.actions() if not a.isSeparator()]
    assert "&Bold" in shown and "Insert I&mage…" in shown and "Heading &2" in shown
    assert window.editor.paste_plain_action in window.edit_menu.actions()
    image = window.editor.insert_image_action
    assert image.shortcut().toString() == "Ctrl+Shift+I"
    # No page open: nothing to format, the menu is greyed (its items did nothing).
    assert not window.format_menu.menuAction().isEnabled()


class _LinuxKeys:
    """Qt's standard keys as an X11 desktop without a theme gives them: Replace has none."""

    def __getattr__(self, name: str) -> object:
        if name == "Replace":
            return _STANDARD.UnknownKey
        return getattr(_STANDARD, name)


_STANDARD = QKeySequence.StandardKey


def test_ctrl_h_opens_find_and_replace_from_the_page_list(
    qtbot, tmp_path: Path, settings, monkeypatch  # noqa: ANN001
) -> None:
    from editor_app.ui import dialogs
    from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
    from editor_app.ui.main_window import MainWindow

    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: None)
    monkeypatch.setattr(
        UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD)
    )
    monkeypatch.setattr(QKeySequence, "StandardKey", _LinuxKeys())
    window = MainWindow(settings)
    monkeypatch.setattr(QKeySequence, "StandardKey", _STANDARD)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    site = _site(tmp_path / "blog")
    open_site(qtbot, window, site)
    assert window.open_document(site / "_posts" / "2024-01-01-hello.md")
    assert window.replace_action.shortcut() == QKeySequence("Ctrl+H")
    assert window.format_menu.menuAction().isEnabled()
    window.library.view.setFocus()
    qtbot.keyClick(window.library.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = window.editor.find_bar
    assert bar.isVisible() and bar.replace_visible
    assert window.close_document()
    assert not window.format_menu.menuAction().isEnabled()
