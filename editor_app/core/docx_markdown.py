"""HTML from Word, Google Docs, LibreOffice, web pages or `mammoth` turned into clean Markdown.

Each source wraps the same few things (headings, bold and italic, links, lists, quotes,
tables) in its own soup: Word pastes lists as indented paragraphs with the bullet typed in,
Google Docs marks bold with `font-weight:700` on spans inside a `<b>` that means "not bold",
LibreOffice wraps everything in `<font>`. The soup is first brought back to plain HTML
(`clean_pasted_html`), then written as Markdown by `markdownify`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, Tag
from markdownify import MarkdownConverter

from editor_app.core.sanitize import _link_allowed

# Gone with everything inside: nothing a reader of the page would see.
_DROP = ("script", "style", "head", "title", "meta", "link", "noscript", "template", "svg",
         "iframe", "object", "embed", "xml", "o:p", "button", "input", "select", "textarea")  # fmt: skip
# Kept for their words only.
_UNWRAP = ("span", "font", "o:wrapblock", "u", "ins", "center", "section", "article", "main",
           "header", "footer", "nav", "aside", "form", "label", "small", "big", "abbr", "cite",
           "time", "mark", "figure", "picture", "body", "html")  # fmt: skip
_LIST_LEVEL = re.compile(r"mso-list:\s*(\w+)\s+level(\d+)", re.I)
_ORDERED_MARK = re.compile(r"^\s*(?:\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]\s*$")
_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
_NOT_BOLD = re.compile(r"font-weight\s*:\s*(?:normal|[1-4]00)", re.I)
_ITALIC = re.compile(r"font-style\s*:\s*italic", re.I)
_STRUCK = re.compile(r"text-decoration[^;]*line-through", re.I)
_MONO = re.compile(r"font-family\s*:[^;]*(?:courier|consolas|monaco|mono)", re.I)
_HEADING_CLASS = re.compile(r"^Mso(Title|Heading(\d))$", re.I)
_ENTITY_LIKE = re.compile(r"&(?=#|[A-Za-z0-9]+;)")
_TAG_OPEN = re.compile(r"<(?=\S)")
# Marks that would start a heading, quote or list when a line begins with them.
_LINE_START = re.compile(r"(^|\n[ \t]{0,3})(#{1,6}(?=\s|$)|>|[-+](?=\s))")
_NUMBERED = re.compile(r"(^|\n[ \t]{0,3})(\d{1,9})([.)])(?=\s|$)")
_MARK_FIRST = re.compile(r"\A(#{1,6}(?=\s|$)|>|[-+](?=\s))")
_NUMBER_FIRST = re.compile(r"\A(\d{1,9})([.)])(?=\s|$)")
# Deeper than any editor nests (Word's lists and tables stay under 30): read as plain words.
_MAX_DEPTH = 150
_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING = re.compile(r"[ \t]+\n")


def html_to_markdown(html: str, keep_image: Callable[[str, str], str | None] | None = None) -> str:
    """Clean Markdown for HTML pasted from Word, Google Docs, LibreOffice or a web page.

    Headings, bold/italic, links, lists, quotes, tables and code are kept; colours, fonts and
    classes are not. Links the preview would refuse (e.g. `javascript:`) keep only their words.
    `keep_image(src, alt) -> str | None` says what address an image gets in the Markdown
    (None: the image is left out, its alt text kept); without it only web images are kept.
    """
    converter = _Converter(keep_image=keep_image)
    soup = BeautifulSoup(html, "html.parser")
    try:
        if _depth(soup) > _MAX_DEPTH:
            raise RecursionError
        soup = clean_pasted_html(soup)
        text = converter.convert_soup(soup)
    except RecursionError:
        # Tags nested thousands deep (no editor makes them): the words, one paragraph a line.
        lines = (" ".join(line.split()) for line in soup.get_text("\n").split("\n"))
        text = "\n\n".join(
            _escape_block_start(converter.escape(line, set())) for line in lines if line
        )
    text = _TRAILING.sub("\n", text.replace("\u00a0", " "))
    return _BLANK_LINES.sub("\n\n", text).strip() + "\n" if text.strip() else ""


def clean_pasted_html(html: str | BeautifulSoup) -> BeautifulSoup:
    """The HTML with each source's soup replaced by plain tags."""
    soup = html if isinstance(html, BeautifulSoup) else BeautifulSoup(html, "html.parser")
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Declaration, Doctype))):
        node.extract()
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(style=re.compile(r"mso-list\s*:\s*Ignore", re.I)):
        # Word's typed bullet or number in front of a list item: it says which kind of list.
        item = tag.find_parent("p")
        if item is not None and not item.get("data-list-marker"):
            item["data-list-marker"] = tag.get_text(strip=True).replace("\u00a0", "")
        tag.decompose()
    for tag in soup.find_all(True):
        _plain_formatting(soup, tag)
    _word_lists(soup)
    for tag in soup.find_all(True):
        if tag.name in _UNWRAP:
            tag.unwrap()
    for cell in soup.find_all(["td", "th"]):
        _flatten_cell(soup, cell)
    return soup


