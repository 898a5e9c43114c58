"""The review window's queue (Review column) and the page's line say an approved Jekyll draft
was approved while Check warned: "approved with 1 warning"."""

from __future__ import annotations

import sys
from pathlib import Path

from editor_app.core import review

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_review_jekyll_drafts import NEW_DRAFT, add_drafts  # noqa: E402


def _warned(path: Path) -> Path:
    """The page with its author line given twice: a warning, no error."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("author: ", "author: Ann\nauthor: ", 1), encoding="utf-8")
    return path


def test_the_window_queue_says_approved_with_a_warning(  # noqa: ANN001
    qtbot, site_copy: Path, settings
) -> None:
    from editor_app.core.site import Site
    from editor_app.ui.review.window import ReviewWindow

    add_drafts(site_copy)
    page = _warned(site_copy / NEW_DRAFT)
    review.approve(page, author="Ed")
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=30000):
        window.set_site(Site.open(site_copy))
    panel = window.panel
    panel.select_path(page.resolve())
    assert "approved with 1 warning" in panel.detail_label.text()
    model = panel.model
    shown = [model.index(row, 7).data() for row in range(model.rowCount())]
    assert "approved with 1 warning" in shown
