"""Get latest brings the first page of a collection the site did not have (the author's first
Jekyll draft, in a new `_drafts` folder): the window's index then says what opening the site
afresh says, the page in the drafts, not a loose page; the list offers Drafts, the collection
shown stays, and Check's schema knows the drafts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor_app.core.site import Site
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import git, isolate_git, make_synthetic_site, share  # noqa: E402
from test_sync_window import open_clone, wait_idle  # noqa: E402

DRAFT = "_drafts/civic-data-trusts.md"


def _index(site: Site) -> dict:
    pages = {e.path: (e.collection, e.title, e.kind) for e in site.entries()}
    return {"pages": pages, "collections": {n: c.folders for n, c in site.collections.items()}}


def test_get_latest_indexes_a_new_drafts_folder_as_opening_does(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors,  # noqa: ANN001
) -> None:
    isolate_git(monkeypatch)
    _server, author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    open_clone(qtbot, window, editor)
    shown = window.library.current_collection()
    assert "drafts" not in window.site.collections
    (author / "_drafts").mkdir()
    (author / DRAFT).write_text(
        "---\nlayout: post\ntitle: Notes on civic data trusts\n---\nA first draft.\n",
        encoding="utf-8",
    )
    git(author, "add", DRAFT)
    git(author, "commit", "-q", "-m", "A first draft")
    git(author, "push", "-q")
    window.sync_bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    assert (editor / DRAFT).exists()
    assert window.site.entry(editor / DRAFT).collection == "drafts"
    assert _index(window.site) == _index(Site.open(editor))
    box = window.library.collection_box
    assert "drafts" in [box.itemData(i) for i in range(box.count())]
    assert window.library.current_collection() == shown
    qtbot.waitUntil(lambda: window.schema.for_collection("drafts") is not None, timeout=20000)
