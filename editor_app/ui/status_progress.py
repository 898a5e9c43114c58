"""A line and a busy bar in the window's status bar while a long job of the File menu runs in
the background (reading and importing a returned Word pack): the window stays usable, and the
author sees the work going on rather than a window that seems to have stopped."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QProgressBar


class StatusProgress:
    """Shown by `show(text)`, hidden by `hide()`; kept at the right of the status bar, where
    the passing messages of saves and checks do not cover it."""

    def __init__(self, window: Any) -> None:
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # how long a Word file takes to read is not known
        self.bar.setMaximumWidth(140)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(window.tr("Work in progress"))
        bar = window.statusBar()
        bar.addPermanentWidget(self.label)
        bar.addPermanentWidget(self.bar)
        self.hide()

    @property
    def shown(self) -> bool:
        return not self.bar.isHidden()

    def show(self, text: str) -> None:
        self.label.setText(text)
        self.label.show()
        self.bar.show()

    def hide(self) -> None:
        self.label.clear()
        self.label.hide()
        self.bar.hide()
