"""Every entry of the View menu can be chosen from the keyboard (Alt+V, then its underlined
letter), each by a letter of its own: Search Site and Checklist had none."""

from __future__ import annotations

import re

from editor_app.ui.main_window import MainWindow


def test_every_view_menu_entry_has_a_letter_of_its_own(quiet_window: MainWindow) -> None:
    letters: dict[str, str] = {}
    for action in quiet_window.view_menu.actions():
        if action.isSeparator() or not action.text():
            continue
        found = re.search(r"&([^&])", action.text())
        assert found, f"no underlined letter in {action.text()!r}"
        letter = found.group(1).lower()
        assert letter not in letters, f"{action.text()!r} and {letters[letter]!r} share {letter}"
        letters[letter] = action.text()
