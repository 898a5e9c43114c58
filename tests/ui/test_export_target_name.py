"""File > Export Review Pack never writes the pack over a page: a name picked in the save box
that is not a .docx or .pdf gets the extension added, so `page.md` stays the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from editor_app.ui.word_files import WordFiles


@pytest.mark.parametrize(
    ("picked", "kind", "expected"),
    [
        ("post.md", "Word document (*.docx)", "post.md.docx"),
        ("post.md", "PDF (*.pdf)", "post.md.pdf"),
        ("pack", "Word document (*.docx)", "pack.docx"),
        ("pack.pdf", "Word document (*.docx)", "pack.pdf"),
        ("pack.DOCX", "PDF (*.pdf)", "pack.DOCX"),
    ],
)
def test_the_pack_name_always_ends_in_docx_or_pdf(
    qtbot, monkeypatch, tmp_path: Path, picked: str, kind: str, expected: str
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / picked), kind))
    )
    target = WordFiles.ask_export_target(parent, tmp_path / "post.docx")
    assert target == tmp_path / expected
