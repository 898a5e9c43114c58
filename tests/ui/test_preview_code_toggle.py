"""Hugo's code-toggle box in the preview: clicking a tab shows that format, in that box only
(no script runs in the preview: radio buttons, their labels and the stylesheet do it); the
text preview, which knows no such styles, shows the three formats one under the other, each
under its name."""

from __future__ import annotations

from pathlib import Path

from preview_helpers import measure, show_html
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.ui.preview import PreviewPane

BOX = "{{< code-toggle file=hugo >}}\ntitle = 'First'\n[params]\nkey = 1\n{{< /code-toggle >}}\n"
# Which panels show, box by box: `y`, `t`, `j` for YAML, TOML, JSON, boxes apart by `0`.
SHOWN = (
    "var out = [];"
    "document.querySelectorAll('.code-toggle').forEach(function (box, k) {"
    "  box.querySelectorAll('.code-toggle-panel').forEach(function (p, n) {"
    "    if (p.offsetHeight > 0) out.push(k * 10 + n + 1); }); });"
    "out.join(' ')"
)


def _page(tmp_path: Path) -> str:
    other = BOX.replace("First", "Second")
    page = tmp_path / "page.md"
    page.write_text(f"---\ntitle: Settings\n---\nOne:\n\n{BOX}\nTwo:\n\n{other}", "utf-8")
    renderer = Renderer(None, engine="goldmark")
    renderer.generator = "hugo"
    return renderer.render_page(Document.load(page))


def _click_label(qtbot, pane: PreviewPane, box: int, fmt: str) -> None:  # noqa: ANN001
    """A real mouse click in the middle of box `box`'s tab `fmt`."""
    x, y = measure(
        qtbot,
        pane,
        f"var r = document.querySelectorAll('.code-toggle')[{box}]"
        f".querySelector('label[for$=\"-{fmt}\"]').getBoundingClientRect();"
        "Math.round(r.left + r.width / 2) + ' ' + Math.round(r.top + r.height / 2)",
    )
    target = pane._view.focusProxy()
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))


def test_clicking_a_tab_shows_its_format_in_that_box_only(
    qtbot, web_pane: PreviewPane, tmp_path: Path
) -> None:
    show_html(qtbot, web_pane, _page(tmp_path), tmp_path, (700, 900))
    assert measure(qtbot, web_pane, SHOWN) == [2, 12]  # TOML in both boxes
    _click_label(qtbot, web_pane, 0, "yaml")
    qtbot.waitUntil(lambda: measure(qtbot, web_pane, SHOWN) == [1, 12], timeout=5000)
    _click_label(qtbot, web_pane, 1, "json")
    qtbot.waitUntil(lambda: measure(qtbot, web_pane, SHOWN) == [1, 13], timeout=5000)
    # The tabs sit in one row above the code, at the box's top.
    tops = measure(
        qtbot,
        web_pane,
        "Array.prototype.map.call(document.querySelectorAll('.code-toggle')[0]"
        ".querySelectorAll('label, p'), function (e) {"
        " return Math.round(e.getBoundingClientRect().top); }).join(' ')",
    )
    assert len(tops) == 4 and len(set(tops)) == 1


def test_the_text_preview_shows_each_format_under_its_name(qtbot, tmp_path: Path) -> None:
    pane = PreviewPane(web=False)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        pane.set_html(_page(tmp_path), tmp_path)
    found: list[str] = []
    pane.to_plain_text(found.append)
    qtbot.waitUntil(lambda: bool(found))
    lines = [line.strip() for line in found[0].splitlines() if line.strip()]
    start = lines.index("One:")
    assert lines[start : start + 12] == [
        "One:", "hugo.",
        "yaml", "params:", "key: 1", "title: First",
        "toml", "title = 'First'", "[params]", "key = 1",
        "json", "{",
    ]
