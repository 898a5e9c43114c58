"""The packaged app starts the system's programs (git, ssh, fc-match) with the user's own
library path, not the app's folder that PyInstaller's bootloader puts first in it."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

HOOK = Path(__file__).resolve().parents[2] / "packaging/rthook_system_programs.py"
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a shell script is run")


def _hook():
    spec = importlib.util.spec_from_file_location("rthook_system_programs", HOOK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _library_path_seen(program: list[str]) -> str:
    # As gitutil and sync_git call git: with a copy of the environment of their own.
    out = subprocess.run(program, capture_output=True, text=True, env=dict(os.environ), check=True)
    return out.stdout.strip()


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    app = tmp_path / "editor-app" / "_internal"
    app.mkdir(parents=True)
    # What the bootloader does, with the user's own path kept aside.
    monkeypatch.setenv("LD_LIBRARY_PATH", f"{app}:/home/me/lib")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/home/me/lib")
    monkeypatch.setattr(subprocess.Popen, "__init__", subprocess.Popen.__init__)
    _hook().install(str(app))
    return app


def test_a_system_program_gets_the_users_library_path(bundle: Path) -> None:
    seen = _library_path_seen(["sh", "-c", 'echo "$LD_LIBRARY_PATH"'])
    assert seen == "/home/me/lib"


def test_a_program_inside_the_app_keeps_the_apps_library_path(bundle: Path) -> None:
    program = bundle / "helper.sh"
    program.write_text('#!/bin/sh\necho "$LD_LIBRARY_PATH"\n')
    program.chmod(0o755)
    assert _library_path_seen([str(program)]) == f"{bundle}:/home/me/lib"


def test_a_path_the_caller_chose_stays(bundle: Path) -> None:
    env = dict(os.environ, LD_LIBRARY_PATH="/opt/chosen")
    out = subprocess.run(
        ["sh", "-c", 'echo "$LD_LIBRARY_PATH"'], capture_output=True, text=True, env=env
    )
    assert out.stdout.strip() == "/opt/chosen"


def test_without_a_path_of_the_users_none_is_set() -> None:
    env = {"LD_LIBRARY_PATH": "/app/_internal", "PATH": "/usr/bin"}
    assert _hook().system_env(env, "/app/_internal") == {"PATH": "/usr/bin"}


def test_links_open_with_the_users_library_path(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    seen: list[str | None] = []

    def xdg_open(url: QUrl) -> bool:  # what the program Qt starts would inherit
        seen.append(os.environ.get("LD_LIBRARY_PATH"))
        return True

    monkeypatch.setenv("LD_LIBRARY_PATH", "/app/_internal:/home/me/lib")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/home/me/lib")
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(xdg_open))
    _hook().wrap_open_url(QDesktopServices, "/app/_internal:/home/me/lib")
    assert QDesktopServices.openUrl(QUrl("https://example.org/")) is True
    assert seen == ["/home/me/lib"]
    assert os.environ["LD_LIBRARY_PATH"] == "/app/_internal:/home/me/lib"  # the app's, again
