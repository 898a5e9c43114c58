"""Code in review packs: code inside bold or italic words, and Hugo's code-toggle boxes.

`**a `code`**` (and a definition list's term in code, bold) stopped the whole PDF pack with
an fpdf2 error (no bold face of the code font); a code-toggle box's tab buttons showed as
checkboxes in the Word pack.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import pytest
from shared_sites import shared_site_path

from editor_app.core.docx_export import export_docx
from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.site import Site

INTRODUCTION = "content/en/configuration/introduction.md"
CODE_IN_EMPHASIS = """---
title: Code in emphasis
---

Run **the `hugo build` command** first, then *open `public/index.html`*.

***`both` ways*** and plain `code`.
"""


def _pdf_text(path: Path) -> str:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    document = qtpdf.QPdfDocument()
    document.load(str(path))
    return "\n".join(document.getAllText(i).text() for i in range(document.pageCount()))


def test_code_in_bold_or_italic_words_is_drawn_in_the_pdf(tmp_path: Path, qapp) -> None:
    page = tmp_path / "page.md"
    page.write_text(CODE_IN_EMPHASIS, encoding="utf-8")
    report = export_pdf([page], tmp_path / "pack.pdf")
    assert report.missing == ""
    text = " ".join(_pdf_text(tmp_path / "pack.pdf").split())
    assert "Run the hugo build command first, then open public/index.html." in text
    assert "both ways and plain code." in text
    data = (tmp_path / "pack.pdf").read_bytes()
    if b"DejaVuSansMono" in data:  # the code font's own faces (else the built-in Courier)
        for face in (b"MonoBold", b"MonoOblique", b"MonoBoldOblique"):
            assert b"+DejaVuSans" + face in data


@pytest.fixture
def hugo_copy(tmp_path: Path) -> Path:
    hugo_docs = shared_site_path("hugo-docs")
    root = tmp_path / "hugo-docs"
    for rel in ("hugo.toml", "data/docs.yaml", INTRODUCTION):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(hugo_docs / rel, root / rel)
    return root


def test_a_code_toggle_box_is_each_format_under_its_name_in_both_packs(
    hugo_copy: Path, tmp_path: Path, qapp
) -> None:
    page = hugo_copy / INTRODUCTION
    export_docx([page], tmp_path / "pack.docx", Site.open(hugo_copy))
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "pack.docx")).paragraphs]
    at = paragraphs.index("hugo.yaml")  # the file's name and each format (the site's tabs)
    assert paragraphs[at + 1].startswith("baseURL: https://")
    assert paragraphs[at + 2] == "hugo.toml" and paragraphs[at + 3].startswith("baseURL = 'https")
    assert paragraphs[at + 4] == "hugo.json" and paragraphs[at + 5].startswith("{")
    assert not any("☐" in p or "☑" in p for p in paragraphs)  # no tab button drawn as a box

    export_pdf([page], tmp_path / "pack.pdf", Site.open(hugo_copy))
    lines = [line.strip() for line in _pdf_text(tmp_path / "pack.pdf").splitlines()]
    at = lines.index("hugo.yaml")
    assert lines[at + 1] == "baseURL: https://example.org/"
    toml = lines.index("hugo.toml", at)
    # Each name is a line of its own, after the code before it.
    assert lines[toml - 1] == "title: My New Hugo Site" and lines[toml + 1].startswith("baseURL = ")
    assert re.search(r"\nhugo\.json\n\{\n", "\n".join(lines))
