"""Unexpected errors are logged and told in plain words; file errors are explained."""

from __future__ import annotations

import errno
import sys
import threading
from pathlib import Path

import pytest

from editor_app.core import errors
from editor_app.core.errors import Notice, explain_os_error, notifier


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(errors, "_told", set())
    got: list[Notice] = []
    stop = notifier.subscribe(got.append)
    errors.install_excepthook()
    yield got
    errors.uninstall_excepthook()
    stop()


def _raise_inside_handler() -> None:
    try:
        {}["missing"]
    except KeyError:
        sys.excepthook(*sys.exc_info())


def test_an_unexpected_error_is_logged_and_told_once_in_plain_words(heard) -> None:
    _raise_inside_handler()
    assert len(heard) == 1
    notice = heard[0]
    assert notice.level == "error"
    assert "Traceback" not in notice.message and "KeyError" not in notice.message
    assert "your work is safe" in notice.message
    log = errors.log_path()
    assert str(log) in notice.detail
    assert "KeyError: 'missing'" in log.read_text(encoding="utf-8")


def test_errors_in_worker_threads_reach_the_same_channel(heard) -> None:
    def boom() -> None:
        raise RuntimeError("worker failed")

    t = threading.Thread(target=boom)
    t.start()
    t.join()
    assert [n.level for n in heard] == ["error"]
    assert "RuntimeError: worker failed" in errors.log_path().read_text(encoding="utf-8")


def test_a_failing_listener_does_not_loop_or_hide_the_message(heard) -> None:
    def broken(_notice: Notice) -> None:
        raise ValueError("listener broke")

    stop = notifier.subscribe(broken)
    try:
        _raise_inside_handler()
    finally:
        stop()
    assert len(heard) == 1
    assert "ValueError: listener broke" in errors.log_path().read_text(encoding="utf-8")


def test_file_errors_are_explained(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    full = explain_os_error(OSError(errno.ENOSPC, "No space left on device"), page)
    assert "disk is full" in full and "“page.md”" in full and "not changed" in full
    ro = explain_os_error(PermissionError(errno.EACCES, "Permission denied", str(page)))
    assert "read-only" in ro and "Save As" in ro
    gone = explain_os_error(FileNotFoundError(errno.ENOENT, "No such file", str(page)))
    assert "no longer exists" in gone and "Save As" in gone
    other = explain_os_error(OSError(errno.EIO, "Input/output error"))
    assert other.startswith("The page could not be saved (Input/output error)")


def test_the_same_error_again_is_logged_but_not_told_again(heard) -> None:
    for _ in range(3):
        _raise_inside_handler()
    assert len(heard) == 1
    assert errors.log_path().read_text(encoding="utf-8").count("KeyError: 'missing'") == 3


def test_counted_says_one_or_many_in_plain_words() -> None:
    from editor_app.core.errors import counted

    assert [counted(n, "page") for n in (0, 1, 3)] == ["0 pages", "1 page", "3 pages"]
    assert counted(1, "new note") == "1 new note"
    assert counted(2, "copy", "copies") == "2 copies"
