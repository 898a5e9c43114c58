"""kramdown's block attribute list written on the line before a block, and its `{::x}` blocks.

`{: .intro}` on its own line directly above a paragraph gives that paragraph the class;
`{::comment}...{:/comment}` becomes an HTML comment, `{::nomarkdown}...{:/nomarkdown}` is
passed through as written and `{::options ... /}` disappears, as kramdown does.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.blockprocessors import BlockProcessor
from markdown.extensions.attr_list import (
    AttrListExtension,
    AttrListTreeprocessor,
    get_attrs_and_remainder,
)
from markdown.inlinepatterns import InlineProcessor
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor

# An IAL, not an ALD (`{:name: ...}`) nor an extension (`{::x}`) nor an end tag (`{:/x}`).
_IAL_LINE = re.compile(r"^ {0,3}\{:(?![\w-]*:|/|:)([^}\n]*)\}[ \t]*\n")
_EXTENSION = re.compile(
    r"^ {0,3}\{::(comment|nomarkdown)\}[ \t]*\n(.*?)^ {0,3}\{:/(?:\1)?\}[ \t]*$", re.M | re.S
)
# An IAL alone on a line at the left margin, right under a block: it belongs to that block.
_IAL_AFTER = re.compile(r"^\{:(?![\w-]*:|/|:)([^}\n]*)\}[ \t]*$")
_TOKEN = re.compile(r"^\ue002(\d+)\ue002$")
_OPTIONS = re.compile(r"^ {0,3}\{::options\b[^}]*/\}[ \t]*$", re.M)


class _KramdownAttrLists(AttrListTreeprocessor):
    """Python-Markdown's attribute lists as kramdown reads them: `{: .x}` and a header's
    `{#id}`, never a bare `{word}` (`## getset(key) {block}` keeps its text)."""

    BASE_RE = r"\{(?=[:#])\:?[ ]*([^\}\n ][^\n]*)\}"
    HEADER_RE = re.compile(rf"[ ]+{BASE_RE}[ ]*$")
    BLOCK_RE = re.compile(rf"\n[ ]*{BASE_RE}[ ]*$")
    INLINE_RE = re.compile(rf"^{BASE_RE}")


class KramdownAttrListExtension(AttrListExtension):
    """`attr_list` with kramdown's stricter syntax."""

    def extendMarkdown(self, md) -> None:  # noqa: ANN001 (Python-Markdown's)
        md.treeprocessors.register(_KramdownAttrLists(md), "attr_list", 8)
        md.registerExtension(self)


def assign_attributes(el: etree.Element, text: str) -> None:
    """Set the attributes written in an attribute list (`.class #id key="value"`) on el."""
    attrs, _ = get_attrs_and_remainder(text)
    for key, value in attrs:
        if key == ".":
            el.set("class", f"{el.get('class')} {value}" if el.get("class") else value)
        else:
            el.set(key, value if value is not None else "")


class IalBeforeProcessor(BlockProcessor):
    """Applies an attribute list on the line above a block to that block."""

    def test(self, parent: etree.Element, block: str) -> bool:
        return _IAL_LINE.match(block) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        block = blocks.pop(0)
        m = _IAL_LINE.match(block)
        assert m is not None
        count = len(parent)
        self.parser.parseBlocks(parent, [block[m.end() :]])
        if len(parent) > count:
            assign_attributes(parent[count], m.group(1))
        return True


class IalAfterPreprocessor(Preprocessor):
    """Sets an IAL that follows a block (table, list, quote, header) apart as a token line.

    Python-Markdown would read it as a table row, list text or quoted text; the token block
    is then applied to the element just before it by `IalAfterProcessor`.
    """

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        fence: str | None = None
        attrs: list[str] = []
        for line in lines:
            stripped = line.strip()
            if fence is not None:
                if stripped.startswith(fence):
                    fence = None
            elif stripped.startswith(("```", "~~~")):
                fence = stripped[:3]
            elif out and out[-1].strip() and (m := _IAL_AFTER.match(line)):
                attrs.append(m.group(1))
                out.extend(["", f"\ue002{len(attrs) - 1}\ue002", ""])
                continue
            out.append(line)
        self.md.kramdown_ial_after = attrs
        return out


