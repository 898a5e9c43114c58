"""A review pack of pages sharing one file name (the Open Source Guide's `metrics.md` in
English and in Persian) comes back with each page named by its place in the site in the import
summary; before, both lines read "metrics.md: ..." and the editor could not tell which."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
from shared_sites import shared_site_path

from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site


def test_pages_of_one_file_name_are_named_by_their_place_in_the_site(tmp_path: Path) -> None:
    root = tmp_path / "guide"
    shutil.copytree(
        shared_site_path("opensource-guide"), root, ignore=shutil.ignore_patterns(".git")
    )
    english, persian = root / "_articles/metrics.md", root / "_articles/fa/metrics.md"
    best = root / "_articles/best-practices.md"
    site = Site.open(root)
    pack = tmp_path / "pack.docx"
    export_docx([english, persian, best], pack, site)

    document = docx.Document(str(pack))
    for words in ("Popularity isn", "محبوبیت، همه چیز نیست", "In the early stages"):
        paragraph = next(p for p in document.paragraphs if p.text.startswith(words))
        document.add_comment(paragraph.runs[0], text=f"On {words}", author="Rae Reviewer")
        paragraph.runs[-1].text += " Changed."  # without Track Changes
    document.save(str(pack))

    summary = import_review_pack(pack, site).summary()
    assert "_articles/metrics.md: 1 new note" in summary
    assert "_articles/fa/metrics.md: 1 new note" in summary
    assert "_articles/fa/metrics.md: 1 paragraph was changed in Word" in summary
    # A page whose file name is its own keeps its short name.
    assert "\nbest-practices.md: 1 new note" in f"\n{summary}"
    assert not any(line.startswith("metrics.md") for line in summary.splitlines())
