"""11ty.dev's `{% indieavatar "https://vite.dev/" %}`: the avatar's place drawn as the site
prints it, the picture itself never fetched.

The site's shortcode (`addShortcode("indieavatar", shortcodes.getIndieAvatarHtml)`) prints an
`<img>` of its avatar service, `https://v1.indieweb-avatar.11ty.dev/<the address>/`, sized
60 x 60, `alt="Favicon for vite.dev"`, classes `avatar avatar-indieweb` (a 1.3em icon in the
site's stylesheet), and nothing for an address starting with `/`. The preview puts that tag in
the page before Markdown reads it, as Eleventy runs it; the picture is on the network, so the
preview page shows its grey picture placeholder at the icon's size, and the hover text says
whose favicon it stands for and why it is not shown. Told by the configuration: the
function the shortcode names must build its address from `encodeURIComponent` of its
argument in a template text; an argument that is a variable (a loop's `post.url`) stays a
placeholder, its value being unknown here.

11ty.dev's `{% indieweblink "Vite", "https://vite.dev/" %}` (79 on its pages) is a link with
that avatar before its text: a shortcode (`read_avatar_links`) whose function calls the avatar's
function on its third argument or its second (`iconUrl || url`), keeps it in a variable and
returns `<a href="${url}">${imgHtml}${content}</a>`; with no address it prints its text alone
(`if (!url) return content`).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import quote

from editor_app.core.engines.eleventy_definitions import (
    read_definitions,
    replaced_trimming,
    shortcode_tag,
)
from editor_app.core.engines.eleventy_shortcodes import arguments_of

_ADDRESS = re.compile(r"`(https://[^`$]*)\$\{\s*encodeURIComponent\(\s*(\w+)\s*\)\s*\}([^`$]*)`")
_SIZE = re.compile(r"\[\s*(\d+)\s*,\s*(\d+)\s*\]")
_QUOTED = re.compile(r"""^\s*(?:"([^"\n]*)"|'([^'\n]*)')\s*$""")


@dataclass(frozen=True)
class AvatarShortcode:
    """A shortcode printing an avatar from a service on the network."""

    name: str
    prefix: str  # the service's address before the encoded address
    suffix: str
    width: int
    height: int
    function: str = ""  # the configuration's function printing it (`getIndieAvatarHtml`)


def read_avatar_shortcodes(config: str) -> list[AvatarShortcode]:
    """The avatar shortcodes of the site's configuration text `config`."""
    found = []
    for d in read_definitions(config):
        if not d.function or d.paired:
            continue
        body = d.body
        address = _ADDRESS.search(body)
        first = d.param_names[0] if d.param_names else ""
        if address is None or address.group(2) != first or "avatar" not in address.group(1):
            continue
        size = _SIZE.search(body[address.end() :])
        width, height = (int(size.group(1)), int(size.group(2))) if size else (150, 150)
        function = d.function.rsplit(".", 1)[-1]
        found.append(
            AvatarShortcode(d.name, address.group(1), address.group(3), width, height, function)
        )
    return found


def with_avatars(text: str, shortcodes: list[AvatarShortcode]) -> str:
    """`text` with each avatar shortcode given a quoted address replaced by its `<img>`."""
    if not shortcodes or "{%" not in text:
        return text
    by_name = {s.name: s for s in shortcodes}
    tag = shortcode_tag(by_name)

    def drawn(m: re.Match[str]) -> str | None:
        quoted = _QUOTED.match(m.group("args"))
        if quoted is None:
            return None  # a variable: its value is not known here
        return avatar_html(by_name[m.group("name")], quoted.group(1) or quoted.group(2) or "")

    return replaced_trimming(text, tag, drawn)


