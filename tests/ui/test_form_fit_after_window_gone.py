"""A fit of the settings pane asked for just before the window goes (closed at the end of a
session, or its parts deleted one by one as it is freed) does nothing: it stopped with
"Internal C++ object (QScrollArea) already deleted" when its turn came after the pane was
gone."""

from __future__ import annotations

import shiboken6


def test_a_fit_due_after_the_pane_is_gone_does_nothing(qtbot, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    window.form_fit.schedule()
    shiboken6.delete(window.form_area)  # freed before the fit's turn, as while closing
    qtbot.wait(30)  # the fit's turn: no error
