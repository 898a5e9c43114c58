"""The one loose search the Word pack, the PDF pack and its suggested edits share: words
repeated so that two copies overlap are both found, and the copy nearest the note's place is
taken; a cut quotation ends on a word, not a space before “…”."""

from __future__ import annotations

from editor_app.core.docx_loose_text import LooseText, find_in_text
from editor_app.core.docx_place import short


def test_the_copy_nearest_the_place_is_found_among_overlapping_ones() -> None:
    text = "ha ha ha"
    assert find_in_text(text, "ha ha", near=1.0) == (3, 8)
    assert find_in_text(text, "ha ha", near=0.0) == (0, 5)
    loose = LooseText("Say “ha  ha ha” twice")
    assert loose.flat_span('ha ha', near=0.6) == (8, 13)
    assert loose.find('ha ha', near=0.6) == (9, 14)


def test_a_cut_quotation_ends_on_its_last_word() -> None:
    assert short("independent body of people", 13) == "independent…"
    assert short("a few words", 60) == "a few words"
