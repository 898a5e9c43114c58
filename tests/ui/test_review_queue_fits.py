"""The review queue's columns fit the table at 1024 wide: Review and Author were reached only
by scrolling sideways. Long titles are elided, their tooltip whole (with what a narrow
queue leaves out)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from shared_sites import copy_shared_site

from editor_app.core.site import Site
from editor_app.ui.review.queue_model import ReviewQueueModel
from editor_app.ui.review.window import ReviewWindow

AUTHOR, REVIEW = ReviewQueueModel.COLUMNS.index("Author"), ReviewQueueModel.REVIEW


def test_the_queue_columns_fit_at_1024_wide(qtbot, tmp_path: Path, settings) -> None:  # noqa: ANN001
    root = copy_shared_site("connectedbydata", tmp_path)
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=30000) as loaded:
        window.set_site(Site.open(root))
    assert loaded.args[0] > 0
    table = window.panel.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) > 0)
    for col in (0, 2, AUTHOR, REVIEW):
        assert not table.isColumnHidden(col)
    shown = [c for c in range(len(ReviewQueueModel.COLUMNS)) if not table.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    assert header.sectionViewportPosition(REVIEW) + header.sectionSize(REVIEW) <= (
        table.viewport().width()
    )
    # Wider, the columns left out come back.
    window.resize(2400, 900)
    qtbot.waitUntil(lambda: not table.isColumnHidden(1))
    index = table.model().index(0, 0)
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(index.data() + "\n_resources/")
    assert "Kind: " in tip
