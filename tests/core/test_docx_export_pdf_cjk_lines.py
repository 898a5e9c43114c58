"""Chinese and Japanese in a PDF pack break into lines as their readers expect: never before a
closing mark (、。，」）), and between any two letters, so a line holding one space (`Issue 和
PR`) is not cut there, half empty. Before, fpdf2 broke at spaces only, else at the letter that
no longer fitted, whatever it was.

Mutants named as equivalent (no test can tell them apart; mutation target `pdf-line-breaks`):
- `CjkLine.__init__`: the last letter first set to None or another word: it is compared only
  once the line holds a fragment, after the first letter set it.
- `CjkLine.add_character`: the break's drawn character's width, graphics state and scale
  (`0.0`, `graphics_state`, `k`) are read only by fpdf2's own `automatic_break`, which
  `CjkLine.automatic_break` replaces for a break that draws nothing; the letter's width handed
  on (fpdf2 2.8 works a line's width out from its fragments); the spaces counted at the break
  (read only to justify a line, which a pack never does).
- `CjkLine.automatic_break`: leaving a break between letters to fpdf2's own `automatic_break`
  (the hint ignored, or its drawn character tested otherwise): fpdf2 2.8 breaks at the same
  place, adding the hint's empty character; `>=` for `>` between the two hints' widths (a
  break between letters is never where a space is).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core import pdf_line_breaks
from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.pdf_line_breaks import (
    NO_LINE_START,
    CjkLine,
    glue_closing_marks,
    is_cjk,
    may_break_between,
)
from editor_app.core.pdf_script_fonts import SCRIPTS, script_font, script_of
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
    assert not may_break_between("中", "") and not may_break_between("", "中")


def pdf_lines(tmp_path: Path, body: str, lang: str = "zh-CN") -> list[str]:
    """The lines of the page's text in its PDF pack, as a reader's PDF viewer reads them."""
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    if script_font(CJK, "zh-cn") is None:
        pytest.skip("no Chinese font on this system (Debian: fonts-wqy-microhei)")
    root = tmp_path / "site"
    root.mkdir(parents=True)
    (root / "_config.yml").write_text("title: Test\n", encoding="utf-8")
    (root / "z.md").write_text(f"---\ntitle: T\nlang: {lang}\n---\n{body}", encoding="utf-8")
    target = tmp_path / "z.pdf"
    export_pdf([root / "z.md"], target, Site.open(root))
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    text = "\n".join(document.getAllText(p).text() for p in range(document.pageCount()))
    return [line.strip() for line in text.replace("\r", "").split("\n") if line.strip()]


def test_every_letter_comes_out_once_in_its_place(tmp_path: Path, qapp) -> None:
    # A bold run puts two styles on a line: a break goes back into the line's first one.
    paragraphs = [
        "中" * shift + SENTENCE + "**加粗的文字在这里**" + SENTENCE * 2 for shift in range(3)
    ]
    lines = pdf_lines(tmp_path, "\n\n".join(paragraphs) + "\n")
    written = "".join("".join(lines).split())
    for paragraph in paragraphs:
        assert "".join(paragraph.replace("**", "").split()) in written
    assert len(written) < sum(len(p) for p in paragraphs) + 40  # nothing twice


def test_a_page_without_chinese_or_japanese_breaks_as_fpdf2_breaks_it(
    tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = (
        "Our council listens to the people it serves, and this paragraph is long enough "
        "to wrap onto several lines of the pack, with [a link](https://example.org/x) in "
        "it, some *emphasis*, and words that go on, and on, and on until the line is full "
        "and the next one starts where a space is.\n"
    ) * 2
    lines = pdf_lines(tmp_path / "cjk", body, lang="en")
    assert b"https://example.org/x" in (tmp_path / "cjk" / "z.pdf").read_bytes()  # its link
    monkeypatch.setattr(pdf_line_breaks, "_fits_this_fpdf", lambda: False)
    monkeypatch.setattr(pdf_line_breaks.line_break, "CurrentLine", pdf_line_breaks.CurrentLine)
    assert len(lines) > 6 and lines == pdf_lines(tmp_path / "fpdf2", body, lang="en")


def test_spaces_before_a_closing_mark_hold_to_it() -> None:
    assert glue_closing_marks("（テスト ）") == "（テスト\u00a0）"
    assert glue_closing_marks("好  。再") == "好\u00a0\u00a0。再"
    assert glue_closing_marks("a ) b") == "a ) b"  # a Latin closer among Latin words


def test_chinese_and_japanese_letters_are_told_at_the_edges_of_their_blocks() -> None:
    for code in (0x2E80, 0x2FDF, 0x3000, 0x30FF, 0x3100, 0x312F, 0x3190, 0x31F0, 0x4E00):
        assert is_cjk(chr(code)), hex(code)
    for code in (0x9FFF, 0xFFEF, 0x20000, 0x3FFFF):
        assert is_cjk(chr(code)), hex(code)
    # Hangul Compatibility Jamo is Korean, written with spaces: not one.
    for code in (0x2E7F, 0x2FE0, 0x3130, 0x318F, 0x4DC0, 0xAC00, 0xFFF0, 0x40000):
        assert not is_cjk(chr(code)), hex(code)


def test_the_letters_that_break_as_chinese_and_japanese_take_their_font() -> None:
    for code in (0x3000, 0x3105, 0x31C0, 0x4E2D, 0xFF01, 0x20000, 0x2A700):
        assert is_cjk(chr(code)) and script_of(chr(code)) is CJK, hex(code)
    assert script_of("\u3131").key == "hang"  # ㄱ: a Korean font


def test_the_line_is_made_as_fpdf2_makes_its_own() -> None:
    assert CjkLine(120.0).max_width == 120.0
    assert CjkLine(max_width=80.0, print_sh=True).print_sh


def test_installed_only_over_the_fpdf2_line_it_was_written_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import collections
    import dataclasses

    real_hint, real_line = pdf_line_breaks.HyphenHint, pdf_line_breaks.CurrentLine
    assert pdf_line_breaks._fits_this_fpdf()
    monkeypatch.setattr(pdf_line_breaks.line_break, "CurrentLine", real_line)
    pdf_line_breaks.install()
    assert pdf_line_breaks.line_break.CurrentLine is CjkLine

    def fits(hint: object = real_hint, line: object = real_line) -> bool:
        monkeypatch.setattr(pdf_line_breaks, "HyphenHint", hint)
        monkeypatch.setattr(pdf_line_breaks, "CurrentLine", line)
        return pdf_line_breaks._fits_this_fpdf()

    ten = collections.namedtuple("ten", "a b c d e f g h i j")  # noqa: PYI024
    nine = collections.namedtuple("nine", "a b c d e f g h i")  # noqa: PYI024
    assert fits(ten) and not fits(nine) and not fits(type("Plain", (), {}))
    assert fits(dataclasses.make_dataclass("Hint", list("abcdefghij")))
    assert not fits(dataclasses.make_dataclass("Hint", list("abcdefghijk")))

    class Later(real_line):  # a newer fpdf2 with one more argument, given a default
        def add_character(  # noqa: PLR0913
            self, character, character_width, original_fragment, original_fragment_index,  # noqa: ANN001
            original_character_index, height, url=None, script=None,  # noqa: ANN001
        ) -> None: ...  # fmt: skip

    class Renamed(real_line):
        def add_character(  # noqa: PLR0913
            self, char, character_width, original_fragment, original_fragment_index,  # noqa: ANN001
            original_character_index, height, url=None,  # noqa: ANN001
        ) -> None: ...  # fmt: skip

    class Unreadable(real_line):
        add_character = dict.update  # a signature inspect cannot read

    class NoHint:
        add_character = real_line.add_character
        automatic_break = real_line.automatic_break

    class NoBreak:
        add_character = real_line.add_character
        _apply_automatic_hint = real_line._apply_automatic_hint

    assert fits(line=Later)
    for line in (Renamed, Unreadable, NoHint, NoBreak):
        assert not fits(line=line), line.__name__
    assert not fits(nine, Renamed) and not fits(nine, NoHint)
