"""A tracked change that replaces (or deletes) all of a link's words, and some after, becomes
a suggested edit that takes the link's marks too: accepting it leaves no half link. Before,
the suggestion started at the link's words, after its `[`, so accepting it left
"advice on the use of[ patient data for the public good." in connectedbydata's case study."""

from __future__ import annotations

import copy
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

SENTENCE = (
    "Advice on the use of[ confidential patient information](https://example.org/cpi) in the "
    "public interest. The group meets monthly."
)


def _small_site(root: Path) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Notes\n", encoding="utf-8")
    page = root / "_posts" / "2024-01-01-case.md"
    page.write_text(f"---\ntitle: A case\n---\n\n{SENTENCE}\n", encoding="utf-8")
    return page


def _mark(tag: str, number: int) -> OxmlElement:
    mark = OxmlElement(tag)
    mark.set(qn("w:id"), str(900 + number))
    mark.set(qn("w:author"), "Rae Viewer")
    mark.set(qn("w:date"), "2026-12-01T10:00:00Z")
    return mark


def _replace_link_and_after(pack: Path, out: Path, cut: str, new: str) -> None:
    """As Word records it: the link's runs deleted inside the link, the words after it cut
    from the next run and deleted, the new words inserted."""
    document = docx.Document(str(pack))
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Advice"))
    link = paragraph._p.find(qn("w:hyperlink"))
    for run in list(link.iter(qn("w:r"))):
        deleted = _mark("w:del", 1)
        run.addprevious(deleted)
        deleted.append(run)
        for text in run.iter(qn("w:t")):
            text.tag = qn("w:delText")
    after = link.getnext()
    text = after.find(qn("w:t"))
    assert text.text.startswith(cut)
    gone = copy.deepcopy(after)
    gone.find(qn("w:t")).text = cut
    gone.find(qn("w:t")).tag = qn("w:delText")
    text.text = text.text[len(cut) :]
    deleted = _mark("w:del", 2)
    after.addprevious(deleted)
    deleted.append(gone)
    if new:
        added = copy.deepcopy(after)
        added.find(qn("w:t")).text = new
        inserted = _mark("w:ins", 3)
        inserted.append(added)
        deleted.addnext(inserted)
    document.core_properties.last_modified_by = "Rae Viewer"
    document.save(str(out))


@pytest.mark.parametrize(
    ("new", "after"),
    [
        (" patient data for the public good", "Advice on the use of patient data for the public good."),
        ("", "Advice on the use of. The group"),
    ],
    ids=["replaced", "deleted"],
)
def test_accepting_leaves_no_half_link(tmp_path: Path, new: str, after: str) -> None:
    page = _small_site(tmp_path / "site")
    site = Site.open(tmp_path / "site")
    export_docx([page], tmp_path / "pack.docx", site)
    _replace_link_and_after(
        tmp_path / "pack.docx", tmp_path / "returned.docx", " in the public interest", new
    )
    report = import_review_pack(tmp_path / "returned.docx", site)
    assert sum(report.suggestions.values()) == 1, report.summary()
    store = review.NoteStore(page)
    [suggestion] = store.suggestions
    review.accept_suggestion(page, suggestion.id, "Ed Editor", site)
    body = Document.load(page).body
    assert after in body
    assert "[" not in body and "](" not in body


@pytest.mark.parametrize(
    ("passage", "new", "after"),
    [
        (  # from inside the link's words to past it: the link ends where the change starts
            "patient information](https://example.org/cpi) in the public interest",
            "data for all",
            "use of[ confidential](https://example.org/cpi) data for all. The group",
        ),
        (  # from before the link to inside its words: the link starts where it ends
            "use of[ confidential",
            "use of the",
            "Advice on the use of the [ patient information](https://example.org/cpi) in",
        ),
        (  # within the link's words: as it was
            "patient",
            "private",
            "use of[ confidential private information](https://example.org/cpi) in the",
        ),
    ],
    ids=["into-the-link", "out-of-the-link", "inside"],
)
def test_part_of_a_link_keeps_a_whole_link(passage: str, new: str, after: str) -> None:
    from editor_app.core.docx_place import whole_links

    start = SENTENCE.index(passage)
    start, end, replacement = whole_links(SENTENCE, start, start + len(passage), new)
    assert after in SENTENCE[:start] + replacement + SENTENCE[end:]
