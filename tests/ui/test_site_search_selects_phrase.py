"""Search Site: opening a hit found in the body selected only one searched word in the editor
(the longest: "hands-on" of "hands-on practice" on connectedbydata's participation topic);
the hit list shows the whole phrase. The editor selects the phrase, or the stretch holding all the words at that place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from window_helpers import window_on_site

from editor_app.core.site_search import match_span


def _open_hit(qtbot, window, query: str, name: str) -> str:  # noqa: ANN001
    window.site_tools.show_search()
    panel = window.site_tools.panel
    qtbot.waitUntil(panel.box.hasFocus, timeout=5000)
    with qtbot.waitSignal(panel.searchFinished, timeout=20000):
        qtbot.keyClicks(panel.box, query)
    row = next(r for r, hit in enumerate(panel.hits()) if hit.path.name == name)
    panel.results.setCurrentRow(row)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.textCursor().hasSelection(), timeout=10000)
    return window.editor.textCursor().selectedText()


def test_opening_a_hit_selects_the_whole_phrase(
    qtbot, settings: QSettings, site_copy: Path  # noqa: ANN001
) -> None:
    window = window_on_site(qtbot, settings, site_copy)
    assert _open_hit(qtbot, window, "hands-on practice", "participation.md") == (
        "hands-on practice"
    )
    window.close()


def test_words_apart_on_the_line_are_selected_with_what_lies_between() -> None:
    line = "Governance of the data, and data of governance."
    assert line[slice(*match_span(line, "data governance"))] == "data of governance"
    assert match_span(line, "nowhere") is None
    assert line[slice(*match_span(line, "DATA nowhere"))] == "data"
