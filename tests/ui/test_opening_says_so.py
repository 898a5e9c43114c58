"""At start, the window's parts take seconds to load with nothing on screen: a small window
saying "Opening the site…" is up before they load, and goes once the main window shows."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

import editor_app.core.errors as errors
import editor_app.ui.main_window as main_window
from editor_app.ui.app import app_icon_path, run_app
from editor_app.ui.opening_splash import show_opening


def _opening_shown() -> list[str]:
    return [
        w.accessibleName()
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "opening" and w.isVisible()
    ]


class _Guard:
    def offer_recovery_once(self, _root: Path) -> None:
        pass


class _Signals(QObject):
    siteOpened = Signal(Path)  # noqa: N815 - the window's name


class FakeWindow(QWidget):
    """Stands in for the main window: notes what was on screen while it was being made."""

    made: list[list[str]] = []

    def __init__(self, _settings: object) -> None:
        FakeWindow.made.append(_opening_shown())
        super().__init__()
        self._signals = _Signals()
        self.siteOpened = self._signals.siteOpened
        self.guard = _Guard()
        self.opened: list[Path] = []

    def open_folder(self, folder: Path, then_open: Path | None = None) -> bool:
        self.opened.append(folder)
        return True


def test_opening_the_site_is_said_before_the_window_loads(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    app = QApplication.instance()
    names = (app.organizationName(), app.applicationName(), app.applicationDisplayName())
    FakeWindow.made = []
    monkeypatch.setattr(main_window, "MainWindow", FakeWindow)
    monkeypatch.setattr(errors, "install_excepthook", lambda: None)
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)
    try:
        assert run_app(str(tmp_path)) == 0
    finally:
        app.setOrganizationName(names[0])
        app.setApplicationName(names[1])
        app.setApplicationDisplayName(names[2])
    assert FakeWindow.made == [["Opening the site…"]]
    qtbot.waitUntil(lambda: not _opening_shown())  # gone once the window is up
    for w in QApplication.topLevelWidgets():
        if isinstance(w, FakeWindow):
            w.close()
            w.deleteLater()


def test_the_opening_window_shows_at_once(qtbot) -> None:  # noqa: ANN001
    """Up in a blink, not a second later: Qt's splash screen waited a whole second for its
    window to be exposed, holding the events that expose it, and the main window came a
    second later at every start."""
    started = time.monotonic()
    opening = show_opening(str(app_icon_path()))
    took = time.monotonic() - started
    try:
        assert opening.isVisible()
        assert took < 0.5, f"the opening window took {took:.2f} s to show"
    finally:
        opening.finish(QWidget())
