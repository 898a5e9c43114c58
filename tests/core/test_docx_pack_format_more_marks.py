"""Strikethrough, inline code (the pack's code font, Courier New) and links a reviewer adds
or takes away in a returned Word pack with Track Changes on come in as suggested edits on the
page's Markdown (`~~now~~`, `` `build` ``, `[notes](address)`, a link's words alone), as bold
and italic do; before, each was only counted as "a style or a font" not taken in. Accepted,
the page reads as the reviewer formatted it; other formatting is still told."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor_app.core import review
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_pack_helpers import import_returned, one_page_site, opened_pack  # noqa: E402

BODY = (
    "Run the build command now. An old ~~plan~~ stays. Read the "
    "[guide](https://example.org/guide) first. The `draft` folder holds them. See our "
    "notes today.\n"
)
PAGE = f"---\ntitle: T\n---\n\n{BODY}"
REVIEWER = "Rae Viewer"


def _run_of(paragraph, words: str):  # type: ignore[no-untyped-def]
    """The run holding `words`, cut so they are a run of their own."""
    run = next(r for r in paragraph._p.iter(qn("w:r")) if words in "".join(r.itertext()))
    text = run.find(qn("w:t"))
    head, tail = text.text.split(words, 1)
    for part, before in ((head, True), (tail, False)):
        if part:
            piece = copy.deepcopy(run)
            piece.find(qn("w:t")).text = part
            piece.find(qn("w:t")).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            (run.addprevious if before else run.addnext)(piece)
    text.text = words
    return run


def _tracked(run, change_it) -> None:  # type: ignore[no-untyped-def]
    """What Word records when the reviewer formats the run with Track Changes on: the new
    properties, the former ones kept in `w:rPrChange`."""
    properties = run.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run.insert(0, properties)
    was = copy.deepcopy(properties)
    change_it(properties)
    change = OxmlElement("w:rPrChange")
    change.set(qn("w:id"), str(800 + len(list(run.getparent().iter()))))
    change.set(qn("w:author"), REVIEWER)
    change.set(qn("w:date"), "2026-12-01T10:00:00Z")
    change.append(was)
    properties.append(change)


def _add(tag: str, **values: str):  # type: ignore[no-untyped-def]
    def add_it(properties) -> None:  # type: ignore[no-untyped-def]
        element = OxmlElement(tag)
        for name, value in values.items():
            element.set(qn(f"w:{name}"), value)
        properties.append(element)

    return add_it


def _take(*tags: str):  # type: ignore[no-untyped-def]
    def take_it(properties) -> None:  # type: ignore[no-untyped-def]
        for tag in tags:
            for element in properties.findall(qn(tag)):
                properties.remove(element)

    return take_it


def _linked(paragraph, run, address: str) -> None:  # type: ignore[no-untyped-def]
    """A link made on the run as Word's Insert Link does: a hyperlink around it, Word's
    Hyperlink style on it (the style change tracked)."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), paragraph.part.relate_to(address, RT.HYPERLINK, is_external=True))
    run.addprevious(link)
    link.append(run)
    _tracked(run, _add("w:rStyle", val="Hyperlink"))


def _field_linked(run, address: str) -> None:  # type: ignore[no-untyped-def]
    """A link made as Word writes one with Track Changes on: a HYPERLINK field, its code
    inserted around the words."""

    def field_run(kind: str, code: str = ""):  # type: ignore[no-untyped-def]
        inserted = OxmlElement("w:ins")
        inserted.set(qn("w:id"), str(900 + len(kind) + len(code)))
        inserted.set(qn("w:author"), REVIEWER)
        inserted.set(qn("w:date"), "2026-12-01T10:00:00Z")
        r = OxmlElement("w:r")
        if code:
            text = OxmlElement("w:instrText")
            text.text = code
            r.append(text)
        else:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), kind)
            r.append(mark)
        inserted.append(r)
        return inserted

    for piece in (
        field_run("begin"),
        field_run("", f' HYPERLINK "{address}" '),
        field_run("separate"),
    ):
        run.addprevious(piece)
    run.addnext(field_run("end"))
    _tracked(run, _add("w:rStyle", val="Hyperlink"))


