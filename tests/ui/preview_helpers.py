"""Helpers for the tests of what the web preview shows: a page with the preview's own
stylesheet, shown in a pane of a given size, and what its scripts measure there."""

from __future__ import annotations

from pathlib import Path

from editor_app.paths import resources_dir
from editor_app.ui import preview
from editor_app.ui.preview import PreviewPane

PAGE_WIDTHS = "document.documentElement.scrollWidth + ' ' + document.documentElement.clientWidth"


def preview_page(body: str) -> str:
    """A whole HTML page styled as the preview styles a site's page, `body` its content."""
    css = (resources_dir() / "preview" / "preview.css").read_text("utf-8")
    return f"<!DOCTYPE html><html><head><style>{css}</style></head><body>{body}</body></html>"


def show_html(qtbot, pane: PreviewPane, html: str, base: Path, size: tuple[int, int]) -> None:  # noqa: ANN001
    """`pane` at `size` (width, height) on screen, `html` shown in it."""
    pane.resize(*size)
    pane.show()
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        pane.set_html(html, base)
    assert pane.backend == "web"


def measure(qtbot, pane: PreviewPane, script: str) -> list[int]:  # noqa: ANN001
    """The whole numbers, separated by spaces, that `script` gives in the shown page."""
    found: list[object] = []
    world = preview._web_classes().Script.ScriptWorldId.ApplicationWorld
    pane._view.page().runJavaScript(script, world, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10000)
    return [int(x) for x in str(found[0]).split()]


def page_fits(qtbot, pane: PreviewPane) -> int:  # noqa: ANN001
    """The page's visible width, once checked that nothing runs past its right edge (no
    sideways scroll bar)."""
    scroll_width, client_width = measure(qtbot, pane, PAGE_WIDTHS)
    assert client_width > 0 and scroll_width <= client_width
    return client_width
