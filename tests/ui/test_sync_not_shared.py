"""A site folder outside git: the Sharing bar says it is not shared and why, its buttons
greyed with that reason, and `editor-app sync status` says the same in one line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor_app.cli import main
from editor_app.core import sync
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import isolate_git, make_synthetic_site  # noqa: E402

REASON = (
    "This folder is not shared: it is not kept in git, so there is no shared copy to get "
    "changes from or send them to. Ask whoever set up the site for its git copy, and open "
    "that folder instead."
)


@pytest.fixture
def plain_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    isolate_git(monkeypatch)
    return make_synthetic_site(tmp_path / "plain")


def test_the_bar_says_the_folder_is_not_shared(
    qtbot, plain_site: Path, settings: QSettings, errors
) -> None:  # noqa: ANN001
    window = MainWindow(settings)
    window.show()
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(plain_site)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.isVisible() and not window.jobs.busy, timeout=20000)
    assert bar.status_label.text() == "Not shared: this folder is not kept in git"
    assert " ".join(bar.status_label.toolTip().split()) == REASON
    for action in (bar.get_latest_action, bar.share_action):
        assert not action.isEnabled()
        assert " ".join(action.toolTip().split()) == REASON
        assert bar.widgetForAction(action).isVisible()  # greyed, not hidden
    assert not bar.choices_action.isVisible() and not bar.drafts_action.isVisible()
    window.close()


def test_sync_status_says_the_same_in_one_line(
    plain_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["sync", "status", str(plain_site)])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == f"editor-app: {REASON}\n"
    assert sync.status(plain_site).message == "Not shared: this folder is not kept in git"
    with pytest.raises(sync.SyncError, match="This folder is not shared"):
        sync.push(plain_site)
