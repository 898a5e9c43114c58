"""markdown-it-py plugins that make its output Goldmark's (as Hugo configures it), one each."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markdown_it import MarkdownIt

from editor_app.core.engines.goldmark_ext.code import chroma_code_plugin
from editor_app.core.engines.goldmark_ext.deflist import goldmark_deflist_plugin
from editor_app.core.engines.goldmark_ext.footnotes import goldmark_footnote_plugin
from editor_app.core.engines.goldmark_ext.gfm import strikethrough_plugin, task_list_plugin
from editor_app.core.engines.goldmark_ext.headings import headings_plugin
from editor_app.core.engines.goldmark_ext.image_alt import image_alt_plugin
from editor_app.core.engines.goldmark_ext.linkify import linkify_plugin
from editor_app.core.engines.goldmark_ext.paragraphs import (
    block_attributes_plugin,
    unwrap_images_plugin,
)
from editor_app.core.engines.goldmark_ext.raw_html import html_block_plugin, omit_raw_html_plugin
from editor_app.core.engines.goldmark_ext.tables import goldmark_tables_plugin
from editor_app.core.engines.goldmark_ext.typographer import CONFIG_NAMES, typographer_plugin
from editor_app.core.engines.markdown_it_compat import punctuation_only_flanking
from editor_app.core.engines.markdown_it_html import goldmark_html_rules

# `[markup.highlight]` options that act as every fence's own options.
_FENCE_DEFAULTS = frozenset(
    "linenos linenumbersintable linenostart hl_lines codefences guesssyntax".split()
)


@dataclass(frozen=True)
class Settings:
    """The Goldmark switches Hugo reads from `[markup.goldmark]` (Hugo's defaults here)."""

    unsafe: bool = False
    # `[markup.goldmark.renderer]`: a line break for every newline; `<br />` and `<hr />`.
    hard_wraps: bool = False
    xhtml: bool = False
    typographer: bool = True
    linkify: bool = True
    table: bool = True
    strikethrough: bool = True
    task_list: bool = True
    definition_list: bool = True
    footnote: bool = True
    auto_heading_id: bool = True
    heading_id_type: str = "github"
    attribute_title: bool = True
    attribute_block: bool = False
    wrap_standalone_image: bool = True
    # `[markup.highlight]`: Hugo colours code with inline styles unless `noClasses = false`.
    typographer_substitutions: tuple[tuple[str, str], ...] = ()
    no_classes: bool = True
    code_style: str = "monokai"
    # The rest of `[markup.highlight]` (`lineNos`...), lower-cased, as fence options.
    code_options: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_config(
        cls, goldmark: dict[str, Any], highlight: dict[str, Any] | None = None
    ) -> Settings:
        def table(*keys: str) -> dict:
            node: Any = goldmark
            for key in keys:
                node = node.get(key) if isinstance(node, dict) else None
            return node if isinstance(node, dict) else {}

        ext = {k.lower(): v for k, v in table("extensions").items()}
        parser = {k.lower(): v for k, v in table("parser").items()}
        attribute = {k.lower(): v for k, v in table("parser", "attribute").items()}
        code = {k.lower(): v for k, v in (highlight or {}).items()}

        def switch(value: Any, default: bool) -> bool:
            if isinstance(value, dict):  # e.g. `[extensions.typographer] disable = true`
                return not value.get("disable", False)
            return value if isinstance(value, bool) else default

        return cls(
            unsafe=bool(table("renderer").get("unsafe", False)),
            hard_wraps=switch(
                {k.lower(): v for k, v in table("renderer").items()}.get("hardwraps"), False
            ),
            xhtml=switch(table("renderer").get("xhtml"), False),
            typographer=switch(ext.get("typographer"), True),
            typographer_substitutions=tuple(
                (CONFIG_NAMES[k.lower()], str(v))
                for k, v in (ext.get("typographer") or {}).items()
                if isinstance(ext.get("typographer"), dict) and k.lower() in CONFIG_NAMES and v
            ),
            linkify=switch(ext.get("linkify"), True),
            table=switch(ext.get("table"), True),
            strikethrough=switch(ext.get("strikethrough"), True),
            task_list=switch(ext.get("tasklist"), True),
            definition_list=switch(ext.get("definitionlist"), True),
            footnote=switch(ext.get("footnote"), True),
            auto_heading_id=switch(parser.get("autoheadingid"), True),
            heading_id_type=str(parser.get("autoheadingidtype") or "github").lower(),
            attribute_title=switch(attribute.get("title"), True),
            attribute_block=switch(attribute.get("block"), False),
            wrap_standalone_image=switch(parser.get("wrapstandaloneimagewithinparagraph"), True),
            no_classes=switch(code.get("noclasses"), True),
            code_style=str(code.get("style") or "monokai"),
            code_options=tuple(
                (k, str(v).lower() if isinstance(v, bool) else str(v))
                for k, v in code.items()
                if k in _FENCE_DEFAULTS
            ),
        )


def install(md: MarkdownIt, settings: Settings) -> None:
    """Switch on the behaviours `settings` asks for, in the order that matters."""
    # Hugo prints HTML5 (`<br>`, `<hr>`, `<img ...>`) unless the site asks for XHTML.
    md.options["xhtmlOut"] = settings.xhtml
    md.options["breaks"] = settings.hard_wraps
    # Goldmark's delimiters count Unicode punctuation, not symbols: `😢_(a)_` is no emphasis.
    punctuation_only_flanking(md)
    goldmark_html_rules(md)  # `<!DOCTYPE` in capitals only, `<meta>` a block...
    if settings.table:
        md.enable("table")
        md.use(goldmark_tables_plugin)
    if settings.strikethrough:
        md.use(strikethrough_plugin)
    if settings.task_list:
        md.use(task_list_plugin)
    if settings.definition_list:
        md.use(goldmark_deflist_plugin)
    if settings.footnote:
        md.use(goldmark_footnote_plugin)
    if settings.linkify:
        md.use(linkify_plugin, bool(settings.typographer))
    if settings.typographer:
        md.use(typographer_plugin, dict(settings.typographer_substitutions))
    md.use(image_alt_plugin)  # after the typographer: its entities go into the alt text
    md.use(
        headings_plugin,
        auto=settings.auto_heading_id,
        style=settings.heading_id_type,
        attributes=settings.attribute_title,
    )
    if settings.attribute_block:
        md.use(block_attributes_plugin)
    if not settings.wrap_standalone_image:
        md.use(unwrap_images_plugin)
    if not settings.unsafe:
        md.use(omit_raw_html_plugin)
    else:
        md.use(html_block_plugin)
    md.use(
        chroma_code_plugin,
        no_classes=settings.no_classes,
        style=settings.code_style,
        defaults=dict(settings.code_options),
    )
