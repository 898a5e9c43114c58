"""A failed background job is said in the window in one line; the terminal the editor was
started from gets no Python traceback (a refused push printed one), and only a fault of the
editor itself is written, to the app's error log."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import sync
from editor_app.core.errors import log_path
from editor_app.ui.workers import JobRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, isolate_git, make_synthetic_site, replace_in, share  # noqa: E402


def run_failing(qtbot, fn, *args) -> str:
    runner = JobRunner()
    errors: list[str] = []
    runner.start(fn, *args, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    runner.shutdown()
    return errors[0]


def test_a_refused_push_prints_nothing_and_logs_nothing(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    isolate_git(monkeypatch)
    server, _author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    hook = server / "hooks" / "pre-receive"
    hook.write_text('#!/bin/sh\necho "GitLab: protected branch" >&2\nexit 1\n')
    hook.chmod(0o755)
    replace_in(editor / POST, "A short story", "A longer story")
    capfd.readouterr()
    message = run_failing(qtbot, sync.push, editor)
    assert message.startswith("The server did not take your changes (GitLab: protected branch)")
    out, err = capfd.readouterr()
    assert "Traceback" not in err and err == "" and out == ""
    assert not log_path().exists()


def test_an_offline_get_latest_prints_nothing(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    isolate_git(monkeypatch)
    server, _author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    server.rename(tmp_path / "gone")  # the server cannot be reached
    capfd.readouterr()
    run_failing(qtbot, sync.pull, editor)
    out, err = capfd.readouterr()
    assert err == "" and out == ""
    assert not log_path().exists()


def test_a_fault_of_the_editor_goes_to_the_error_log_not_the_terminal(
    qtbot, capfd: pytest.CaptureFixture[str]
) -> None:
    def broken() -> None:
        {}["missing"]  # noqa: B018 - a fault, as a bug in the editor would make

    message = run_failing(qtbot, broken)
    assert message == "'missing'"
    _out, err = capfd.readouterr()
    assert err == ""
    logged = log_path().read_text(encoding="utf-8")
    assert "Traceback" in logged and "KeyError: 'missing'" in logged
