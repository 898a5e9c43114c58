"""F6 after opening the menus with Alt and closing them with Escape started from the page
list, whatever part of the window had the keyboard before: the menu bar held it, outside every
part. F6 goes on from the part last used."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from window_helpers import window_on_site

from editor_app.ui.window_parts import part_holding, window_parts


def test_f6_after_alt_and_escape_goes_on_from_the_text(qtbot, settings, site_copy: Path) -> None:  # noqa: ANN001
    page = site_copy / "_resources" / "case-study-cag.md"
    window = window_on_site(qtbot, settings, site_copy, page, size=(1440, 900))
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    window.editor.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(window.editor.hasFocus)
    parts = window_parts(window)
    after_text = parts[(part_holding(parts, window.editor) + 1) % len(parts)][0]

    # Alt alone puts the keyboard on the menu bar; Escape leaves the menus.
    QTest.keyPress(window.editor, Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier)
    QTest.keyRelease(window.editor, Qt.Key.Key_Alt)
    qtbot.wait(50)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    qtbot.wait(50)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F6)
    focus = QApplication.focusWidget()
    assert focus is not None and (focus is after_text or after_text.isAncestorOf(focus)), focus
    window.close()


def test_f6_from_the_menu_bar_goes_on_from_the_part_last_used(
    qtbot, settings, site_copy: Path  # noqa: ANN001
) -> None:
    page = site_copy / "_resources" / "case-study-cag.md"
    window = window_on_site(qtbot, settings, site_copy, page, size=(1024, 700))
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    window.editor.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(window.editor.hasFocus)
    parts = window_parts(window)
    after_text = parts[(part_holding(parts, window.editor) + 1) % len(parts)][0]
    window.menuBar().setFocus(Qt.FocusReason.ShortcutFocusReason)  # as Alt leaves it
    qtbot.waitUntil(window.menuBar().hasFocus)
    window.next_part_action.trigger()
    focus = QApplication.focusWidget()
    assert focus is not None and (focus is after_text or after_text.isAncestorOf(focus)), focus
    window.close()
