"""A table wider than the preview (Eleventy's dependency history: five columns of code) scrolls
sideways on its own, instead of making the whole page run off the pane's right edge."""

from __future__ import annotations

from pathlib import Path

from preview_helpers import measure, page_fits, preview_page, show_html

from editor_app.ui.preview import PreviewPane

ROW = "<tr>" + "<td><code>node_modules_size_of_version</code></td>" * 5 + "</tr>"


def test_a_wide_table_scrolls_alone_and_a_narrow_one_is_unchanged(
    qtbot, web_pane: PreviewPane, tmp_path: Path
) -> None:
    page = preview_page(
        f"<p>Text.</p><table id='wide'><tbody>{ROW * 3}</tbody></table>"
        "<table id='narrow'><tbody><tr><td>a</td><td>b</td></tr></tbody></table>"
    )
    show_html(qtbot, web_pane, page, tmp_path, (340, 400))
    client_width = page_fits(qtbot, web_pane)  # the page itself fits
    table_box, table_content = measure(
        qtbot,
        web_pane,
        "var t = document.getElementById('wide'); t.clientWidth + ' ' + t.scrollWidth",
    )
    assert table_box <= client_width < table_content  # its words all there, scrolled to
