"""Why a Hugo shortcode stays a placeholder in the preview, said on hover.

The preview draws the shortcodes it can from the site's files (code, includes, new-in badges,
lists of a section's pages); the others need what only a build has (processed images, the
Hugo binary's version, embeds from the network) or a template the preview does not run. The
reason is read from the shortcode's template when the site has one, else from Hugo's own
shortcodes' names.
"""

from __future__ import annotations

import re
from pathlib import Path

from editor_app.core.engines.hugo_shortcode_templates import shortcode_templates
from editor_app.core.engines.site_tags import hugo_shortcode_names, unknown_tag_reason

_NAME = re.compile(r"\{\{[<%]-?\s*/?\s*([\w/.-]+)")
_NETWORK = "it embeds {what} from the network, which the preview never loads"
# Hugo's own shortcodes (no template in the site).
_BUILT_IN = {
    "youtube": _NETWORK.format(what="a video"),
    "vimeo": _NETWORK.format(what="a video"),
    "instagram": _NETWORK.format(what="a post"),
    "x": _NETWORK.format(what="a post"),
    "twitter": _NETWORK.format(what="a post"),
    "tweet": _NETWORK.format(what="a post"),
    "gist": _NETWORK.format(what="a gist"),
    "qr": "it makes a QR code image when the site is built",
    "figure": "it finds and sizes the image when the site is built",
    "param": "it names a parameter neither the page nor the site sets as text",
    "details": "the preview draws Hugo's details only with its closing tag",
}
# What a site's template uses -> why the preview cannot draw it (the first that applies).
_TEMPLATE_USES = (
    (("hugo.GoVersion",), "it prints the Go version of the Hugo that builds the site"),
    (("hugo.Version",), "it prints the version of the Hugo that builds the site"),
    ((".Resources", "resources.", "images.", ".Process", ".Resize", ".Fill", ".Fit"),
     "it processes images when the site is built"),
    (("hugo.Data", "site.Data", ".Site.Data"), "it reads the site's data files through its template"),
    (("GetPage", ".Pages", "RegularPages", ".Sections"), "it lists the site's pages through its template"),
    (("resources.GetRemote", "getJSON", "getCSV"), "it fetches from the network when the site is built"),
)
_DEFAULT = "the preview does not run this shortcode's template"


class ShortcodeReasons:
    """Why a shortcode tag is not drawn, for a site (`root`): called with one tag at a time;
    made for each render, the templates looked up once for all its tags."""

    def __init__(self, root: Path | None) -> None:
        self.root = root
        self._templates: dict[str, str] | None = None

    def __call__(self, tag: str) -> str | None:
        m = _NAME.match(tag)
        if m is None:
            return None
        name = m.group(1).strip("/")
        if self._templates is None:
            self._templates = shortcode_templates(self.root) if self.root is not None else {}
        template = self._templates.get(name)
        if template is None:
            if name not in _BUILT_IN and self.root is not None:
                known = hugo_shortcode_names(self.root)
                if known and name not in known:
                    return unknown_tag_reason(name, known, "shortcode")
            return _BUILT_IN.get(name, _DEFAULT)
        for uses, reason in _TEMPLATE_USES:
            if any(u in template for u in uses):
                return reason
        return _DEFAULT
