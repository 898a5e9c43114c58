"""A big site kept in git with nothing committed yet (hugo-docs after `git init`: ~1,000 new
pages): the window answers while the Sharing status is worked out, and once it arrives the
page list's dots do not sort a thousand files again on the window's thread (that held the
keys for 10-15 s and left the preview blank)."""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from shared_sites import shared_site_path
from window_helpers import click_document, open_site

from editor_app.core import sync


@pytest.fixture
def untracked_hugo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    source = shared_site_path("hugo-docs")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    site = tmp_path / "hugo-docs"
    shutil.copytree(source, site)
    subprocess.run(["git", "init", "-q", str(site)], check=True)
    return site


def test_the_window_answers_while_the_sharing_status_is_worked_out(
    qtbot, quiet_window, untracked_hugo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = quiet_window
    real_status = sync.status
    asked, release = threading.Event(), threading.Event()

    def slow_status(root, fetch=False):  # noqa: ANN001, ANN202 - stands in for sync.status
        asked.set()
        release.wait()
        return real_status(root, fetch)

    on_window_thread: list[str] = []
    real_pages_of, real_kind_of = sync.pages_of, sync.kind_of

    def pages_of(paths):  # noqa: ANN001, ANN202
        if threading.current_thread() is threading.main_thread():
            on_window_thread.append("pages_of")
        return real_pages_of(paths)

    def kind_of(path):  # noqa: ANN001, ANN202
        if threading.current_thread() is threading.main_thread():
            on_window_thread.append("kind_of")
        return real_kind_of(path)

    monkeypatch.setattr(sync, "status", slow_status)
    monkeypatch.setattr(sync, "pages_of", pages_of)
    monkeypatch.setattr(sync, "kind_of", kind_of)
    try:
        open_site(qtbot, window, untracked_hugo)
        qtbot.waitUntil(asked.is_set, timeout=30000)
        page = untracked_hugo / "content" / "en" / "about" / "introduction.md"
        click_document(qtbot, window, page)
        window.editor.setFocus()
        qtbot.keyClicks(window.editor, "Zq")
        assert "Zq" in window.editor.toPlainText()  # typed while the status is still asked
    finally:
        release.set()
    label = window.sync_bar.status_label
    qtbot.waitUntil(lambda: "changed here, not shared yet" in label.text(), timeout=60000)
    assert "pages" in label.text()
    assert window.sync_bar.page_mark(page) == "here"
    assert on_window_thread == []
    qtbot.keyClicks(window.editor, "W")
    assert "ZqW" in window.editor.toPlainText()
