"""The window and the two people of the sharing tests (two authors on a shared site, the name
and e-mail on shared changes): a module's `window` fixture yields `shown_window`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from shared_sites import shared_site_path

from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import copy_real_site, isolate_git, share  # noqa: E402


def shown_window(
    qtbot,  # noqa: ANN001
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    """A shown window on `settings`; after the test its page is closed unsaved (no "Save
    changes?" box waits) and the window freed."""
    w = MainWindow(settings)
    w.show()
    yield w
    monkeypatch.setattr(
        UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD)
    )
    w.close_document()
    w.close()
    qtbot.wait(50)
    w.deleteLater()


def shared_site_team(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path, Path]:
    """The server, Ben's and Ana's clones of a copy of the shared site `name` (skips where the
    shared sites are absent), git kept from the machine's own settings."""
    isolate_git(monkeypatch)
    site = copy_real_site(shared_site_path(name), tmp_path / "site")
    return share(site, tmp_path)


def wait_idle(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.sync_bar.busy and not window.jobs.busy, timeout=30000)


def type_after(qtbot, window: MainWindow, anchor: str, words: str) -> None:  # noqa: ANN001
    """Types `words` in the editor just after the first `anchor` of its text."""
    text = window.editor.toPlainText()
    cursor = window.editor.textCursor()
    cursor.setPosition(text.index(anchor) + len(anchor))
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, words)
