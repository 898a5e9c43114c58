"""Background jobs: results reach the UI thread; a finished job holds no memory."""

from __future__ import annotations

from editor_app.ui.workers import JobRunner


def test_a_finished_job_lets_go_of_its_arguments(qtbot) -> None:
    runner = JobRunner()
    results: list[int] = []
    text = "a long page " * 100_000
    job = runner.start(len, text, on_done=results.append)
    qtbot.waitUntil(lambda: results == [len(text)], timeout=5000)
    assert not runner.busy
    # Qt keeps finished jobs; the text they were given must not stay with them.
    assert job._args == () and job._kwargs == {}
    runner.shutdown()
