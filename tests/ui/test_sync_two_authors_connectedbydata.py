"""Two authors on connectedbydata: Ana shares from the window while Ben shares first, at the
moment of her push (the server refuses hers: not a fast-forward). Share gets the latest and
sends again; its line and history name the page by Ben's new title, and the open page shows
both authors' changes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor_app.core import sync, sync_git
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import shared_site_team, shown_window, type_after  # noqa: E402
from sync_site import log_subjects, replace_in  # noqa: E402

PAGE = "_resources/worker-power-ai-cwu.md"
NEW_TITLE = "Worker power on AI with the Communications Workers Union"


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    yield from shown_window(qtbot, settings, monkeypatch)


def test_push_refused_at_the_moment_of_sharing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errors
) -> None:  # noqa: ANN001
    _server, ana, ben = shared_site_team("connectedbydata", tmp_path, monkeypatch)
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(ana)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: not window.jobs.busy and not bar.busy, timeout=30000)
    assert window.open_document(ana / PAGE)
    type_after(qtbot, window, "next.", " Read on.")
    assert window.save_document()

    real_push = sync_git.Repo.push
    raced: list[str] = []

    def ben_first(self, remote, *refspecs):  # noqa: ANN001, ANN202
        if not raced and Path(self.root) == ana:
            replace_in(ben / PAGE, 'title: "Building worker power', 'title: "Worker power')
            replace_in(ben / PAGE, "  - Work\n", "  - Work\n  - AI\n")
            raced.append(sync.push(ben).message)
        return real_push(self, remote, *refspecs)

    monkeypatch.setattr(sync_git.Repo, "push", ben_first)
    bar.share_action.trigger()
    qtbot.waitUntil(lambda: not bar.busy and bool(raced), timeout=60000)
    qtbot.waitUntil(lambda: bar.last_message.startswith("Shared"), timeout=30000)
    assert raced[0].startswith(f"Shared: Update '{NEW_TITLE}'")
    assert bar.last_message == (
        f"Shared: Update '{NEW_TITLE}' (the text). Got the latest first: 1 page changed by others"
    )
    assert log_subjects(ana, "origin/main")[0] == f"Update '{NEW_TITLE}' (the text)"
    doc = window.current_document()
    qtbot.waitUntil(lambda: doc.front_matter.get("title") == NEW_TITLE, timeout=10000)
    assert doc.front_matter["topics"] == ["Work", "AI"]
    assert "next. Read on." in window.editor.toPlainText()
    assert errors == []
