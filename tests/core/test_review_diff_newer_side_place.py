"""Where a note's words show in the comparison the Drafts dialog draws (`newer_side_place`:
the row of `diff_to_html`'s table and the offsets in its newer-side cell), counted past the
page settings rows and the Text heading, so the note's words are marked on their own row when
a draft changed settings too, on a real page of connectedbydata."""

from __future__ import annotations

import re

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.review.diff import diff_to_html, diff_versions, newer_side_place

PAGE = "_resources/ai-in-education.md"


def _rows(html: str) -> list[str]:
    return re.findall(r"<tr>(.*?)</tr>", html, re.S)


def test_a_notes_place_is_counted_past_the_settings_rows() -> None:
    old = (shared_site_path("connectedbydata") / PAGE).read_text(encoding="utf-8")
    body = Document.from_bytes(old.encode()).body
    paragraph = next(p for p in body.split("\n\n") if len(p.split()) > 12 and "\n" not in p)
    words = paragraph.split()
    changed = paragraph.replace(words[3], words[3] + "-changed", 1)
    title = re.search(r"^title: (.*)$", old, re.M).group(1)
    new = old.replace(paragraph, changed, 1).replace(f"title: {title}", "title: A new title", 1)
    new_body = Document.from_bytes(new.encode()).body
    diff = diff_versions(old, new)
    assert diff.fields and diff.changed
    noted = words[-2]  # a word of the changed paragraph, after the change
    start = new_body.index(changed) + changed.rindex(noted)

    row, cell_start, cell_end = newer_side_place(diff, new_body, start, start + len(noted))

    shown = _rows(diff_to_html(diff))[row]
    assert "-changed" in shown and "Page settings" not in shown and "A new title" not in shown
    assert changed[cell_start:cell_end] == noted
