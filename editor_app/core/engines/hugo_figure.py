"""Hugo's own `figure` shortcode, drawn as its embedded template prints it.

`{{< figure src="sunset.jpg" alt="..." caption="..." link="..." >}}`: a `<figure>` (its
`class`) holding the image (`alt`, else the caption as text; `width`, `height`, `loading`),
inside a link when `link` is given (`target`, `rel`), and a `<figcaption>` with the `title` as
`<h4>` and the caption and `attr` (linked by `attrlink`) in a `<p>`. The image's address is
kept as written (`./` taken off); the preview page then shows the file it names from the
page's bundle, the site's `assets/` or `static/` (`render_images`), as Hugo finds a page or
global resource by that path. A caption's Markdown is shown as text (Hugo runs `markdownify`
on it). A site with its own `figure` template keeps the placeholder.
"""

from __future__ import annotations

import html


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
