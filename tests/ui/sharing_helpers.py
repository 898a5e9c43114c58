"""The window and the two people of the sharing tests (two authors on a shared site, the name
and e-mail on shared changes): a module's `window` fixture yields `shown_window` (from
window_helpers, named here too). The `team` (the synthetic site's server, author and editor)
and `window` fixtures the Sharing bar, Drafts and review window tests share are here: a test
module imports them (`from sharing_helpers import team, window  # noqa: F401`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from shared_sites import shared_site_path
from window_helpers import open_site, shown_window  # noqa: F401 - shown_window named here too

from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import copy_real_site, isolate_git, make_synthetic_site, share  # noqa: E402


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    """The server, author's and editor's clones of the synthetic site (sync_site)."""
    isolate_git(monkeypatch)
    return share(make_synthetic_site(tmp_path / "site"), tmp_path)


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, errors):  # noqa: ANN001, ANN201
    """The main window, shown (`shown_window`); `errors` keeps the error boxes it shows."""
    yield from shown_window(qtbot, settings, monkeypatch)


def shared_site_team(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path, Path]:
    """The server, Ben's and Ana's clones of a copy of the shared site `name` (skips where the
    shared sites are absent), git kept from the machine's own settings."""
    isolate_git(monkeypatch)
    site = copy_real_site(shared_site_path(name), tmp_path / "site")
    return share(site, tmp_path)


def site_team_fixture(name: str):  # noqa: ANN201 - a pytest fixture
    """A module's `team` fixture: `shared_site_team(name, ...)`."""

    @pytest.fixture
    def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
        return shared_site_team(name, tmp_path, monkeypatch)

    return team


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
