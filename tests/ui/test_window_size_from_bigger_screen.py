"""A window last closed on a bigger screen (not maximised) opens filling this smaller one, as
on a first start: Qt brought it back at two thirds of the screen (682 x 450 on a 1024 x 700
laptop), leaving the list, the form and the text a few lines each."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from editor_app.ui.main_window import MainWindow
from editor_app.ui.screen_fit import available_area


def test_a_window_from_a_bigger_screen_fills_this_one(qtbot, settings: QSettings) -> None:  # noqa: ANN001
    big = MainWindow(settings)
    qtbot.addWidget(big)
    big.setWindowState(Qt.WindowState.WindowNoState)
    big.setGeometry(100, 80, 1700, 1050)  # on a large monitor, not maximised
    big.splitter.setSizes([260, 900, 540])
    big.save_settings()
    big.close()

    again = MainWindow(settings)
    qtbot.addWidget(again)
    area = available_area(again)  # the offscreen screen: 800 x 600
    assert again.width() <= area.width() and again.height() <= area.height()
    assert again.width() >= area.width() * 0.9 and again.height() >= area.height() * 0.85
    assert again.windowState() & Qt.WindowState.WindowMaximized
    # The list gets a first start's room on this screen, not the big screen's share of it.
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes()[0] >= 280  # 290 less the handles' room


def test_a_window_that_fits_keeps_its_size_and_place(qtbot, settings: QSettings) -> None:  # noqa: ANN001
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.setGeometry(40, 30, 640, 480)
    first.save_settings()
    first.close()

    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (640, 480)
    assert not again.windowState() & Qt.WindowState.WindowMaximized
