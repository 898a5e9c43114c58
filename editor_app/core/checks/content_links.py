"""The images and links of a page body, each with its file line (remembered on the page)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from editor_app.core.checks.body_text import page_prose
from editor_app.core.checks.content_prose import content_prose
from editor_app.core.checks.content_words import (
    MD_IMAGE,
    MD_LINK,
    Body,
    Image,
    Link,
    plain_lines,
    plain_words,
    words_as_written,
)
from editor_app.core.checks.image_addresses import (
    SHORTCODE_CALL,
    shortcode_argument_start,
    shortcode_arguments,
)
from editor_app.core.checks.page import Page

_HTML_IMG = re.compile(r"<img\b([^>]*)>", re.I)
_ATTR = re.compile(r"""([a-zA-Z\-:]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_HTML_LINK = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.I | re.S)

# Reference-style links and images (`[text][label]`, `[text][]`, `[text]`, each with a `!` for
# an image) take their address from a definition elsewhere, `[label]: address "title"`.
_REF_DEFINITION = re.compile(
    r"^ {0,3}\[(?!\^)([^\]\n]+)\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+[\"'(]([^\"'()\n]*)[\"')])?[ \t]*$",
    re.M,
)
# `[text][label]` or `[text][]`, else `[text]` alone (a shortcut: only with a definition);
# not an inline link `[text](...)` nor a definition `[label]:`, and not the label of a
# reference or the outer brackets of an image inside a link (`[![alt][img]][link]`). Group 1
# is set (empty) for an image: the "!" and the character before it are looked behind after
# the "[", as a pattern starting with a fixed character lets the regex engine skip ahead
# instead of trying every position (`(?<![\]\\])(!?)\[...` took 60 times as long).
_REF_USE = re.compile(
    r"\[(?<![\]\\]\[)((?<=!\[)(?<![\]\\]!\[))?([^\[\]\n]*)\](?:\[([^\[\]\n]*)\]|(?![(\[:]))"
)


def reference_label(name: str) -> str:
    """A reference's label as Markdown matches it: in any capitals and spacing."""
    return " ".join(name.split()).casefold()


class ReferenceDefinition(NamedTuple):
    """`[label]: address "title"`, and where it starts in the text it was read from."""

    address: str
    title: str
    offset: int


def reference_definitions(source: str) -> dict[str, ReferenceDefinition]:
    """{label: definition} of a body's link reference definitions (the first of a label wins,
    as Markdown reads them)."""
    found: dict[str, ReferenceDefinition] = {}
    if "]:" in source:
        for m in _REF_DEFINITION.finditer(source):
            found.setdefault(
                reference_label(m.group(1)),
                ReferenceDefinition(m.group(2), (m.group(3) or "").strip(), m.start()),
            )
    return found


def reference_images(page: Page) -> list[tuple[str, int]]:
    """(address, file line of its definition) of each reference-style image of the body, read
    as `page_images` reads them: its address is written, and mended, on the definition's line."""
    if "]:" not in page.body:
        return []
    found = _page_references(page).images
    if not found:
        return []
    prose, first = page_prose(page), page.body_start_line
    return [(d.address, first + prose.count("\n", 0, d.offset)) for _image, d in found]


def page_images(page: Page) -> list[Image]:
    """The body's images with their lines (remembered on the page)."""
    found = page.cache.get("images")
    if found is None:
        source = page.body
        found = []
        if (
            ("!" in source and "![" in source)
            or ("<" in source and ("<img" in source or "<IMG" in source or "<Img" in source))
            or ("{{" in source and "figure" in source)
        ):
            body = Body()
            text = content_prose(page)
            _read_images(text, page.body_start_line, body)
            body.images += [image for image, _definition in _page_references(page).images]
            _read_figures(text, page.body_start_line, body)
            found = sorted(body.images, key=lambda image: image.line)
        page.cache["images"] = found
    return found


def page_links(page: Page) -> list[Link]:
    """The body's links with their lines (remembered on the page)."""
    found = page.cache.get("links")
    if found is None:
        source = page.body
        found = []
        if (
            "](" in source
            or "]:" in source  # a reference-style link's definition
            or ("<" in source and ("<a" in source or "<A" in source))
        ):
            body = Body()
            text = content_prose(page)
            _read_links(text, page.body_start_line, body)
            body.links += _page_references(page).links
            found = sorted(body.links, key=lambda link: link.line)
        page.cache["links"] = found
    return found


def _read_images(text: str, start: int, body: Body) -> None:
    if "!" in text and "![" in text:
        lines = _LineCounter(text, start)
        for m in MD_IMAGE.finditer(text):
            body.images.append(
                Image(
                    m.group(1).strip(),
                    m.group(2).strip("<>"),
                    (m.group(3) or "").strip(),
                    lines.at(m.start()),
                )
            )
    if "<" in text and ("<img" in text or "<IMG" in text or "<Img" in text):
        lines = _LineCounter(text, start)
        for m in _HTML_IMG.finditer(text):
            attrs = {a.lower(): (b or c or d or "") for a, b, c, d in _ATTR.findall(m.group(1))}
            alt = attrs.get("alt")
            line = lines.at(m.start())
            body.images.append(
                Image(
                    alt.strip() if alt is not None else None,
                    attrs.get("src", ""),
                    attrs.get("title", "").strip(),
                    line,
                    html=True,
                    alt_line=_alt_line(m.group(1), _html_alt_at, line, lines.at(m.start(1))),
                )
            )


