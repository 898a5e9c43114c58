"""A returned review pack whose words were changed with Track Changes off: the import takes the
words typed in as suggested edits by the reviewer where it finds them in the page, and says so
(before, it only said so and the words were lost); those it cannot place it names."""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor_app.core import docx_pack_import, review
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_samples import add_tracked_change  # noqa: E402

PAGE = "_resources/brand-narrative.md"
OTHER = "_resources/legitimate-interests-briefing-paper.md"
UNTRACKED = "without Track Changes"


def _pack(site_copy: Path, tmp_path: Path) -> tuple[Site, docx.document.Document]:
    site = Site.open(site_copy)
    export_docx([site_copy / PAGE, site_copy / OTHER], tmp_path / "pack.docx", site)
    return site, docx.Document(str(tmp_path / "pack.docx"))


def _paragraph(document: docx.document.Document, words: str):  # noqa: ANN202
    return next(p for p in document.paragraphs if words in p.text)


def test_words_typed_over_without_track_changes_are_told(site_copy: Path, tmp_path: Path) -> None:
    site, document = _pack(site_copy, tmp_path)
    for run in _paragraph(document, "very interesting one").runs:
        run.text = run.text.replace("very interesting one", "truly interesting one")
    before = (site_copy / PAGE).read_bytes()

    document.core_properties.last_modified_by = "Rae Reviewer"
    document.save(tmp_path / "returned.docx")
    report = import_review_pack(tmp_path / "returned.docx", site)
    told = [line for line in report.summary().split("\n") if UNTRACKED in line]
    assert told == [
        "brand-narrative.md: 1 paragraph was changed in Word without Track Changes: taken in "
        "as 1 suggested edit, to accept or reject in the editor."
    ]
    # The reviewer's words are not lost: a suggested edit by them, the page unchanged.
    (suggestion,) = review.NoteStore(site_copy / PAGE).suggestions
    assert (suggestion.quote, suggestion.replacement) == ("very", "truly")
    assert suggestion.author == "Rae Reviewer"
    assert (site_copy / PAGE).read_bytes() == before
    # Imported again: nothing added twice (the pack would now show it as a suggested edit).
    again = import_review_pack(tmp_path / "returned.docx", site)
    assert len(review.NoteStore(site_copy / PAGE).suggestions) == 1
    assert again.added == 0 and UNTRACKED not in again.summary()


def test_typed_words_not_placed_in_the_page_are_told(
    site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    site, document = _pack(site_copy, tmp_path)
    for run in _paragraph(document, "very interesting one").runs:
        run.text = run.text.replace("very interesting one", "truly interesting one")
    document.save(tmp_path / "returned.docx")
    # As for words the page's Markdown does not hold as the pack shows them.
    monkeypatch.setattr(
        docx_pack_import, "_add_suggestion", lambda *_: docx_pack_import._NOT_PLACED
    )
    report = import_review_pack(tmp_path / "returned.docx", site)
    told = [line for line in report.summary().split("\n") if UNTRACKED in line]
    assert told == [
        "brand-narrative.md: 1 paragraph was changed in Word without Track Changes, so those "
        "words were not taken in. To suggest them, turn on Review > Track Changes in Word and "
        "make the changes again."
    ]
    assert not review.NoteStore(site_copy / PAGE).suggestions


def test_a_pack_returned_as_it_was_or_with_tracked_changes_tells_nothing(
    site_copy: Path, tmp_path: Path
) -> None:
    site, document = _pack(site_copy, tmp_path)
    document.save(tmp_path / "same.docx")
    assert UNTRACKED not in import_review_pack(tmp_path / "same.docx", site).summary()

    # Words added with Track Changes on (the helper adds at the paragraph's end).
    add_tracked_change(_paragraph(document, "very interesting one"), "", " Truly.")
    # And a whole paragraph deleted with Track Changes on: its words kept as deleted text.
    deleted = _paragraph(document, "In the spirit of openness")
    for run in list(deleted.runs):
        wrapper = OxmlElement("w:del")
        wrapper.set(qn("w:id"), "903")
        wrapper.set(qn("w:author"), "Fay Editor")
        run._r.addprevious(wrapper)
        wrapper.append(run._r)
        for text in run._r.findall(qn("w:t")):
            text.tag = qn("w:delText")
    document.save(tmp_path / "tracked.docx")
    report = import_review_pack(tmp_path / "tracked.docx", site)
    assert UNTRACKED not in report.summary()
    assert sum(report.suggestions.values()) >= 1


def test_a_page_returned_untouched_is_not_exported_again(
    site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    """The pack carries its words' digest: an import of a page whose words are as exported
    tells nothing without exporting the page again (over a second on hugo-docs' markup
    page); a page with words changed is still compared and told."""
    from editor_app.core import docx_untracked

    site, document = _pack(site_copy, tmp_path)
    for run in _paragraph(document, "very interesting one").runs:
        run.text = run.text.replace("very interesting one", "truly interesting one")
    document.save(tmp_path / "returned.docx")
    exported: list[Path] = []
    real = docx_untracked.exported_paragraphs

    def counted(page: Path, site: Site) -> list[tuple[str, str]]:
        exported.append(page.name)
        return real(page, site)

    monkeypatch.setattr(docx_untracked, "exported_paragraphs", counted)
    report = import_review_pack(tmp_path / "returned.docx", site)
    assert exported == ["brand-narrative.md"]  # the other page's words are as they went
    assert [line.split(":")[0] for line in report.skipped if UNTRACKED in line] == [
        "brand-narrative.md"
    ]
