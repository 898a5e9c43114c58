"""A PDF pack of a page written right to left (Arabic, Persian, Hebrew) reads from the right:
its words in order, its letters joined, its lines ending at the text column's right edge.
Left-to-right pages come out as they always did."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core import docx_export_pdf as pdf_module
from editor_app.core import pdf_fonts, review
from editor_app.core.document import Document
from editor_app.core.docx_export_pdf import _LEFT, _TEXT_W, export_pdf
from editor_app.core.site import Site

MM = 72 / 25.4  # PDF points in a millimetre
RIGHT = (_LEFT + _TEXT_W) * MM  # the text column's right edge, in points
LEFT = _LEFT * MM
RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
HEBREW_PAGE = """---
lang: he
title: מדריך קוד פתוח
---

## למה למדוד משהו?

נתונים יכולים לעזור לך לקבל החלטות טובות יותר כמתחזק של פרויקט קוד פתוח. הפרויקט Homebrew
משתמש בהם כדי לדעת מה חשוב למשתמשים שלו, ומה כדאי לתקן קודם.

* להבין איך משתמשים מגיבים לתכונה חדשה
* לגלות מאיפה מגיעים משתמשים חדשים
"""


@pytest.fixture(scope="module")
def guide(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the Open Source Guide (translated into Arabic and Persian), with a Hebrew page."""
    guide = shared_site_path("opensource-guide")
    copy = tmp_path_factory.mktemp("guide") / "opensource-guide"
    shutil.copytree(guide, copy, ignore=shutil.ignore_patterns(".git"))
    (copy / "_articles" / "he").mkdir(exist_ok=True)
    (copy / "_articles" / "he" / "metrics.md").write_text(HEBREW_PAGE, encoding="utf-8")
    return copy


def _lines(path: Path, page: int = 0) -> list[tuple[str, float, float]]:
    """Each line of a PDF page as a reader extracts it (in reading order), with the left and
    right edges of its letters in points."""
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    document = qtpdf.QPdfDocument()
    document.load(str(path))
    text = document.getAllText(page).text()
    out: list[tuple[str, float, float, float]] = []
    index = 0
    for piece in text.split("\r\n"):
        if piece.strip():
            box = document.getSelectionAtIndex(page, index, len(piece)).boundingRectangle()
            words = piece.replace("\u200c", "")
            if out and abs(out[-1][3] - box.top()) < 5:
                # A vowel mark drawn at its own place ends the reader's line there: one line.
                last = out.pop()
                words = f"{last[0]} {words}"
                out.append((words, min(last[1], box.left()), max(last[2], box.right()), last[3]))
            else:
                out.append((words, box.left(), box.right(), box.top()))
        index += len(piece) + 2
    return [(t, left, right) for t, left, right, _top in out]


def _word_box(path: Path, word: str, page: int = 0) -> tuple[float, float]:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    document = qtpdf.QPdfDocument()
    document.load(str(path))
    start = document.getAllText(page).text().index(word)
    box = document.getSelectionAtIndex(page, start, len(word)).boundingRectangle()
    return box.left(), box.right()


def _assert_reads_from_the_right(lines: list[tuple[str, float, float]]) -> None:
    column = [
        (t, left, right) for t, left, right in lines if RTL_LETTER.search(t) and right < RIGHT + 5
    ]
    assert len(column) >= 6
    in_item = False
    for text, _left, right in column:
        # Each line ends at the column's right edge (less the cell's 1 mm padding)...
        if RIGHT - 6 < right < RIGHT + 1:
            in_item = text.startswith("•")
            continue
        # ... but a list item's next lines, which end under its first words, left of its
        # bullet.
        assert in_item and RIGHT - 6 - 4 * MM < right < RIGHT - 6, text
    # ... and starts wherever its words run out: the short last lines of paragraphs.
    assert sum(1 for _t, left, _r in column if left > LEFT + 40 * MM) >= 3


