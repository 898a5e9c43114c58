"""A draft of a page without a status field (an Eleventy post) says no "Status: none" in the
Drafts dialog: the page has no status, so none is shown; its publishing state is, when it has
one ("Status: unpublished")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil, sync_drafts
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import DRAFT_WAITS, open_drafts  # noqa: E402
from sharing_helpers import open_clone, window  # noqa: E402, F401
from sync_site import isolate_git, replace_in, share  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")

POST = "posts/stickers.md"


def eleventy_team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    isolate_git(monkeypatch)
    site = tmp_path / "site"
    (site / "posts").mkdir(parents=True)
    (site / "eleventy.config.js").write_text("module.exports = function () {};\n")
    (site / POST).write_text("---\ntitle: How do I get a sticker?\n---\nAsk.\n")
    return share(site, tmp_path)


def test_an_eleventy_draft_shows_no_status_none(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = eleventy_team(tmp_path, monkeypatch)
    replace_in(author / POST, "Ask.", "Ask in person.")
    assert sync_drafts.send_for_review(author, author / POST).shared
    dialog = open_drafts(qtbot, window, editor, waiting=DRAFT_WAITS)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=20000)
    assert "How do I get a sticker?" in dialog.list.item(0).text()
    assert "Status" not in dialog.message.text()
    assert "none" not in dialog.message.text()
