"""Python-Markdown extensions that make its output match kramdown's, one behaviour each."""

from __future__ import annotations

from markdown import Extension
from markdown.extensions.footnotes import FootnoteExtension

from editor_app.core.markdown_ext.block_guards import BlockGuardsExtension
from editor_app.core.markdown_ext.block_ial import BlockIalExtension, KramdownAttrListExtension
from editor_app.core.markdown_ext.blockquotes import BlockquoteExtension
from editor_app.core.markdown_ext.code import RougeCodeExtension
from editor_app.core.markdown_ext.deflists import DefListsExtension
from editor_app.core.markdown_ext.emphasis import EmphasisExtension
from editor_app.core.markdown_ext.entities import EntitiesExtension
from editor_app.core.markdown_ext.footnotes import FootnotesExtension
from editor_app.core.markdown_ext.gfm import GfmExtension
from editor_app.core.markdown_ext.headers import HeaderIdExtension
from editor_app.core.markdown_ext.html_tags import HtmlTagsExtension
from editor_app.core.markdown_ext.inline import TriggeredInlineExtension
from editor_app.core.markdown_ext.interrupt import InterruptExtension
from editor_app.core.markdown_ext.lazy_code import LazyCodeExtension
from editor_app.core.markdown_ext.links import LinkTextExtension
from editor_app.core.markdown_ext.lists import ListExtension
from editor_app.core.markdown_ext.math import MathExtension
from editor_app.core.markdown_ext.more import MoreExtension
from editor_app.core.markdown_ext.paragraphs import ParagraphExtension
from editor_app.core.markdown_ext.serializer import SerializerExtension
from editor_app.core.markdown_ext.setext import SetextExtension
from editor_app.core.markdown_ext.table_rows import TableRowsExtension
from editor_app.core.markdown_ext.toc import TocExtension
from editor_app.core.markdown_ext.typography import TypographyExtension


def kramdown_extensions(
    auto_ids: bool = True, hard_wrap: bool = False, quotes: dict[str, str] | None = None
) -> list[Extension | str]:
    """Everything the renderer loads, in the order that matters.

    The arguments are the site's `kramdown:` options: `auto_ids`, `hard_wrap`, and
    `smart_quotes` as what to print for each of the four curly quotes.
    """
    extensions: list[Extension | str] = [
        "tables",
        # Notes numbered in the order they are first referred to, as kramdown numbers them.
        FootnoteExtension(USE_DEFINITION_ORDER=False),
        KramdownAttrListExtension(),
        "md_in_html",
        "def_list",
        DefListsExtension(),
        "abbr",
        "fenced_code",
        "sane_lists",
        RougeCodeExtension(),
        LazyCodeExtension(),
        ListExtension(),
        BlockquoteExtension(),
        InterruptExtension(),
        BlockIalExtension(),
        GfmExtension(),
        LinkTextExtension(),
        EmphasisExtension(),
        MathExtension(),
        FootnotesExtension(),
        MoreExtension(),
        ParagraphExtension(),
        SetextExtension(),
        TableRowsExtension(),
        TypographyExtension(quotes),
        HeaderIdExtension(),
        TocExtension(),
        SerializerExtension(),
        HtmlTagsExtension(),
        EntitiesExtension(),
        # Speed only, the same output; last, as they wrap what the others registered.
        TriggeredInlineExtension(),
        BlockGuardsExtension(),
    ]
    if not auto_ids:
        extensions = [e for e in extensions if not isinstance(e, HeaderIdExtension)]
    if hard_wrap:
        extensions.insert(0, "nl2br")
    return extensions
