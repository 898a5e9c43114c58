"""hugo-docs' `img` shortcode: the image drawn, its filter named on hover.

The theme's `layouts/_shortcodes/img.html` (`{{< img src="zion.jpg" alt="..."
filter="Grayscale" filterArgs="..." example=true >}}`, 32 uses) takes the image from the
page's bundle or the site's `assets/` (or the network), runs one of Hugo's image filters on it
when the site is built and prints `<img src alt>`; with `example=true`, "Original" and the
first image, then "Processed" and the filtered one, each with the theme's border classes.
The preview cannot run Hugo's filters, so it draws the original image in the filtered one's
place, outlined, with a hover text naming the filter and its arguments not applied; with no
filter (or `none`) the image is what the site shows. Its address is kept as written (`./` taken off);
the preview page shows the file from the bundle or `assets/` (`render_images`), a picture on
the network as its placeholder. Told by the template: a site whose `img` prints anything else
keeps the placeholder.
"""

from __future__ import annotations

import html
import re

# What makes the template the theme's: the filtered image printed, the example's captions.
_MARKS = ("$fi.RelPermalink", "<p>Original</p>", "<p>Processed</p>", "$filterArgs")
_CLASS = re.compile(r"\$class\s*:=\s*\"([^\"]*)\"")
_TRUE = ("true", "1")
_NOT_PROCESSED = "preview-not-processed"


def is_theme_img(template: str | None) -> bool:
    """Whether `template` is the theme's `img` shortcode this module draws."""
    return template is not None and all(mark in template for mark in _MARKS)


def img_html(named: dict[str, str], template: str) -> str | None:
    """The HTML the theme's template prints for `named` (None without a `src`), the
    filtered image shown as the original with a hover text saying so."""
    src = named.get("src", "").strip()
    if not src:
        return None
    if src.startswith("./"):
        src = src[2:]
    alt = html.escape(named.get("alt", ""))
    address = html.escape(src)
    filter_name = named.get("filter", "").strip()
    unapplied = ""
    if filter_name and filter_name.lower() != "none":
        args = named.get("filterArgs", "").strip()
        said = f"{filter_name} ({args})" if args else filter_name
        unapplied = html.escape(
            f"Not processed in the preview: Hugo applies the filter {said} when the site is "
            "built; the original image is shown.",
            quote=True,
        )
    processed = f'src="{address}"\n\t\talt="{alt}"' + (f' title="{unapplied}"' if unapplied else "")
    # The image standing for a processed one is outlined in the preview (`preview.css`).
    marked = f" {_NOT_PROCESSED}" if unapplied else ""
    if named.get("example", "").strip().lower() in _TRUE:
        found = _CLASS.search(template)
        css = html.escape(found.group(1)) if found else ""
        return (
            f'<p>Original</p>\n\t<img\n\t\tclass="{css}"\n\t\tsrc="{address}"\n\t\talt="{alt}">'
            f'\n\t<p>Processed</p>\n\t<img\n\t\tclass="{css}{marked}"\n\t\t{processed}>'
        )
    if marked:
        return f'<img\n\t\tclass="{marked.strip()}"\n\t\t{processed}>'
    return f"<img\n\t\t{processed}>"
