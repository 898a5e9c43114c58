"""At 1024 wide the review queue's Review column shows "changed since sent back" and "changed
since approved" whole, beside the title, status and author (the queue had two fifths of the
window and cut them to "changed since..."); at 1440 wide too."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from editor_app.core import review
from editor_app.core.site import Site
from editor_app.ui.review.queue_model import ReviewQueueModel
from editor_app.ui.review.window import ReviewWindow

REVIEW = ReviewQueueModel.COLUMNS.index("Review")


@pytest.mark.parametrize("size", [(1024, 700), (1440, 900)])
def test_the_review_words_are_whole(qtbot, site_copy: Path, settings, size) -> None:  # noqa: ANN001
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=30000):
        window.set_site(Site.open(site_copy))
    queue = window.panel.queue
    items = list(queue.model._items)
    assert len(items) >= 2
    states = [review.CHANGED_SINCE, review.CHANGED_SINCE_APPROVED]
    items[:2] = [dataclasses.replace(it, state=s) for it, s in zip(items, states, strict=False)]
    queue.set_items(items, queue.model.labels())
    table = window.panel.table
    shown = [queue.proxy.index(r, REVIEW).data() for r in range(queue.proxy.rowCount())]
    assert set(states) <= set(shown)
    for col in (0, 2, 3, REVIEW):
        assert not table.isColumnHidden(col)
    assert table.columnWidth(REVIEW) >= table.sizeHintForColumn(REVIEW)
