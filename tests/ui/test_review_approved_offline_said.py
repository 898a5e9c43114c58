"""Approve in the review window while the server is out of reach says so: "Share my changes
… sends it to the author" alone read as sent now, or at the next click, with nothing said of
the server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor_app.core import gitutil
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_site import BRIEFING  # noqa: E402
from test_review_window import main_window  # noqa: E402, F401

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_approve_offline_says_the_server_is_out_of_reach(
    qtbot,  # noqa: ANN001
    git_site: Path,
    main_window: MainWindow,  # noqa: F811
) -> None:
    # A shared copy whose server nobody answers at.
    subprocess.run(
        ["git", "-C", str(git_site), "remote", "add", "origin", "http://127.0.0.1:9/site.git"],
        check=True,
    )
    with qtbot.waitSignal(main_window.siteOpened, timeout=30000):
        main_window.open_folder(git_site)
    bar = main_window.sync_bar
    qtbot.waitUntil(lambda: bar.server_offline, timeout=30000)  # the bar's line: "Offline: …"
    main_window.review.queue_action.trigger()
    rw = main_window.review.review_window
    qtbot.waitUntil(lambda: rw.panel.model.rowCount() == 3, timeout=20000)
    assert rw.panel.select_path(git_site / BRIEFING)
    rw.panel.author_edit.setText("Ed Editor")
    assert bar.server_offline
    qtbot.mouseClick(rw.panel.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rw.panel.model.rowCount() == 2, timeout=20000)
    said = rw.statusBar().currentMessage()
    assert said.startswith("Approved “Legitimate interests briefing paper”."), said
    assert said.endswith(
        "Offline: kept here; Share my changes sends it to the author once the server is "
        "reachable."
    ), said
