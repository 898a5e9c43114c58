"""PDF packs of pages in scripts DejaVu Sans lacks (Hindi, Tamil, Bengali, Japanese, Korean,
Chinese) draw their letters with a font of the system, joined as the preview joins them.
Before, such pages drew nothing and the summary named the missing letters."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core.document import Document
from editor_app.core.docx_export_pdf import _LEFT, _TEXT_W, export_pdf
from editor_app.core.pdf_script_fonts import SCRIPTS, cjk_lang, script_font
from editor_app.core.site import Site

_BY_KEY = {s.key: s for s in SCRIPTS}
_PX_MM = 4  # rendering: pixels a millimetre


@pytest.fixture(scope="module")
def guide(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = copy_shared_site("opensource-guide", tmp_path_factory.mktemp("site"))
    return site


def _font_or_skip(key: str, lang: str) -> tuple[str, int]:
    found = script_font(_BY_KEY[key], lang)
    if found is None:
        pytest.skip(f"no font for {key} on this system (Debian: fonts-noto-core, fonts-lohit-*)")
    return found


def _export(guide: Path, lang: str, tmp_path: Path) -> tuple[Path, object]:
    page = guide / "_articles" / lang / "best-practices.md"
    target = tmp_path / f"{lang}.pdf"
    return target, export_pdf([page], target, Site.open(guide))


@pytest.mark.parametrize(
    ("lang", "key"),
    [
        ("hi", "deva"),
        ("sa", "deva"),
        ("ta", "taml"),
        ("bn", "beng"),
        ("ja", "cjk"),
        ("ko", "hang"),
        ("zh-hans", "cjk"),
        ("zh-hant", "cjk"),
    ],
)
def test_letters_dejavu_lacks_are_drawn_with_a_system_font(guide, tmp_path, lang, key):
    _font_or_skip(key, cjk_lang(lang) if key == "cjk" else _BY_KEY[key].lang)
    target, report = _export(guide, lang, tmp_path)
    assert report.missing == ""  # before: the page's letters, named as missing
    data = target.read_bytes()
    assert data.count(b"/FontFile2") + data.count(b"/FontFile3") >= 3  # DejaVu and the script's


def _ink_width(image: object, top: int, bottom: int, left: int, right: int) -> int:
    """From the first to the last column with a dark pixel (the PDF's page is transparent)."""

    def dark(x: int, y: int) -> bool:
        colour = image.pixelColor(x, y)
        return colour.alpha() > 128 and colour.lightness() < 128

    columns = [x for x in range(left, right) if any(dark(x, y) for y in range(top, bottom))]
    return columns[-1] - columns[0] if columns else 0


@pytest.mark.parametrize(("lang", "key"), [("hi", "deva"), ("ta", "taml"), ("bn", "beng")])
def test_joining_letters_are_shaped_as_the_preview_shapes_them(guide, tmp_path, qapp, lang, key):
    """The title's width in the PDF is the width Qt (the preview's shaping) gives it in the
    same font: unshaped, each virama and vowel sign stands apart and the line is wider."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

    qtpdf = pytest.importorskip("PySide6.QtPdf")
    path, index = _font_or_skip(key, _BY_KEY[key].lang)
    target, _ = _export(guide, lang, tmp_path)
    title = Document.load(guide / "_articles" / lang / "best-practices.md").front_matter["title"]
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    page = document.render(0, QSize(210 * _PX_MM, 297 * _PX_MM))
    left, right = int(_LEFT * _PX_MM), int((_LEFT + _TEXT_W) * _PX_MM)
    in_pdf = _ink_width(page, 15 * _PX_MM, 25 * _PX_MM, left, right)

    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(path))
    font = QFont(families[0])
    font.setPixelSize(round(18 * 25.4 / 72 * _PX_MM))  # the title's 18 points
    drawn = QImage(right - left + 200, 120, QImage.Format.Format_RGB32)
    drawn.fill(QColor("white"))
    painter = QPainter(drawn)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(10, 80, title)
    painter.end()
    by_qt = _ink_width(drawn, 0, 120, 0, drawn.width())
    if by_qt > right - left:
        pytest.skip("the title takes two lines in this font")
    assert abs(in_pdf - by_qt) <= 0.04 * by_qt, (in_pdf, by_qt)


def _ink_bands(path: Path) -> int:
    """How many runs of rows with ink the first page's text column has (a line apart from
    the next is a run of its own; lines that touch make one)."""
    from PySide6.QtCore import QSize

    qtpdf = pytest.importorskip("PySide6.QtPdf")
    document = qtpdf.QPdfDocument()
    document.load(str(path))
    image = document.render(0, QSize(210 * _PX_MM, 297 * _PX_MM))
    left, right = int(_LEFT * _PX_MM), int((_LEFT + _TEXT_W) * _PX_MM)

    def inked(y: int) -> bool:
        for x in range(left, right, 2):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 128 and colour.lightness() < 128:
                return True
        return False

    rows = [inked(y) for y in range(image.height())]
    return sum(1 for y in range(1, len(rows)) if rows[y] and not rows[y - 1])


def test_lines_of_devanagari_stand_apart(guide, tmp_path, qapp, monkeypatch):
    """Marks above and below Devanagari letters touched the next line's at fpdf2's spacing."""
    from editor_app.core import docx_export_pdf

    _font_or_skip("deva", "hi")
    target, _ = _export(guide, "hi", tmp_path)
    monkeypatch.setattr(docx_export_pdf, "_SHAPED_LINE_SPACING", 1.0)
    (tmp_path / "tight").mkdir()
    tight, _ = _export(guide, "hi", tmp_path / "tight")
    assert _ink_bands(target) > _ink_bands(tight) + 5


def test_a_contents_line_after_a_hindi_title_keeps_its_own_font(guide, tmp_path, qapp):
    """fpdf2 left the PDF's font at the Hindi font's after a title ending in it: the page
    number and the next title were drawn in it, garbled."""
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    _font_or_skip("deva", "hi")
    pages = [
        guide / "_articles" / "hi" / "best-practices.md",
        guide / "_articles" / "best-practices.md",
    ]
    export_pdf(pages, tmp_path / "two.pdf", Site.open(guide))
    document = qtpdf.QPdfDocument()
    document.load(str(tmp_path / "two.pdf"))
    contents = " ".join(document.getAllText(0).text().split())
    assert "Contents" in contents
    assert " 2 Best Practices for Maintainers " in contents  # the Hindi page's number, the next


def test_a_letter_the_first_font_lacks_is_taken_from_one_that_has_it(guide, tmp_path):
    """Japanese pages use 〜, which fontconfig's first choice for Japanese here (WenQuanYi
    Micro Hei) lacks: the page takes a Japanese font that has it (Noto Sans CJK)."""
    from editor_app.core.pdf_script_fonts import _letters

    found = _font_or_skip("cjk", "ja")
    wave = ord("〜")
    best = script_font(_BY_KEY["cjk"], "ja", frozenset([wave]))
    if wave not in _letters(*best):
        pytest.skip("no Japanese font here has 〜")
    page = guide / "_articles" / "ja" / "getting-paid.md"
    report = export_pdf([page], tmp_path / "ja.pdf", Site.open(guide))
    assert "〜" not in report.missing, (found, best)


def test_without_fontconfig_the_usual_windows_and_macos_fonts_are_looked_for(tmp_path, monkeypatch):
    """Windows has no fc-match: its Nirmala UI (Indic scripts) and Malgun Gothic (Korean)
    are found by their files in the fonts folder."""
    from editor_app.core import pdf_script_fonts as fonts

    deva = _font_or_skip("deva", "hi")
    hang = _font_or_skip("hang", "ko")
    folder = tmp_path / "Fonts"
    folder.mkdir()
    shutil.copy(deva[0], folder / "Nirmala.ttf")
    shutil.copy(hang[0], folder / ("malgun.ttf" if hang[0].endswith(".ttf") else "malgun.ttc"))
    monkeypatch.setattr(fonts, "_FOLDERS", (str(folder),))
    monkeypatch.setattr(fonts, "_fontconfig", lambda lang: [])
    fonts._candidates.cache_clear()
    try:
        assert fonts.script_font(_BY_KEY["deva"], "hi") == (str(folder / "Nirmala.ttf"), 0)
        assert fonts.script_font(_BY_KEY["taml"], "ta") in (None, (str(folder / "Nirmala.ttf"), 0))
        if hang[0].endswith(".ttf") and hang[1] == 0:
            assert fonts.script_font(_BY_KEY["hang"], "ko") == (str(folder / "malgun.ttf"), 0)
    finally:
        fonts._candidates.cache_clear()


@pytest.mark.parametrize(("lang", "tag"), [("ja", "JP"), ("ko", "KR"), ("zh-tw", "TC")])
def test_han_letters_take_the_shapes_of_the_pages_language(lang, tag):
    """A font made for the language (Noto Sans CJK JP for a Japanese page) is taken before
    one fontconfig ranks first for all of them (WenQuanYi Micro Hei, whose Han letters have
    Chinese shapes)."""
    from editor_app.core import pdf_script_fonts as fonts

    made_for = [found[:2] for found in fonts._fontconfig(lang) if tag in found[2].split()]
    if not made_for:
        pytest.skip(f"no font for {lang} here names {tag}")
    assert fonts.script_font(_BY_KEY["cjk"], lang) == made_for[0]
