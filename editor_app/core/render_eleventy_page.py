"""The Eleventy half of `Renderer` for one page: its data files, its address, the values its
templates may read (`engines/eleventy_values.py`) and the heading its layouts print."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core import site_eleventy
from editor_app.core.eleventy_layout_tags import (
    LayoutChain,
    layout_data_keys,
    layout_heading_fields,
    page_layout_chain,
)
from editor_app.core.engines.eleventy_values import PageValues, page_values, with_known_values
from editor_app.core.site_entries import field_text, title_value

if TYPE_CHECKING:
    from editor_app.core.document import Document
    from editor_app.core.site import Site


_DATA_SETTING = re.compile(r"setDataDirectory|\bdata\s*:\s*[\"'`]")


class EleventyPage:
    """What `Renderer` knows of an Eleventy page beyond its body."""

    site: Site | None
    generator: str | None
    engine: Any

    def _given_title(
        self,
        doc: Document,
        fm: dict,
        data_files: list[Path],
        values: PageValues | None = None,
        chain: LayoutChain | None = None,
    ) -> str | None:
        """The title the page's header gives: `title` or a field named for one
        (`title_value`). On an Eleventy site with a layout, the first value its layouts print
        as a heading that the page has (`layout_heading_fields`; computed from the page's
        known values when its data computes it, 11ty.dev's quick tips' "Quick Tip: {{
        tiptitle }}"), else `title`, else none (the page's own heading shows): 11ty.dev's
        `relatedTitle`, the words of its "Related Docs" lists, is no heading of the page."""
        if self.generator != "eleventy" or self.site is None:
            return title_value(fm)
        fields = layout_heading_fields(self.site, fm, doc.path, data_files, chain)
        if fields is None:
            return title_value(fm)
        if values is None:
            values = self._eleventy_values(doc, data_files, chain)
        data = values.data if values is not None else fm
        computed = data.get("eleventyComputed")
        for field in [*fields, "title"]:
            made = computed.get(field) if isinstance(computed, dict) else None
            if isinstance(made, str) and values is not None:
                made = with_known_values(made, values)
                if "{" not in made and made.strip():
                    return made
            value = field_text(data, field)  # the page list's rule (`title_value`)
            if value is not None:
                return value
        return None

    def _eleventy_data_files(self, doc: Document) -> list[Path]:
        """An Eleventy page's directory and template data files (`eleventy_data_files`),
        found once a render for its layout, its address and its data files in JavaScript;
        none for another generator or a page without a file. The page's path resolved, as
        the site's folders are (`editor-app render` may be given a relative one)."""
        if self.generator != "eleventy" or self.site is None or doc.path is None:
            return []
        source = Path(self.site.layout.source or self.site.root).resolve()
        return site_eleventy.eleventy_data_files(source, Path(doc.path).resolve())

    def _eleventy_layout_chain(
        self, doc: Document, data_files: list[Path]
    ) -> LayoutChain | None:
        """The Eleventy page's layout chain (`page_layout_chain`), read once a render for the
        keys it sets, the headings it prints and whether it prints the tags; None on another
        generator's site."""
        if self.generator != "eleventy" or self.site is None:
            return None
        fm = doc.front_matter if isinstance(doc.front_matter, dict) else {}
        return page_layout_chain(self.site, fm, doc.path, data_files)

    def _eleventy_values(
        self,
        doc: Document,
        data_files: list[Path] | None = None,
        chain: LayoutChain | None = None,
    ) -> PageValues | None:
        """What the Eleventy page's templates may read that is known for certain
        (`eleventy_values.page_values`: its `page.*` fields, its data, the site's global data
        written as literals); None for another generator or a page without a file
        (`chain`: its layout chain, when already read)."""
        if self.generator != "eleventy" or self.site is None or doc.path is None:
            return None
        source = Path(self.site.layout.source or self.site.root).resolve()
        path = Path(doc.path).resolve()
        if data_files is None:
            data_files = self._eleventy_data_files(doc)
        directory, unread = site_eleventy.eleventy_data(source, path, data_files)
        fm = doc.front_matter if isinstance(doc.front_matter, dict) else {}
        data = {**directory, **fm}
        # `page.url` (`eleventy_page_url`): None when not known for certain (no page
        # written, a permalink made by a template).
        url = site_eleventy.eleventy_page_url(source, path, data, unread)
        return page_values(
            Path(self.site.root).resolve(),
            source,
            path,
            data,
            url if isinstance(url, str) else None,
            page_scripts(data_files),
            layout_data_keys(self.site, fm, doc.path, data_files, chain),
            self._eleventy_data_folder(source),
        )

    def _eleventy_data_folder(self, source: Path) -> Path | None:
        """The Eleventy site's global data folder: `_data` in its input folder; None when its
        configuration names another (not read here), so no global value is known."""
        known: dict[Path, Path | None] = self.__dict__.setdefault("_data_folders", {})
        if source not in known:  # the configuration, read once by the engine, searched once
            texts = getattr(self.engine, "config_texts", None) or []
            named = any(_DATA_SETTING.search(text) for text in texts)
            known[source] = None if named else source / "_data"
        return known[source]


def page_scripts(data_files: list[Path]) -> tuple[Path, ...]:
    """An Eleventy page's own data files in JavaScript (`filters.11tydata.js`) among its data
    files: what a placeholder's hover may name as where a value comes from."""
    return tuple(f for f in data_files if f.name.endswith((".js", ".cjs", ".mjs")))
