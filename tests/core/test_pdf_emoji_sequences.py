"""Emoji sequences in a PDF pack (👩‍💻, 🇬🇧, 👍🏽, 1️⃣, 🏴 of England) are drawn as one picture
where the emoji font has it, else as their first part once; they were drawn as a row of their
parts and joiners (a woman, a joiner, a laptop; a G and a B; a thumb and a brown square)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.pdf_emoji import draw_sequences, whole_glyphs
from editor_app.core.pdf_script_fonts import SCRIPTS, script_font
from editor_app.core.site import Site

CODER = "\U0001f469\u200d\U0001f4bb"
FLAG = "\U0001f1ec\U0001f1e7"
THUMB = "\U0001f44d\U0001f3fd"
KEYCAP = "1\ufe0f\u20e3"
ENGLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
HEART = "\u2764\ufe0f\u200d\U0001f525"
EMOJI = next(s for s in SCRIPTS if s.key == "emoji")


def test_sequences_the_font_lacks_are_drawn_as_their_first_part() -> None:
    text = f"A {CODER} b {FLAG} c {THUMB} d {KEYCAP} e {ENGLAND} f {FAMILY} g {HEART}."
    drawn = draw_sequences(text, lambda _s: False)
    assert drawn == "A \U0001f469 b \U0001f1ec c \U0001f44d d 1 e \U0001f3f4 f \U0001f468 g \u2764."


def test_sequences_the_font_draws_whole_are_kept() -> None:
    text = f"{CODER} and {FLAG}"
    assert draw_sequences(text, lambda s: s == FLAG) == f"\U0001f469 and {FLAG}"


def test_single_emoji_and_other_text_are_left_as_they_are() -> None:
    text = "Party \U0001f389, heart \u2764\ufe0f, arrow \u2194, Ünïcödé, 1 + 2 = 3, # hash"
    assert draw_sequences(text, lambda _s: False) == text


def test_a_font_without_the_sequences_does_not_draw_them_whole() -> None:
    found = script_font(EMOJI, EMOJI.lang)
    if found is None:
        pytest.skip("no emoji font on this system (Debian: fonts-symbola)")
    whole = whole_glyphs(*found)
    if "Symbola" not in found[0]:
        pytest.skip("another emoji font than Symbola: it may hold the sequences")
    assert not whole(CODER) and not whole(FLAG) and not whole(THUMB)


def test_a_pack_draws_a_sequence_once_not_as_its_parts(tmp_path: Path, qapp) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    found = script_font(EMOJI, EMOJI.lang)
    if found is None or "Symbola" not in found[0]:
        pytest.skip("the test knows Symbola, which has none of the sequences")
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: Test\n", encoding="utf-8")
    (root / "e.md").write_text(
        f"---\ntitle: E\n---\nCoder {CODER} flag {FLAG} thumb {THUMB}.\n", encoding="utf-8"
    )
    target = tmp_path / "e.pdf"
    report = export_pdf([root / "e.md"], target, Site.open(root))
    assert report.missing == ""
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    text = " ".join(document.getAllText(0).text().split())
    assert "Coder \U0001f469 flag \U0001f1ec thumb \U0001f44d." in text, ascii(text)


def test_a_font_with_the_sequences_draws_each_as_one_glyph(tmp_path: Path, qapp) -> None:
    """With an emoji font that has them (Noto Color Emoji, Segoe UI Emoji), the sequences are
    kept and the page shaped: each is drawn as its own picture (the text keeps them whole)."""
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    found = script_font(EMOJI, EMOJI.lang)
    if found is None or not whole_glyphs(*found)(CODER):
        pytest.skip("no emoji font drawing the sequences on this system (fonts-noto-color-emoji)")
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: Test\n", encoding="utf-8")
    party = "\U0001f389"
    (root / "e.md").write_text(
        f"---\ntitle: E\n---\nCoder {CODER} flag {FLAG} party {party}.\n", encoding="utf-8"
    )
    target = tmp_path / "e.pdf"
    export_pdf([root / "e.md"], target, Site.open(root))
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    text = document.getAllText(0).text()
    assert f"Coder {CODER} flag {FLAG} party {party}." in " ".join(text.split())


def test_a_joined_sequence_stays_in_one_piece_of_the_emoji_font() -> None:
    """The joiner is in DejaVu Sans: fpdf2 put it in a piece of its own between the emoji
    font's, and no shaping could then make the sequence one picture."""
    from editor_app.core.docx_export_pdf import _Pdf

    found = script_font(EMOJI, EMOJI.lang)
    if found is None:
        pytest.skip("no emoji font on this system (Debian: fonts-symbola)")
    pdf = _Pdf()
    if pdf.body_font == "helvetica":
        pytest.skip("no Unicode body font (DejaVu Sans)")
    pdf.add_page()
    pdf.add_font("script-emoji-0", "", found[0], collection_font_number=found[1])
    pdf.set_fallback_fonts(["script-emoji-0"], exact_match=False)
    pieces = list(pdf._parse_chars(f"A {CODER} b", False))
    texts = ["".join(p.characters) for p in pieces]
    assert CODER in texts, texts
    assert pieces[texts.index(CODER)].font.fontkey == "script-emoji-0"


@pytest.mark.parametrize("sequence", [KEYCAP, HEART], ids=["keycap", "heart-on-fire"])
def test_a_sequence_starting_with_a_letter_of_the_body_font_is_one_piece(sequence: str) -> None:
    """A keycap's digit and the ❤ of ❤️‍🔥 are in DejaVu Sans too: fpdf2 drew them from it,
    apart from the rest (a 1 beside an empty keycap, a black heart beside a flame)."""
    from editor_app.core.docx_export_pdf import _Pdf

    found = script_font(EMOJI, EMOJI.lang)
    if found is None:
        pytest.skip("no emoji font on this system (Debian: fonts-noto-color-emoji)")
    pdf = _Pdf()
    if pdf.body_font == "helvetica":
        pytest.skip("no Unicode body font (DejaVu Sans)")
    pdf.add_page()
    pdf.add_font("script-emoji-0", "", found[0], collection_font_number=found[1])
    if any(ord(c) not in pdf.fonts["script-emoji-0"].cmap for c in sequence[-1]):
        pytest.skip("the emoji font lacks the sequence's last part")
    pdf.set_fallback_fonts(["script-emoji-0"], exact_match=False)
    pieces = list(pdf._parse_chars(f"Go {sequence} now {CODER}", False))
    texts = ["".join(p.characters) for p in pieces]
    assert texts[:2] == ["Go ", sequence], texts
    assert pieces[1].font.fontkey == "script-emoji-0"
    assert "".join(texts) == f"Go {sequence} now {CODER}"