def avatar_html(shortcode: AvatarShortcode, address: str) -> str:
    """The `<img>` the site prints for `address` (nothing for one starting with `/`)."""
    if not address or address.startswith("/"):
        return ""
    url = shortcode.prefix + quote(address, safe="-_.!~*'()") + shortcode.suffix
    shown = _display(address)
    hover = (
        f"Favicon for {shown}: the site shows it from its avatar service on the network, "
        "which the preview never loads."
    )
    return (
        f'<img src="{html.escape(url)}" width="{shortcode.width}" height="{shortcode.height}" '
        f'alt="Favicon for {html.escape(shown)}" class="avatar avatar-indieweb" '
        f'loading="lazy" decoding="async" title="{html.escape(hover)}">'
    )


def _display(address: str) -> str:
    """11ty.dev's `displayUrl`: without the scheme, `/index.html` and a closing slash."""
    shown = address.replace("https://", "", 1).replace("http://", "", 1)
    if shown.endswith("/index.html"):
        shown = shown.replace("/index.html", "/", 1)
    return shown[:-1] if shown.endswith("/") else shown


_AVATAR_CALL = r"let\s+(\w+)\s*=\s*[\w.]*\b{0}\(\s*(\w+)(?:\s*\|\|\s*(\w+))?\s*\)"
_RETURNED = re.compile(r"return\s*`([^`]*)`\s*;?\s*$")
_EMPTY_RETURN = re.compile(r"if\s*\(\s*!\s*(\w+)\s*\)\s*\{?\s*return\s+(\w+)\s*;?")
_SLOT = re.compile(r"\$\{\s*(\w+)\s*\}")


@dataclass(frozen=True)
class AvatarLink:
    """A shortcode printing a link with an avatar before its text."""

    name: str
    avatar: AvatarShortcode
    params: tuple[str, ...]
    variable: str  # the avatar's HTML kept in it
    address_params: tuple[str, ...]  # the first of these given is the avatar's address
    required: str  # without it, `fallback` alone is printed
    fallback: str
    template: str


def read_avatar_links(config: str, avatars: list[AvatarShortcode]) -> list[AvatarLink]:
    """The shortcodes of `config` printing a link with one of `avatars` before its text."""
    found = []
    for d in read_definitions(config):
        if d.paired:
            continue
        params = tuple(d.param_names)
        body = d.body[1:-1].strip()
        for avatar in avatars:
            function = avatar.function.rsplit(".", 1)[-1]
            call = re.search(_AVATAR_CALL.format(re.escape(function)), body) if function else None
            returned = _RETURNED.search(body)
            empty = _EMPTY_RETURN.search(body)
            if call is None or returned is None or empty is None:
                continue
            known = {*params, call.group(1)}
            names = {empty.group(1), empty.group(2), *(g for g in call.groups()[1:] if g)}
            if not names <= set(params) or not set(_SLOT.findall(returned.group(1))) <= known:
                continue
            addresses = tuple(g for g in (call.group(2), call.group(3)) if g)
            found.append(
                AvatarLink(
                    d.name,
                    avatar,
                    params,
                    call.group(1),
                    addresses,
                    empty.group(1),
                    empty.group(2),
                    returned.group(1),
                )
            )
            break
    return found


def with_avatar_links(text: str, links: list[AvatarLink]) -> str:
    """`text` with each avatar link shortcode given quoted text replaced by what it prints."""
    if not links or "{%" not in text:
        return text
    by_name = {link.name: link for link in links}
    tag = shortcode_tag(by_name)

    def drawn(m: re.Match[str]) -> str | None:
        values = arguments_of(m.group("args"), numbers=False)
        if values is None:
            return None  # a variable: its value is not known here
        link = by_name[m.group("name")]
        given = dict(zip(link.params, values, strict=False))
        if not given.get(link.required):
            return given.get(link.fallback, "undefined")
        address = next((given[p] for p in link.address_params if given.get(p)), "")
        given[link.variable] = avatar_html(link.avatar, address)
        return _SLOT.sub(lambda s: given.get(s.group(1), "undefined"), link.template)

    return replaced_trimming(text, tag, drawn)
