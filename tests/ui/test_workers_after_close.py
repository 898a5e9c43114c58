"""A job that reports after the widget owning its runner was deleted reaches nobody: its
callbacks would run on deleted widgets (the window crashed so in the review screen)."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from editor_app.ui.workers import JobRunner


def test_a_report_after_the_owner_is_deleted_calls_nothing(qtbot) -> None:
    owner = QObject()
    runner = JobRunner(1, owner)
    release = threading.Event()
    got: list = []

    def work() -> str:
        release.wait(5)
        return "done"

    job = runner.start(work, on_done=got.append, on_error=got.append)
    # The owner goes while the job is still working; deleting the pool waits for the job,
    # whose report is then queued for the UI thread.
    threading.Timer(0.2, release.set).start()
    shiboken6.delete(owner)
    assert not shiboken6.isValid(runner)
    for _ in range(20):
        QApplication.processEvents()
        qtbot.wait(10)
    assert got == []
    assert job is not None


def test_a_report_while_the_owner_lives_arrives(qtbot) -> None:
    owner = QObject()
    runner = JobRunner(1, owner)
    got: list = []
    runner.start(lambda: "done", on_done=got.append)
    qtbot.waitUntil(lambda: got == ["done"])
    shiboken6.delete(owner)
