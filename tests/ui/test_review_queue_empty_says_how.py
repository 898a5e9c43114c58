"""An empty review queue on a site whose pages have no status field says how a page gets into
it there, and that a note needs no queue (opensource-guide's said only "no page has published:
false", and the editor found no way to leave a note in the window)."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core.site import Site
from editor_app.ui.review.window import ReviewWindow

NOTES = "A review note can be left on any page: select its words in the text and right-click > Add Review Note…"


@pytest.mark.parametrize(
    ("site", "how"),
    [
        (
            "opensource-guide",
            "A page waits here once its settings say published: false, which keeps it off the "
            "site until it is approved (Review > Send This Page for Review, or editor-app set "
            "PAGE published=false).",
        ),
        (
            "hugo-docs",
            "A page waits here once its settings say draft: true, which keeps it off the site "
            "until it is approved (Review > Send This Page for Review, or editor-app set PAGE "
            "draft=true).",
        ),
        (
            "eleventy-website",
            "Nothing to review: Eleventy has no setting that keeps a page off the site until it "
            "is approved, so none of this site's pages waits here (they have no status field).",
        ),
    ],
)
def test_the_empty_queue_says_how_a_page_gets_in_and_how_to_leave_a_note(
    qtbot, tmp_path: Path, settings, site: str, how: str  # noqa: ANN001
) -> None:
    root = copy_shared_site(site, tmp_path, without_git=True)
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=60000) as loaded:
        window.set_site(Site.open(root))
    assert loaded.args == [0]
    shown = window.panel.queue.queue_label.text()
    assert how in shown
    assert NOTES in shown
