"""A PDF pack's note icon sits right of its margin note: a reader draws it about 7 mm wide
from the note's corner, and beside the text column it covered the note's first letters."""

from __future__ import annotations

import re
from pathlib import Path

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export_pdf import _NOTE_W, _NOTE_X, _PAGE_W, export_pdf
from editor_app.core.site import Site

PAGE = "_resources/dpdib-lords-2nd-reading-summary.md"
MM = 72 / 25.4  # PDF points in a millimetre
ICON = 20  # points: the size PDF readers draw a note's icon at, whatever the zoom


def test_note_icon_covers_no_words(site_copy: Path, tmp_path: Path) -> None:
    page = site_copy / PAGE
    body = Document.load(page).body
    start, end = review.find_passage(body, "the last day before their Christmas break")
    review.NoteStore(page).add(review.make_note(body, start, end, "Which year?", "Ann Lee"))
    export_pdf([page], tmp_path / "pack.pdf", Site.open(site_copy))

    data = (tmp_path / "pack.pdf").read_bytes()
    annotations = re.findall(rb"<<([^<>]*?/Subtype\s*/Text\b[^<>]*)>>", data)
    notes = [re.search(rb"/Rect\s*\[([\d.\s]+)\]", a).group(1) for a in annotations]
    assert len(notes) == 1
    left = float(notes[0].split()[0])
    # Clear of the margin note's words (and of the page's text column left of them), and on
    # the page.
    assert left >= (_NOTE_X + _NOTE_W) * MM
    assert left + ICON <= _PAGE_W * MM
