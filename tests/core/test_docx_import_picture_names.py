"""Pictures of a Word draft are saved named after the page they go with (its file's name,
as the site names a page's pictures: `2025-03-10-cag.md` has `2025-03-10-cag.png`), not
after the Word file (`report-1.png`, the same for every draft called report.docx)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import docx
from docx.shared import Inches

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_import import import_docx
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).parent))
from docx_samples import png_bytes  # noqa: E402


def _draft(path: Path, heading: str) -> Path:
    document = docx.Document()
    document.add_heading(heading, level=1)
    document.add_paragraph("Before the pictures.")
    document.add_picture(io.BytesIO(png_bytes()), width=Inches(1))
    document.add_picture(io.BytesIO(png_bytes(rgb=(0, 90, 200))), width=Inches(1))
    after = document.add_paragraph("The meters went in over the winter.")
    document.add_comment(after.runs, "Which winter?", author="Rae", initials="R")
    document.save(path)
    return path


def test_pictures_are_named_after_the_new_page(site_copy: Path, tmp_path: Path):
    site = Site.open(site_copy)
    first = import_docx(_draft(tmp_path / "report.docx", "Energy in Leeds"), site, "resources")
    second = import_docx(_draft(tmp_path / "report.docx", "Energy in Hull"), site, "resources")

    for report in (first, second):
        slug = report.path.stem
        assert [p.name for p in report.images] == [f"{slug}-1.png", f"{slug}-2.png"]
        body = Document.load(report.path).body
        for image in report.images:
            assert f"(/{image.relative_to(site_copy).as_posix()})" in body
        assert "editor-app-picture" not in body
        (note,) = review.NoteStore(report.path).notes
        assert note.quote == "The meters went in over the winter."  # still on its words
    assert first.images[0].read_bytes() == png_bytes()
    assert not any("report" in p.name for p in first.images + second.images)