def _depth(soup: BeautifulSoup) -> int:
    """How deep tags nest (counted without recursion)."""
    deepest = 0
    stack = [(soup, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth <= _MAX_DEPTH:
            stack.extend((child, depth + 1) for child in node.children if isinstance(child, Tag))
    return deepest


def _plain_formatting(soup: BeautifulSoup, tag: Tag) -> None:
    """Google Docs and LibreOffice formatting written in `style` becomes tags."""
    style = tag.get("style") or ""
    if tag.name == "b" and _NOT_BOLD.search(style):
        tag.unwrap()  # Google Docs' outer wrapper
        return
    classes = " ".join(tag.get("class") or [])
    heading = _HEADING_CLASS.match(classes) if tag.name == "p" else None
    if heading:
        tag.name = f"h{heading.group(2) or 1}"
    if tag.name in ("span", "font") and style:
        wrappers = []
        if _BOLD.search(style):
            wrappers.append("strong")
        if _ITALIC.search(style):
            wrappers.append("em")
        if _STRUCK.search(style):
            wrappers.append("del")
        if _MONO.search(style):
            wrappers.append("code")
        if tag.get_text().strip():
            for name in wrappers:
                tag.wrap(soup.new_tag(name))
    if tag.name == "p" and tag.get("role") == "heading":
        level = tag.get("aria-level") or "2"
        tag.name = f"h{level}" if level in "123456" else "h2"


def _word_lists(soup: BeautifulSoup) -> None:
    """Word's list paragraphs (`mso-list: l0 level1`) grouped into real nested lists."""
    groups: list[list[Tag]] = []  # runs of list paragraphs one after the other
    for p in soup.find_all("p"):
        if not _LIST_LEVEL.search(p.get("style") or ""):
            continue
        if (
            groups
            and p.find_previous_sibling() is groups[-1][-1]
            and _list_id(p) == _list_id(groups[-1][-1])
        ):
            groups[-1].append(p)
        else:
            groups.append([p])
    for group in groups:
        top: Tag | None = None
        stack: list[tuple[int, Tag]] = []  # (level, list element), outermost first
        for p in group:
            level = int(_LIST_LEVEL.search(p.get("style") or "").group(2))
            while stack and stack[-1][0] > level:
                stack.pop()
            if stack and stack[-1][0] == level:
                lst = stack[-1][1]
            else:
                marker = p.get("data-list-marker") or ""
                lst = soup.new_tag("ol" if _ORDERED_MARK.match(marker) else "ul")
                if stack:
                    items = stack[-1][1].find_all("li", recursive=False)
                    (items[-1] if items else stack[-1][1]).append(lst)
                else:
                    top = lst
                stack.append((level, lst))
            li = soup.new_tag("li")
            li.extend(list(p.contents))
            lst.append(li)
        if top is not None:
            group[0].insert_before(top)
        for p in group:
            p.decompose()


def _list_id(p: Tag) -> str:
    m = _LIST_LEVEL.search(p.get("style") or "")
    return m.group(1).lower() if m else ""


def _flatten_cell(soup: BeautifulSoup, cell: Tag) -> None:
    """A Markdown table cell is one line: paragraphs inside it are joined with spaces."""
    for block in cell.find_all(["p", "div", "br", "li"]):
        block.insert_after(NavigableString(" "))
        block.unwrap()
    for lst in cell.find_all(["ul", "ol"]):
        lst.unwrap()


# A line holding only `^` ends a block in kramdown and is not shown (`\^` shows the backslash):
# written as its character reference, which every renderer shows as `^`.
_CARET_LINE = re.compile(r"^([ \t]*)\^([ \t]*)$", re.M)


def _escape_block_start(text: str) -> str:
    """A paragraph whose words begin with a block mark (after spaces) keeps it as a word."""
    text = _CARET_LINE.sub(r"\1&#94;\2", text)
    stripped = text.lstrip(" \t\n")
    if not stripped or stripped[0] == "\\":
        return text
    lead = text[: len(text) - len(stripped)]
    stripped = _NUMBER_FIRST.sub(r"\1\\\2", stripped)
    return lead + _MARK_FIRST.sub(r"\\\1", stripped)


# Raised or lowered characters every renderer shows without HTML: 10⁶ must not become "106",
# nor x² "x2" (Markdown has no superscript; Hugo leaves raw <sup> out by default).
_SUPERSCRIPT = str.maketrans("0123456789+-=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ")
_SUBSCRIPT = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")


def _raised(text: str, table: dict[int, str]) -> str:
    """Superscript or subscript text in the characters made for it, when each one has its
    own (`2` -> `²`); other text (`1st`'s `st`) is kept as plain letters, as before."""
    kept = text.translate(table)
    return kept if text.strip() and all(ord(c) in table for c in text) else text


class _Converter(MarkdownConverter):
    def __init__(
        self, keep_image: Callable[[str, str], str | None] | None = None, **options
    ) -> None:
        options.setdefault("heading_style", "ATX")
        options.setdefault("bullets", "-")
        options.setdefault("strong_em_symbol", "*")
        options.setdefault("table_infer_header", True)
        options.setdefault("newline_style", "backslash")
        options.setdefault("escape_misc", False)
        options.setdefault("code_language", "")
        super().__init__(**options)
        self._keep_image = keep_image

    def escape(self, text, parent_tags):  # noqa: ANN001, ANN201 (markdownify's API)
        # Escapes all three renderers (kramdown, markdown-it, Goldmark) read the same way: the
        # words stay words (`1. Introduction` is no list, `<script>` typed is no tag).
        if not text:
            return text
        text = super().escape(text.replace("\\", "\\\\"), parent_tags)
        text = _ENTITY_LIKE.sub("&amp;", text)
        text = _TAG_OPEN.sub("&lt;", text)
        # `]` too: link words holding brackets ("trusts [law]") ended the link at their `]`.
        text = text.replace("`", "\\`").replace("[", "\\[").replace("]", "\\]")
        text = text.replace("|", "\\|")
        text = _NUMBERED.sub(r"\1\2\\\3", text)
        return _LINE_START.sub(r"\1\\\2", text)

    def convert_p(self, el, text, parent_tags):  # noqa: ANN001, ANN201
        return super().convert_p(el, _escape_block_start(text), parent_tags)

    def convert_sup(self, el, text, parent_tags):  # noqa: ANN001, ANN201
        return _raised(text, _SUPERSCRIPT)

    def convert_sub(self, el, text, parent_tags):  # noqa: ANN001, ANN201
        return _raised(text, _SUBSCRIPT)

    def convert_li(self, el, text, parent_tags):  # noqa: ANN001, ANN201
        return super().convert_li(el, _escape_block_start(text), parent_tags)

    def convert_a(self, el, text, parent_tags):  # noqa: ANN001 (markdownify's API)
        href = el.get("href") or ""
        if href.startswith("#") or not _link_allowed(href, None) or href.startswith("file:"):
            return text  # Word's own bookmarks, and links the preview would refuse
        # A space ends an address in markdown-it and Goldmark: written as %20 it links on all.
        el["href"] = re.sub(r"\s", lambda m: f"%{ord(m.group(0)):02X}", href.strip())
        return super().convert_a(el, text, parent_tags)

    def convert_img(self, el, text, parent_tags):  # noqa: ANN001
        src = el.get("src") or ""
        alt = el.get("alt") or ""
        if self._keep_image is not None:
            kept = self._keep_image(src, alt)
        else:
            kept = src if re.match(r"^https?://", src) else None
        if kept is None:
            return alt
        el["src"] = kept
        return super().convert_img(el, text, parent_tags)
