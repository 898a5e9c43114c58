"""The review queue window is named by the site's own title ("Open Source Guides"), as the
main window is; it named the folder ("opensource-guide")."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site

from editor_app.core.site import Site
from editor_app.ui.review.window import ReviewWindow


def test_the_review_queue_names_the_site(qtbot, tmp_path: Path, settings) -> None:  # noqa: ANN001
    root = copy_shared_site("opensource-guide", tmp_path)
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=20000):
        window.set_site(Site.open(root))
    assert window.windowTitle() == "Review queue – Open Source Guides"
