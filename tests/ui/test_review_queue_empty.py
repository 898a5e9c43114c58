"""An empty review queue says what is true on the site: "every page is final" only where the
pages have a status field. opensource-guide's have none; it said "every page is final"."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site

from editor_app.core.site import Site
from editor_app.ui.review.window import ReviewWindow


def test_a_site_without_status_field_is_not_said_final(qtbot, tmp_path: Path, settings) -> None:  # noqa: ANN001
    root = copy_shared_site("opensource-guide", tmp_path)
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=30000) as loaded:
        window.set_site(Site.open(root))
    assert loaded.args == [0]
    text = window.panel.queue.queue_label.text()
    assert "final" not in text
    assert text.startswith(
        "Nothing to review: no page has published: false (this site's pages have no status field)."
    )
    # The page side says so too: it read "No page chosen / Choose a page in the queue".
    assert window.panel.title_label.text() == "No page waits for review"
    assert window.panel.detail_label.text() == ""
