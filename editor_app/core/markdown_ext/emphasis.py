"""No emphasis inside emphasis of the same kind, as kramdown parses it.

kramdown does not open `*em*` (or `_em_`) while one is already open, nor strong inside
strong: `*a _and_ b*` is `<em>a _and_ b</em>`, not two nested `<em>`. Python-Markdown nests
them, so each emphasis remembers the mark it was written with and a tree pass turns a
nested one back into that text.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

MARK = "data-kramdown-mark"


def _remember_marks(processor: Any) -> None:
    """Wrap the delimiter processor so each `<em>`/`<strong>` records its opening mark."""
    build = processor._build_element

    # Python-Markdown up to 3.11.3 passes an offset into `data`; 3.11.4 builds from the whole
    # text (no offset argument).
    def build_with_marks(data: str, start: int = 0, *offset_given: int) -> tuple[Any, int]:
        el, idx = build(data, start, *offset_given)
        offset = offset_given[0] if offset_given else 0
        regions = processor.regions[start : start + idx]
        # Elements are made one per region, nested in region order: pre-order matches.
        for node, region in zip(el.iter(), regions, strict=False):
            if node.tag in ("em", "strong"):
                node.set(MARK, data[region[0] + offset : region[1] + offset])
        return el, idx

    processor._build_element = build_with_marks


def _unwrap(parent: etree.Element, index: int, el: etree.Element, mark: str) -> None:
    """Replace `el` (child `index` of `parent`) by its mark, content and mark."""
    text = mark + (el.text or "")
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        prev = parent[index - 1]
        prev.tail = (prev.tail or "") + text
    children = list(el)
    parent.remove(el)
    for k, child in enumerate(children):
        parent.insert(index + k, child)
    closing = mark[::-1] + (el.tail or "")
    if children:
        last = children[-1]
        last.tail = (last.tail or "") + closing
    elif index == 0:
        parent.text = (parent.text or "") + closing
    else:
        prev = parent[index - 1]
        prev.tail = (prev.tail or "") + closing


class NestedEmphasisTreeprocessor(Treeprocessor):
    """Emphasis inside emphasis of its own kind printed as the text it was written as."""

    def run(self, root: etree.Element) -> None:
        self._walk(root, set())
        for el in root.iter():
            if MARK in el.attrib:
                del el.attrib[MARK]

    def _walk(self, el: etree.Element, open_kinds: set[str]) -> None:
        k = 0
        while k < len(el):
            child = el[k]
            mark = child.get(MARK)
            if mark is not None and child.tag in open_kinds:
                _unwrap(el, k, child, mark)
                continue  # its children now sit at k: look at them too
            inner = open_kinds | {child.tag} if mark is not None else open_kinds
            self._walk(child, inner)
            k += 1


class EmphasisExtension(Extension):
    """kramdown's emphasis nesting."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        if "em_strong" in md.inlinePatterns:
            _remember_marks(md.inlinePatterns["em_strong"])
        # After the inline patterns (20) made the elements.
        md.treeprocessors.register(NestedEmphasisTreeprocessor(md), "kramdown_nested_em", 19)
