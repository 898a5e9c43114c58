"""Where the excerpt ends (`<!--more-->`, which the preview draws as a dashed rule labelled
"excerpt ends here") is a line apart in the Word and the PDF pack, in italics between dashes,
not a plain line read as the page's words (in the PDF it ran on under the paragraph before
it). A pack returned unchanged is still read as unchanged."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from editor_app.core.docx_export import export_docx
from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

MARK = "– – excerpt ends here – –"


def _small_site(root: Path) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Notes\nexcerpt_separator: <!--more-->\n", encoding="utf-8")
    page = root / "_posts" / "2024-01-01-case.md"
    page.write_text(
        "---\ntitle: A case\n---\n\nThe summary of the case.\n\n<!--more-->\n\n"
        "The rest of the case, told at length.\n",
        encoding="utf-8",
    )
    return page


def _pdf_text(path: Path) -> str:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    document = qtpdf.QPdfDocument()
    document.load(str(path))
    return "\n".join(document.getAllText(i).text() for i in range(document.pageCount()))


def test_the_excerpts_end_is_a_line_apart_in_both_packs(tmp_path: Path, qapp) -> None:
    page = _small_site(tmp_path / "site")
    site = Site.open(tmp_path / "site")
    export_docx([page], tmp_path / "pack.docx", site)
    paragraphs = docx.Document(str(tmp_path / "pack.docx")).paragraphs
    mark = next(p for p in paragraphs if "excerpt ends here" in p.text)
    assert mark.text == MARK
    assert all(run.italic for run in mark.runs if run.text.strip())
    export_pdf([page], tmp_path / "pack.pdf", site)
    lines = [" ".join(line.split()) for line in _pdf_text(tmp_path / "pack.pdf").splitlines()]
    assert MARK in lines


def test_a_pack_returned_unchanged_has_no_edit_to_tell(tmp_path: Path) -> None:
    page = _small_site(tmp_path / "site")
    site = Site.open(tmp_path / "site")
    export_docx([page], tmp_path / "pack.docx", site)
    returned = docx.Document(str(tmp_path / "pack.docx"))
    returned.core_properties.last_modified_by = "Rae Reviewer"
    returned.save(str(tmp_path / "returned.docx"))
    report = import_review_pack(tmp_path / "returned.docx", site)
    assert not report.skipped
    assert "Nothing new" in report.summary()
