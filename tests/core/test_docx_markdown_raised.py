"""Superscript and subscript from Word (or pasted): Markdown has none, and the text lost its
raising, so "10⁶ users" arrived as "106 users" and "x²" as "x2". Text with a character of its
own raised or lowered (digits, signs, n, i) arrives in those characters, which every site
shows; other text (the `st` of 1st) stays plain letters as before."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from editor_app.core.document import Document
from editor_app.core.docx_import import html_to_markdown, import_docx
from editor_app.core.site import Site


@pytest.mark.parametrize(
    ("html", "markdown"),
    [
        ("<p>10<sup>6</sup> users</p>", "10⁶ users"),
        ("<p>H<sub>2</sub>O</p>", "H₂O"),
        ("<p>x<sup>(n+1)</sup></p>", "x⁽ⁿ⁺¹⁾"),
        ("<p>the 1<sup>st</sup> time</p>", "the 1st time"),
        ("<p>CO<sub>2e</sub></p>", "CO2e"),
    ],
)
def test_raised_and_lowered_text_keeps_its_meaning(html: str, markdown: str) -> None:
    assert html_to_markdown(html) == markdown + "\n"


def test_a_word_draft_keeps_its_powers_of_ten(site_copy: Path, tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Reach", level=1)
    p = document.add_paragraph("We reached 10")
    p.add_run("6").font.superscript = True
    p.add_run(" people and cut CO")
    p.add_run("2").font.subscript = True
    p.add_run(".")
    document.save(tmp_path / "reach.docx")
    report = import_docx(tmp_path / "reach.docx", Site.open(site_copy), "resources")
    assert Document.load(report.path).body == "We reached 10⁶ people and cut CO₂.\n"
