"""Chinese and Japanese in a PDF pack break into lines as their readers expect: never before a
closing mark (、。，」）), and between any two letters, so a line holding one space (`Issue 和
PR`) is not cut there, half empty. Before, fpdf2 broke at spaces only, else at the letter that
no longer fitted, whatever it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.pdf_line_breaks import NO_LINE_START, may_break_between
from editor_app.core.pdf_script_fonts import SCRIPTS, script_font
from editor_app.core.site import Site

CJK = next(s for s in SCRIPTS if s.key == "cjk")
SENTENCE = "这是一个测试句子，包含标点、还有引号「例子」和括号（说明）。"


def test_no_line_starts_with_a_closing_mark_and_lines_are_full(tmp_path: Path, qapp) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    if script_font(CJK, "zh-cn") is None:
        pytest.skip("no Chinese font on this system (Debian: fonts-wqy-microhei)")
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: Test\n", encoding="utf-8")
    # The same sentences shifted by one letter more in each paragraph: the marks fall at every
    # place of a line.
    paragraphs = ["是 Issue 和 PR " + "中" * shift + SENTENCE * 4 for shift in range(12)]
    page = "---\ntitle: 标题\nlang: zh-CN\n---\n" + "\n\n".join(paragraphs) + "\n"
    (root / "z.md").write_text(page, encoding="utf-8")
    target = tmp_path / "z.pdf"

    export_pdf([root / "z.md"], target, Site.open(root))

    document = qtpdf.QPdfDocument()
    document.load(str(target))
    text = "\n".join(document.getAllText(p).text() for p in range(document.pageCount()))
    lines = [line.strip() for line in text.replace("\r", "").split("\n") if line.strip()]
    body = [line for line in lines if "测试" in line or "中" in line or "PR" in line]
    assert len(body) > 30
    assert [line for line in body if line[0] in NO_LINE_START] == []
    # A line ends at a space only when the next word would not fit: none is a third short.
    widest = max(len(line) for line in body)
    paragraph_ends = [line for line in body if line.endswith("。")]
    assert all(len(line) > widest * 0.66 for line in body if line not in paragraph_ends)


def test_breaks_between_letters_follow_the_line_start_and_end_rule() -> None:
    assert may_break_between("中", "文") and may_break_between("文", "A")
    assert not may_break_between("中", "。") and not may_break_between("「", "中")
    assert not may_break_between("a", "b") and not may_break_between("中", " ")
    assert not may_break_between("で", "ょ")  # small kana stay with the letter before
