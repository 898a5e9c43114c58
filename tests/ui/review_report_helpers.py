"""The review report of one opensource-guide page, shown as the review window shows it (the
tests that the report reads right and fits its pane)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from shared_sites import copy_shared_site

from editor_app.core.site import Site
from editor_app.ui.review.window import ReviewWindow


def report_of_queued_page(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    settings: QSettings,
    page: str,
) -> ReviewWindow:
    """A copy of opensource-guide whose `page` is kept off the site (in the review queue), in
    a review window as a 1024x700 screen places it; the page's report made ("Report on this
    page") and shown (skips where the shared sites are absent). The caller keeps the window:
    Qt deletes one Python no longer holds."""
    root = copy_shared_site("opensource-guide", tmp_path)
    path = root / page
    text = path.read_text(encoding="utf-8")  # kept off the site: in the review queue
    path.write_text(text.replace("---\n", "---\npublished: false\n", 1), encoding="utf-8")
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(942, 644)
    window.show()
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=60000):
        window.set_site(Site.open(root))
    panel = window.panel
    assert panel.select_path(path)
    panel.tabs.setCurrentWidget(panel.report)
    qtbot.mouseClick(panel.report_one_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.pdf_button.isEnabled(), timeout=30000)
    return window
