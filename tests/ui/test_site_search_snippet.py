"""Search Site in a narrow panel (the window at 1024x700): each result's second line keeps the
searched word in sight; cut at the right edge, it showed the words before it and not the word."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from shared_sites import shared_site_path

from editor_app.core.site import Site
from editor_app.ui.site_search import DETAIL_ROLE, MATCH_ROLE, shown_detail
from editor_app.ui.site_tools import SiteSearchPanel

WIDTH = 250  # pixels: a result's line in the panel beside the form at 1024x700


def test_the_searched_word_stays_in_sight(qtbot, tmp_path: Path) -> None:
    guide = shared_site_path("opensource-guide")
    root = tmp_path / "opensource-guide"
    shutil.copytree(guide, root, ignore=shutil.ignore_patterns(".git"))
    panel = SiteSearchPanel(delay_ms=0)
    qtbot.addWidget(panel)
    panel.set_site(Site.open(root))
    with qtbot.waitSignal(panel.searchFinished, timeout=20000):
        panel.set_query("License")
    metrics = QFontMetrics(panel.results.font())
    lines = []
    for row in range(panel.results.count()):
        item = panel.results.item(row)
        detail, word = item.data(DETAIL_ROLE), item.data(MATCH_ROLE)
        if "license" in detail.partition(": ")[2].casefold():
            plain = metrics.elidedText(detail, Qt.TextElideMode.ElideRight, WIDTH)
            lines.append((plain, shown_detail(detail, word, metrics, WIDTH)))
    assert len(lines) > 20
    assert any("license" not in plain.casefold() for plain, _ in lines)  # as it was
    hidden = [shown for _, shown in lines if "license" not in shown.casefold()]
    assert not hidden, hidden[:3]
    assert all(metrics.horizontalAdvance(shown) <= WIDTH for _, shown in lines)
