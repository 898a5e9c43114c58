"""The Search Site panel takes the document list's place while it is open. The window closed
with the panel open came back with no list at all (the panel starts closed, the list was
remembered as hidden): "Choose a document in the list" beside nothing. The list comes back as
the author had it before searching."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from window_helpers import new_shown_window, window_on_site


def test_the_list_is_back_after_closing_with_the_search_open(
    qtbot, settings: QSettings, site_copy: Path  # noqa: ANN001
) -> None:
    first = window_on_site(qtbot, settings, site_copy)
    assert first.library.isVisible()
    first.site_tools.show_search()
    qtbot.waitUntil(lambda: not first.library.isVisible(), timeout=5000)
    first.close()

    again = window_on_site(qtbot, settings, site_copy)
    assert again.toggle_list_action.isChecked()
    assert again.library.isVisible()
    assert again.library.width() >= 200
    again.close()


def test_a_list_hidden_by_the_author_stays_hidden(
    qtbot, settings: QSettings, site_copy: Path  # noqa: ANN001
) -> None:
    first = window_on_site(qtbot, settings, site_copy)
    first.toggle_list_action.setChecked(False)  # View > Document List, by the author
    first.site_tools.show_search()
    first.close()

    again = new_shown_window(qtbot, settings)
    assert not again.toggle_list_action.isChecked()
    again.close()
