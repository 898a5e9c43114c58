"""Share my changes in the window while a choice waits: the page is not shared, the status
bar says so, and the Choices window opens on it (it was shared with this copy's version)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor_app.core import sync
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from shared_sites import shared_site_path  # noqa: E402
from sharing_helpers import open_clone, shown_window, wait_idle  # noqa: E402
from sync_site import copy_real_site, git, isolate_git, replace_in, share  # noqa: E402

PAGE = "_resources/ai-white-paper-2023.md"


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, errors):  # noqa: ANN001, ANN201
    yield from shown_window(qtbot, settings, monkeypatch)


def test_share_leaves_the_page_for_the_choice(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    isolate_git(monkeypatch)
    site = copy_real_site(shared_site_path("connectedbydata"), tmp_path / "site")
    server, ana, ben = share(site, tmp_path)
    replace_in(ben / PAGE, "status: final", "status: archived")
    git(ben, "commit", "-q", "-am", "Archive")
    git(ben, "push", "-q")
    replace_in(ana / PAGE, "status: final", "status: draft")
    assert sync.pull(ana).conflicts
    open_clone(qtbot, window, ana)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.choices_action.isVisible(), timeout=20000)
    bar.share_action.trigger()
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == (
        f"Nothing shared: 1 page waits for your choice, not shared: {PAGE} "
        "(make the choice, then share again)"
    )
    qtbot.waitUntil(lambda: getattr(bar, "choice_dialog", None) is not None, timeout=20000)
    assert "status: archived" in git(server, "show", f"main:{PAGE}")
    bar.choice_dialog.close()