class IalAfterProcessor(BlockProcessor):
    """Applies a set-apart IAL to the block before it (a list or quote as a whole)."""

    def test(self, parent: etree.Element, block: str) -> bool:
        return _TOKEN.match(block.strip()) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        m = _TOKEN.match(blocks.pop(0).strip())
        assert m is not None
        attrs = getattr(self.parser.md, "kramdown_ial_after", [])
        index = int(m.group(1))
        if len(parent) and index < len(attrs):
            assign_attributes(parent[-1], attrs[index])
        return True


class IalTokenCleanupPostprocessor(Postprocessor):
    """Puts back, as written, any attribute list whose token landed inside raw HTML."""

    def run(self, text: str) -> str:
        if "\ue002" not in text:
            return text
        attrs = getattr(self.md, "kramdown_ial_after", [])

        def back(m: re.Match[str]) -> str:
            k = int(m.group(1))
            return "{:" + attrs[k] + "}" if k < len(attrs) else ""

        return re.sub(r"\ue002(\d+)\ue002", back, text)


class ExtensionBlockPreprocessor(Preprocessor):
    """`{::comment}`, `{::nomarkdown}` and `{::options /}` blocks, as kramdown treats them."""

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if "{::" not in text:
            return lines

        def replace(m: re.Match[str]) -> str:
            content = m.group(2)
            if m.group(1) == "comment":
                raw = f"<!-- {html.escape(content.strip(), quote=False)} -->"
            else:
                raw = content.rstrip("\n")
            placeholder = self.md.htmlStash.store(raw)
            _unwrapped(self.md).add(placeholder)
            return "\n" + placeholder + "\n"

        text = _EXTENSION.sub(replace, text)
        text = _OPTIONS.sub("", text)
        return text.split("\n")


def _unwrapped(md) -> set[str]:  # noqa: ANN001 (a Markdown instance)
    """The placeholders of `{::nomarkdown}` blocks this render: printed without `<p>`."""
    found = getattr(md, "kramdown_unwrapped", None)
    if found is None or getattr(md, "kramdown_unwrapped_stash", None) is not md.htmlStash:
        found = md.kramdown_unwrapped = set()
        md.kramdown_unwrapped_stash = md.htmlStash
    return found


class NoMarkdownUnwrapPostprocessor(Postprocessor):
    """A `{::nomarkdown}` block holding inline HTML (`<span>`) stays out of a paragraph,
    as kramdown prints it (Python-Markdown wraps what does not start with a block tag)."""

    def run(self, text: str) -> str:
        found = _unwrapped(self.md)
        for placeholder in found:
            text = text.replace(f"<p>{placeholder}</p>", placeholder)
        found.clear()
        return text


# `{::nomarkdown}...{:/}` and `{::comment}...{:/}` inside a paragraph.
_SPAN_EXTENSION = r"\{::(nomarkdown|comment)\}(.*?)\{:/(?:\1)?\}"


class SpanExtensionInlineProcessor(InlineProcessor):
    """kramdown's span extensions: nomarkdown content as written, a comment as `<!-- -->`."""

    def handleMatch(self, m: re.Match[str], data: str):  # noqa: N802 (Python-Markdown's API)
        content = m.group(2)
        if m.group(1) == "comment":
            raw = f"<!-- {html.escape(content.strip(), quote=False)} -->"
        else:
            raw = content
        return self.md.htmlStash.store(raw), m.start(0), m.end(0)


