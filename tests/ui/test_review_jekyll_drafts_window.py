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


def review_published_name(page: Path) -> str:
    from editor_app.core import review

    return review.published_path(page).name


def row_texts(panel: ReviewPanel, relative: str) -> list[str]:
    for r in range(panel.proxy.rowCount()):
        index = panel.proxy.mapToSource(panel.proxy.index(r, 0))
        item = panel.model.item(index.row())
        if item.relative == relative:
            return [panel.proxy.index(r, c).data() for c in range(panel.proxy.columnCount())]
    raise AssertionError(f"{relative} is not in the queue")


def test_drafts_are_in_the_review_queue(
    qtbot, site_copy: Path, settings: QSettings, monkeypatch
) -> None:
    add_drafts(site_copy)
    asked: list[str] = []  # approving a draft offers to publish it: not now
    monkeypatch.setattr(
        ReviewPanel, "ask_publish", classmethod(lambda cls, p, title, t: asked.append(t) or False)
    )
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
    assert asked == [f"_posts/{review_published_name(page)}"]
    assert row_texts(panel, NEW_DRAFT)[-1] == "approved"
    colours = {}
    for r in range(panel.proxy.rowCount()):
        item = panel.model.item(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row())
        colours[item.state] = panel.proxy.index(r, 7).data(Qt.ItemDataRole.ForegroundRole)
    assert colours["approved"] is not None  # green, told apart from "changed since sent back"
    assert colours["approved"].green() > colours["approved"].red()
    assert colours["approved"].green() > colours["approved"].blue()


def test_approving_a_draft_offers_to_publish_it_and_the_editor_follows(
    qtbot, site_copy: Path, settings: QSettings, monkeypatch
) -> None:
    from editor_app.ui import dialogs
    from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
    from editor_app.ui.main_window import MainWindow
    from editor_app.ui.review import install_review

    add_drafts(site_copy)
    monkeypatch.setattr(dialogs, "show_error", lambda *_a: None)
    asked: list[tuple[str, str]] = []

    def ask_publish(cls, parent, title: str, target: str) -> bool:  # noqa: ANN001
        asked.append((title, target))
        return True

    monkeypatch.setattr(ReviewPanel, "ask_publish", classmethod(ask_publish))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    if getattr(window, "review", None) is None:
        install_review(window)
    window.show()
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(site_copy)
    page = site_copy / NEW_DRAFT
    before = page.read_bytes()
    assert window.open_document(page)
    window.review.queue_action.trigger()
    panel = window.review.review_window.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=20000)
    assert panel.select_path(page)
    with qtbot.waitSignal(panel.published, timeout=20000) as moved:
        assert panel.approve_current()
    post = moved.args[1]
    assert asked and asked[0][0] == "Notes on data trusts"
    assert asked[0][1] == f"_posts/{post.name}" and post.name.endswith("-data-trusts.md")
    assert post.parent == site_copy / "_posts" and post.read_bytes() == before
    assert not page.exists()
    # The editor now holds the page at its new place, and the queue no longer lists it.
    assert Path(window.current_document().path).resolve() == post.resolve()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=20000)
    assert window.statusBar().currentMessage() == f"Published as {post.name}."
    assert window.site.collection_of(post) == "posts"
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD))
    window.review.review_window.close()
    window.close()
