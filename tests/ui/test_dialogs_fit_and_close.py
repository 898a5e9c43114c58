"""Each dialog the window opens from its menus fits the screen whole (nothing cut, its buttons
on the screen; offscreen the screen is 800x800, narrower than any we aim at), no two of its
buttons and labelled boxes share an Alt letter, and Escape closes it, on a real site
(connectedbydata): Rename or Merge a Value, What the Editor Noticed, Your Name and E-mail,
Guide, About, Kept Versions, Rename File to Match Date. Screens at 1024x700 were looked at too
(none needed a fix)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from window_helpers import open_site

from editor_app.ui.main_window import MainWindow

PAGE = "_resources/2023-03-31-governance-board-minutes.md"  # its date differs from its name


def _by_words(menu, words: str) -> Callable[[], None]:  # noqa: ANN001 - a QMenu
    def trigger() -> None:
        next(a for a in menu.actions() if words in a.text().replace("&", "")).trigger()

    return trigger


OPENERS: dict[str, Callable[[MainWindow], Callable[[], None]]] = {
    "rename value": lambda w: _by_words(w.tools_menu, "Rename or Merge"),
    "site notes": lambda w: w.site_notes_action.trigger,
    "sharing name": lambda w: w.identity_action.trigger,
    "guide": lambda w: w.guide_action.trigger,
    "about": lambda w: w.about_action.trigger,
    "kept versions": lambda w: _by_words(w.file_menu, "Kept Versions"),
    "rename file": lambda w: _by_words(w.file_menu, "Match Date"),
}


def _shared_letters(dialog: QWidget) -> list[str]:
    """The Alt letters two of the dialog's buttons or labelled boxes share."""
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    letters: dict[str, str] = {}
    shared = []
    for text in texts:
        found = re.search(r"&([^&])", text.replace("&&", ""))
        if found is None:
            continue
        letter = found.group(1).lower()
        if letter in letters:
            shared.append(f"{letters[letter]} / {text}")
        letters[letter] = text
    return shared


def _other_windows(window: MainWindow) -> list[QWidget]:
    return [
        t
        for t in QApplication.topLevelWidgets()
        if t.isVisible() and t is not window and t.width() > 60 and not t.inherits("QMenu")
    ]


@pytest.mark.parametrize("name", list(OPENERS))
def test_dialog_fits_and_escape_closes_it(
    qtbot, quiet_window: MainWindow, site_copy: Path, name: str  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    assert window.open_document(site_copy / PAGE)
    qtbot.waitUntil(
        lambda: all(a.isEnabled() for a in window.file_menu.actions() if "Match Date" in a.text()),
        timeout=20000,
    )
    seen: dict[str, object] = {}

    def look() -> None:
        shown = _other_windows(window)
        if not shown:
            QTimer.singleShot(50, look)
            return
        dialog = shown[0]
        screen = (dialog.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        seen["fits"] = screen.contains(dialog.frameGeometry())
        hint = dialog.minimumSizeHint()
        seen["whole"] = hint.width() <= dialog.width() and hint.height() <= dialog.height()
        seen["buttons"] = [
            b.text()
            for b in dialog.findChildren(QAbstractButton)
            if b.isVisible() and b.visibleRegion().isEmpty()
        ]
        seen["shared letters"] = _shared_letters(dialog)
        dialog.activateWindow()  # as the window manager does (its keys are the window's)
        QApplication.processEvents()
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
        QApplication.processEvents()
        seen["closed"] = not dialog.isVisible()
        if dialog.isVisible():
            dialog.close()

    QTimer.singleShot(0, look)
    OPENERS[name](window)()
    qtbot.waitUntil(lambda: "closed" in seen, timeout=10000)
    assert seen == {
        "fits": True,
        "whole": True,
        "buttons": [],
        "shared letters": [],
        "closed": True,
    }
