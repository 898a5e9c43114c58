"""The window shows sooner when it leaves for later what its first paint does not need: Word
import (python-docx, mammoth) is loaded at the first paste of a picture, the HTML-to-Markdown
conversion (BeautifulSoup) at the first formatted paste, python-liquid at the first Jekyll
include drawn, the code colouring lexers (rouge_tokens) at the first code block drawn, the
checks (validate, every rule, rename-file's date rules) in the background once the first page
is painted, or at the first Check.
Checked in a fresh interpreter, where nothing else has loaded them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Loaded at their first use, not by the window's start.
DEFERRED = (
    "editor_app.core.docx_import",
    "docx",
    "mammoth",
    "liquid",
    "editor_app.core.docx_markdown",
    "bs4",
    "editor_app.core.markdown_ext.rouge_tokens",
    "editor_app.core.validate",
    "editor_app.core.checks",
    "editor_app.core.checks.checklist",
    "editor_app.core.post_rename",
)

_SCRIPT = """
import sys
from editor_app.ui.compat import keep_none_alive
keep_none_alive()
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from editor_app.ui import preview  # as the start does, before the QApplication
app = QApplication(sys.argv[:1])
from editor_app.ui.main_window import MainWindow
window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show()
app.processEvents()
print("loaded:", ",".join(m for m in sys.argv[2:] if m in sys.modules))
"""


def test_window_start_leaves_word_import_and_liquid_for_later(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(tmp_path / "settings.ini"), *DEFERRED],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "loaded: \n" in result.stdout, result.stdout


def test_checks_load_after_the_page_opened_is_painted(qtbot, quiet_window, monkeypatch) -> None:  # noqa: ANN001
    """A page opened asks for the checks (its File menu's Rename File to Match Date reads
    them): their loading starts once the page is painted, not while it is being opened."""
    from editor_app.ui import checking

    loads: list[str] = []
    monkeypatch.setattr(checking, "checks_loaded", lambda: bool(loads))
    monkeypatch.setattr(checking, "_load_checks", lambda: loads.append("loaded"))
    started: list[object] = []
    start = quiet_window.jobs.start
    monkeypatch.setattr(
        quiet_window.jobs, "start", lambda fn, **kw: started.append(fn) or start(fn, **kw)
    )
    told: list[str] = []
    checking.load_checks_meanwhile(quiet_window, lambda: told.append("then"))
    checking.load_checks_meanwhile(quiet_window, lambda: told.append("then too"))
    assert not started, "the checks started loading before the page could be painted"
    qtbot.waitUntil(lambda: told == ["then", "then too"], timeout=5000)
    assert loads == ["loaded"]
