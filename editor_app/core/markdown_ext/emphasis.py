"""No emphasis inside emphasis of the same kind, as kramdown parses it.

kramdown does not open `*em*` (or `_em_`) while one is already open, nor strong inside
strong: `*a _and_ b*` is `<em>a _and_ b</em>`, not two nested `<em>`. Python-Markdown nests
them, so each emphasis remembers the mark it was written with and a tree pass turns a
nested one back into that text.

kramdown also pairs marks its own way: an opened `_a` (or `*a`) ends at the first mark that
can close it, and the marks that could open inside it are text (`_a _b c_` is `<em>a _b
c</em>`), where Python-Markdown pairs a closing mark with the nearest opening one. Those
inner marks are escaped before the inline patterns run.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import Any

from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

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


_CODE_SPAN = re.compile(r"(`+).*?(?<!`)\1(?!`)", re.S)
# Where the scans stop: marks, what is skipped whole, and (inside an emphasis) what ends it.
# A mark that could open an emphasis (`_` not after a letter): the rest is left at once.
_MAY_OPEN = re.compile(r"\*\S|(?<![^\W\d_])_\S")
_MARK_OR_SKIP = re.compile(r"[*_`\\\x02]")
_MARK_OR_STOP = re.compile(r"[*_`\\\x02\[\]<]")


def _run(text: str, i: int) -> int:
    """The length of the run of marks like `text[i]` starting at `i`."""
    j = i
    while j < len(text) and text[j] == text[i]:
        j += 1
    return j - i


def _opens(text: str, i: int) -> bool:
    """Whether kramdown starts an emphasis at the single mark `text[i]`: not before a space,
    and an underscore not inside a word (`snake_case`, `a-_b`)."""
    if i + 1 >= len(text) or text[i + 1].isspace():
        return False
    if text[i] == "_" and i > 0:
        before = text[i - 1]
        if before.isalpha() or (before == "-" and i > 1 and text[i - 2].isalpha()):
            return False
    return True


def _skip(text: str, j: int) -> int | None:
    """Where a code span, escape or stashed element starting at `j` ends (None: none)."""
    c = text[j]
    if c == "\\":
        return j + 2
    if c == "`":
        m = _CODE_SPAN.match(text, j)
        return m.end() if m else j + _run(text, j)
    if c == "\x02":
        end = text.find("\x03", j)
        return end + 1 if end != -1 else len(text)
    return None


def _closer(text: str, i: int) -> tuple[int, list[int]] | None:
    """kramdown's closing mark for the emphasis opened at `i`, and the marks inside it that
    could open one (text to kramdown); None when there is none or the span holds what this
    does not follow (links, HTML, strong marks)."""
    mark, inner, j = text[i], [], i + 1
    while (next_mark := _MARK_OR_STOP.search(text, j)) is not None:
        j = next_mark.start()
        c = text[j]
        after = _skip(text, j)
        if after is not None:
            j = after
            continue
        if c in "[]<":
            return None
        if c in "*_":
            if (
                c == mark
                and j > i + 1
                and not text[j - 1].isspace()
                and _run(text, j) != 2  # `__` (not `___`) closes no `_` emphasis
                and not (mark == "_" and j + 1 < len(text) and text[j + 1].isalnum())
            ):
                return j, inner
            if _run(text, j) > 1:
                return None
            if _opens(text, j):
                inner.append(j)
        j += 1
    return None


def kramdown_pairs(text: str) -> str:
    """`text` with the marks kramdown reads as text inside an emphasis escaped."""
    if text.count("_") + text.count("*") < 3 or not _MAY_OPEN.search(text):
        return text
    escape: list[int] = []
    i = 0
    while (found_mark := _MARK_OR_SKIP.search(text, i)) is not None:
        i = found_mark.start()
        after = _skip(text, i)
        if after is not None:
            i = after
            continue
        if text[i] in "*_":
            run = _run(text, i)
            found = _closer(text, i) if run == 1 and _opens(text, i) else None
            if found is not None:
                escape += found[1]
                i = found[0] + 1
                continue
            i += run
            continue
        i += 1
    for k in reversed(escape):
        text = text[:k] + "\\" + text[k:]
    return text


class EmphasisPairsTreeprocessor(Treeprocessor):
    """Escapes the marks kramdown reads as text inside an emphasis (see the module)."""

    def run(self, root: etree.Element) -> None:
        for el in root.iter():
            text = el.text
            if not text or ("_" not in text and "*" not in text):
                continue
            if el.tag not in ("pre", "code", "script", "style") and not isinstance(
                text, AtomicString
            ):
                el.text = kramdown_pairs(text)


class EmphasisExtension(Extension):
    """kramdown's emphasis nesting."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        if "em_strong" in md.inlinePatterns:
            _remember_marks(md.inlinePatterns["em_strong"])
        # After the inline patterns (20) made the elements.
        md.treeprocessors.register(NestedEmphasisTreeprocessor(md), "kramdown_nested_em", 19)
        # After the smart quotes (25), before the inline patterns (20).
        md.treeprocessors.register(EmphasisPairsTreeprocessor(md), "kramdown_em_pairs", 24)
