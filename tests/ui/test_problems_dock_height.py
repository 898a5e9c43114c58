"""The problems list opens below the page at no more than a third of a small window (it took
more for one problem), and keeps the size the author gives it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import new_shown_window

CASE_STUDY = "_resources/case-study-cag.md"


def test_the_problems_strip_leaves_the_page_its_room(qtbot, site_copy: Path, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    window.resize(1024, 700)
    page = site_copy / CASE_STUDY
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("status: final", "status: finall", 1), encoding="utf-8")
    assert window.open_folder(site_copy, then_open=page)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    with qtbot.waitSignal(window.problemsShown, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: window.problems_dock.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.problems_height.settled, timeout=5000)
    assert window.problems_dock.height() <= window.height() // 3
    assert window.editor.height() > 150
    # The author makes it taller: hidden and shown again, it keeps that size.
    window.resizeDocks([window.problems_dock], [300], Qt.Orientation.Vertical)
    qtbot.wait(20)
    tall = window.problems_dock.height()
    window.problems_dock.hide()
    window.problems_dock.show()
    qtbot.wait(20)
    assert abs(window.problems_dock.height() - tall) <= 5


def _check_page(qtbot, window, site_copy: Path) -> None:  # noqa: ANN001
    page = site_copy / CASE_STUDY
    assert window.open_folder(site_copy, then_open=page)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    with qtbot.waitSignal(window.problemsShown, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: window.problems_dock.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.problems_height.settled, timeout=5000)


def test_a_layout_remembered_before_problems_was_ever_shown_still_gets_the_strip(
    qtbot, settings, site_copy: Path
) -> None:  # noqa: ANN001
    """Quit once without ever showing Problems: the next start remembers a layout, but none
    for Problems, which then took ~260 of 700 px for one line."""
    first = new_shown_window(qtbot, settings, size=(1024, 700))
    first.close()  # remembers the layout; Problems never shown
    assert settings.value("window/state") is not None

    again = new_shown_window(qtbot, settings, size=(1024, 700))
    _check_page(qtbot, again, site_copy)
    assert again.problems_dock.height() <= again.height() // 3
    # Now sized once: the author's size is what the next start keeps.
    again.resizeDocks([again.problems_dock], [300], Qt.Orientation.Vertical)
    qtbot.wait(20)
    tall = again.problems_dock.height()
    again.close()
    third = new_shown_window(qtbot, settings)
    assert third.problems_sized
    _check_page(qtbot, third, site_copy)
    assert abs(third.problems_dock.height() - tall) <= 5
