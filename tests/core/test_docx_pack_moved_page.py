"""A returned review pack whose page was renamed since the export (or a Jekyll draft published
from _drafts into _posts): its comments and changes go to the one page with the pack's title,
and the import says where; before, they were "not in this site any more" and stayed in Word.
With no page, or two, of that title, nothing is guessed."""

from __future__ import annotations

import shutil
from pathlib import Path

from docx_pack_helpers import opened_pack

from editor_app.core import review
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

PAGE = "_resources/dpdib-lords-2nd-reading-summary.md"


def _returned(site_copy: Path, tmp_path: Path) -> Path:
    document = opened_pack(site_copy / PAGE, Site.open(site_copy), tmp_path)
    target = next(p for p in document.paragraphs if p.text.startswith("This is known as"))
    document.add_comment(target.runs, "Explain Second Reading", author="Dee Funder")
    document.save(tmp_path / "returned.docx")
    return tmp_path / "returned.docx"


def _renamed(site_copy: Path) -> Path:
    """The page renamed since the export, as an author renames it; its new path."""
    moved = site_copy / "_resources" / "lords-second-reading.md"
    (site_copy / PAGE).rename(moved)
    return moved


def test_a_renamed_page_gets_its_comments(site_copy: Path, tmp_path: Path) -> None:
    returned = _returned(site_copy, tmp_path)
    moved = _renamed(site_copy)

    report = import_review_pack(returned, Site.open(site_copy))

    assert report.notes == {moved.resolve(): 1} and not report.missing
    assert report.summary().splitlines()[0] == (
        f"The page {PAGE} is now _resources/lords-second-reading.md: what the reviewer wrote "
        "on it went there."
    )
    assert [n.text for n in review.NoteStore(moved).notes] == ["Explain Second Reading"]


def test_two_pages_of_that_title_are_no_guess(site_copy: Path, tmp_path: Path) -> None:
    returned = _returned(site_copy, tmp_path)
    moved = _renamed(site_copy)
    shutil.copy(moved, site_copy / "_resources" / "lords-second-reading-copy.md")

    report = import_review_pack(returned, Site.open(site_copy))

    assert report.missing == [PAGE] and report.added == 0


def test_a_renamed_page_with_nothing_new_is_said_first_then_nothing_new(
    site_copy: Path, tmp_path: Path
) -> None:
    export_docx([site_copy / PAGE], tmp_path / "pack.docx", Site.open(site_copy))
    _renamed(site_copy)

    report = import_review_pack(tmp_path / "pack.docx", Site.open(site_copy))

    # What happened first (the page was found elsewhere), then that nothing came: not
    # "Nothing new" followed by "what the reviewer wrote on it went there".
    assert report.summary().splitlines() == [
        f"The page {PAGE} is now _resources/lords-second-reading.md.",
        "Nothing new in this document: no comments or changes to add.",
    ]
