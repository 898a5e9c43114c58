"""A heading made of one long word (Hugo's method pages: `RenderShortcodes`,
`RelPermalink`...) wraps inside a narrow preview instead of running off its right edge
behind a sideways scroll bar."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.paths import resources_dir
from editor_app.ui import preview
from editor_app.ui.preview import HAVE_WEBENGINE, PreviewPane


@pytest.mark.skipif(not HAVE_WEBENGINE, reason="QtWebEngine is not installed")
def test_a_long_one_word_heading_fits_the_pane(qtbot, tmp_path: Path) -> None:
    css = (resources_dir() / "preview" / "preview.css").read_text("utf-8")
    page = (
        f"<!DOCTYPE html><html><head><style>{css}</style></head><body>"
        '<h1 class="page-title">RenderShortcodesEverywhere</h1><p>Text.</p></body></html>'
    )
    pane = PreviewPane(web=True)
    qtbot.addWidget(pane)
    pane.resize(300, 400)
    pane.show()
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        pane.set_html(page, tmp_path)
    widths: list[object] = []
    world = preview._web_classes().Script.ScriptWorldId.ApplicationWorld
    pane._view.page().runJavaScript(
        "document.documentElement.scrollWidth + ' ' + document.documentElement.clientWidth",
        world,
        widths.append,
    )
    qtbot.waitUntil(lambda: bool(widths), timeout=10000)
    assert pane.backend == "web"
    scroll_width, client_width = map(int, str(widths[0]).split())
    assert client_width > 0 and scroll_width <= client_width
    pane.shutdown()
    qtbot.wait(50)
