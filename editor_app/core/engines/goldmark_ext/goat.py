"""GoAT diagrams: a ```` ```goat ```` code block drawn as the SVG picture Hugo makes of it.

Hugo (0.111) renders such a block with its own code block hook
(`_default/_markup/render-codeblock-goat.html`) around bep/goat 0.5.0, Markdeep's ASCII
diagrams in Go: lines (`- _ | / \\`), corners (`+`, rounded `.` and `'`), arrow heads
(`< > ^ v`), circles (`o`, `*`), bridges (`-)-`) and text, each a path, polygon, circle or
text element. `goat_canvas.py`, `goat_shapes.py` and `goat_draw.py` port it; here the
picture is wrapped as the hook wraps it, so the preview's HTML is Hugo's, byte for byte
(checked against the real `hugo`: tests/core/engines/test_goat.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from editor_app.core.engines.goldmark_ext.goat_canvas import Canvas
from editor_app.core.engines.goldmark_ext.goat_shapes import shapes

# Go's html/template escaping of a value inside an attribute.
_ATTR_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;", "+": "&#43;", "\0": "\ufffd"}
)
# Past this many cells (lines times the longest line) a diagram is shown as text: drawing
# takes about 25 microseconds a cell, and the preview is not to be held up by a huge block.
MAX_CELLS = 20_000


# A diagram as the sanitiser prints it (`core/sanitize.py`), Hugo's viewBox giving its size.
_SAFE_SVG = re.compile(
    r'(<div class="goat svg-container[^"<>]*">\s*<svg\b[^<>]*?viewBox="0 0 (\d+) \d+")(>)'
)


def natural_size(safe_html: str) -> str:
    """The preview's diagrams at their own size (8 pixels a character), narrower than the
    page when it is narrow: a viewBox alone stretches a small diagram over the whole
    width, the site's own CSS sizing it (hugo-docs: `w-40`) being absent. Of sanitised HTML;
    the style added holds digits alone."""
    if "svg-container" not in safe_html:
        return safe_html
    return _SAFE_SVG.sub(
        lambda m: f'{m.group(1)} style="width:{m.group(2)}px;max-width:100%;height:auto"{m.group(3)}',
        safe_html,
    )


def build_svg(source: str) -> tuple[str, int, int]:
    """(the `<g>` holding the drawing, width, height) of the diagram `source`."""
    canvas = Canvas(source)
    out = ["<g transform='translate(8,16)'>\n"]
    for shape in shapes(canvas):
        shape.draw(out)
    out.append("</g>\n")
    return "".join(out), canvas.width_screen(), canvas.height_screen()


def drawable(source: str) -> bool:
    """Whether the diagram is small enough to draw here."""
    lines = source.split("\n")
    return len(lines) * max((len(line) for line in lines), default=0) <= MAX_CELLS


@lru_cache(maxsize=32)
def drawn(source: str) -> tuple[str, int, int] | None:
    """`build_svg` of a code block's text, None when it is too big to draw here (the
    preview then shows the text). Kept for the next keystroke: a page's other diagrams
    are not drawn again."""
    # Hugo hands the hook the block's text without its last newlines (blank lines at the
    # end take no room); those at the start are kept.
    source = source.rstrip("\n")
    if not drawable(source):
        return None
    try:
        return build_svg(source)
    except (RecursionError, ValueError, KeyError, IndexError, TypeError):
        return None  # never a lost preview: the block shows as text, the note says why


def goat_html(source: str, attributes: dict[str, str]) -> str | None:
    """The HTML Hugo's goat code block hook makes of `source` (the block's text) with the
    block's `{...}` attributes (`class`, `width`, `height` are used); None when the
    diagram cannot be drawn here."""
    picture = drawn(source)
    if picture is None:
        return None
    body, width, height = picture
    w = _attr(attributes.get("width", ""))
    h = _attr(attributes.get("height", ""))
    if w or h:
        size = (f'width="{w}"' if w else "") + "\n        " + (f'height="{h}"' if h else "")
    else:
        size = f'viewBox="0 0 {width} {height}"'
    return (
        "\n\n\n"
        f'<div class="goat svg-container {_attr(attributes.get("class", ""))}">\n  \n'
        '    <svg\n      xmlns="http://www.w3.org/2000/svg"\n'
        '      font-family="Menlo,Lucida Console,monospace"\n      \n'
        f"        {size}\n      >\n      {body}\n    </svg>\n  \n</div>\n"
    )


def _attr(value: str) -> str:
    return str(value).translate(_ATTR_ESCAPES)
