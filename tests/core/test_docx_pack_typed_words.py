"""Words a reviewer typed in a returned pack with Track Changes off come in as suggested
edits where the page holds the words around them: after a link's end glued to its word
(`[language keys][].`, `[language](g),`: the words were not found there, so a comment or
change beside a link was lost), and a paragraph the reviewer wrote, after the one before it."""

from __future__ import annotations

from pathlib import Path

from docx_pack_helpers import import_returned, one_page_site, opened_pack

from editor_app.core import review
from editor_app.core.docx_export import export_docx
from editor_app.core.site import Site

_BODY = (
    "Languages must match one of the defined [language keys][].\n\n"
    "Use [the default](https://example.com/d), as set.\n\n"
    "A third paragraph stays as it was.\n\n"
    "[language keys]: https://example.com/keys\n"
)


def test_typed_words_beside_links_and_a_new_paragraph_become_suggestions(tmp_path: Path):
    page = one_page_site(tmp_path, "---\ntitle: Keys\n---\n" + _BODY)
    before = page.read_bytes()
    site = Site.open(page.parent)
    document = opened_pack(page, site, tmp_path)
    first = next(p for p in document.paragraphs if p.text.startswith("Languages must"))
    first.runs[-1].text += " Check them."  # typed at the end, Track Changes off
    second = next(p for p in document.paragraphs if p.text.startswith("Use"))
    second.runs[-1].text = second.runs[-1].text.replace("as set", "as given")
    third = next(p for p in document.paragraphs if p.text.startswith("A third"))
    third.insert_paragraph_before("A paragraph the reviewer wrote.")
    document.core_properties.last_modified_by = "Rae Reviewer"

    report = import_returned(document, site, tmp_path)

    assert page.read_bytes() == before
    made = {(s.quote, s.replacement) for s in review.NoteStore(page).suggestions}
    assert ("keys][].", "keys][]. Check them.") in made, (made, report.summary())
    assert ("set", "given") in made, made
    assert any(new.endswith("\n\nA paragraph the reviewer wrote.") for _old, new in made), made
    assert "3 paragraphs were changed in Word without Track Changes: taken in as 3 suggested" in (
        report.summary()
    )


def test_a_suggestion_from_inside_a_reference_link_is_shown_in_the_packs(tmp_path: Path):
    """Such a suggestion's words start inside a link (`keys][].`): the packs show it on
    those words, not beside the title as words not found."""
    page = one_page_site(tmp_path, "---\ntitle: Keys\n---\n" + _BODY)
    at = _BODY.index("keys][].")
    suggestion = review.make_suggestion(_BODY, at, at + 8, "keys][]. Check them.", "Rae")
    review.NoteStore(page).add_suggestion(suggestion)
    site = Site.open(page.parent)
    word = export_docx([page], tmp_path / "pack.docx", site)
    assert word.suggestions == 1 and not word.unplaced, word.unplaced
    from editor_app.core.docx_export_pdf import export_pdf

    pdf = export_pdf([page], tmp_path / "pack.pdf", site)
    assert pdf.suggestions == 1 and not pdf.unplaced, pdf.unplaced


def test_words_typed_in_a_table_cell_become_a_suggestion(tmp_path: Path):
    """A table's cells are read one by one (read as one, the typed word came with the next
    cell's words glued to it and was found nowhere in the page)."""
    page = one_page_site(
        tmp_path,
        "---\ntitle: Table\n---\n\n| Name | Use |\n| --- | --- |\n"
        "| Comparison | Escaped output |\n| Layout | Wraps content |\n",
    )
    site = Site.open(page.parent)
    document = opened_pack(page, site, tmp_path)
    cell = next(
        c for t in document.tables for r in t.rows for c in r.cells if c.text == "Comparison"
    )
    cell.paragraphs[0].runs[0].text = "Comparison plainly"

    import_returned(document, site, tmp_path)

    made = {(s.quote, s.replacement) for s in review.NoteStore(page).suggestions}
    assert made == {("Comparison", "Comparison plainly")}, made


def test_a_title_typed_over_becomes_a_suggestion_on_the_title(tmp_path: Path):
    page = one_page_site(tmp_path, "---\ntitle: Plans for spring\n---\n\nSome words.\n")
    site = Site.open(page.parent)
    document = opened_pack(page, site, tmp_path)
    title = next(p for p in document.paragraphs if p.text == "Plans for spring")
    title.runs[-1].text = title.runs[-1].text.replace("spring", "summer")

    import_returned(document, site, tmp_path)

    made = {(s.field, s.quote, s.replacement) for s in review.NoteStore(page).suggestions}
    assert made == {("title", "spring", "summer")}, made
