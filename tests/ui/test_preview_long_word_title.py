"""A heading made of one long word (Hugo's method pages: `RenderShortcodes`,
`RelPermalink`...) wraps inside a narrow preview instead of running off its right edge
behind a sideways scroll bar."""

from __future__ import annotations

from pathlib import Path

from preview_helpers import page_fits, preview_page, show_html

from editor_app.ui.preview import PreviewPane


def test_a_long_one_word_heading_fits_the_pane(
    qtbot, web_pane: PreviewPane, tmp_path: Path
) -> None:
    page = preview_page('<h1 class="page-title">RenderShortcodesEverywhere</h1><p>Text.</p>')
    show_html(qtbot, web_pane, page, tmp_path, (300, 400))
    page_fits(qtbot, web_pane)
