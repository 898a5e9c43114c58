"""A passage a reviewer retyped in Word with Track Changes on (Word records it as the whole
passage deleted and the new one inserted) becomes a suggested edit on the words it changes,
as the PDF pack marks them: "brown" -> "red", not "quick brown fox jumps" -> "quick red fox
jumps". Accepting it changes only those words; the review window says the small change."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor_app.core import review
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_pack_helpers import import_returned, one_page_site, opened_pack  # noqa: E402

PAGE = (
    "---\ntitle: Foxes of the north\n---\n\n"
    "The quick brown fox jumps over the lazy dog. It ran *far* away.\n"
)


def _retype(document, words: str, new: str, number: int = 1) -> None:
    """As Word records retyping `words` (inside one run) as `new`: the run cut there, the
    old words in a `w:del`, the new ones in a `w:ins` after it, formatted as the run."""
    run = next(r for p in document.paragraphs for r in p.runs if words in r.text)._r
    text = run.find(qn("w:t")).text
    head, tail = text.split(words, 1)
    pieces = []
    for kind, part in (("", head), ("w:del", words), ("w:ins", new), ("", tail)):
        if not part:
            continue
        piece = copy.deepcopy(run)
        t = piece.find(qn("w:t"))
        t.text = part
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        if kind:
            if kind == "w:del":
                t.tag = qn("w:delText")
            mark = OxmlElement(kind)
            mark.set(qn("w:id"), str(700 + number * 2 + (kind == "w:ins")))
            mark.set(qn("w:author"), "Rae Viewer")
            mark.set(qn("w:date"), "2026-12-01T10:00:00Z")
            mark.append(piece)
            piece = mark
        pieces.append(piece)
    for piece in pieces:
        run.addprevious(piece)
    run.getparent().remove(run)


def _returned_with(tmp: Path, *edits: tuple[str, str]):
    page = one_page_site(tmp, PAGE)
    site = Site.open(page.parent)
    document = opened_pack(page, site, tmp)
    for number, (words, new) in enumerate(edits):
        _retype(document, words, new, number)
    return page, site, document


def test_a_retyped_passage_suggests_the_changed_word_alone(tmp_path: Path) -> None:
    page, site, document = _returned_with(
        tmp_path, ("quick brown fox jumps", "quick red fox jumps")
    )

    report = import_returned(document, site, tmp_path)

    assert sum(report.suggestions.values()) == 1, report.skipped
    (suggestion,) = review.NoteStore(page).suggestions
    assert (suggestion.quote, suggestion.replacement) == ("brown", "red")
    assert suggestion.author == "Rae Viewer"
    # The review window's lines: the small change, not the passage.
    said = " ".join(suggestion.lines())
    assert "brown" in said and "red" in said and "jumps" not in said
    review.accept_suggestion(page, suggestion.id, "Ed Editor", site)
    assert page.read_text(encoding="utf-8") == PAGE.replace("brown", "red")


def test_words_taken_out_or_added_inside_a_retyped_passage(tmp_path: Path) -> None:
    page, site, document = _returned_with(
        tmp_path,
        ("over the lazy dog.", "over the dog."),
        ("The quick", "The very quick"),
    )

    import_returned(document, site, tmp_path)

    found = {(s.quote, s.replacement) for s in review.NoteStore(page).suggestions}
    assert found == {("lazy", ""), ("The", "The very")}
    for suggestion in review.NoteStore(page).suggestions:
        review.accept_suggestion(page, suggestion.id, "Ed Editor", site)
    assert "The very quick brown fox jumps over the dog. It ran *far* away." in page.read_text(
        encoding="utf-8"
    )


def test_a_retyped_title_suggests_the_changed_word_on_the_title(tmp_path: Path) -> None:
    page, site, document = _returned_with(tmp_path, ("Foxes of the north", "Foxes of the south"))

    import_returned(document, site, tmp_path)

    (suggestion,) = review.NoteStore(page).suggestions
    assert (suggestion.field, suggestion.quote, suggestion.replacement) == (
        "title",
        "north",
        "south",
    )


def test_a_passage_retyped_whole_stays_one_suggestion(tmp_path: Path) -> None:
    page, site, document = _returned_with(tmp_path, ("lazy dog", "sleepy cat"))

    import_returned(document, site, tmp_path)
    document.save(str(tmp_path / "again.docx"))
    again = import_returned(document, site, tmp_path)  # the same pack twice: nothing new

    (suggestion,) = review.NoteStore(page).suggestions
    assert (suggestion.quote, suggestion.replacement) == ("lazy dog", "sleepy cat")
    assert sum(again.suggestions.values()) == 0


def test_the_rule_narrowing_a_retyped_passage() -> None:
    """(words before, old, new, words after) for a change Word recorded as `old` -> `new`
    between "B " and ". E"."""
    from editor_app.core.docx_place import changed_words_only
    from editor_app.core.docx_read import TrackedChange

    def narrowed(old: str, new: str) -> tuple[str, str, str, str]:
        found = changed_words_only(TrackedChange("Rae", None, old, new, "B ", ". E"))
        return found.before, found.old, found.new, found.after

    assert narrowed("x y z", "x q z") == ("B x ", "y", "q", " z. E")
    assert narrowed("the old fox", "the fox") == ("B the ", "old", "", " fox. E")
    assert narrowed("a b a", "a a") == ("B a ", "b", "", " a. E")
    assert narrowed("a a", "a") == ("B a ", "a", "", ". E")  # a word shared once, not twice
    assert narrowed("big brown fox", "fox") == ("B ", "big brown", "", " fox. E")
    # Words added alone keep the spaces that set them apart from the shared words.
    assert narrowed("the fox", "the old fox") == ("B the ", "", " old ", "fox. E")
    assert narrowed("fox", "fox dog") == ("B fox", "", " dog", ". E")
    assert narrowed("one two", "one two three four") == ("B one two", "", " three four", ". E")
    assert narrowed("dog cat", "the dog cat") == ("B ", "", "the ", "dog cat. E")
    # Nothing shared, only spaces changed, or no replacement: the change as Word recorded it.
    assert narrowed("the fox", "the  fox") == ("B ", "the fox", "the  fox", ". E")
    assert narrowed("cat", "dog") == ("B ", "cat", "dog", ". E")
    assert narrowed("", "new words") == ("B ", "", "new words", ". E")
    assert narrowed("old words", "") == ("B ", "old words", "", ". E")
