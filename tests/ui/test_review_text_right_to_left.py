"""The review window's "Text and notes" shows a Persian page's lines at the right, as the
editor and the preview show them; they started at the left edge, the wrapped lines ragged
on the side a Persian reader starts from. An English page keeps its lines at the left."""

from __future__ import annotations

import sys
from pathlib import Path

from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.ui.text_direction import aligns_lines_by_direction

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import open_panel  # noqa: E402

PERSIAN_PAGE = "_articles/fa/best-practices.md"
ENGLISH_PAGE = "_articles/best-practices.md"


def test_a_persian_page_reads_from_the_right(qtbot, tmp_path: Path, settings) -> None:
    site = copy_shared_site("opensource-guide", tmp_path)
    for page in (PERSIAN_PAGE, ENGLISH_PAGE):
        (site / page).chmod(0o644)
        assert main(["set", str(site / page), "published=false"]) == 0
    panel = open_panel(qtbot, site, settings)
    text = panel.text_notes.text_view

    assert panel.select_path(site / PERSIAN_PAGE)
    assert text.toPlainText().lstrip().startswith("## نگهدارنده")
    assert aligns_lines_by_direction(text)
    assert panel.select_path(site / ENGLISH_PAGE)
    assert not aligns_lines_by_direction(text)
