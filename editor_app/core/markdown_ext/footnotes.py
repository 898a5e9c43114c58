"""Footnotes printed as kramdown prints them (classes, roles, back links, no rule).

Notes no reference points to are left out, as kramdown leaves them out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor

_REF = re.compile(r'<sup id="fnref(\d*):([^"]*)"><a href="#fn:([^"]*)" class="footnote-ref">')
_BACK = re.compile(
    r'(?:\u00a0|&#160;)?<a href="#fnref(\d*):([^"]*)" class="footnote-backref"[^>]*>'
    r"(?:\u21a9|&#8617;)(?:\ufe0e|&#65038;)?</a>"
)


def _ref_id(number: str, name: str) -> str:
    """kramdown's id for the n-th reference to a note: `fnref:x`, then `fnref:x:1`, ..."""
    return f"fnref:{name}" if number in ("", "1") else f"fnref:{name}:{int(number) - 1}"


def _back(m: re.Match[str]) -> str:
    number = m.group(1)
    mark = "" if number in ("", "1") else f"<sup>{number}</sup>"
    return (
        f' <a href="#{_ref_id(number, m.group(2))}" class="reversefootnote" '
        f'role="doc-backlink">&#8617;{mark}</a>'
    )


def _ref(m: re.Match[str]) -> str:
    return (
        f'<sup id="{_ref_id(m.group(1), m.group(2))}" role="doc-noteref">'
        f'<a href="#fn:{m.group(3)}" class="footnote" rel="footnote">'
    )


class FootnotesPostprocessor(Postprocessor):
    """Rewrites Python-Markdown's footnote markup into kramdown's."""

    def run(self, text: str) -> str:
        if "footnote" not in text:
            return text
        text = _REF.sub(_ref, text)
        text = text.replace(
            '<div class="footnote">\n<hr />\n<ol>',
            '<div class="footnotes" role="doc-endnotes">\n<ol>',
        )
        text = re.sub(r'<li id="fn:([^"]*)">', r'<li id="fn:\1" role="doc-endnote">', text)
        return _BACK.sub(_back, text)


class UnusedNotesTreeprocessor(Treeprocessor):
    """Drops notes that nothing refers to (and the list when none is left)."""

    def run(self, root: etree.Element) -> None:
        holders = [
            (parent, div)
            for parent in root.iter()
            for div in parent
            if div.tag == "div" and div.get("class") == "footnote"
        ]
        if not holders:
            return
        used = {
            a.get("href", "")[4:]
            for a in root.iter("a")
            if a.get("class") == "footnote-ref" and a.get("href", "").startswith("#fn:")
        }
        for parent, div in holders:
            for ol in div.iter("ol"):
                for li in list(ol):
                    if li.tag == "li" and li.get("id", "")[3:] not in used:
                        ol.remove(li)
                if not len(ol):
                    parent.remove(div)
                break


class FootnotesExtension(Extension):
    """kramdown's footnote markup (needs Python-Markdown's `footnotes`)."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.postprocessors.register(FootnotesPostprocessor(md), "kramdown_footnotes", 1)
        # After the references are made (inline, 20), before Python-Markdown puts the notes in
        # their order (19), which fails on a note nothing refers to (`[^]:` alone).
        md.treeprocessors.register(UnusedNotesTreeprocessor(md), "kramdown_unused_notes", 19.5)
