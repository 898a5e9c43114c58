"""The review window on a Jekyll site with `_drafts`: the drafts are rows of the queue, of the
kind "Drafts", with the status "draft"; approving one shows it approved."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from editor_app.core.site import Site
from editor_app.ui.review import ReviewPanel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_review_jekyll_drafts import MOVED_DRAFT, NEW_DRAFT, add_drafts  # noqa: E402


def row_texts(panel: ReviewPanel, relative: str) -> list[str]:
    for r in range(panel.proxy.rowCount()):
        index = panel.proxy.mapToSource(panel.proxy.index(r, 0))
        item = panel.model.item(index.row())
        if item.relative == relative:
            return [panel.proxy.index(r, c).data() for c in range(panel.proxy.columnCount())]
    raise AssertionError(f"{relative} is not in the queue")


def test_drafts_are_in_the_review_queue(qtbot, site_copy: Path, settings: QSettings) -> None:
    add_drafts(site_copy)
    panel = ReviewPanel(settings)
    qtbot.addWidget(panel)
    panel.resize(1300, 800)
    panel.show()
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        panel.set_site(Site.open(site_copy))
    assert panel.proxy.rowCount() == 4
    title, kind, status, author, *_rest, state = row_texts(panel, NEW_DRAFT)
    assert (title, kind, status, author, state) == (
        "Notes on data trusts",
        "Drafts",
        "draft",
        "Ada Editor",
        "waiting",
    )
    assert row_texts(panel, MOVED_DRAFT)[1:3] == ["Drafts", "draft"]
    # Approve: the file is left as it is (moving it to _posts publishes it); the row says so.
    page = site_copy / NEW_DRAFT
    before = page.read_bytes()
    assert panel.select_path(page)
    assert panel.approve_button.text() == "Approve"  # nothing open: the tip says what it does
    assert "moved from _drafts to _posts" in panel.approve_button.toolTip()
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        assert panel.approve_current()
    assert page.read_bytes() == before
    assert row_texts(panel, NEW_DRAFT)[-1] == "approved"
    colours = {}
    for r in range(panel.proxy.rowCount()):
        item = panel.model.item(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row())
        colours[item.state] = panel.proxy.index(r, 7).data(Qt.ItemDataRole.ForegroundRole)
    assert colours["approved"] is not None  # green, told apart from "changed since sent back"
    assert colours["approved"].green() > colours["approved"].red()
    assert colours["approved"].green() > colours["approved"].blue()
