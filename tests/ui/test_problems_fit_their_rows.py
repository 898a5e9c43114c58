"""After Check, the Problems panel is as tall as its rows, up to a limit: at 1024x700 three
problems showed one and a half rows, the rest behind a scroll bar. A height the author drags
it to is kept, for later Checks and the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import new_shown_window

CASE_STUDY = "_resources/case-study-cag.md"


def _three_problems(site_copy: Path) -> Path:
    page = site_copy / CASE_STUDY
    text = page.read_text(encoding="utf-8")
    text = text.replace("status: final", "status: finall", 1)
    text = text.replace("listed: true", "listed: maybe", 1)
    text = text.replace("reference: cag\n", "", 1)
    page.write_text(text, encoding="utf-8")
    return page


def _check(qtbot, window, page: Path) -> None:  # noqa: ANN001
    assert window.open_folder(page.parents[1], then_open=page)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    with qtbot.waitSignal(window.problemsShown, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: window.problems_dock.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.problems_height.settled, timeout=5000)


def _rows_on_show(window) -> int:  # noqa: ANN001
    tree = window.problems.tree
    shown = tree.viewport().rect()
    count = tree.topLevelItemCount()
    return sum(shown.contains(tree.visualItemRect(tree.topLevelItem(i))) for i in range(count))


def test_three_problems_show_whole_at_1024x700(qtbot, site_copy: Path, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    window.resize(1024, 700)
    _check(qtbot, window, _three_problems(site_copy))
    assert window.problems.tree.topLevelItemCount() >= 3
    qtbot.waitUntil(lambda: _rows_on_show(window) >= 3, timeout=3000)
    assert window.problems_dock.height() <= window.height() // 3
    assert window.editor.height() > 120  # the text keeps room to type in


def test_a_dragged_height_is_kept(qtbot, settings, site_copy: Path) -> None:  # noqa: ANN001
    page = _three_problems(site_copy)
    first = new_shown_window(qtbot, settings, size=(1024, 700))
    _check(qtbot, first, page)
    # The author drags the panel's edge down to a strip.
    first.resizeDocks([first.problems_dock], [120], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: abs(first.problems_dock.height() - 120) <= 2, timeout=3000)
    with qtbot.waitSignal(first.problemsShown, timeout=30000):
        qtbot.keyClick(first, Qt.Key.Key_F7)
    qtbot.wait(300)  # time for a fit to its rows, which would make it taller
    assert abs(first.problems_dock.height() - 120) <= 2
    first.close()

    again = new_shown_window(qtbot, settings, size=(1024, 700))
    _check(qtbot, again, page)
    qtbot.wait(300)
    assert abs(again.problems_dock.height() - 120) <= 2
    again.close()
