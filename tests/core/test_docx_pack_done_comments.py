"""A comment marked done in Word (`w15:done="1"` in `word/commentsExtended.xml`, paired by
`w15:paraId` with the comment's last paragraph): the note a pack carried out as that comment
is resolved on import, as `review resolve` does; a new comment marked done arrives as a note
already resolved. Before, both came back as open as they went (or as a new open note)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_docx, import_review_pack
from editor_app.core.site import Site

PAGE = "_resources/case-study-cag.md"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def marked_done(source: Path, target: Path, done_texts: set[str]) -> None:
    """The file as Word saves it once the reviewer marks the comments saying `done_texts`
    done: every comment paragraph gets a `w14:paraId`; `commentsExtended.xml` says which
    comment (by its last paragraph) is done."""
    with zipfile.ZipFile(source) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    comments = parts["word/comments.xml"].decode("utf-8")
    entries = []
    counter = 0

    def one_comment(m: re.Match[str]) -> str:
        nonlocal counter
        text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", m.group(0)))
        para_id = ""

        def one_paragraph(p: re.Match[str]) -> str:
            nonlocal counter, para_id
            counter += 1
            para_id = f"{counter:08X}"
            return f'<w:p w14:paraId="{para_id}"{p.group(1)}'

        out = re.sub(r"<w:p(\s|>)", one_paragraph, m.group(0))
        done = "1" if text.strip() in done_texts else "0"
        entries.append(f'<w15:commentEx w15:paraId="{para_id}" w15:done="{done}"/>')
        return out

    comments = re.sub(r"<w:comment\b.*?</w:comment>", one_comment, comments, flags=re.S)
    if "xmlns:w14=" not in comments:
        comments = comments.replace("<w:comments ", f'<w:comments xmlns:w14="{_W14}" ', 1)
    parts["word/comments.xml"] = comments.encode("utf-8")
    parts["word/commentsExtended.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w15:commentsEx xmlns:w15="{_W15}">{"".join(entries)}</w15:commentsEx>'
    ).encode()
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace(
        "</Types>",
        '<Override PartName="/word/commentsExtended.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>',
    ).encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdDone" Type="http://schemas.microsoft.com/office/2011/'
        'relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>',
    ).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    target.write_bytes(out.getvalue())


def test_a_note_marked_done_in_word_is_resolved_and_a_new_one_arrives_resolved(
    site_copy: Path, tmp_path: Path
):
    page = site_copy / PAGE
    site = Site.open(site_copy)
    body = Document.load(page).body
    store = review.NoteStore(page)
    words = body.index("Confidentiality Advisory Group")
    done_note = store.add(review.make_note(body, words, words + 29, "Spell out?", "Ada"))
    kept_note = store.add(review.make_note(body, 0, 0, "Lovely piece overall.", "Ada"))
    export_docx([page], tmp_path / "pack.docx", site)

    document = docx.Document(str(tmp_path / "pack.docx"))
    paragraph = next(p for p in document.paragraphs if p.text.startswith("The Health Research"))
    document.add_comment(paragraph.runs, "Checked: fine as is.", author="Rae", initials="R")
    document.add_comment(paragraph.runs, "Still unsure here.", author="Rae", initials="R")
    document.save(tmp_path / "commented.docx")
    marked_done(
        tmp_path / "commented.docx",
        tmp_path / "returned.docx",
        {"Spell out?", "Checked: fine as is."},
    )

    report = import_review_pack(tmp_path / "returned.docx", site)

    notes = {n.text: n for n in review.NoteStore(page).notes}
    assert notes["Spell out?"].id == done_note.id and notes["Spell out?"].resolved
    assert not notes["Lovely piece overall."].resolved and kept_note.id
    assert notes["Checked: fine as is."].resolved
    assert not notes["Still unsure here."].resolved
    assert len(notes) == 4
    summary = report.summary()
    assert "1 note marked done in Word: resolved" in summary
    assert "1 of the new notes marked done in Word" in summary

    # Imported again: nothing new, nothing resolved twice.
    again = import_review_pack(tmp_path / "returned.docx", site)
    assert again.added == 0 and not again.resolved
    assert len(review.NoteStore(page).notes) == 4


def test_a_new_draft_keeps_a_comment_marked_done_as_a_resolved_note(
    site_copy: Path, tmp_path: Path
):
    document = docx.Document()
    paragraph = document.add_paragraph("Our work with councils on data.")
    document.add_comment(paragraph.runs, "Done already.", author="Rae", initials="R")
    document.add_comment(paragraph.runs, "Which councils?", author="Rae", initials="R")
    document.save(tmp_path / "draft.docx")
    marked_done(tmp_path / "draft.docx", tmp_path / "returned.docx", {"Done already."})

    report = import_docx(tmp_path / "returned.docx", Site.open(site_copy), "resources")

    notes = {n.text: n.resolved for n in review.NoteStore(report.path).notes}
    assert notes == {"Done already.": True, "Which councils?": False}
