"""Code blocks and code spans coloured as Jekyll's kramdown + Rouge prints them.

Jekyll passes `syntax_highlighter: rouge` with `default_lang: plaintext` and `guess_lang: true`,
so every code block (fenced, `~~~`, indented) and every code span goes through Rouge:

    <div class="language-python highlighter-rouge"><div class="highlight"><pre
    class="highlight"><code><span class="k">def</span> ...</code></pre></div></div>
    <code class="language-plaintext highlighter-rouge">x</code>

A language Rouge does not know is not highlighted at all (`<pre><code class="language-x">`).
The token spans come from ports of Rouge's own lexers (`rouge_*.py`, run by `rouge_regex.py`)
for the common languages; the long tail goes through Pygments, whose short class names are
the ones Rouge uses (its spans may split text differently, the text stays the same).

The tokens are cut in `rouge_tokens.py`, printed in `code_html.py`, fences are read in
`code_fences.py`; here: indented blocks, code spans and the extension that puts them together.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.inlinepatterns import BACKTICK_RE, BacktickInlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString, code_escape

from editor_app.core.markdown_ext.code_fences import (
    FenceAwareNormalizeWhitespace,
    QuotedFencePreprocessor,
    RougeFencedBlockPreprocessor,
)
from editor_app.core.markdown_ext.code_html import (
    LANGUAGE_CLASS,
    add_highlighter_class,
    block_html,
    escape,
    plain_block,
)

_PLACEHOLDER = re.compile(r"\x02wzxhzdk:(\d+)\x03")


class RougeTreeprocessor(Treeprocessor):
    """Indented code blocks and code spans (fences are done before parsing)."""

    def run(self, root: etree.Element) -> None:
        blocks: list[tuple[etree.Element, int, etree.Element]] = []
        for parent in root.iter():
            for i, el in enumerate(parent):
                if el.tag == "pre":
                    if len(el) == 1 and el[0].tag == "code" and not el.text:
                        blocks.append((parent, i, el))
                elif el.tag == "code" and parent.tag != "pre":
                    self._span(el)
                elif el.tag == "p" and el.attrib and not len(el) and el.text:
                    self._fence_with_attributes(el)
        for parent, i, pre in blocks:  # replaced after the walk, which must not see them
            self._block(parent, i, pre, nested=parent is not root)

    def _block(self, parent: etree.Element, index: int, pre: etree.Element, nested: bool) -> None:
        code = pre[0]
        attrs = dict(pre.attrib)
        lang = None
        css = attrs.get("class", "")
        if m := LANGUAGE_CLASS.search(css):
            lang = m[1]
            css = LANGUAGE_CLASS.sub("", css, count=1).strip()
            if css:
                attrs["class"] = css
            else:
                del attrs["class"]
        if m := LANGUAGE_CLASS.search(code.get("class", "")):
            lang = lang or m[1]
        # Python-Markdown keeps code text escaped (&, <, >); Rouge wants it as written.
        text = html.unescape(code.text or "")
        out = block_html(text, lang, attrs, nested)
        if out is None:
            if '"' not in text:
                return  # Python-Markdown's own block is already kramdown's
            out = plain_block(text, lang, attrs)  # kramdown leaves quotes unescaped
        placeholder = etree.Element("p")
        placeholder.text = self.md.htmlStash.store(out)
        placeholder.tail = pre.tail
        parent[index] = placeholder

    def _fence_with_attributes(self, p: etree.Element) -> None:
        """`{: .x}` under a fence: kramdown gives it to the code block, not a paragraph."""
        m = _PLACEHOLDER.fullmatch(p.text or "")
        fences = getattr(self.md, "rouge_fences", {})
        if not m or int(m[1]) not in fences:
            return
        text, lang, attrs = fences[int(m[1])]
        attrs = {**attrs, **{k: v for k, v in p.attrib.items() if k != "class"}}
        classes = " ".join(
            c
            for c in (f"language-{lang}" if lang else "", attrs.get("class", ""), p.get("class"))
            if c
        )
        if lm := LANGUAGE_CLASS.search(classes):
            lang = lm[1]
            classes = LANGUAGE_CLASS.sub("", classes, count=1).strip()
        attrs.pop("class", None)
        if classes:
            attrs = {"class": classes, **attrs}
        out = block_html(text, lang, attrs) or plain_block(text, lang, attrs)
        self.md.htmlStash.rawHtmlBlocks[int(m[1])] = out
        p.attrib.clear()

    def _span(self, code: etree.Element) -> None:
        if len(code):  # not a plain code span (raw HTML inside)
            return
        m = LANGUAGE_CLASS.search(code.get("class", ""))
        lang = m[1] if m else None
        text = html.unescape(code.text or "")  # kept escaped by Python-Markdown
        # The lexers load at the first code drawn, not with the window (~0.2 s).
        from editor_app.core.markdown_ext.rouge_tokens import tokens

        runs = tokens(text, lang)
        if runs is None:
            return
        code.set("class", add_highlighter_class(code.get("class", ""), lang or "plaintext"))
        # One child per token; the text stays atomic so no inline rule touches it.
        code.text = None
        last: etree.Element | None = None
        for css, value in runs:
            if not css:
                # Escaped as Python-Markdown keeps code text, so `&amp;` written in the
                # code is not taken for an entity when the tree is written out.
                if last is None:
                    code.text = AtomicString((code.text or "") + escape(value))
                else:
                    last.tail = AtomicString((last.tail or "") + escape(value))
                continue
            last = etree.SubElement(code, "span", {"class": css})
            last.text = AtomicString(escape(value))


class KramdownBacktickProcessor(BacktickInlineProcessor):
    """Code spans keep their spaces as kramdown keeps them: all of them inside single
    backticks (`` `_ ` `` is `_ `), one space trimmed at each end inside longer runs; a
    single backtick with spaces on both sides is text."""

    def handleMatch(  # type: ignore[override]  # noqa: N802 (Python-Markdown's name)
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | str | None, int | None, int | None]:
        if m.group(1):
            return super().handleMatch(m, data)
        begin = start = m.start(0)
        while start < len(data) and data[start] == "`":
            start += 1
        ticks = start - begin
        if (
            ticks == 1
            and (begin == 0 or data[begin - 1].isspace())
            and data[start : start + 1].isspace()
        ):
            return None, begin, start  # kramdown: a lone backtick between spaces is text
        end = data.find("`" * ticks, start)  # the first run of as many, even inside a longer one
        if end < 0:
            return None, begin, start
        text = data[start:end]
        if ticks > 1:
            text = text[1:] if text.startswith(" ") else text
            text = text[:-1] if text.endswith(" ") else text
        el = etree.Element(self.tag)
        el.text = AtomicString(code_escape(text))
        return el, begin, end + ticks


class RougeCodeExtension(Extension):
    """Code coloured as the site's Rouge does; loaded after `fenced_code`."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(FenceAwareNormalizeWhitespace(md), "normalize_whitespace", 30)
        fenced = RougeFencedBlockPreprocessor(md, {"lang_prefix": "language-"})
        md.preprocessors.register(fenced, "fenced_code_block", 25)
        md.preprocessors.register(QuotedFencePreprocessor(md), "kramdown_quoted_fences", 24)
        # After attr_list (8) has put `{:.language-x}` classes in place.
        md.treeprocessors.register(RougeTreeprocessor(md), "kramdown_rouge", 3)
        md.inlinePatterns.register(KramdownBacktickProcessor(BACKTICK_RE), "backtick", 190)
