"""GFM details of kramdown's parser: `~~del~~`, `\\` line breaks, `#` headers need a space,
plain `mailto:` autolinks, task lists and table alignment without a trailing `;`."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.blockprocessors import HashHeaderProcessor, HRProcessor
from markdown.inlinepatterns import InlineProcessor, SimpleTagInlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString


class GfmHashHeaderProcessor(HashHeaderProcessor):
    """`# Header` only with a space or tab after the hashes (GFM); `#tag` stays text."""

    RE = re.compile(
        r"(?:^|\n)(?P<level>#{1,6})[\t ]+(?P<header>(?:\\.|[^\\])*?)(?:[\t ]#+)?[\t ]*(?:\n|$)"
    )

    def test(self, parent: etree.Element, block: str) -> bool:
        # A header's `#` starts the block or a line (`(?:^|\n)#`): other blocks are not
        # searched (the search is slow on long ones, and `#` is common in link targets).
        return (block.startswith("#") or "\n#" in block) and self.RE.search(block) is not None


class BlockStartHRProcessor(HRProcessor):
    """A rule only where a block starts: kramdown never lets `***` end a paragraph."""

    def test(self, parent: etree.Element, block: str) -> bool:
        # Only a rule on the block's first line counts: match there rather than search the
        # whole block (the same match: a search returns the leftmost one).
        m = self.SEARCH_RE.match(block)
        if m:
            self.match = m
            return True
        return False


class HardBreakInlineProcessor(InlineProcessor):
    """A backslash at the end of a line is a line break."""

    def handleMatch(self, m: re.Match[str], data: str):  # noqa: N802 (Python-Markdown's API)
        return etree.Element("br"), m.start(0), m.end(0)


class MailtoInlineProcessor(InlineProcessor):
    """`<name@example.org>` as a plain mailto link (kramdown does not obfuscate it here)."""

    def handleMatch(self, m: re.Match[str], data: str):  # noqa: N802 (Python-Markdown's API)
        el = etree.Element("a")
        address = m.group(1)
        el.set("href", "mailto:" + address.removeprefix("mailto:"))
        el.text = AtomicString(address.removeprefix("mailto:"))
        return el, m.start(0), m.end(0)


_TASK = re.compile(r"\A\s*\[([ xX])\]\s+")
_ALIGN = re.compile(r"text-align: (\w+);")


class GfmTreeprocessor(Treeprocessor):
    """Task-list check boxes, table alignment style and image attribute order as kramdown."""

    def run(self, root: etree.Element) -> None:
        for el in root.iter():
            if el.tag in ("th", "td") and "style" in el.attrib:
                el.set("style", _ALIGN.sub(r"text-align: \1", el.get("style")))
            elif el.tag in ("ul", "ol"):
                self._task_list(el)
            elif el.tag == "img" and "title" in el.attrib:
                # kramdown: src, alt, title, then the rest.
                items = dict(el.attrib)
                el.attrib.clear()
                for key in ("src", "alt", "title"):
                    if key in items:
                        el.set(key, items.pop(key))
                for key, value in items.items():
                    el.set(key, value)

    @staticmethod
    def _task_list(lst: etree.Element) -> None:
        is_task_list = False
        for li in lst:
            if li.tag != "li":
                continue
            holder = li[0] if len(li) and li[0].tag == "p" and not (li.text or "").strip() else li
            m = _TASK.match(holder.text or "")
            if m:
                box = etree.Element("input")
                box.set("type", "checkbox")
                box.set("class", "task-list-item-checkbox")
                box.set("disabled", "disabled")
                if m.group(1) != " ":
                    box.set("checked", "checked")
                box.tail = holder.text[m.end() :]
                holder.text = None
                holder.insert(0, box)
                is_task_list = True
            if is_task_list:
                li.set("class", "task-list-item")
        if is_task_list:
            lst.set("class", "task-list")


class GfmExtension(Extension):
    """kramdown's GFM parser details."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        # kramdown's GFM escapes: \\ . * _ + ` < > ( ) [ ] { } # ! : | " ' $ = - ~
        for char in "\\.*_+`<>()[]{}#!:|\"'$=-~":
            if char not in md.ESCAPED_CHARS:
                md.ESCAPED_CHARS.append(char)
        md.parser.blockprocessors.register(GfmHashHeaderProcessor(md.parser), "hashheader", 70)
        md.parser.blockprocessors.register(BlockStartHRProcessor(md.parser), "hr", 50)
        md.inlinePatterns.register(
            HardBreakInlineProcessor(r"\\(?=\n)", md), "kramdown_hard_break", 185
        )
        md.inlinePatterns.register(
            # Bounded, so a page of stray `~~` stays linear; no one strikes out 2000 characters.
            SimpleTagInlineProcessor(r"(~~)(?!\s|~)(.{0,2000}?[^\s~])~~", "del"),
            "kramdown_del",
            65,
        )
        md.inlinePatterns.register(
            MailtoInlineProcessor(r"<(?:mailto:)?([^<> !]+@[^@<> ]+)>", md), "automail", 110
        )
        md.treeprocessors.register(GfmTreeprocessor(md), "kramdown_gfm", 4)
