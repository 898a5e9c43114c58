"""One channel for errors, warnings and notes, plus the hook that catches unexpected errors.

Plain Python (no Qt): the window subscribes to `notifier` and shows what arrives; the command
line can print it. An unexpected exception is logged to a file in the user's data folder and
reported once in plain words; the program keeps running.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from editor_app.core.store import user_data_dir

LOG_LIMIT = 1_000_000  # bytes; the log is started afresh (one old copy kept) past this size


@dataclass(frozen=True)
class Notice:
    """One message for the user: `level` is "error", "warning" or "info"."""

    level: str
    message: str
    detail: str = ""


Listener = Callable[[Notice], None]


class Notifier:
    """Delivers notices to whoever listens (the window); keeps the recent ones."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self.recent: list[Notice] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` for every notice; returns a function that stops it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock, contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def notify(self, notice: Notice) -> None:
        """Send a notice to every listener; a failing listener never stops the others."""
        with self._lock:
            self.recent = [*self.recent[-49:], notice]
            listeners = list(self._listeners)
        if not listeners:
            print(f"editor-app: {notice.message}", file=sys.stderr)
        for listener in listeners:
            try:
                listener(notice)
            except Exception:  # noqa: BLE001 - a broken listener must not hide the message
                log_exception(*sys.exc_info())

    def error(self, message: str, detail: str = "") -> None:
        """Something failed; say what and what the user can do."""
        self.notify(Notice("error", message, detail))

    def warning(self, message: str, detail: str = "") -> None:
        """Something needs the user's attention."""
        self.notify(Notice("warning", message, detail))

    def info(self, message: str, detail: str = "") -> None:
        """Something the user may like to know."""
        self.notify(Notice("info", message, detail))


notifier = Notifier()


def counted(n: int, word: str, plural: str | None = None) -> str:
    """A number of things in plain words: `1 page`, `3 pages`, `0 notes` (`plural` for words
    not made with an s: `counted(2, "copy", "copies")`)."""
    return f"{n} {word if n == 1 else plural or word + 's'}"


def log_path() -> Path:
    """The file unexpected errors are written to."""
    return user_data_dir() / "logs" / "errors.log"


def log_exception(
    exc_type: type[BaseException] | None,
    exc: BaseException | None,
    tb: TracebackType | None,
) -> Path | None:
    """Append the traceback to the log file; returns its path (None if it could not be written)."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > LOG_LIMIT:
            os.replace(path, path.with_suffix(".log.1"))
        stamp = dt.datetime.now().isoformat(timespec="seconds")
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        with open(path, "a", encoding="utf-8", errors="replace") as fh:
            fh.write(f"--- {stamp} (process {os.getpid()})\n{text}\n")
    except OSError:
        return None
    return path


UNEXPECTED = (
    "Something went wrong inside the editor, but your work is safe: nothing was lost and you "
    "can keep working. If it happens again, save your page and restart the editor."
)


def report_exception(
    exc_type: type[BaseException] | None,
    exc: BaseException | None,
    tb: TracebackType | None,
) -> None:
    """Log an unexpected error and tell the user once, in plain words.

    The same error from the same place (say, in a handler that runs on every keystroke) is
    told once per session and afterwards only logged, so it never buries the window in boxes.
    """
    path = log_exception(exc_type, exc, tb)
    frames = traceback.extract_tb(tb) if tb is not None else []
    where = (frames[-1].filename, frames[-1].lineno) if frames else ("", 0)
    signature = (getattr(exc_type, "__name__", ""), *where)
    if signature in _told:
        return
    _told.add(signature)
    detail = f"Details for the developers were saved in {path}." if path else ""
    notifier.error(UNEXPECTED, detail)


_told: set[tuple[str, str, int]] = set()


_installed: dict[str, object] = {}
_reporting = threading.local()


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt | SystemExit):
        previous = _installed.get("sys")
        if callable(previous):
            previous(exc_type, exc, tb)
        return
    if getattr(_reporting, "busy", False):
        # The error came from showing an error: log only, never loop.
        log_exception(exc_type, exc, tb)
        return
    _reporting.busy = True
    try:
        report_exception(exc_type, exc, tb)
    except Exception:  # noqa: BLE001 - the hook itself must never fail
        pass
    finally:
        _reporting.busy = False


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    _hook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def install_excepthook() -> None:
    """Route every uncaught exception (main thread and workers) to the log and the notifier."""
    if "sys" not in _installed:
        _installed["sys"] = sys.excepthook
        _installed["thread"] = threading.excepthook
    sys.excepthook = _hook
    threading.excepthook = _thread_hook


def uninstall_excepthook() -> None:
    """Put back the hooks found at installation (for tests)."""
    if "sys" in _installed:
        sys.excepthook = _installed.pop("sys")  # type: ignore[assignment]
        threading.excepthook = _installed.pop("thread")  # type: ignore[assignment]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def explain_os_error(
    exc: OSError, path: str | os.PathLike | None = None, action: str = "saved"
) -> str:
    """Why a file could not be saved (or read), in words an author understands."""
    source = path if path is not None else exc.filename
    name = f"“{Path(os.fsdecode(source)).name}”" if source else "the page"
    code = exc.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
        return (
            f"The disk is full, so {name} could not be {action}. The file on disk was not "
            "changed and your text is still here. Free some space, then try again."
        )
    if code == errno.EROFS:
        return (
            f"{_cap(name)} is on a disk that cannot be written "
            "to. Your text is still here: use Save As to keep it somewhere else."
        )
    if code in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        return (
            f"You are not allowed to change {name} (it is read-only). Your text is still "
            "here: use Save As to keep it in another file."
        )
    if code == errno.ENOENT or isinstance(exc, FileNotFoundError):
        return (
            f"The folder of {name} no longer exists (it may have been moved, renamed or "
            "unplugged). Your text is still here: use Save As to keep it somewhere else."
        )
    if code == errno.EISDIR:
        return f"{_cap(name)} is a folder, not a page, so it could not be {action}."
    reason = exc.strerror or str(exc)
    return (
        f"{_cap(name)} could not be {action} ({reason}). The file on disk was not changed and "
        "your text is still here."
    )
