"""kramdown's table of contents: a list marked `{:toc}` is replaced by links to the headers."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

_HEADERS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _entry_children(header: etree.Element) -> tuple[str, list[etree.Element]]:
    """The header's inline content for a TOC link: links and footnote marks unwrapped."""
    holder = copy.deepcopy(header)
    for parent in list(holder.iter()):
        for child in list(parent):
            if child.tag == "a" or (child.tag == "sup" and "fnref" in (child.get("id") or "")):
                child.tag = "span"
                child.attrib.clear()
    return holder.text or "", list(holder)


class TocTreeprocessor(Treeprocessor):
    """Builds the nested list of header links in place of the `{:toc}` list."""

    def run(self, root: etree.Element) -> None:
        marked = None
        for lst in root.iter():
            if lst.tag in ("ul", "ol") and (
                "toc" in lst.attrib or any("toc" in li.attrib for li in lst)
            ):
                marked = lst
                break
        if marked is None:
            return
        kind = marked.tag
        headers = [
            h
            for h in root.iter()
            if h.tag in _HEADERS and "no_toc" not in (h.get("class") or "").split() and h.get("id")
        ]
        tail = marked.tail
        kept = {k: v for k, v in marked.attrib.items() if k not in ("toc", "id")}
        marked.clear()
        marked.tail = tail
        marked.tag = kind
        marked.set("id", "markdown-toc")
        marked.text = "\n"  # kramdown's line breaks between the list's tags
        for key, value in kept.items():
            marked.set(key, value)
        stack: list[tuple[int, etree.Element, etree.Element]] = []  # (level, li, sub-list)
        for h in headers:
            level = int(h.tag[1])
            li = etree.Element("li")
            a = etree.SubElement(li, "a")
            a.set("href", "#" + h.get("id"))
            a.set("id", "markdown-toc-" + h.get("id"))
            text, children = _entry_children(h)
            a.text = text
            for child in children:
                a.append(child)
            li.tail = "\n"
            sub = etree.Element(kind)
            sub.text = "\n"
            while True:
                if not stack:
                    marked.append(li)
                    break
                if stack[-1][0] < level:
                    stack[-1][2].append(li)
                    break
                self._close(stack.pop())
            stack.append((level, li, sub))
        while stack:
            self._close(stack.pop())

    @staticmethod
    def _close(entry: tuple[int, etree.Element, etree.Element]) -> None:
        _, li, sub = entry
        if len(sub):
            li[-1].tail = "\n"
            sub.tail = "\n"
            li.append(sub)


class TocExtension(Extension):
    """`* TOC\\n{:toc}` tables of contents."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        # After header ids (5), before GFM details (4).
        md.treeprocessors.register(TocTreeprocessor(md), "kramdown_toc", 4.5)
