"""A picture taller than the room left under a PDF pack's title is scaled down to fit there,
as a word processor's "fit" does; moved to the next page whole, it left page 1 mostly empty
(connectedbydata's Lords 2nd Reading summary). Pictures also keep to the text column."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.site import Site

_PX_MM = 4.0  # the pages rendered at about 100 dpi


def _pages(target: Path) -> list[object]:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    from PySide6.QtCore import QSize

    document = qtpdf.QPdfDocument()
    document.load(str(target))
    size = QSize(int(210 * _PX_MM), int(297 * _PX_MM))
    return [document.render(p, size) for p in range(document.pageCount())]


def _red(image: object, x_mm: float, y_mm: float) -> bool:
    colour = image.pixelColor(int(x_mm * _PX_MM), int(y_mm * _PX_MM))
    return colour.red() > 200 and colour.green() < 60 and colour.blue() < 60


def _site(tmp_path: Path, picture_size: tuple[int, int]) -> Path:
    from PIL import Image

    root = tmp_path / "site"
    (root / "images").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Test\n", encoding="utf-8")
    Image.new("RGB", picture_size, (230, 20, 20)).save(root / "images" / "tall.png")
    (root / "p.md").write_text(
        "---\ntitle: A page with a tall picture\n---\n![Tall](/images/tall.png)\n\nWords after.\n",
        encoding="utf-8",
    )
    return root


def test_a_tall_picture_is_fitted_under_the_title(tmp_path: Path, qapp) -> None:
    root = _site(tmp_path, (200, 500))  # 305 mm high at the column's width: no page holds it
    target = tmp_path / "p.pdf"
    export_pdf([root / "p.md"], target, Site.open(root))
    pages = _pages(target)
    assert _red(pages[0], 40, 150), "the picture is on the first page, under the title"
    assert _red(pages[0], 40, 270), "it fills the room down to the foot"
    assert not _red(pages[0], 18 + 122 + 3, 150), "and keeps out of the notes' margin"


def test_a_picture_keeps_to_the_text_column(tmp_path: Path, qapp) -> None:
    root = _site(tmp_path, (400, 200))
    target = tmp_path / "p.pdf"
    export_pdf([root / "p.md"], target, Site.open(root))
    page = _pages(target)[0]
    assert _red(page, 18 + 120, 60)
    assert not _red(page, 18 + 125, 60), "the notes' margin is left for the notes"


def test_a_picture_too_tall_to_fit_at_half_its_size_goes_to_the_next_page(
    tmp_path: Path, qapp
) -> None:
    root = _site(tmp_path, (100, 600))  # 732 mm high: fitted, it would be a thin strip
    target = tmp_path / "p.pdf"
    export_pdf([root / "p.md"], target, Site.open(root))
    pages = _pages(target)
    assert not _red(pages[0], 30, 150)
    assert _red(pages[1], 30, 100)
    assert not _red(pages[1], 30, 297 - 12), "made as tall as a page, not cut off at its foot"
