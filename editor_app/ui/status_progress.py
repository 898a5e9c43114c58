"""The window's one progress in the status bar: a line and a bar while a long job runs in the
background (the site being read, a returned Word pack read and imported): the window stays
usable, and the author sees the work going on rather than a window that seems to have stopped.

Each job has its own handle (`StatusProgress.job(name)`); the label and bar show the job
started last among those still running, and hide when none is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel, QProgressBar


@dataclass
class _Shown:
    text: str
    done: int = 0
    total: int = 0  # 0: how long it takes is not known (a busy bar)


class StatusProgress:
    """The label and bar, kept at the right of the status bar, where the passing messages of
    saves and checks do not cover them; made once per window (`window.status_progress`)."""

    def __init__(self, window: Any) -> None:
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(200)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(window.tr("Work in progress"))
        self._running: dict[str, _Shown] = {}  # in the order started
        bar = window.statusBar()
        bar.addPermanentWidget(self.label)
        bar.addPermanentWidget(self.bar)
        self._update()

    def job(self, name: str) -> JobProgress:
        """The handle one kind of job shows and hides its progress with."""
        return JobProgress(self, name)

    def _set(self, name: str, shown: _Shown | None) -> None:
        self._running.pop(name, None)
        if shown is not None:
            self._running[name] = shown
        self._update()

    def _update(self) -> None:
        if not self._running:
            self.label.clear()
            self.label.hide()
            self.bar.hide()
            return
        shown = list(self._running.values())[-1]
        self.label.setText(shown.text)
        self.label.setVisible(bool(shown.text))
        if shown.total > 0:
            self.bar.setRange(0, shown.total)
            self.bar.setValue(min(shown.done, shown.total))
        else:
            self.bar.setRange(0, 0)
        self.bar.show()


class JobProgress:
    """One job's progress: `show(text)` when it starts, `set_progress` as it goes, `hide()`."""

    def __init__(self, status: StatusProgress, name: str) -> None:
        self._status = status
        self._name = name

    @property
    def label(self) -> QLabel:
        return self._status.label

    @property
    def bar(self) -> QProgressBar:
        return self._status.bar

    @property
    def shown(self) -> bool:
        """This job is running (its progress is on show, or waits behind a later one's)."""
        return self._name in self._status._running

    def show(self, text: str = "") -> None:
        """The job started: a busy bar, with `text` beside it when given."""
        self._status._set(self._name, _Shown(text))

    def set_progress(self, done: int, total: int) -> None:
        """`done` of `total` (total 0: a busy bar)."""
        current = self._status._running.get(self._name)
        if current is not None:  # a report arriving after the end shows nothing again
            self._status._set(self._name, _Shown(current.text, done, total))

    def hide(self) -> None:
        """The job ended (done, failed or stopped)."""
        self._status._set(self._name, None)
