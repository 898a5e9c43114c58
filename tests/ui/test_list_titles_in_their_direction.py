"""The page list shows a Persian title right to left, from the row's right edge, as the
form's boxes do: "GitHub برای تازه‌کارها" read left to right (GitHub first at the left).
English rows stay at the left."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from shared_sites import shared_site_path
from window_helpers import open_site

PERSIAN_PAGE = "_articles/fa/how-to-contribute.md"
ENGLISH_PAGE = "_articles/how-to-contribute.md"
PERSIAN_TITLE = "GitHub برای تازه‌کارها"


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    source = shared_site_path("opensource-guide")
    dest = tmp_path / "guide"
    (dest / "_articles" / "fa").mkdir(parents=True)
    for name in (PERSIAN_PAGE, ENGLISH_PAGE, "_config.yml"):
        shutil.copy(source / name, dest / name)
    page = dest / PERSIAN_PAGE
    text = page.read_text(encoding="utf-8")
    start = text.index("\ntitle: ") + len("\ntitle: ")
    end = text.index("\n", start)
    page.write_text(text[:start] + PERSIAN_TITLE + text[end:], encoding="utf-8")
    return dest


def _ink_between(window, path: Path) -> tuple[int, int]:  # noqa: ANN001
    """The leftmost and rightmost columns of the title cell's text, from the cell's left."""
    lst = window.library
    row = [p.resolve() for p in lst.paths()].index(path.resolve())
    rect = lst.view.visualRect(lst.proxy.index(row, 0))
    image = lst.view.viewport().grab(rect).toImage()
    text_colour = lst.view.palette().text().color()
    inked = [
        x
        for x in range(image.width())
        for y in range(image.height())
        if _near(QColor(image.pixel(x, y)), text_colour)
    ]
    assert inked, f"no text drawn in the row of {path.name}"
    return min(inked), max(inked) - image.width()


def _near(colour: QColor, text: QColor) -> bool:
    return abs(colour.lightness() - text.lightness()) < 60


def test_a_persian_title_reads_from_the_right(qtbot, guide: Path, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    window.resize(1440, 900)
    open_site(qtbot, window, guide)
    window.splitter.setSizes([700, 370, 370])  # the titles fit their cells whole
    qtbot.wait(50)
    left, right = _ink_between(window, guide / PERSIAN_PAGE)
    assert right > -12, "the Persian title ends short of the row's right edge"
    assert left > 100, "the Persian title starts at the row's left edge"
    left, right = _ink_between(window, guide / ENGLISH_PAGE)
    assert left < 12, "the English title moved from the row's left edge"
    assert right < -100