def _read_links(text: str, start: int, body: Body) -> None:
    if "](" in text:
        lines = _LineCounter(text, start)
        found = [
            (m.group(1).replace("\n", " "), m.group(2).strip("<>"), lines.at(m.start()))
            for m in MD_LINK.finditer(text)
        ]
        if found:
            # Each text is on one line: made plain all at once, one a line (as `plain_words`).
            plain = plain_lines("\n".join([words for words, _url, _line in found]))
            body.links += [
                Link(words, url, line, words_as_written(text) if "{" in text else None)
                for words, (text, url, line) in zip(plain, found, strict=True)
            ]
    if "<" in text and ("<a" in text or "<A" in text):
        lines = _LineCounter(text, start)
        for m in _HTML_LINK.finditer(text):
            attrs = {a.lower(): (b or c or d or "") for a, b, c, d in _ATTR.findall(m.group(1))}
            if "href" in attrs:
                line = lines.at(m.start())
                words = m.group(2)
                body.links.append(
                    Link(plain_words(words), attrs["href"], line, words_as_written(words))
                )


def _read_figures(text: str, start: int, body: Body) -> None:
    """Hugo's `figure` shortcode calls (`{{< figure src="x.png" alt="..." >}}`), each an image
    at the line the call starts on. Hugo takes its caption for the alt text when there is none."""
    if "{{" not in text or "figure" not in text:
        return
    lines = _LineCounter(text, start)
    for call in SHORTCODE_CALL.finditer(text):
        if call.group(1) != "figure":
            continue
        args = shortcode_arguments(call.group(2))
        src = args.get("src")
        if src is None:
            continue
        alt, caption = args.get("alt"), args.get("caption", "")
        if alt is None and caption.strip():
            alt, caption = plain_words(caption), ""  # (what Hugo prints for it)
        line = lines.at(call.start())
        body.images.append(
            Image(
                alt.strip() if alt is not None else None,
                src,
                caption.strip(),
                line,
                shortcode=True,
                alt_line=(
                    _alt_line(call.group(2), _figure_alt_at, line, lines.at(call.start(2)))
                    if "alt" in args
                    else None
                ),
            )
        )


# Where an `<img>`'s alt text is written (the first `alt=` not inside a quoted value before it:
# the attributes are read in order).
_HTML_ALT = re.compile(r"""(?:"[^"]*"|'[^']*'|[^"'])*?(?<![\w:-])alt\s*=""", re.I)


def _html_alt_at(attributes: str) -> int | None:
    m = _HTML_ALT.match(attributes)
    return m.end() if m else None


def _figure_alt_at(arguments: str) -> int | None:
    return shortcode_argument_start(arguments, "alt")


def _alt_line(
    inside: str, alt_at: Callable[[str], int | None], line: int, inside_line: int
) -> int | None:
    """The file line of the alt text in a tag's attributes or a call's arguments (`inside`,
    starting on file line `inside_line`; the image on `line`; `alt_at(inside)`: where its alt
    text is written) when it is on a later line than the image; else None."""
    if "\n" not in inside:
        return None if inside_line == line else inside_line
    at = alt_at(inside)
    if at is None:
        return None
    found = inside_line + inside.count("\n", 0, at)
    return found if found != line else None


class _References(NamedTuple):
    images: list[tuple[Image, ReferenceDefinition]]
    links: list[Link]


def _page_references(page: Page) -> _References:
    """The body's reference-style images and links, read in one pass for both (remembered on
    the page)."""
    found = page.cache.get("references")
    if found is None:
        found = page.cache["references"] = _read_references(page)
    return found


def _read_references(page: Page) -> _References:
    """The reference-style links and images of the content prose, whose definitions are in the
    body (the content prose has them blanked, and examples too: definitions are read from the
    page's prose)."""
    found = _References([], [])
    text = content_prose(page)
    if "]" not in text or "]:" not in page.body:
        return found
    definitions = reference_definitions(page_prose(page))
    if not definitions:
        return found
    lines = _LineCounter(text, page.body_start_line)
    for m in _REF_USE.finditer(text):
        is_image = m.group(1) is not None
        words, label = m.group(2), m.group(3)
        target = definitions.get(reference_label(label or words))
        if target is None or (not words.strip() and not is_image):
            continue
        line = lines.at(m.start())
        if is_image:
            image = Image(words.strip(), target.address, target.title, line, reference=True)
            found.images.append((image, target))
        else:
            found.links.append(
                Link(plain_words(words), target.address, line, words_as_written(words))
            )
    return found


class _LineCounter:
    """File lines of increasing offsets in `text`, counting each newline once."""

    __slots__ = ("text", "first", "offset", "line")

    def __init__(self, text: str, first_line: int) -> None:
        self.text, self.first, self.offset, self.line = text, first_line, 0, first_line

    def at(self, offset: int) -> int:
        if offset < self.offset:  # not in order: count again from the top
            self.offset, self.line = 0, self.first
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line
