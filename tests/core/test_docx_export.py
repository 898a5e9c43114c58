"""Review packs out and back: pages as Word files with notes as comments, and the return trip."""

from __future__ import annotations

import sys
from pathlib import Path

import docx
import pytest

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export import export_docx, find_in_text, plain_quote
from editor_app.core.docx_import import import_review_pack
from editor_app.core.docx_read import read_docx
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).parent))
from docx_samples import add_tracked_change  # noqa: E402

PAGE = "_resources/dpdib-lords-2nd-reading-summary.md"
OTHER = "_resources/2026-05-30-un-global-dialogue-ai-consultation.md"


def _note(
    page: Path, words: str, text: str, author: str = "Ann Lee", nth: int | None = None
) -> review.Note:
    body = Document.load(page).body
    start, end = review.find_passage(body, words, nth)
    return review.NoteStore(page).add(review.make_note(body, start, end, text, author))


def _commented_words(document) -> dict[str, str]:
    """Each comment's text -> the words it is attached to in the file."""
    from docx.oxml.ns import qn

    open_ids: list[str] = []
    words: dict[str, str] = {}
    for el in document.element.body.iter():
        if el.tag == qn("w:commentRangeStart"):
            open_ids.append(el.get(qn("w:id")))
        elif el.tag == qn("w:commentRangeEnd"):
            open_ids.remove(el.get(qn("w:id")))
        elif el.tag == qn("w:t"):
            for cid in open_ids:
                words[cid] = words.get(cid, "") + (el.text or "")
    return {c.text: words.get(str(c.comment_id), "") for c in document.comments}