@pytest.mark.parametrize(
    ("page", "title", "words", "later"),
    [
        (
            "ar/metrics.md",
            "مقاييس المشاريع مفتوحة المصدر",
            "يمكن أن تساعدك البيانات، عند استخدامها بحكمة، على اتخاذ قرارات",
            "يساعدهم",
        ),
        (
            "fa/metrics.md",
            "سنجههای پروژههای متن باز",
            "هنگامی که دادهها هوشمندانه استفاده شوند، به شما کمک میکنند",
            "کمک",
        ),
        (
            "he/metrics.md",
            "מדריך קוד פתוח",
            "נתונים יכולים לעזור לך לקבל החלטות טובות יותר",
            "משתמש",
        ),
    ],
    ids=["arabic", "persian", "hebrew"],
)
def test_a_right_to_left_page_reads_from_the_right(
    guide: Path, tmp_path: Path, qapp, page: str, title: str, words: str, later: str
) -> None:
    report = export_pdf([guide / "_articles" / page], tmp_path / "pack.pdf", Site.open(guide))
    assert report.missing == ""  # Arabic in italics too: drawn upright, not as empty boxes
    assert "right-to-left" not in report.summary().lower()
    lines = _lines(tmp_path / "pack.pdf")
    text = "\n".join(t for t, _l, _r in lines)
    # The words come out in the order they were written (letters drawn left to right read
    # backwards: "ةحوتفم عيراشملا سيياقم").
    assert lines[0][0] == title
    assert words in " ".join(text.split())
    # The first word is drawn right of the second.
    first, second = words.split()[:2]
    assert _word_box(tmp_path / "pack.pdf", first)[0] > _word_box(tmp_path / "pack.pdf", second)[1]
    _assert_reads_from_the_right(lines)
    # A Latin word in a right-to-left sentence keeps its place: after the words before it,
    # so left of them.
    if page != "fa/metrics.md":
        homebrew = _word_box(tmp_path / "pack.pdf", "Homebrew")
        line = next(t for t in text.splitlines() if "Homebrew" in t and later in t)
        assert line.index("Homebrew") < line.index(later)
        assert homebrew[0] > _word_box(tmp_path / "pack.pdf", later)[1]


def test_list_items_of_a_right_to_left_page_have_their_bullet_at_the_right(
    guide: Path, tmp_path: Path, qapp
) -> None:
    export_pdf([guide / "_articles" / "he" / "metrics.md"], tmp_path / "pack.pdf", Site.open(guide))
    items = [line for line in _lines(tmp_path / "pack.pdf") if line[0].startswith("•")]
    assert [t for t, _l, _r in items] == [
        "• להבין איך משתמשים מגיבים לתכונה חדשה",
        "• לגלות מאיפה מגיעים משתמשים חדשים",
    ]
    for _text, _left, right in items:
        assert RIGHT - 6 < right < RIGHT + 1


def test_notes_beside_a_right_to_left_page_read_in_their_own_direction(
    guide: Path, tmp_path: Path, qapp
) -> None:
    page = guide / "_articles" / "ar" / "metrics.md"
    body = Document.load(page).body
    start, end = review.find_passage(body, "الشهرة ليست كل شيء")
    store = review.NoteStore(page)
    store.add(review.make_note(body, start, end, "Which year was that?", "Ann Lee"))
    store.add(review.make_note(body, start, end, "هل هذا صحيح؟", "Ann Lee"))
    try:
        report = export_pdf([page], tmp_path / "pack.pdf", Site.open(guide))
    finally:
        store.path.unlink()
    assert report.comments == 2
    lines = _lines(tmp_path / "pack.pdf")
    margin = [(t, left, right) for t, left, right in lines if left > RIGHT]
    english = next(line for line in margin if line[0] == "Which year was that?")
    arabic = next(line for line in margin if line[0] == "هل هذا صحيح؟")
    assert english[1] < arabic[1]  # left-aligned and right-aligned in the same margin


def _same_but_the_date(a: bytes, b: bytes) -> bool:
    def strip(data: bytes) -> bytes:
        return re.sub(rb"/CreationDate \([^)]*\)|/ID \[[^\]]*\]", b"", data)

    return strip(a) == strip(b)


