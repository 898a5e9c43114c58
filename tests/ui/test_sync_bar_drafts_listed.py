"""The Sharing bar's words agree with the Drafts dialog: the dialog asks the server and lists a
draft another author sent since the bar last looked; the bar kept saying "Up to date:
everything is shared" beside it until its next check, minutes later."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from shared_sites import shared_site_path  # noqa: E402
from sharing_helpers import open_clone, shown_window, wait_idle  # noqa: E402
from sync_site import copy_real_site, git, isolate_git, replace_in, share  # noqa: E402

PAGE = "_resources/ai-white-paper-2023.md"


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    isolate_git(monkeypatch)
    site = copy_real_site(shared_site_path("connectedbydata"), tmp_path / "site")
    server, author, editor = share(site, tmp_path)
    for clone in (author, editor):
        git(clone, "config", "editor-app.draftBranches", "true")
    return server, author, editor


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, errors):  # noqa: ANN001, ANN201
    yield from shown_window(qtbot, settings, monkeypatch)


def test_the_bar_says_a_draft_the_drafts_dialog_found_waits(
    qtbot, window: MainWindow, team
) -> None:  # noqa: ANN001
    from editor_app.core import sync_drafts

    _server, author, editor = team
    open_clone(qtbot, window, editor)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.drafts_action.isVisible(), timeout=20000)
    wait_idle(qtbot, window)
    assert bar.status_label.text() == "Up to date: everything is shared"
    replace_in(author / PAGE, "status: final", "status: draft")
    assert sync_drafts.send_for_review(author, author / PAGE).shared
    bar.drafts_action.trigger()  # the dialog asks the server, then lists the new draft
    qtbot.waitUntil(lambda: bar.drafts_dialog.list.count() == 1, timeout=20000)
    assert "Response to the AI White Paper consultation" in bar.drafts_dialog.list.item(0).text()
    qtbot.waitUntil(
        lambda: bar.status_label.text() == "1 draft from others to review: Drafts", timeout=20000
    )
    bar.drafts_dialog.close()
