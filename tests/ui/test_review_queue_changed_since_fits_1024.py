"""At 1024 wide the queue's Review column shows "changed since sent back" whole: the title
(whose tooltip has it whole) gives up room before Review is cut to "changed since sent b…"
(seen with a Persian page answered after a send back)."""

from __future__ import annotations

import sys
from pathlib import Path

from editor_app.core import review

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_review_decision_row_fits_1024 import BRIEFING, _window  # noqa: E402


def test_changed_since_sent_back_shows_whole(qtbot, site_copy: Path, settings) -> None:  # noqa: ANN001
    page = site_copy / BRIEFING
    review.send_back(page, "Add the date.", "Ed")
    page.write_text(page.read_text(encoding="utf-8") + "\nThe date: 2024.\n", encoding="utf-8")
    window = _window(qtbot, site_copy, settings)
    panel = window.panel
    assert panel.select_path(page)
    qtbot.wait(50)
    table, model = panel.table, panel.model
    col = model.REVIEW
    rows = [
        r for r in range(model.rowCount()) if model.index(r, col).data() == review.CHANGED_SINCE
    ]
    assert rows, [model.index(r, col).data() for r in range(model.rowCount())]
    said = model.index(rows[0], col).data()
    need = table.fontMetrics().horizontalAdvance(said)
    assert table.columnWidth(col) >= need + 8, (table.columnWidth(col), need)
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()
