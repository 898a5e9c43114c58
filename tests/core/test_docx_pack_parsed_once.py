"""A returned review pack is read from one parse of the file: its comments, tracked changes,
the words typed without Track Changes and who saved it last all come from the same document
(a large pack was parsed three times on import)."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import docx
import pytest

from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack, read_docx
from editor_app.core.docx_read import open_docx
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_samples import add_tracked_change  # noqa: E402

PAGE = "_resources/brand-narrative.md"


def test_a_returned_pack_is_parsed_once_on_import(
    site_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = Site.open(site_copy)
    export_docx([site_copy / PAGE], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    paragraph = next(p for p in document.paragraphs if "very interesting one" in p.text)
    document.add_comment(paragraph.runs[0], "Which one?", author="Rae Viewer", initials="RV")
    add_tracked_change(paragraph, "", " Truly.", author="Rae Viewer")
    document.core_properties.last_modified_by = "Rae Viewer"
    document.save(tmp_path / "returned.docx")
    returned = (tmp_path / "returned.docx").read_bytes()

    parses = []
    parse = docx.Document

    def counting(source: Any = None) -> Any:
        data = source.getvalue() if isinstance(source, io.BytesIO) else None
        if isinstance(source, (str, Path)):
            data = Path(source).read_bytes()
        if data == returned:
            parses.append(source)
        return parse(source)

    monkeypatch.setattr(docx, "Document", counting)
    report = import_review_pack(tmp_path / "returned.docx", site)

    assert len(parses) == 1
    assert report.notes == {(site_copy / PAGE).resolve(): 1}
    assert report.suggestions == {(site_copy / PAGE).resolve(): 1}


def test_reading_an_opened_document_leaves_it_as_it_was(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Words with a comment on them.")
    document.add_comment(paragraph.runs[0], "A note", author="Rae Viewer")
    document.save(tmp_path / "c.docx")
    opened = open_docx(tmp_path / "c.docx")

    content = read_docx(opened)

    assert content.comments[0].quoted == "Words with a comment on them."
    assert [p.text for p in opened.paragraphs] == ["Words with a comment on them."]
