"""The contents page of a PDF pack of connectedbydata case studies: a title too long for its
line goes on to a second line beside its page number; before, it ran on under the number
("public intere2st?")."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.site import Site

PAGES = ["case-study-cag.md", "case-study-dfe.md", "case-study-legal-aid-agency.md"]


def test_a_long_title_wraps_clear_of_its_page_number(tmp_path: Path, qapp) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    root = tmp_path / "connectedbydata"
    shutil.copytree(
        shared_site_path("connectedbydata"), root, ignore=shutil.ignore_patterns(".git")
    )
    target = tmp_path / "pack.pdf"
    export_pdf([root / "_resources" / name for name in PAGES], target, Site.open(root))
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    text = document.getAllText(0).text()

    for title_end, number in (("interest?", "2"), ("people?", "4"), ("transformation?", "6")):
        end_at = text.index(title_end)
        end = document.getSelectionAtIndex(0, end_at, len(title_end)).boundingRectangle()
        number_at = re.search(rf"(?<!\d){number}(?!\d)", text[len("1") :]).start() + len("1")
        shown = document.getSelectionAtIndex(0, number_at, 1).boundingRectangle()
        # The title's last word ends left of its number, or on a line below it.
        assert end.right() < shown.left() or end.top() >= shown.bottom() - 1, title_end
