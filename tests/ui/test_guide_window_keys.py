"""The guide window closes with Esc, as the editor's dialogs do (only Ctrl+W did, which no
author guesses), and its title reads "Guide — editor-app", not "editor-app guide — editor-app"
(the system adds the app's name to every window's title)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from editor_app.ui.guide import GuideWindow
from editor_app.ui.main_window import MainWindow


def test_esc_closes_the_guide_and_its_title_names_the_app_once(
    qtbot, settings: QSettings
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.guide_action.trigger()
    guide = window.findChild(GuideWindow)
    qtbot.waitExposed(guide)
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    assert "editor-app" not in guide.windowTitle()  # the system adds " — editor-app"
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()
    window.guide_action.trigger()  # and opens again as before
    assert guide.isVisible()
    guide.close()
