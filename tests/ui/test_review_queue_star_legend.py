"""The line under the review queue says what `*` means ("changed since its last version in
history") only while the Last change column, where the `*` is, shows: a narrow queue (1024
wide) leaves that column out, and the words then spoke of a mark nowhere on screen."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site
from editor_app.ui.review.queue_model import ReviewQueueModel
from editor_app.ui.review.window import ReviewWindow

BRAND = "_resources/brand-narrative.md"  # waits for review (status: draft)
LEGEND = "* = changed since its last version in history."


def test_the_star_is_explained_only_where_it_shows(qtbot, git_site: Path, settings) -> None:  # noqa: ANN001
    page = git_site / BRAND
    page.write_bytes(page.read_bytes() + b"\nOne more line, not in history yet.\n")
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(2400, 900)
    window.show()
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=30000):
        window.set_site(Site.open(git_site))
    table, label = window.panel.table, window.panel.queue.queue_label
    qtbot.waitUntil(lambda: not table.isColumnHidden(ReviewQueueModel.LAST_CHANGE))
    assert LEGEND in label.text()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: table.isColumnHidden(ReviewQueueModel.LAST_CHANGE))
    assert LEGEND not in label.text()
    assert "pages waiting for review." in label.text()  # the count stays
    window.resize(2400, 900)
    qtbot.waitUntil(lambda: LEGEND in label.text())
