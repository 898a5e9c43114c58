"""jekyll-docs' note boxes: kramdown's `{: .note .warning}` after a paragraph gives
`<p class="note warning">`, which jekyllrb.com draws as a red box of white text with its mark
(`_sass/_style.scss`); `{: .note}` brown, `.info` blue. The preview drew a plain paragraph."""

from __future__ import annotations

import shutil
from pathlib import Path

from preview_helpers import measure, show_html
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site
from editor_app.ui.preview import PreviewPane

PAGES = (
    "_docs/step-by-step/01-setup.md",
    "_docs/configuration/environments.md",
    "_docs/collections.md",
)

# For the first box of each kind: its background's first colour (red channel), whether its text
# is white, and whether its mark is drawn before the words (a ::after with content).
BOXES = (
    "var out = [];"
    "for (var kind of ['.note.warning', '.note:not(.info):not(.warning)', '.note.info']) {"
    "  var box = document.querySelector('p' + kind);"
    "  var style = getComputedStyle(box);"
    "  var first = /rgb\\((\\d+)/.exec(style.backgroundImage);"
    "  out.push(first ? first[1] : 0);"
    "  out.push(style.color === 'rgb(255, 255, 255)' ? 1 : 0);"
    "  var mark = getComputedStyle(box, '::after').content;"
    "  out.push(mark !== 'none' && mark !== 'normal' ? 1 : 0);"
    "}"
    "out.join(' ')"
)


def test_note_boxes_are_drawn_as_jekyllrb_com_draws_them(
    qtbot, web_pane: PreviewPane, tmp_path: Path
) -> None:
    source = shared_site_path("jekyll-docs")
    root = tmp_path / "jekyll-docs"
    for rel in ("_config.yml", *PAGES):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / rel, root / rel)
    renderer = Renderer(Site.open(root))
    bodies = [renderer.render_page(Document.load(root / rel)) for rel in PAGES]
    assert '<p class="note warning">' in bodies[0]
    assert '<p class="note">' in bodies[1]
    assert '<p class="note info">' in bodies[2]
    page = bodies[0].replace(
        "</article>",
        "".join(
            b[b.index('<p class="note') : b.index("</p>", b.index('<p class="note')) + 4]
            for b in bodies[1:]
        )
        + "</article>",
        1,
    )
    show_html(qtbot, web_pane, page, root, (900, 700))
    # warning #9e2812, note #7e6d42, info #0389aa: each white text, each with its mark
    assert measure(qtbot, web_pane, BOXES) == [158, 1, 1, 126, 1, 1, 3, 1, 1]
