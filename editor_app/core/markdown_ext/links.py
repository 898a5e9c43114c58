"""Link and image text found without scanning the rest of the page for every `[`.

Python-Markdown looks for the `]` closing a link's text by walking to the end of the
paragraph from each `[`, so a paragraph with thousands of unclosed brackets takes minutes.
The same for the `(` of a link's target. kramdown's output is the same as long as links nest
a few levels at most, which is all anyone writes; deeper than that the brackets are left as
text.

Link definitions (`[x]: url`) only where a block starts, as kramdown reads them: a line
under a paragraph's text is more of the paragraph (Python-Markdown took it out anywhere).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown import inlinepatterns as ip
from markdown.blockprocessors import ReferenceProcessor

_BRACKET = re.compile(r"[\[\]]")
_MAX_NESTING = 8


class _BoundedText:
    """getText that stops at a missing `]` or at absurd nesting."""

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:  # noqa: N802
        depth = 1
        for m in _BRACKET.finditer(data, index):
            depth += 1 if m.group(0) == "[" else -1
            if depth == 0:
                return data[index : m.start()], m.end(), True
            if depth > _MAX_NESTING:
                break
        return "", index, False


# A target with no quote and no parenthesis before its `)`: what nearly every link has.
_PLAIN_TARGET = re.compile(r"""[^()'"]*\)""")


class _PlainTarget:
    """getLink reading a plain `(url)` in one step; anything else as Python-Markdown does.

    For such a target Python-Markdown's character-by-character walk ends at the first `)`
    with no title, which is what this returns.
    """

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:  # noqa: N802
        m = self.RE_LINK.match(data, pos=index)  # type: ignore[attr-defined]
        if m is not None and not m.group(1):
            plain = _PLAIN_TARGET.match(data, m.end())
            if plain is not None:
                href = data[m.end() : plain.end() - 1]
                return self.unescape(href).strip(), None, plain.end(), True  # type: ignore[attr-defined]
        # Python-Markdown walks character by character to the `)` that balances the `(`: from
        # each of thousands of `[x](` it walked to the end of the paragraph (minutes). A target
        # with no `)` at all, or more `(` before its first `)` than anyone nests, is no link.
        close = data.find(")", index)
        if close < 0 or data.count("(", index, close) > _MAX_NESTING:
            return "", None, index, False
        return super().getLink(data, index)  # type: ignore[misc]


class Link(_BoundedText, _PlainTarget, ip.LinkInlineProcessor):
    """`[text](url)`."""


class Image(_BoundedText, _PlainTarget, ip.ImageInlineProcessor):
    """`![alt](src)`."""


class _LabelAsWritten:
    """A reference found by its label as written: a code span inside it (`[`x`][]`) is
    already a placeholder here, which no definition's label matches; it is put back as
    the backticked text before the look-up, as kramdown compares labels."""

    def evalId(self, data: str, index: int, text: str) -> tuple[str | None, int, bool]:  # noqa: N802
        found, end, handled = super().evalId(data, index, text)  # type: ignore[misc]
        if handled and found and _PLACEHOLDER.search(found):
            try:
                stash = self.md.treeprocessors["inline"].stashed_nodes  # type: ignore[attr-defined]
            except KeyError:
                return found, end, handled

            def written(m: re.Match[str]) -> str:
                node = stash.get(m.group(1))
                if node is None or isinstance(node, str):
                    return m.group(0)
                inner = "".join(node.itertext())
                return f"`{inner}`" if node.tag == "code" else inner

            found = _PLACEHOLDER.sub(written, found).lower()
        references = getattr(self.md, "references", {})  # type: ignore[attr-defined]
        if handled and found and found not in references:
            # The typography ran first (`Go's` is `Go’s` here); kramdown compares labels
            # as written.
            written_label = _AS_WRITTEN.sub(lambda m: _TYPOGRAPHY[m.group()], found)
            if written_label in references:
                found = written_label
        return found, end, handled


_TYPOGRAPHY = {
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "–": "--",
    "—": "---",
    "…": "...",
    "«": "<<",
    "»": ">>",
}
_AS_WRITTEN = re.compile("|".join(_TYPOGRAPHY))


_PLACEHOLDER = re.compile("\x02klzzwxh:(\\d+)\x03")


class Reference(_BoundedText, _LabelAsWritten, ip.ReferenceInlineProcessor):
    """`[text][ref]`."""


class ShortReference(_BoundedText, _LabelAsWritten, ip.ShortReferenceInlineProcessor):
    """`[ref]`."""


class ImageReference(_BoundedText, _LabelAsWritten, ip.ImageReferenceInlineProcessor):
    """`![alt][ref]`."""


class ShortImageReference(_BoundedText, _LabelAsWritten, ip.ShortImageReferenceInlineProcessor):
    """`![ref]`."""


class BlockStartReferenceProcessor(ReferenceProcessor):
    """Link definitions at the start of a block only: kramdown's paragraph goes on over a
    `[x]: url` line (its definitions never interrupt a paragraph), where Python-Markdown
    took the line out and cut the paragraph in two."""

    def test(self, parent: etree.Element, block: str) -> bool:
        """Whether the block opens with a definition."""
        return self.RE.match(block) is not None


class LinkTextExtension(Extension):
    """Linear-time link text; link definitions where kramdown reads them."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.parser.blockprocessors.register(BlockStartReferenceProcessor(md.parser), "reference", 15)
        for cls, pattern, name, priority in (
            (Reference, ip.REFERENCE_RE, "reference", 170),
            (Link, ip.LINK_RE, "link", 160),
            (Image, ip.IMAGE_LINK_RE, "image_link", 150),
            (ImageReference, ip.IMAGE_REFERENCE_RE, "image_reference", 140),
            (ShortReference, ip.REFERENCE_RE, "short_reference", 130),
            (ShortImageReference, ip.IMAGE_REFERENCE_RE, "short_image_ref", 125),
        ):
            md.inlinePatterns.register(cls(pattern, md), name, priority)
