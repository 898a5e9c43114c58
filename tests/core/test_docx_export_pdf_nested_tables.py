"""A table inside a table's cell is drawn in a PDF review pack as a table in that cell: its
rows and columns in place inside the cell, the row as tall as it, and the pack says nothing
about it. Before, fpdf2 stopped on it and the whole outer table was drawn as plain words (and
said in the summary)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.site import Site

NESTED = """---
title: Nested tables
---
Before the table.

<table>
<tr><th>Name</th><th>Details</th></tr>
<tr><td>Inner one</td><td><table><tr><td>Inner cell words</td></tr></table></td></tr>
<tr><td>Grid</td><td><table><tr><th>Key</th><th>Value</th></tr>
<tr><td>alpha</td><td>first value that is long enough to wrap onto another line</td></tr>
<tr><td>beta</td><td><table><tr><td>deep</td><td>end</td></tr></table></td></tr>
</table></td></tr>
<tr><td>Plain</td><td>Just words</td></tr>
</table>

After the table.
"""


def _site(tmp_path: Path, text: str) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: Test\n", encoding="utf-8")
    (root / "nested.md").write_text(text, encoding="utf-8")
    return root


def _boxes(path: Path) -> tuple[str, object]:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    document = qtpdf.QPdfDocument()
    document.load(str(path))
    return document.getAllText(0).text(), document


def _box(path: Path, words: str) -> tuple[float, float, float, float]:
    """Left, top, right, bottom of the words on the first page, in points."""
    text, document = _boxes(path)
    start = text.index(words)
    box = document.getSelectionAtIndex(0, start, len(words)).boundingRectangle()
    return box.left(), box.top(), box.right(), box.bottom()


def test_a_table_in_a_cell_is_drawn_as_a_table_in_that_cell(tmp_path: Path, qapp):
    root = _site(tmp_path, NESTED)
    target = tmp_path / "pack.pdf"

    report = export_pdf([root / "nested.md"], target, Site.open(root))

    assert report.unplaced == [], report.summary()
    text = " ".join(_boxes(target)[0].split())
    for words in ("Inner cell words", "Key", "Value", "alpha", "deep", "end", "Just words"):
        assert words in text
    details, key, value = _box(target, "Details"), _box(target, "Key"), _box(target, "Value")
    alpha, beta = _box(target, "alpha"), _box(target, "beta")
    deep, end = _box(target, "deep"), _box(target, " end")
    grid, plain = _box(target, "Grid"), _box(target, "Plain")
    # The inner table sits in the Details column, right of the Name column's words...
    inner = _box(target, "Inner cell words")
    assert alpha[0] > grid[2] and abs(alpha[0] - inner[0]) < 3 and inner[0] < details[0]
    # ... as a table: Key and Value side by side, alpha above beta under Key, the value
    # beside alpha wrapped in its column, and the table in beta's row beside it.
    assert abs(key[1] - value[1]) < 2 and value[0] > key[2]
    assert alpha[1] > key[3] and beta[1] > alpha[3] + 5 and abs(alpha[0] - beta[0]) < 2
    assert abs(deep[1] - beta[1]) < 3 and deep[0] > beta[2] and end[0] > deep[2]
    # The outer row is as tall as the table in it: the next row comes after its last line.
    assert plain[1] > end[3] and plain[1] > beta[3]


def test_a_right_to_left_page_draws_its_table_in_a_cell_from_the_right(tmp_path: Path, qapp):
    guide = tmp_path / "opensource-guide"
    shutil.copytree(
        shared_site_path("opensource-guide"), guide, ignore=shutil.ignore_patterns(".git")
    )
    page = guide / "_articles" / "ar" / "nested-table.md"
    page.write_text(
        "---\nlang: ar\ntitle: جدول\n---\n<table><tr><th>الاسم</th><th>التفاصيل</th></tr>"
        "<tr><td>شبكة</td><td><table><tr><td>مفتاح</td><td>قيمة</td></tr></table></td></tr>"
        "</table>\n",
        encoding="utf-8",
    )

    report = export_pdf([page], tmp_path / "pack.pdf", Site.open(guide))

    assert report.unplaced == [], report.summary()
    grid, key, value = (_box(tmp_path / "pack.pdf", w) for w in ("شبكة", "مفتاح", "قيمة"))
    # The first column at the right, in the outer table and in the inner one.
    assert grid[0] > key[2] and key[0] > value[2]
