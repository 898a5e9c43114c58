"""On X with no window manager the window opens with the keyboard: its shortcuts (F7 Check,
Ctrl+S) work before any click. Before, X sent typing to the window under the pointer but Qt
held no window active, so the shortcuts did nothing until a first click. It keeps the keyboard
when its X window is made again (Chromium's preview added to the main window does that): X
gave the keyboard to the root window.

Run on a bare X server of its own (Xvfb, skipped without it): offscreen activates every
window it shows and cannot tell."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtOpenGLWidgets import QOpenGLWidget
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
    from editor_app.ui.app import show_with_keyboard
    from editor_app.ui.dialog_focus import return_focus_after_dialogs

    app = QApplication([])
    return_focus_after_dialogs(app)
    window = QWidget()
    window.resize(300, 200)
    QVBoxLayout(window)
    show_with_keyboard(window)

    def made_again():
        print("shown", QApplication.activeWindow() is window, flush=True)
        if sys.argv[1] == "remade":
            window.layout().addWidget(QOpenGLWidget())  # drawn otherwise: made again

    QTimer.singleShot(1200, made_again)
    QTimer.singleShot(2500, lambda: (print("then", QApplication.activeWindow() is window), app.quit()))
    app.exec()
    """
)


@pytest.mark.parametrize("what", ["shown", "remade"])
def test_the_window_is_active_on_a_bare_x_server(what: str) -> None:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("no Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "800x600x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            display = numbers.readline().strip()
        if not display:
            pytest.skip("Xvfb did not start")
        env = dict(os.environ, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb")
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, what], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.stdout.split() == ["shown", "True", "then", "True"], done.stderr[-2000:]
    finally:
        server.terminate()
        server.wait(timeout=10)
