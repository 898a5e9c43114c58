"""The Sharing bar says a mistyped or moved shared copy as such ("The shared copy at … was not
found"), after the status check and after Get latest, instead of "Offline"."""

from __future__ import annotations

import sys
from pathlib import Path

from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import git  # noqa: E402
from test_sync_window import open_clone, team, wait_idle, window  # noqa: E402, F401


def test_the_bar_says_the_shared_copy_was_not_found(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    tmp_path: Path,
) -> None:
    _server, author, _editor = team
    wrong = tmp_path / "servr.git"
    git(author, "remote", "set-url", "origin", str(wrong))
    open_clone(qtbot, window, author)
    bar = window.sync_bar
    said = f"The shared copy at {wrong} was not found"
    qtbot.waitUntil(lambda: bar.status_label.text().startswith(said), timeout=20000)
    assert "Offline" not in bar.status_label.text()

    bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    assert bar.status_label.text().startswith(said)
    assert window.statusBar().currentMessage().startswith(said)
