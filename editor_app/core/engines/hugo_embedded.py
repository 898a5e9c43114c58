"""Hugo's own `figure` and `details` shortcodes, drawn as their embedded templates print them.

`{{< figure src="sunset.jpg" alt="..." caption="..." link="..." >}}`: a `<figure>` (its
`class`) holding the image (`alt`, else the caption as text; `width`, `height`, `loading`),
inside a link when `link` is given (`target`, `rel`), and a `<figcaption>` with the `title` as
`<h4>` and the caption and `attr` (linked by `attrlink`) in a `<p>`. The image's address is
kept as written (`./` taken off); the preview page then shows the file it names from the
page's bundle, the site's `assets/` or `static/` (`render_images`), as Hugo finds a page or
global resource by that path. A caption's Markdown is shown as text (Hugo runs `markdownify`
on it). A site with its own `figure` template keeps the placeholder.

`{{< details summary="More" open=true >}}*text*{{< /details >}}`: a `<details>` (`open`,
`name`, `class`, `title`) with the summary's Markdown inline in `<summary>` ("Details" when
none) and the inner Markdown rendered as blocks, by the page's engine.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable


def figure_html(named: dict[str, str]) -> str | None:
    """The HTML of a figure with the parameters `named`; None without a `src`."""
    src = named.get("src", "").strip()
    if not src:
        return None
    if src.startswith("./"):
        src = src[2:]

    def attr(name: str, value: str | None) -> str:
        return f' {name}="{html.escape(value)}"' if value else ""

    caption, attribution = named.get("caption", ""), named.get("attr", "")
    alt = named.get("alt") or caption
    image = (
        f'<img src="{html.escape(src)}"'
        + (attr("alt", alt) if alt else "")
        + attr("width", named.get("width"))
        + attr("height", named.get("height"))
        + attr("loading", named.get("loading"))
        + ">"
    )
    link = named.get("link")
    if link:
        image = (
            f'<a href="{html.escape(link)}"{attr("target", named.get("target"))}'
            f'{attr("rel", named.get("rel"))}>{image}</a>'
        )
    out = [f'<figure{attr("class", named.get("class"))}>', image]
    title = named.get("title")
    if title or caption or attribution:
        out.append("<figcaption>")
        if title:
            out.append(f"<h4>{html.escape(title)}</h4>")
        if caption or attribution:
            credit = html.escape(attribution)
            if attribution and named.get("attrlink"):
                credit = f'<a href="{html.escape(named["attrlink"])}">{credit}</a>'
            out.append(f"<p>{html.escape(caption)}{credit}</p>")
        out.append("</figcaption>")
    out.append("</figure>")
    return "".join(out)


_PARAGRAPH = re.compile(r"\A<p>(.*)</p>\n?\Z", re.S)


def details_html(named: dict[str, str], inner: str, render: Callable[[str], str]) -> str:
    """The HTML of a details box with the parameters `named` around `inner` (Markdown),
    `render` the page's engine."""
    opened = named.get("open", "").strip().lower() in ("true", "1")
    attributes = " open" if opened else ""
    for name in ("name", "class", "title"):
        if named.get(name):
            attributes += f' {name}="{html.escape(named[name])}"'
    summary = render(named.get("summary") or "Details")
    one_paragraph = _PARAGRAPH.match(summary)  # RenderString inline: no paragraph around it
    summary = one_paragraph.group(1) if one_paragraph else summary.strip()
    return (
        f"<details{attributes}>\n  <summary>{summary}</summary>\n  "
        f"{render(inner).strip()}\n</details>"
    )