def test_a_page_exports_with_its_open_notes_as_comments(site_copy: Path, tmp_path: Path) -> None:
    page = site_copy / PAGE
    _note(page, "the last day before their Christmas break", "Which year?")
    _note(page, "Opening statements", "Shorter?", author="Bo Li", nth=2)  # the heading
    done = _note(page, "House of Lords", "Resolved already")
    review.NoteStore(page).set_resolved(done.id)
    review.NoteStore(page).add(review.make_note("", 0, 0, "Good overall.", "Cy"))

    report = export_docx([page], tmp_path / "pack.docx", Site.open(site_copy))
    assert report.comments == 3 and report.unplaced == []

    document = docx.Document(str(tmp_path / "pack.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert text.startswith("Data Protection and Digital Information Bill: Lords 2nd Reading")
    assert "Gavin Freeguard · 5 February 2024" in text
    assert "the House of Lords got to debate the Data Protection" in text
    comments = {c.text: c for c in document.comments}
    assert set(comments) == {"Which year?", "Shorter?", "Good overall."}
    assert comments["Shorter?"].author == "Bo Li"
    where = _commented_words(document)
    assert where["Which year?"] == "the last day before their Christmas break"
    assert where["Shorter?"] == "Opening statements"
    assert where["Good overall."].startswith("Data Protection")  # on the title
    commented = [
        p
        for p in document.paragraphs
        if p.text.startswith("Opening statements") and p._p.xpath(".//w:commentRangeStart")
    ]
    assert [p.style.name for p in commented] == ["Heading 2"]  # the second copy, as noted


def test_the_page_shows_as_in_the_preview(site_copy: Path, tmp_path: Path) -> None:
    from docx_samples import png_bytes

    (site_copy / "assets" / "images").mkdir(parents=True, exist_ok=True)
    (site_copy / "assets" / "images" / "chart.png").write_bytes(png_bytes(40, 30))
    page = site_copy / "_resources" / "2099-01-01-shapes.md"
    page.write_text(
        "---\ntitle: Shapes\nauthor: Ann\n---\n## Part one\n\nSome **bold** and *italic* and "
        "a [link](https://example.org/x).\n\n- one\n- two\n  - two and a half\n\n1. first\n\n"
        "| Year | Homes |\n|------|-------|\n| 2022 | 140 |\n\n![A chart](/assets/images/chart.png)"
        "\n\n```\ncode line\n```\n\n<script>alert(1)</script>\n",
        "utf-8",
    )
    export_docx([page], tmp_path / "shapes.docx", Site.open(site_copy))
    document = docx.Document(str(tmp_path / "shapes.docx"))
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["Part one"] == "Heading 2"
    assert styles["one"] == "List Bullet" and styles["two and a half"] == "List Bullet 2"
    assert styles["first"] == "List Number"
    line = next(p for p in document.paragraphs if p.text.startswith("Some bold"))
    assert [r.text for r in line.runs if r.bold] == ["bold"]
    assert [r.text for r in line.runs if r.italic] == ["italic"]
    assert line.text == "Some bold and italic and a link."
    assert line._p.xpath(".//w:hyperlink")
    assert [[c.text for c in row.cells] for row in document.tables[0].rows] == [
        ["Year", "Homes"],
        ["2022", "140"],
    ]
    assert len(document.inline_shapes) == 1
    assert "code line" in styles and "alert" not in "".join(styles)


def test_several_pages_make_one_file_with_contents(site_copy: Path, tmp_path: Path) -> None:
    pages = [site_copy / PAGE, site_copy / OTHER]
    export_docx(pages, tmp_path / "two.docx", Site.open(site_copy))
    document = docx.Document(str(tmp_path / "two.docx"))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "Contents"
    titles = [Document.load(p).front_matter["title"] for p in pages]
    assert paragraphs[1:3] == titles
    assert paragraphs.count(titles[1]) == 2  # in the contents, then as its page's heading
    pack = read_docx(tmp_path / "two.docx").pack
    assert [p["path"] for p in pack["pages"]] == [PAGE, OTHER]
    assert all(len(p["version"]) == 16 for p in pack["pages"])


def test_export_then_import_with_no_changes_adds_nothing(site_copy: Path, tmp_path: Path) -> None:
    page = site_copy / PAGE
    _note(page, "Opening statements", "Shorter?", nth=1)
    before = review.NoteStore(page).path.read_bytes()
    page_bytes = page.read_bytes()
    site = Site.open(site_copy)
    export_docx([page, site_copy / OTHER], tmp_path / "pack.docx", site)
    report = import_review_pack(tmp_path / "pack.docx", site)
    assert report.added == 0 and report.changed_since == []
    assert review.NoteStore(page).path.read_bytes() == before
    assert page.read_bytes() == page_bytes


def test_a_returned_pack_brings_new_comments_as_notes(site_copy: Path, tmp_path: Path) -> None:
    page = site_copy / PAGE
    site = Site.open(site_copy)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    target = next(p for p in document.paragraphs if p.text.startswith("This is known as"))
    document.add_comment(target.runs, "Explain Second Reading", author="Dee Funder")
    document.save(tmp_path / "returned.docx")
    page_bytes = page.read_bytes()

    report = import_review_pack(tmp_path / "returned.docx", site)
    assert report.notes == {page.resolve(): 1}
    note = review.NoteStore(page).notes[-1]
    assert note.author == "Dee Funder" and note.text == "Explain Second Reading"
    assert note.quote.startswith("This is known as Second Reading")
    assert page.read_bytes() == page_bytes  # the page itself never changes


def test_a_page_changed_since_export_is_matched_by_its_words(site_copy: Path, tmp_path: Path):
    page = site_copy / PAGE
    site = Site.open(site_copy)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    target = next(p for p in document.paragraphs if p.text == "Business impact")
    document.add_comment(target.runs, "Numbers?", author="Eve")
    document.save(tmp_path / "returned.docx")
    doc = Document.load(page)
    doc.body = "A new first paragraph, written after the export.\n\n" + doc.body
    doc.save()

    report = import_review_pack(tmp_path / "returned.docx", site)
    assert report.changed_since == [page.resolve()]
    assert "was edited after the pack was made" in report.summary()
    note = review.NoteStore(page).notes[-1]
    anchor = review.anchor_note(note, Document.load(page).body)
    assert anchor.state == review.FOUND and note.quote == "Business impact"


def test_a_tracked_change_becomes_a_suggestion(site_copy: Path, tmp_path: Path) -> None:
    if not hasattr(review, "make_suggestion"):
        pytest.skip("suggested edits are not in this version of the review notes")
    page = site_copy / PAGE
    site = Site.open(site_copy)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    target = next(p for p in document.paragraphs if p.text == "Business impact")
    add_tracked_change(target, "", " and costs", author="Fay Editor")
    document.save(tmp_path / "returned.docx")
    page_bytes = page.read_bytes()

    report = import_review_pack(tmp_path / "returned.docx", site)
    assert sum(report.suggestions.values()) == 1
    suggestion = review.NoteStore(page).suggestions[-1]
    assert suggestion.author == "Fay Editor"
    assert suggestion.quote == "impact" and suggestion.replacement == "impact and costs"
    assert page.read_bytes() == page_bytes
    again = import_review_pack(tmp_path / "returned.docx", site)  # the same file twice
    assert again.added == 0 and len(review.NoteStore(page).suggestions) == 1


def test_quotes_are_found_past_markdown_and_typography() -> None:
    quote = plain_quote('the **Bill** -- said "[Lords](https://x.org)" ...')
    assert quote == 'the Bill - said "Lords" .'
    text = "In the Bill – said “Lords” … and more"
    start, end = find_in_text(text, quote)
    assert text[start:end] == "the Bill – said “Lords” …"


def test_a_note_whose_words_are_gone_goes_out_and_back_once(site_copy: Path, tmp_path):
    page = site_copy / PAGE
    _note(page, "the last day before their Christmas break", "Which year?")
    doc = Document.load(page)
    doc.body = doc.body.replace("the last day before their Christmas break", "a Tuesday")
    doc.save()
    site = Site.open(site_copy)
    report = export_docx([page], tmp_path / "pack.docx", site)
    assert len(report.unplaced) == 1
    comments = [c.text for c in docx.Document(str(tmp_path / "pack.docx")).comments]
    assert comments == ["On “the last day before their Christmas break”: Which year?"]
    assert import_review_pack(tmp_path / "pack.docx", site).added == 0


def test_invisible_control_characters_do_not_stop_an_export(tmp_path: Path) -> None:
    """A terminal's escape or a stray control character pasted into a page cannot go into a
    Word file (XML refuses them): they are left out, the words are kept."""
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: x\n", encoding="utf-8")
    page = site / "_posts" / "2025-01-01-bus.md"
    page.write_text(
        "---\ntitle: Bus routes\n---\nThe routes\x1b[0m changed\x01 in\x0b May.\n",
        encoding="utf-8",
    )
    target = tmp_path / "pack.docx"
    export_docx([page], target, Site.open(site))
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "The routes[0m changed in May." in text
    assert "Bus routes" in text


def _shown_numbers(document) -> dict[str, int]:
    """The number Word shows before each numbered paragraph: a count per numbering (`numId`),
    from its start override (1 without one), as Word counts them."""
    numbering = document.part.numbering_part.element
    counts: dict[int, int] = {}
    shown = {}
    for p in document.paragraphs:
        num_pr = p._p.pPr.numPr if p._p.pPr is not None else None
        num_id = num_pr.numId.val if num_pr is not None and num_pr.numId is not None else None
        if num_id is None and p.style.name.startswith("List Number"):
            num_id = p.style.element.pPr.numPr.numId.val
        if num_id is None:
            continue
        if num_id not in counts:
            num = numbering.num_having_numId(num_id)
            starts = num.xpath("./w:lvlOverride/w:startOverride/@w:val")
            counts[num_id] = int(starts[0]) - 1 if starts else 0
        counts[num_id] += 1
        shown[p.text] = counts[num_id]
    return shown


def test_each_numbered_list_counts_from_its_own_start(site_copy: Path, tmp_path: Path) -> None:
    pages = []
    for name, body in (
        ("2099-01-01-one.md", "1. alpha\n2. beta\n"),
        (
            "2099-01-02-two.md",
            "1. gamma\n2. delta\n\nText.\n\n<ol start=\"3\">\n<li>epsilon</li>\n<li>zeta</li>\n</ol>\n",
        ),
    ):
        path = site_copy / "_resources" / name
        path.write_text(f"---\ntitle: {name[11:14]}\n---\n{body}", "utf-8")
        pages.append(path)
    export_docx(pages, tmp_path / "pack.docx", Site.open(site_copy))
    shown = _shown_numbers(docx.Document(str(tmp_path / "pack.docx")))
    # The contents list counts its pages; each page's lists start where the page says.
    assert [shown[t] for t in ("one", "two")] == [1, 2]
    assert [shown[t] for t in ("alpha", "beta", "gamma", "delta")] == [1, 2, 1, 2]
    assert [shown[t] for t in ("epsilon", "zeta")] == [3, 4]


def test_a_note_on_words_the_title_shares_stays_on_the_text(tmp_path: Path) -> None:
    """A short page whose title holds the noted word: the comment goes on the words noted in
    the text, not on the title's copy of them."""
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: x\n", encoding="utf-8")
    page = site / "_posts" / "2025-01-01-councils.md"
    page.write_text(
        "---\ntitle: 'Case study: Councils and data in England'\n---\n"
        "## What happened\nCouncils share data.\n\n* First point with **bold** text\n"
        "* Second point with a [link](https://example.org)\n",
        encoding="utf-8",
    )
    _note(page, "Councils", "Which councils?")
    export_docx([page], tmp_path / "pack.docx", Site.open(site))
    document = docx.Document(str(tmp_path / "pack.docx"))
    commented = [p.text for p in document.paragraphs if p._p.xpath(".//w:commentRangeStart")]
    assert commented == ["Councils share data."]
