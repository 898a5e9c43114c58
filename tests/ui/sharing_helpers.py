"""The window and the two people of the sharing tests (two authors on a shared site, the name
and e-mail on shared changes): a module's `window` fixture yields `shown_window` (from
window_helpers, named here too). The `team` (the synthetic site's server, author and editor)
and `window` fixtures the Sharing bar, Drafts and review window tests share are here: a test
module imports them (`from sharing_helpers import team, window  # noqa: F401`). `team`,
`shared_site_team` and `site_team_fixture` are sync_site's, which the core and command-line
sharing tests take them from (`team = sync_site.team`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from window_helpers import open_site, shown_window  # noqa: F401 - shown_window named here too

from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
# The `team` fixtures live beside the sharing tests' sites (sync_site), named here too.
from sync_site import shared_site_team, site_team_fixture, team  # noqa: E402, F401


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, errors):  # noqa: ANN001, ANN201
    """The main window, shown (`shown_window`); `errors` keeps the error boxes it shows."""
    yield from shown_window(qtbot, settings, monkeypatch)


def open_clone(qtbot, window: MainWindow, clone: Path, timeout: int = 20000) -> None:  # noqa: ANN001
    """`clone` opened in `window`; waits for its Sharing bar to show and the window to be idle."""
    open_site(qtbot, window, clone)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.isVisible() and not window.jobs.busy, timeout=timeout)


def wait_idle(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.sync_bar.busy and not window.jobs.busy, timeout=30000)


def wait_disk_looked(qtbot, window: MainWindow, path: Path) -> None:  # noqa: ANN001
    """Until the window's file watch holds `path` as it is on disk, no look pending: its look
    at a change is done (or the Sharing bar took the change in), and a later look finds
    nothing new to say."""
    disk = window.guard.disk
    qtbot.waitUntil(
        lambda: not disk.timer.isActive()
        and path in disk.stamps
        and not disk.stamps[path].changed(path),
        timeout=20000,
    )


def wait_for_status(qtbot, bar, text: str) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: bar.status_label.text() == text, timeout=20000)


def type_after(qtbot, window: MainWindow, anchor: str, words: str) -> None:  # noqa: ANN001
    """Types `words` in the editor just after the first `anchor` of its text."""
    text = window.editor.toPlainText()
    cursor = window.editor.textCursor()
    cursor.setPosition(text.index(anchor) + len(anchor))
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, words)
