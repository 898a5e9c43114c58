"""A table wider than the preview (Eleventy's dependency history: five columns of code) scrolls
sideways on its own, instead of making the whole page run off the pane's right edge."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.paths import resources_dir
from editor_app.ui import preview
from editor_app.ui.preview import HAVE_WEBENGINE, PreviewPane

ROW = "<tr>" + "<td><code>node_modules_size_of_version</code></td>" * 5 + "</tr>"


def _widths(qtbot, pane: PreviewPane, script: str) -> list[int]:
    found: list[object] = []
    world = preview._web_classes().Script.ScriptWorldId.ApplicationWorld
    pane._view.page().runJavaScript(script, world, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10000)
    return [int(x) for x in str(found[0]).split()]


@pytest.mark.skipif(not HAVE_WEBENGINE, reason="QtWebEngine is not installed")
def test_a_wide_table_scrolls_alone_and_a_narrow_one_is_unchanged(qtbot, tmp_path: Path) -> None:
    css = (resources_dir() / "preview" / "preview.css").read_text("utf-8")
    page = (
        f"<!DOCTYPE html><html><head><style>{css}</style></head><body>"
        f"<p>Text.</p><table id='wide'><tbody>{ROW * 3}</tbody></table>"
        "<table id='narrow'><tbody><tr><td>a</td><td>b</td></tr></tbody></table></body></html>"
    )
    pane = PreviewPane(web=True)
    qtbot.addWidget(pane)
    pane.resize(340, 400)
    pane.show()
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        pane.set_html(page, tmp_path)
    assert pane.backend == "web"
    scroll_width, client_width = _widths(
        qtbot,
        pane,
        "document.documentElement.scrollWidth + ' ' + document.documentElement.clientWidth",
    )
    assert client_width > 0 and scroll_width <= client_width  # the page itself fits
    table_box, table_content = _widths(
        qtbot,
        pane,
        "var t = document.getElementById('wide'); t.clientWidth + ' ' + t.scrollWidth",
    )
    assert table_box <= client_width < table_content  # its words all there, scrolled to
    pane.shutdown()
    qtbot.wait(50)
