"""The guide's pictures fit its window: no sideways scrolling to see the right part of each
screenshot (the pictures are as wide as a 1024x700 screen's guide window, or wider)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from editor_app.ui.guide import GuideWindow


@pytest.mark.parametrize("width", [870, 640])
def test_the_pictures_fit_the_guide_window(qtbot, width: int) -> None:
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.resize(width, 600)
    guide.show()
    qtbot.waitExposed(guide)
    qtbot.waitUntil(lambda: guide.browser.horizontalScrollBar().maximum() == 0, timeout=3000)
    assert guide.browser.document().size().width() <= guide.browser.viewport().width() + 1


def test_the_pictures_follow_when_the_window_is_made_narrower(qtbot) -> None:
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.resize(900, 600)
    guide.show()
    qtbot.waitExposed(guide)
    qtbot.waitUntil(lambda: guide.browser.horizontalScrollBar().maximum() == 0, timeout=3000)
    guide.resize(600, 600)
    qtbot.waitUntil(lambda: guide.browser.horizontalScrollBar().maximum() == 0, timeout=3000)
    guide.resize(1000, 600)  # wider again: the pictures grow back, up to their own size
    document, url = guide.browser.document(), next(iter(guide.browser._pictures))
    qtbot.waitUntil(lambda: document.resource(2, QUrl(url)).width() > 800, timeout=3000)
