"""A tall picture in a Word pack (the Confidentiality Advisory Group case study's portrait
poster, 21 cm tall at the column's 15 cm width) is drawn at most 16 cm tall, its proportions
kept, so it fits under the page's title: before, Word moved it to the next page whole and
left the first page empty under the title."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
from docx.shared import Cm
from shared_sites import shared_site_path

from editor_app.core.docx_export import export_docx
from editor_app.core.site import Site


def test_a_tall_picture_is_drawn_no_taller_than_16_cm(tmp_path: Path) -> None:
    root = tmp_path / "connectedbydata"
    shutil.copytree(
        shared_site_path("connectedbydata"), root, ignore=shutil.ignore_patterns(".git")
    )
    page = root / "_resources/case-study-cag.md"
    export_docx([page], tmp_path / "pack.docx", Site.open(root))

    document = docx.Document(str(tmp_path / "pack.docx"))
    [picture] = document.inline_shapes
    assert picture.height <= Cm(16)
    assert picture.height > Cm(15)  # as tall as allowed, not shrunk further
    image = picture._inline.graphic.graphicData.pic.blipFill.blip.embed
    blob = document.part.related_parts[image].image
    assert abs(picture.width / picture.height - blob.px_width / blob.px_height) < 0.01
