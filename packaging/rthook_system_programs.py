"""Runtime hook of the packaged app: programs of the user's system (git, ssh, fc-match) run
with the user's own libraries.

PyInstaller's Linux bootloader puts the app's folder first in LD_LIBRARY_PATH so the app finds
its bundled libraries; every program it starts inherits that. On another machine git's https
helper would then load the bundled GnuTLS and ssh the bundled OpenSSL (ssh refuses to run
against another OpenSSL version than its own), so sharing through git fails there. Programs
inside the app's folder keep the bundled libraries.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

_KEY = "LD_LIBRARY_PATH"
# Popen(args, bufsize, executable, stdin, stdout, stderr, preexec_fn, close_fds, shell, cwd, env)
_ENV_POSITION = 10


def system_env(env: Mapping[str, str], app_path: str | None) -> dict[str, str]:
    """`env` with the library path the user had before the app started, when it holds the
    app's own (`app_path`, inherited); a path the caller chose stays."""
    fixed = dict(env)
    if app_path is None or fixed.get(_KEY) != app_path:
        return fixed
    original = fixed.pop(_KEY + "_ORIG", None)
    if original is not None:
        fixed[_KEY] = original
    else:
        fixed.pop(_KEY, None)
    return fixed


def is_bundled(program: object, bundle: str) -> bool:
    """True when `program` (a path, or a name looked up on PATH) lies inside the app's folder."""
    try:
        name = os.fspath(program)  # type: ignore[arg-type]
    except TypeError:
        return False
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    if os.sep not in name:
        return False  # looked up on PATH: a program of the system
    try:
        return Path(name).resolve().is_relative_to(Path(bundle).resolve())
    except (OSError, ValueError):
        return False


def install(bundle: str) -> None:
    """Start every program outside `bundle` with `system_env`."""
    original_init = subprocess.Popen.__init__
    app_path = os.environ.get(_KEY)

    def init(self, args, *rest, **kwargs):  # noqa: ANN001, ANN202 - Popen's own signature
        if isinstance(args, (str, bytes, os.PathLike)):
            program = args
        else:
            args = list(args)
            program = args[0] if args else ""
        program = kwargs.get("executable") or program
        outside = kwargs.get("shell") or not is_bundled(program, bundle)
        if outside and len(rest) < _ENV_POSITION:
            env = kwargs.get("env")
            kwargs["env"] = system_env(os.environ if env is None else env, app_path)
        original_init(self, args, *rest, **kwargs)

    subprocess.Popen.__init__ = init  # type: ignore[method-assign]


if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
    install(sys._MEIPASS)  # type: ignore[attr-defined]  # noqa: SLF001
