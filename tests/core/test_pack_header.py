"""A review pack shows a page's header as the preview does, under its title: the subtitle,
the author and date, and the topics as one line ("Topics: a, b"); the title only once."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from editor_app.core.docx_export import export_docx
from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.site import Site

HEADER = (
    "---\ntitle: Bus stops\nsubtitle: Where people wait\nauthor: Ann Lee\n"
    "topics: [Transport, Health]\n---\nThe body text.\n"
)


def _site(tmp_path: Path) -> tuple[Site, Path]:
    (tmp_path / "_config.yml").write_text("title: t\ncollections:\n  notes:\n    output: true\n")
    (tmp_path / "_notes").mkdir()
    page = tmp_path / "_notes" / "bus-stops.md"
    page.write_text(HEADER)
    return Site.open(tmp_path), page


def test_a_word_pack_shows_the_subtitle_and_topics_under_the_title(tmp_path: Path) -> None:
    site, page = _site(tmp_path)
    export_docx([page], tmp_path / "pack.docx", site)
    paragraphs = [(p.style.name, p.text) for p in docx.Document(tmp_path / "pack.docx").paragraphs]
    texts = [text for _style, text in paragraphs]
    assert texts.count("Bus stops") == 1
    assert ("Subtitle", "Where people wait") in paragraphs
    assert "Topics: Transport, Health" in texts
    assert any("Ann Lee" in text for text in texts)
    assert texts.index("Bus stops") < texts.index("Topics: Transport, Health")
    assert texts.index("Topics: Transport, Health") < texts.index("The body text.")
    topics = docx.Document(tmp_path / "pack.docx").paragraphs[texts.index("Topics: Transport, Health")]
    assert all(run.italic for run in topics.runs)


def test_a_pdf_pack_shows_the_subtitle_and_topics_under_the_title(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    site, page = _site(tmp_path)
    export_pdf([page], tmp_path / "pack.pdf", site)
    document = qtpdf.QPdfDocument()
    document.load(str(tmp_path / "pack.pdf"))
    text = " ".join(document.getAllText(i).text() for i in range(document.pageCount()))
    words = " ".join(text.split())
    assert words.count("Bus stops") == 1
    assert "Where people wait" in words and "Ann Lee" in words
    assert "Topics: Transport, Health" in words
    assert words.index("Topics: Transport, Health") < words.index("The body text.")
