"""Background jobs: run a core function in a thread pool and report back on the UI thread."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor_app.core.errors import log_exception

# How long a thread may hold the interpreter before another may take it. Python's default
# (5 ms) suits batch work; here a job in a pool (a long page's check, count or preview) made
# the UI thread wait up to 5 ms at every call it makes into Python, and typing stalled for
# hundreds of milliseconds. Jobs run a little slower with a shorter slice; the window does not.
UI_SWITCH_INTERVAL_S = 0.001


class Cancelled(Exception):
    """Raised inside a job's progress callback once the user asked to stop."""


def is_expected_failure(exc: BaseException) -> bool:
    """True for the one-line errors the core raises for the user (a refused push, an offline
    Get latest, a page that cannot be read): the job's caller says them in the window, so they
    are neither printed nor logged. Any other error is a fault: it goes to the app's error log
    (never raw to the terminal a user may have started the editor from)."""
    return type(exc).__module__.startswith("editor_app.")


class JobSignals(QObject):
    """Signals of one job; they live on the UI thread, so slots run there."""

    progress = Signal(int, int)  # done, total (total 0: unknown)
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # a plain-words reason
    cancelled = Signal()


class Job(QRunnable):
    """Runs `fn(*args, progress=callback)` (or `fn(*args)`) off the UI thread."""

    def __init__(
        self, fn: Callable[..., Any], *args: Any, with_progress: bool = False, **kwargs: Any
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the pool must not delete it while Python still holds it
        self.signals = JobSignals()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._with_progress = with_progress
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, *args: Any) -> None:
        # The core calls progress(done, total) or progress(done, total, path): take the numbers.
        if self._cancel.is_set():
            raise Cancelled
        numbers = [a for a in args if isinstance(a, int)]
        done = numbers[0] if numbers else 0
        total = numbers[1] if len(numbers) > 1 else 0
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            self._run()
        finally:
            # Qt keeps the job object (its connections hold it): let go of its arguments, a
            # long page's text among them, so that finished jobs hold no memory.
            self._args, self._kwargs = (), {}

    def _run(self) -> None:
        try:
            if self._with_progress:
                result = self._fn(*self._args, progress=self._report, **self._kwargs)
            else:
                result = self._fn(*self._args, **self._kwargs)
        except Cancelled:
            self.signals.cancelled.emit()
            return
        except Exception as exc:  # noqa: BLE001 - reported to the user, never lost
            if not is_expected_failure(exc):
                log_exception(type(exc), exc, exc.__traceback__)
            self.signals.failed.emit(str(exc) or exc.__class__.__name__)
            return
        if self._cancel.is_set():
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(result)


class JobRunner(QObject):
    """Owns a thread pool and keeps running jobs alive until they report back."""

    def __init__(self, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if sys.getswitchinterval() > UI_SWITCH_INTERVAL_S:
            sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[Job] = set()

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        **kwargs: Any,
    ) -> Job:
        """Start `fn` in the pool; the callbacks run on the UI thread."""
        job = Job(fn, *args, with_progress=on_progress is not None, **kwargs)
        for signal, callback in (
            (job.signals.progress, on_progress),
            (job.signals.finished, on_done),
            (job.signals.failed, on_error),
            (job.signals.cancelled, on_cancelled),
        ):
            if callback is not None:
                signal.connect(self._while_alive(callback))
        for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            signal.connect(lambda *_a, j=job: self._running.discard(j))
        self._running.add(job)
        self.pool.start(job)
        return job

    def _while_alive(self, callback: Callable[..., Any]) -> Callable[..., None]:
        """`callback`, called only while this runner (and so the widget owning it) still
        exists: a job can report after its panel was closed and deleted, and the report then
        reached the deleted widgets (a crash of the window, seen in the review screen)."""

        def call(*args: Any) -> None:
            if shiboken6.isValid(self):
                callback(*args)

        return call

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Cancel what can be cancelled and wait for the threads (at window close)."""
        for job in list(self._running):
            job.cancel()
        self.pool.waitForDone(timeout_ms)
