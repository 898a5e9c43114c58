"""Every menu of the window is reached from the keyboard: each menu of the bar and each entry
of a menu has an Alt letter (the &-marked one), and no two in one menu share it (Qt then only
moves between them, the second never opening with one key). Lists the app makes from what is
installed (the spelling languages; recent folders, filled as the menu opens) are picked with
the arrows and left out.
Tools > Your Name and E-mail… had no letter."""

from __future__ import annotations

import re

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QMenuBar

from editor_app.ui.main_window import MainWindow

LISTS = {"spellingLanguageMenu"}


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def faults(menu: QMenu | QMenuBar, where: str) -> list[str]:
    found: list[str] = []
    letters: dict[str, str] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        name = f"{where} > {action.text().replace('&', '')}".lstrip(" >")
        letter = mnemonic(action.text())
        if letter is None:
            found.append(f"{name}: no Alt letter")
        elif letter in letters:
            found.append(f"{name}: Alt+{letter.upper()} as {letters[letter]}")
        else:
            letters[letter] = name
        sub = action.menu()
        if sub is not None and sub.objectName() not in LISTS:
            found += faults(sub, name)
    return found


def test_every_menu_entry_has_its_own_alt_letter(qtbot, settings: QSettings) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert len(window.menuBar().actions()) >= 6
    assert faults(window.menuBar(), "") == []
