"""A suggested edit of Persian words, accepted in Word, is said in the import's summary with
each quoted part set apart, so the quote marks and the arrow stay around their own words:
(“بسیاری” → “بسیار مهم”). Before, the two Persian parts ran together right to left in the
English line and their marks swapped sides: (“مهم رایسب“ → ”یرایسب”)."""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf.bidi import BidiParagraph, TextDirection

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_docx_pack_word_decisions import _decide_in_word  # noqa: E402

_MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f"))
PERSIAN = "بسیاری از پروژه‌ها ساختار مشابهی را دنبال می‌کنند."


def _seen(line: str) -> str:
    """`line` as a left-to-right screen shows it, left to right, without the marks."""
    return BidiParagraph(line, base_direction=TextDirection.LTR).get_reordered_string().translate(_MARKS)


def _persian_page(root: Path) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Notes\nlang: fa\n", encoding="utf-8")
    page = root / "_posts" / "2024-01-01-projects.md"
    page.write_text(f"---\ntitle: پروژه‌ها\nlang: fa\n---\n\n{PERSIAN}\n", encoding="utf-8")
    return page


def test_an_accepted_persian_edit_reads_in_order(tmp_path: Path) -> None:
    page = _persian_page(tmp_path / "site")
    body = Document.load(page).body
    at = body.index("بسیاری")
    suggestion = review.make_suggestion(body, at, at + len("بسیاری"), "بسیار مهم", "Ada Editor")
    review.NoteStore(page).add_suggestion(suggestion)
    site = Site.open(tmp_path / "site")
    export_docx([page], tmp_path / "pack.docx", site)
    _decide_in_word(tmp_path / "pack.docx", tmp_path / "returned.docx", accept=True)
    report = import_review_pack(tmp_path / "returned.docx", site)
    assert "بسیار مهم از پروژه‌ها" in Document.load(page).body
    line = next(x for x in report.summary().splitlines() if "accepted in Word" in x)
    assert "(“یرایسب” → “مهم رایسب”)" in _seen(line)
