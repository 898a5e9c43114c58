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


def test_no_two_entries_of_a_menu_share_a_letter(quiet_window: MainWindow) -> None:
    """Two entries with one letter (Edit's &Redo and Find and &Replace, Format's &Italic and
    Insert &Image, three &S in Tools) take two presses and an Enter instead of one."""
    for top in quiet_window.menuBar().actions():
        letters: dict[str, str] = {}
        for action in top.menu().actions():
            found = re.search(r"&([^&])", action.text() or "")
            if action.isSeparator() or action.menu() is not None or not found:
                continue
            letter = found.group(1).lower()
            assert letter not in letters, f"{top.text()}: {action.text()!r}, {letters[letter]!r}"
            letters[letter] = action.text()