# An attribute list definition on its own line: `{:name: .class #id key="v"}`.
_ALD = re.compile(r"^ {0,3}\{:([A-Za-z][\w-]*):[ \t]*([^}\n]*)\}[ \t]*$")
# An attribute list used on a block or a span (not a definition, extension or end tag).
_IAL = re.compile(r"\{:(?!:|/)(?![A-Za-z][\w-]*:)([^}\n]*)\}")
# A bare word in an attribute list: a reference to a definition (quoted values kept).
_REF = re.compile(r"\"[^\"]*\"|'[^']*'|(?<![\w.#=-])([A-Za-z][\w-]*)(?![\w=-])")


class AttributeDefinitionsPreprocessor(Preprocessor):
    """kramdown's attribute list definitions: `{:ref: .class}` prints nothing, and `{: ref}`
    gives its attributes; a reference to no definition is left out, as kramdown leaves it
    (`toc` is the table of contents' own mark)."""

    def run(self, lines: list[str]) -> list[str]:
        if not _uses_definitions([line for line in lines if "{:" in line]):
            return lines
        from editor_app.core.markdown_ext.code_fences import inside_fences

        fenced = inside_fences(lines)
        definitions: dict[str, str] = {}
        out = list(lines)
        for k, line in enumerate(lines):
            m = _ALD.match(line) if not fenced[k] and "{:" in line else None
            if m:
                definitions[m.group(1)] = m.group(2)
                out[k] = ""
        for k, line in enumerate(out):
            if "{:" in line and not fenced[k]:
                out[k] = _IAL.sub(lambda m: _resolved(m, definitions), line)
        return out


def _uses_definitions(lines: list[str]) -> bool:
    """Whether any line defines an attribute list or names one (a quick look first)."""
    return any(
        _ALD.match(line) or any(_has_reference(m.group(1)) for m in _IAL.finditer(line))
        for line in lines
    )


def _has_reference(attrs: str) -> bool:
    return any(r.group(1) not in (None, "toc") for r in _REF.finditer(attrs))


def _resolved(m: re.Match[str], definitions: dict[str, str], depth: int = 0) -> str:
    line = m.string
    if line.count("`", 0, m.start()) % 2:
        return m.group(0)  # inside a code span
    if not _has_reference(m.group(1)):
        return m.group(0)  # no reference: as written
    return "{:" + _expand(m.group(1), definitions, depth) + "}"


def _expand(attrs: str, definitions: dict[str, str], depth: int) -> str:
    def one(ref: re.Match[str]) -> str:
        name = ref.group(1)
        if name is None or name == "toc":
            return ref.group(0)
        if name in definitions and depth < 10:
            return _expand(definitions[name], definitions, depth + 1)
        return ""

    return re.sub(r"[ \t]{2,}", " ", _REF.sub(one, attrs)).strip() or " "


class BlockIalExtension(Extension):
    """Attribute lists above blocks, and kramdown's extension blocks."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.preprocessors.register(ExtensionBlockPreprocessor(md), "kramdown_extension_blocks", 26)
        # Before the attribute lists are read (28).
        md.preprocessors.register(
            AttributeDefinitionsPreprocessor(md), "kramdown_attribute_definitions", 29
        )
        md.parser.blockprocessors.register(IalBeforeProcessor(md.parser), "kramdown_ial_before", 95)
        md.preprocessors.register(IalAfterPreprocessor(md), "kramdown_ial_after", 28)
        md.parser.blockprocessors.register(IalAfterProcessor(md.parser), "kramdown_ial_after", 96)
        md.postprocessors.register(IalTokenCleanupPostprocessor(md), "kramdown_ial_cleanup", 0)
        # Before the stored HTML is put back (30).
        md.postprocessors.register(NoMarkdownUnwrapPostprocessor(md), "kramdown_nomarkdown", 31)
        md.inlinePatterns.register(
            SpanExtensionInlineProcessor(_SPAN_EXTENSION, md), "kramdown_span_extension", 195
        )
