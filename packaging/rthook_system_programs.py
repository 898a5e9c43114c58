"""Runtime hook of the packaged app: programs of the user's system (git, ssh, fc-match, and the
browser or file manager links open in) run with the user's own libraries.

PyInstaller's Linux bootloader puts the app's folder first in LD_LIBRARY_PATH so the app finds
its bundled libraries; every program it starts inherits that. On another machine git's https
helper would then load the bundled GnuTLS and ssh the bundled OpenSSL (ssh refuses to run
against another OpenSSL version than its own), so sharing through git fails there. Programs
inside the app's folder keep the bundled libraries. Qt starts xdg-open itself (a link of the
preview, Show Kept Versions): `QDesktopServices.openUrl` runs with the user's path in place.
"""

from __future__ import annotations

import importlib.abc
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


def wrap_open_url(services: type, app_path: str | None) -> None:
    """`services.openUrl` (QDesktopServices) runs with the user's library path in os.environ,
    which the program Qt starts for it (xdg-open) inherits."""
    original = services.openUrl

    def open_url(url):  # noqa: ANN001, ANN202 - Qt's own signature
        saved = os.environ.get(_KEY)
        fixed = system_env(os.environ, app_path)
        if fixed.get(_KEY) == saved:
            return original(url)
        if _KEY in fixed:
            os.environ[_KEY] = fixed[_KEY]
        else:
            del os.environ[_KEY]
        try:
            return original(url)
        finally:
            os.environ[_KEY] = saved  # type: ignore[assignment] - it was set: fixed differs

    services.openUrl = staticmethod(open_url)


class _WrapOpenUrlOnImport(importlib.abc.MetaPathFinder):
    """Wraps QDesktopServices.openUrl once PySide6.QtGui is loaded (by the app, if at all)."""

    def __init__(self, app_path: str | None) -> None:
        self.app_path = app_path

    def find_spec(self, name, path, target=None):  # noqa: ANN001, ANN201 - the finder protocol
        if name != "PySide6.QtGui":
            return None
        sys.meta_path.remove(self)
        for finder in sys.meta_path:
            spec = getattr(finder, "find_spec", lambda *_a: None)(name, path, target)
            if spec is not None:
                break
        else:
            return None
        loader_exec = spec.loader.exec_module

        def exec_module(module) -> None:  # noqa: ANN001
            loader_exec(module)
            wrap_open_url(module.QDesktopServices, self.app_path)

        spec.loader.exec_module = exec_module
        return spec


if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
    install(sys._MEIPASS)  # type: ignore[attr-defined]  # noqa: SLF001
    sys.meta_path.insert(0, _WrapOpenUrlOnImport(os.environ.get(_KEY)))
