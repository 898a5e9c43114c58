"""Words a reviewer inserted with Track Changes become a suggested edit spaced as they typed
them: ` Truly.` after a sentence's full stop keeps its space (it became `it.Truly.`), and a
letter typed onto a word stays on it (`impact` + `s`, not `impact s`)."""

from __future__ import annotations

import sys
from pathlib import Path

import docx

from editor_app.core import review
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_samples import add_tracked_change  # noqa: E402

PAGE = "_resources/brand-narrative.md"
SUMMARY = "_resources/dpdib-lords-2nd-reading-summary.md"


def _returned(site_copy: Path, tmp_path: Path, words: str, new: str, page: str = PAGE) -> Path:
    site = Site.open(site_copy)
    export_docx([site_copy / page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    paragraph = next(p for p in document.paragraphs if p.text.endswith(words))
    add_tracked_change(paragraph, "", new, author="Fay Editor")  # at the paragraph's end
    document.save(tmp_path / "returned.docx")
    return tmp_path / "returned.docx"


def test_a_sentence_added_after_a_full_stop_keeps_its_space(
    site_copy: Path, tmp_path: Path
) -> None:
    returned = _returned(site_copy, tmp_path, "simple ways to explain it.", " Truly.")

    report = import_review_pack(returned, Site.open(site_copy))

    assert sum(report.suggestions.values()) == 1
    suggestion = review.NoteStore(site_copy / PAGE).suggestions[-1]
    assert (suggestion.quote, suggestion.replacement) == ("it.", "it. Truly.")


def test_letters_typed_onto_a_word_stay_on_it(site_copy: Path, tmp_path: Path) -> None:
    returned = _returned(site_copy, tmp_path, "Business impact", "s", SUMMARY)

    import_review_pack(returned, Site.open(site_copy))

    suggestion = review.NoteStore(site_copy / SUMMARY).suggestions[-1]
    assert (suggestion.quote, suggestion.replacement) == ("impact", "impacts")