def test_a_left_to_right_page_is_laid_out_as_before(
    guide: Path, tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = guide / "_articles" / "metrics.md"
    site = Site.open(guide)
    export_pdf([page], tmp_path / "now.pdf", site)
    lines = _lines(tmp_path / "now.pdf")
    assert lines[0][0] == "Open Source Metrics"
    for _text, left, _right in lines[:12]:
        assert LEFT < left < LEFT + 10 * MM  # from the left margin
    # fpdf2's own layout, without anything done for right-to-left pages: the same file.
    # (The system's font for the page's emoji, 📊, is kept.)
    def plain_layout(self: pdf_module._Pdf, page: object) -> None:
        self.set_fallback_fonts(self._script_fonts(page)[0], exact_match=False)

    monkeypatch.setattr(pdf_module._Pdf, "set_direction", plain_layout)
    export_pdf([page], tmp_path / "before.pdf", site)
    assert _same_but_the_date(
        (tmp_path / "now.pdf").read_bytes(), (tmp_path / "before.pdf").read_bytes()
    )


def test_a_pack_of_both_directions_lays_each_page_out_its_own_way(
    guide: Path, tmp_path: Path, qapp
) -> None:
    pages = [guide / "_articles" / "ar" / "metrics.md", guide / "_articles" / "metrics.md"]
    export_pdf(pages, tmp_path / "pack.pdf", Site.open(guide))
    contents = " ".join(t for t, _l, _r in _lines(tmp_path / "pack.pdf", 0))
    assert "مقاييس المشاريع مفتوحة المصدر" in contents and "Open Source Metrics" in contents
    arabic = _lines(tmp_path / "pack.pdf", 1)
    assert arabic[0][0] == "مقاييس المشاريع مفتوحة المصدر"
    _assert_reads_from_the_right(arabic)
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    document = qtpdf.QPdfDocument()
    document.load(str(tmp_path / "pack.pdf"))
    english_page = next(
        i
        for i in range(document.pageCount())
        if document.getAllText(i).text().startswith("Open Source Metrics")
    )
    for _text, left, _right in _lines(tmp_path / "pack.pdf", english_page)[:12]:
        assert LEFT < left < LEFT + 10 * MM


def test_without_the_shaping_library_the_pack_says_so_and_is_written(
    guide: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "uharfbuzz", None)  # import uharfbuzz fails
    report = export_pdf(
        [guide / "_articles" / "ar" / "metrics.md"], tmp_path / "pack.pdf", Site.open(guide)
    )
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")
    assert (
        "Right-to-left pages are laid out left to right, their letters unjoined: "
        "the text shaping library (uharfbuzz) is not installed."
    ) in report.summary()


def test_without_a_font_for_their_letters_the_pack_names_them(
    guide: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_fonts, "FONT_DIRS", (str(tmp_path / "no fonts"),))
    report = export_pdf(
        [guide / "_articles" / "ar" / "metrics.md"], tmp_path / "pack.pdf", Site.open(guide)
    )
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")
    summary = report.summary()
    assert "Some characters show as question marks in the PDF" in summary
    assert "ا" in report.missing  # named among the characters
    assert "no font for their letters was found (DejaVu Sans)" in summary


def test_with_the_upright_fonts_alone_the_page_still_reads_from_the_right(
    guide: Path, tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Debian's fonts-dejavu-core without fonts-dejavu-extra: no italic files.
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        found = pdf_fonts.find_font((name,))
        if found is None:
            pytest.skip(f"{name} is not on this computer")
        (fonts / name).symlink_to(found)
    monkeypatch.setattr(pdf_fonts, "FONT_DIRS", (str(fonts),))
    report = export_pdf(
        [guide / "_articles" / "ar" / "metrics.md"], tmp_path / "pack.pdf", Site.open(guide)
    )
    assert report.missing == "" and "right-to-left" not in report.summary().lower()
    lines = _lines(tmp_path / "pack.pdf")
    assert lines[0][0] == "مقاييس المشاريع مفتوحة المصدر"
    _assert_reads_from_the_right(lines)


CODE_AND_TABLE = """---
lang: he
title: קוד לדוגמה
---

כדי להתקין, הריצו את הפקודה הזאת:

```
npm install --save my-package
```

| שם | ערך |
|----|-----|
| אלף | 12 |
"""


def test_code_stays_left_to_right_and_a_table_starts_at_the_right(
    guide: Path, tmp_path: Path, qapp
) -> None:
    page = guide / "_articles" / "he" / "code.md"
    page.write_text(CODE_AND_TABLE, encoding="utf-8")
    export_pdf([page], tmp_path / "pack.pdf", Site.open(guide))
    code = next(line for line in _lines(tmp_path / "pack.pdf") if line[0].startswith("npm"))
    assert code[0] == "npm install --save my-package"
    assert LEFT < code[1] < LEFT + 3 * MM  # from the left margin, as written
    # The table's first column is at the right, as a right-to-left reader reads it.
    assert _word_box(tmp_path / "pack.pdf", "שם")[0] > _word_box(tmp_path / "pack.pdf", "ערך")[1]
    assert _word_box(tmp_path / "pack.pdf", "אלף")[0] > _word_box(tmp_path / "pack.pdf", "12")[1]


NESTED_LISTS = """---
lang: ar
title: قوائم متداخلة
---

* البند رقم واحد من القائمة
  * بند متداخل أول تحت البند رقم واحد
  * بند متداخل ثان طويل جدا يمتد على أكثر من سطر واحد لكي نرى كيف يلتف النص داخل القائمة
    المتداخلة عندما يكون طويلا بما يكفي ليملأ السطر
    1. خطوة مرقمة أعمق
    2. خطوة ثانية أعمق
* البند الثاني من القائمة

* بند في قائمة فضفاضة

  * بند متداخل في قائمة فضفاضة
"""


def test_a_nested_list_of_a_right_to_left_page_is_indented_from_the_right(
    guide: Path, tmp_path: Path, qapp
) -> None:
    page = guide / "_articles" / "ar" / "nested.md"
    page.write_text(NESTED_LISTS, encoding="utf-8")
    export_pdf([page], tmp_path / "pack.pdf", Site.open(guide))
    # (Words without lam-alef: the reader gives its joined form back as other letters.)
    lines = _lines(tmp_path / "pack.pdf")

    def right_of(words: str) -> float:
        return next(right for text, _left, right in lines if words in text)

    step = 5 * MM  # a list item's indent, as left-to-right packs have it
    outer = [right_of(w) for w in ("البند رقم واحد", "البند الثاني", "بند في قائمة فضفاضة")]
    nested = [right_of(w) for w in ("بند متداخل أول", "بند متداخل ثان", "بند متداخل في قائمة")]
    deeper = [right_of(w) for w in ("خطوة مرقمة أعمق", "خطوة ثانية أعمق")]
    for right in outer:  # the outer list's bullets at the column's right edge
        assert RIGHT - 6 < right < RIGHT + 1
    for right in nested:  # each list inside an item one step in from the right
        assert outer[0] - step - 2 < right < outer[0] - step + 2
    for right in deeper:
        assert outer[0] - 2 * step - 2 < right < outer[0] - 2 * step + 2
    # The long nested item wraps inside its indent, its next line ending under its first
    # words, not under its bullet (as a left-to-right item's bullet hangs).
    texts = [text for text, _l, _r in lines]
    at = next(k for k, text in enumerate(texts) if "بند متداخل ثان" in text)
    wrapped = lines[at + 1][2]
    assert nested[1] - 4 * MM < wrapped < nested[1] - 1.5 * MM
    assert all(left > LEFT - 1 for _t, left, _r in lines)  # nothing runs off the left


def test_the_contents_list_a_right_to_left_title_at_the_right_its_number_at_the_left(
    guide: Path, tmp_path: Path, qapp
) -> None:
    pages = [guide / "_articles" / "fa" / "metrics.md", guide / "_articles" / "metrics.md"]
    export_pdf(pages, tmp_path / "pack.pdf", Site.open(guide))
    persian = "سنجههای پروژههای متن باز"
    english = "Open Source Metrics"
    title_left, title_right = _word_box(tmp_path / "pack.pdf", persian)
    assert RIGHT - 6 < title_right < RIGHT + 1
    assert title_left > LEFT + 40 * MM
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    document = qtpdf.QPdfDocument()
    document.load(str(tmp_path / "pack.pdf"))
    text = document.getAllText(0).text()

    def number_after(title: str) -> tuple[float, float]:
        at = text.index(title) + len(title)
        at += len(text[at:]) - len(text[at:].lstrip())
        box = document.getSelectionAtIndex(0, at, 1).boundingRectangle()
        assert text[at].isdigit()
        return box.left(), box.right()

    # The Persian title ends at the column's right edge; its page number sits at the left.
    assert LEFT - 1 < number_after(persian)[0] < LEFT + 6 * MM
    # The English title stays at the left, its number at the right.
    english_left, _ = _word_box(tmp_path / "pack.pdf", english)
    assert LEFT - 1 < english_left < LEFT + 2 * MM
    assert number_after(english)[1] > RIGHT - 6