def test_strikethrough_code_and_links_come_in_as_suggested_edits(tmp_path: Path) -> None:
    page = one_page_site(tmp_path, PAGE)
    site = Site.open(page.parent)
    document = opened_pack(page, site, tmp_path)
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Run the"))
    _tracked(_run_of(paragraph, "now"), _add("w:strike"))
    _tracked(_run_of(paragraph, "plan"), _take("w:strike"))
    _tracked(
        _run_of(paragraph, "build"), _add("w:rFonts", ascii="Courier New", hAnsi="Courier New")
    )
    _tracked(_run_of(paragraph, "draft"), _take("w:rFonts", "w:sz"))
    guide = _run_of(paragraph, "guide")
    link = guide.getparent()
    link.addprevious(guide)
    link.getparent().remove(link)
    _tracked(guide, _take("w:color", "w:u"))
    _linked(paragraph, _run_of(paragraph, "notes"), "https://example.org/notes")
    _field_linked(_run_of(paragraph, "today"), "https://example.org/today")

    report = import_returned(document, site, tmp_path)

    suggestions = review.NoteStore(page).suggestions
    assert sorted((s.quote, s.replacement) for s in suggestions) == sorted(
        [
            ("now", "~~now~~"),
            ("~~plan~~", "plan"),
            ("build", "`build`"),
            ("`draft`", "draft"),
            ("[guide](https://example.org/guide)", "guide"),
            ("notes", "[notes](https://example.org/notes)"),
            ("today", "[today](https://example.org/today)"),
        ]
    ), report.summary()
    assert {s.author for s in suggestions} == {REVIEWER}
    assert "formatting changed" not in report.summary()
    for suggestion in suggestions:
        if suggestion.quote != "today":  # (next to "notes": accepted apart, below)
            review.accept_suggestion(page, suggestion.id, "Ed Editor", site)
    assert page.read_text(encoding="utf-8").endswith(
        "Run the `build` command ~~now~~. An old plan stays. Read the guide first. The draft "
        "folder holds them. See our [notes](https://example.org/notes) today.\n"
    )

    again = import_returned(document, site, tmp_path)  # imported twice: nothing added
    assert len(review.NoteStore(page).suggestions) == len(suggestions), again.summary()


def test_code_on_words_holding_marks_and_other_fonts_are_told(tmp_path: Path) -> None:
    page = one_page_site(tmp_path, "---\ntitle: T\n---\n\nSay *very* loud words here.\n")
    site = Site.open(page.parent)
    document = opened_pack(page, site, tmp_path)
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Say"))
    _tracked(_run_of(paragraph, "loud"), _add("w:rFonts", ascii="Georgia"))
    _tracked(_run_of(paragraph, "words"), _add("w:strike"))
    _tracked(_run_of(paragraph, "here"), _add("w:color", val="FF0000"))

    report = import_returned(document, site, tmp_path)

    assert [(s.quote, s.replacement) for s in review.NoteStore(page).suggestions] == [
        ("words", "~~words~~")
    ]
    assert "a style or a font: 1 paragraph" in report.summary()


def test_paragraphs_with_no_formatting_changed_are_not_read_for_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.core import docx_format_suggest

    page = one_page_site(tmp_path, PAGE)
    document = opened_pack(page, Site.open(page.parent), tmp_path)

    def read(*_: object) -> list[str]:
        raise AssertionError("a paragraph with no formatting change read for its links")

    monkeypatch.setattr(docx_format_suggest, "_link_addresses", read)
    assert docx_format_suggest.format_changes(document) == {}


def test_words_after_a_field_link_and_links_in_words_style_read_as_they_are(
    tmp_path: Path,
) -> None:
    """A word made bold after a link Word wrote as a field is bold only (not in the link); a
    link carrying Word's own Hyperlink style taken away is the link's words alone; bold set
    to 'off' changes nothing to suggest."""
    page = one_page_site(
        tmp_path, "---\ntitle: T\n---\n\nSee [the guide](https://example.org/g) today and soon quiet.\n"
    )
    site = Site.open(page.parent)
    document = opened_pack(page, site, tmp_path)
    paragraph = next(p for p in document.paragraphs if p.text.startswith("See"))
    _field_linked(_run_of(paragraph, "today"), "https://example.org/today")
    _tracked(_run_of(paragraph, "soon"), _add("w:b"))
    _tracked(_run_of(paragraph, "quiet"), _add("w:b", val="off"))
    guide = _run_of(paragraph, "the guide")
    link = guide.getparent()
    link.addprevious(guide)
    link.getparent().remove(link)
    properties = guide.find(qn("w:rPr"))
    for tag in ("w:color", "w:u"):
        for element in properties.findall(qn(tag)):
            properties.remove(element)
    _add("w:rStyle", val="Hyperlink")(properties)  # Word's own link style, then taken away
    _tracked(guide, _take("w:rStyle"))

    import_returned(document, site, tmp_path)

    assert sorted((s.quote, s.replacement) for s in review.NoteStore(page).suggestions) == [
        ("[the guide](https://example.org/g)", "the guide"),
        ("soon", "**soon**"),
        ("today", "[today](https://example.org/today)"),
    ]
