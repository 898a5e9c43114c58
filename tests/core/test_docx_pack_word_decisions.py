"""A suggested edit a review pack carried out as a tracked change, accepted or rejected by
the reviewer in Word, is carried out on return with the review core's own decisions: accepted,
the page takes the new words (only those); rejected, it is turned down and the page is
unchanged; both recorded with who saved the file in Word and said in the import summary. When
the page changed since the pack went out so the edit no longer applies, it stays open and the
summary says why. Before, the import only said it came back decided and left it open."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

PAGE = "_resources/case-study-cag.md"


def _suggest(page: Path, words: str, replacement: str, field: str | None = None) -> str:
    doc = Document.load(page)
    text = doc.front_matter[field] if field else doc.body
    at = text.index(words)
    suggestion = review.make_suggestion(
        text, at, at + len(words), replacement, "Ada Editor", field=field
    )
    return review.NoteStore(page).add_suggestion(suggestion).id


def _decide_in_word(pack: Path, out: Path, accept: bool, by: str | None = "Rae Reviewer") -> None:
    """What Word's Accept (or Reject) All does to the pack's pending changes, then Save."""
    returned = docx.Document(str(pack))
    body = returned.element.body
    gone, kept = ("w:del", "w:ins") if accept else ("w:ins", "w:del")
    for mark in list(body.iter(qn(gone))):
        mark.getparent().remove(mark)
    for mark in list(body.iter(qn(kept))):
        for text in mark.iter(qn("w:delText")):
            text.tag = qn("w:t")
        for run in list(mark):
            mark.addprevious(run)
        mark.getparent().remove(mark)
    if by is not None:
        returned.core_properties.last_modified_by = by
    returned.save(str(out))


def _export(site_copy: Path, tmp_path: Path) -> tuple[Path, Site, Path]:
    page = site_copy / PAGE
    site = Site.open(site_copy)
    pack = tmp_path / "pack.docx"
    report = export_docx([page], pack, site)
    assert report.suggestions >= 1, report.summary()
    return page, site, pack


def test_accepted_in_word_is_made_in_the_page_by_the_reviewer(site_copy: Path, tmp_path: Path):
    page = site_copy / PAGE
    original = Document.load(page).original.decode("utf-8")
    replaced = _suggest(page, "independent body", "independent panel")
    deleted = _suggest(page, "very transparent", "transparent")
    linked = _suggest(page, "use of[ confidential patient", "use of private patient")
    added = _suggest(page, "can either ask", "can either kindly ask")
    titled = _suggest(
        page,
        Document.load(page).front_matter["title"],
        "Shared in the public interest?",
        field="title",
    )
    page, site, pack = _export(site_copy, tmp_path)
    _decide_in_word(pack, tmp_path / "returned.docx", accept=True)

    result = import_review_pack(tmp_path / "returned.docx", site)

    after = Document.load(page)
    assert "independent panel" in after.body and "independent body" not in after.body
    assert "very transparent" not in after.body and " transparent" in after.body
    assert after.front_matter["title"] == "Shared in the public interest?"
    # Only those words changed: every other line of the file is as it was.
    text = after.original.decode("utf-8")
    assert len(text.splitlines()) == len(original.splitlines())
    store = review.NoteStore(page)
    decided = {s.id: s for s in store.suggestions}
    for sid in (replaced, deleted, titled, linked, added):
        assert decided[sid].status == "accepted" and decided[sid].decided_by == "Rae Reviewer"
    summary = result.summary()
    assert (
        "case-study-cag.md: the suggested edit by Ada Editor (“independent body” → "
        "“independent panel”) was accepted in Word by Rae Reviewer: made in the page."
    ) in summary, summary
    assert result.decided == {page.resolve(): 5}
    assert "Nothing new" not in summary and "without Track Changes" not in summary, summary


def test_rejected_in_word_is_turned_down_and_the_page_is_unchanged(site_copy: Path, tmp_path: Path):
    page = site_copy / PAGE
    sid = _suggest(page, "independent body", "independent panel")
    before = Document.load(page).original
    page, site, pack = _export(site_copy, tmp_path)
    _decide_in_word(pack, tmp_path / "returned.docx", accept=False)

    result = import_review_pack(tmp_path / "returned.docx", site)

    assert Document.load(page).original == before  # byte for byte
    (suggestion,) = review.NoteStore(page).suggestions
    assert suggestion.id == sid and suggestion.status == "rejected"
    assert suggestion.decided_by == "Rae Reviewer"
    assert (
        "was rejected in Word by Rae Reviewer: turned down, the page unchanged." in result.summary()
    ), result.summary()
    assert "without Track Changes" not in result.summary()


def test_decided_in_word_by_someone_unknown_is_recorded_as_a_reviewer_in_word(
    site_copy: Path, tmp_path: Path
):
    page = site_copy / PAGE
    _suggest(page, "independent body", "independent panel")
    page, site, pack = _export(site_copy, tmp_path)
    _decide_in_word(pack, tmp_path / "returned.docx", accept=True, by=None)

    result = import_review_pack(tmp_path / "returned.docx", site)

    (suggestion,) = review.NoteStore(page).suggestions
    assert suggestion.status == "accepted" and suggestion.decided_by == "Reviewer (in Word)"
    assert "accepted in Word by a reviewer in Word: made in the page." in result.summary()


def test_accepted_in_word_but_changed_in_the_page_since_stays_open(site_copy: Path, tmp_path: Path):
    page = site_copy / PAGE
    _suggest(page, "independent body", "independent panel")
    page, site, pack = _export(site_copy, tmp_path)
    _decide_in_word(pack, tmp_path / "returned.docx", accept=True)
    doc = Document.load(page)  # the author rewrote those words meanwhile
    doc.body = doc.body.replace("independent body", "separate committee")
    doc.save()
    edited = Document.load(page).original

    result = import_review_pack(tmp_path / "returned.docx", site)

    assert Document.load(page).original == edited
    (suggestion,) = review.NoteStore(page).suggestions
    assert suggestion.status == "open"
    assert (
        "was accepted in Word by Rae Reviewer, but it cannot be made: its words were changed "
        "in the page since the pack was made. It is still open here."
    ) in result.summary(), result.summary()
    assert not result.decided


def test_edited_further_in_word_stays_open_and_is_said(site_copy: Path, tmp_path: Path):
    page = site_copy / PAGE
    _suggest(page, "independent body", "independent panel")
    before = Document.load(page).original
    page, site, pack = _export(site_copy, tmp_path)
    _decide_in_word(pack, tmp_path / "returned.docx", accept=True)
    returned = docx.Document(str(tmp_path / "returned.docx"))
    for text in returned.element.body.iter(qn("w:t")):  # typed over with Track Changes off
        if text.text and "independent panel" in text.text:
            text.text = text.text.replace("independent panel", "lay group")
    returned.save(str(tmp_path / "returned.docx"))

    result = import_review_pack(tmp_path / "returned.docx", site)

    assert Document.load(page).original == before
    suggestion, typed = review.NoteStore(page).suggestions
    assert suggestion.status == "open"
    assert "do not tell whether it was accepted or rejected" in result.summary(), result.summary()
    # The words the reviewer typed over it came in as a suggested edit of their own.
    assert (typed.author, typed.quote, typed.replacement) == (
        "Rae Reviewer",
        "independent body",
        "lay group",
    )


def test_words_the_page_holds_twice_are_told_by_their_copies(site_copy: Path, tmp_path: Path):
    page = site_copy / PAGE
    doc = Document.load(page)
    paragraph = next(p for p in doc.body.split("\n\n") if "very transparent" in p)
    doc.body = doc.body.rstrip("\n") + "\n\n" + paragraph + "\n"  # the same paragraph again
    doc.save()
    _suggest(page, "very transparent", "transparent")
    page, site, pack = _export(site_copy, tmp_path)
    _decide_in_word(pack, tmp_path / "returned.docx", accept=True)

    result = import_review_pack(tmp_path / "returned.docx", site)

    (suggestion,) = review.NoteStore(page).suggestions
    assert suggestion.status == "accepted", result.summary()
    body = Document.load(page).body
    assert (
        body.count("very transparent") == 1 and body.index("very transparent") > len(body) // 2
    )  # the first copy changed, the second as it was


def test_words_in_a_link_read_accepted_or_rejected_from_the_returned_words():
    from editor_app.core.docx_word_decisions import ACCEPTED, REJECTED, verdict_in_word

    body = (
        "All in parallel, the [Coalition for a Global Citizens Assembly]"
        "(https://www.gcacoalition.org/about-the-coalition) have launched plans.\n"
    )
    at = body.index("Citizens")
    suggestion = review.make_suggestion(body, at, at + 8, "Citizen", "Ada Editor")
    shown = "All in parallel, the Coalition for a Global {} Assembly have launched plans."

    assert verdict_in_word(suggestion, [shown.format("Citizen")], body) == ACCEPTED
    assert verdict_in_word(suggestion, [shown.format("Citizens")], body) == REJECTED
    # Words added: the old words are part of the new ones (the link's address is no word).
    added = review.make_suggestion(body, at, at + 8, "Citizens' Climate", "Ada Editor")
    assert verdict_in_word(added, [shown.format("Citizens' Climate")], body) == ACCEPTED
    assert verdict_in_word(added, [shown.format("Citizens")], body) == REJECTED
