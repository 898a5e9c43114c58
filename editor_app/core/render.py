"""Preview HTML: the body rendered as the site's generator renders it, framed like the page.

The engine follows the site (`core/engines/`): kramdown for Jekyll (Python-Markdown with the
extensions in `core/markdown_ext/`), markdown-it for Eleventy, Goldmark for Hugo; see
docs/RENDERING.md for how well each matches. Templates are never executed: on Jekyll sites
`{{ site.baseurl }}`, `{{ site.url }}`, `{% post_url %}` and `{% link %}` become the values
the site would print; every other tag (Liquid, Nunjucks, Hugo shortcodes) shows as a
visible placeholder (`render_templates.py`); pictures come from the site folder
(`render_images.py`).
"""

from __future__ import annotations

import datetime as _dt
import html
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core.eleventy_layout_tags import (
    layout_prints_tags,
)
from editor_app.core.engines import generator_of, make_engine
from editor_app.core.engines.hugo_feature_state import FeatureShortcodes
from editor_app.core.engines.hugo_include import Including
from editor_app.core.engines.hugo_section_lists import SectionLists
from editor_app.core.engines.hugo_shortcodes import CodeShortcodes, unique_tab_names
from editor_app.core.engines.liquid_includes import IncludeContext
from editor_app.core.engines.templates import (
    LIQUID,
    neutralise,
)
from editor_app.core.page_language import site_page_language, writes_right_to_left
from editor_app.core.render_bidi import latin_runs_isolated
from editor_app.core.render_blocks import Memo, PartsRenderer
from editor_app.core.render_eleventy import EleventyShortcodes
from editor_app.core.render_eleventy_page import EleventyPage, page_scripts
from editor_app.core.render_images import PageImages, text_of
from editor_app.core.render_joins import balanced_html
from editor_app.core.render_templates import TemplateTags
from editor_app.core.sanitize import CSP, sanitize_html
from editor_app.core.site_entries import (
    navigation_key,
    page_title,
    readable_title,
    title_from_name,
)
from editor_app.paths import resources_dir

if TYPE_CHECKING:
    from editor_app.core.document import Document
    from editor_app.core.engines.eleventy_values import PageValues
    from editor_app.core.site import Site


EXCERPT_LABEL = "excerpt ends here"
# Between parts made safe together (a private-use character no page is expected to hold;
# a part holding it is made safe alone).
_PART_MARK = "\ue000"
# Around a group of a long table's rows made safe apart: the table it stands in.
_TABLE_START, _TABLE_END = "<table><tbody>", "</tbody></table>"


def neutralise_liquid(text: str) -> tuple[str, Callable[[str], str]]:
    """Replace every Liquid tag by an inert word; the function puts them back as placeholders.

    In text a tag comes back as `<span class="liquid">{% tag %}</span>`; inside an HTML tag
    (an attribute such as `href`) as its escaped source, so the markup stays valid.
    """
    return neutralise(text, LIQUID)


class Renderer(TemplateTags, PageImages, EleventyPage):
    """Renders Markdown bodies as the site's generator does, and whole preview pages."""

    def __init__(self, site: Site | None = None, engine: str | None = None) -> None:
        """`engine` (one of `ENGINE_NAMES`) overrides the one of the site's generator."""
        self.site = site
        self.generator = generator_of(site)
        self.engine = make_engine(site, engine)
        # The page in parts, each remembered: after an edit only the changed part is redone.
        self.parts = PartsRenderer(self.engine)
        self._safe_parts = Memo()  # each part's sanitised HTML
        self._post_urls: dict[str, str] | None = None  # per-site data, built once
        self._stylesheet: str | None = None
        self._template: string.Template | None = None
        self._shortcodes: CodeShortcodes | None = None
        self._including: dict[str, Including] | None = None  # Hugo shortcodes printing Markdown
        self._features: FeatureShortcodes | None = None  # Hugo's new-in / deprecated-in
        self._includes_context: IncludeContext | None = None  # Jekyll includes run
        self._section_lists: SectionLists | None = None  # Hugo's lists of a section's pages
        self._eleventy: EleventyShortcodes | None = None  # its shortcodes, read once

    # -- the body ------------------------------------------------------------------------

    def render_markdown(self, text: str) -> str:
        """The site engine's HTML of Markdown text that holds no template tags."""
        return self.parts.render(text)

    def render_body(
        self, markdown_text: str, templates: bool = True, page: dict[str, Any] | None = None
    ) -> str:
        """HTML of a page body as the site renders it, template tags shown as placeholders;
        with `templates` off (the page turns them off, `runs_templates`) tags are text.
        `page`: the page's front matter, what a Jekyll include may read of it."""
        if not templates:
            return self.parts.render(markdown_text)
        return self.parts.render(
            self._as_generator_reads(markdown_text, page), self.with_tags_inert
        )

    # -- the page ------------------------------------------------------------------------

    def render_page(self, doc: Document, schema: Any = None) -> str:
        """A whole preview page: the body framed like the site's page, no script, no network."""
        fm = doc.front_matter if isinstance(doc.front_matter, dict) else {}
        data_files = self._eleventy_data_files(doc)  # found once: layout, address, scripts
        chain = self._eleventy_layout_chain(doc, data_files)  # once: keys, title, tags
        values = self._eleventy_values(doc, data_files, chain)  # once: for the body and the title
        body = self._page_body(doc, data_files, values)
        if "svg-container" in body:  # Hugo's GoAT diagrams, at their own size
            from editor_app.core.engines.goldmark_ext.goat import natural_size

            body = natural_size(body)
        given = self._given_title(doc, fm, data_files, values, chain)
        if given and getattr(self.site, "generator", None) != "hugo":
            given = readable_title(given)  # the site puts it in as HTML; Hugo escapes it
        # Without a title, the name the page list gives it (menu name, else its file's name).
        title = (
            given
            or (navigation_key(fm) if self.generator == "eleventy" else page_title(fm))
            or (title_from_name(doc.path.stem) if doc.path else "Untitled")
        )
        # A page without a title whose text opens with its own heading (Eleventy's docs) is
        # shown as the site shows it: that heading alone, not the file name above it.
        untitled_with_heading = not given and body.lstrip().startswith("<h1")
        header = (
            [] if untitled_with_heading else [f'<h1 class="page-title">{html.escape(title)}</h1>']
        )
        subtitle = text_of(fm.get("subtitle"))
        if subtitle:
            header.append(f'<p class="page-subtitle">{html.escape(subtitle)}</p>')
        meta = []
        author = _join(fm.get("author") or fm.get("authors"))
        if author:
            meta.append(f'<span class="page-author">{html.escape(author)}</span>')
        date = human_date(fm.get("date"))
        if date:
            meta.append(f'<time class="page-date">{html.escape(date)}</time>')
        if meta:
            header.append('<p class="page-meta">' + " · ".join(meta) + "</p>")
        tags = fm.get("tags")
        if (
            tags
            and self.generator == "eleventy"
            and not layout_prints_tags(self.site, fm, doc.path, data_files, chain)
        ):
            tags = None  # Eleventy's tags name collections: shown when the layout prints them
        topics = _as_list(fm.get("topics") or tags or fm.get("categories"))
        if topics:
            header.append(
                '<ul class="page-topics">'
                + "".join(f"<li>{html.escape(t)}</li>" for t in topics)
                + "</ul>"
            )
        # What the preview cannot show as the site will (e.g. Markdown plugins it lacks).
        notes = self.engine.notes_for(doc.body, body)
        header += [f'<p class="render-note">{html.escape(n)}</p>' for n in notes]
        image = self._image_url(fm, doc, schema)
        if image:
            alt = html.escape(text_of(fm.get("image_alt")) or "")
            header.append(
                f'<figure class="page-image"><img src="{html.escape(image)}" alt="{alt}" /></figure>'
            )
        # The page's own language (`lang: ar`): right to left for scripts written so.
        language = self._language(doc)
        direction = ' dir="rtl"' if writes_right_to_left(language) else ""
        if direction:
            body = latin_runs_isolated(body)
        return self._page_template().substitute(
            csp=CSP,
            lang=html.escape(language),
            direction=direction,
            title=html.escape(title),
            # The generator named on the body: the stylesheet's rules for one site's markup
            # (11ty.dev's tabs, avatars) apply to that generator's pages alone.
            site_mark=f' class="generator-{self.generator}"' if self.generator else "",
            stylesheet=self._css(),
            header="\n".join(header),
            body=body,
        )

    def page_body_html(self, doc: Document) -> str:
        """The body's HTML of `doc` as the site renders it (`render_body`, its templates on or
        off as the page says), on a right-to-left page its Latin runs isolated as the
        preview shows them (`render_bidi`): what `editor-app render --body` prints."""
        fm = doc.front_matter if isinstance(doc.front_matter, dict) else None
        body = self.render_body(doc.body, templates=self.runs_templates(doc), page=fm)
        if writes_right_to_left(self._language(doc)):
            body = latin_runs_isolated(body)
        return body

    def _language(self, doc: Document) -> str:
        """The page's language (`core/page_language.py`), English when none is given: with
        Hugo's settings too, so a page of a language's own content folder (`contentDir`, or a
        `[[module.mounts]]` for that language) is previewed in it, right to left for Persian."""
        fm = doc.front_matter if isinstance(doc.front_matter, dict) else {}
        return site_page_language(self.site, fm, doc.path) or "en"

    def _page_body(
        self,
        doc: Document,
        data_files: list[Path] | None = None,
        values: PageValues | None = None,
    ) -> str:
        """The body's safe HTML: local images, the excerpt's end marked, sanitised.

        Part by part when the body is rendered in parts and each part's HTML stands alone
        (`balanced_html`), each part's safe HTML remembered: the same as doing it whole.
        """
        root = self.site.root if self.site is not None else None
        if self.runs_templates(doc):
            fm = doc.front_matter if isinstance(doc.front_matter, dict) else None
            files = self._eleventy_data_files(doc) if data_files is None else data_files
            if values is None:
                values = self._eleventy_values(doc, files)
            parts = self.parts.render_parts(
                self._as_generator_reads(doc.body, fm, page_scripts(files), values),
                self.with_code_coloured,
            )
        else:  # the page turns templates off: its tags are text, as the site prints them
            parts = self.parts.render_parts(doc.body, self.as_written)
        separator = self.site.excerpt_separator if self.site is not None else "<!--more-->"
        if len(parts) > 1 and "\n" not in separator.strip():
            ready: list[str] = []
            marked = False
            for part in parts:
                if "<img" in part:
                    part = self._local_images(part, doc)
                if not marked and separator.strip() and separator.strip() in part:
                    part, marked = self._mark_excerpt(part), True
                ready.append(part)
            safe = self._sanitize_parts(ready, root, self.parts.table_joins)
            if safe is not None:
                return unique_tab_names("".join(safe))
        body = self._local_images("".join(parts), doc)
        body = self._mark_excerpt(body)
        return unique_tab_names(sanitize_html(body, root))

    def forget_parts(self) -> None:
        """Forget the parts of pages rendered so far (their HTML and safe HTML)."""
        self.parts.forget()
        self._safe_parts.clear()

    def _sanitize_parts(
        self, parts: list[str], root: Path | None, joins: list[tuple[bool, bool]] | None = None
    ) -> list[str] | None:
        """Each part's safe HTML (remembered), None when a part cannot be taken alone.

        The parts not remembered yet are made safe in one call, a mark between them (a
        character for private use, kept as written) to cut the result at: a part whose
        elements are all closed reads the same beside others as alone. A group of a long
        table's rows (`joins`, see `PartsRenderer.table_joins`) is made safe inside the
        table it stands in (`<table><tbody>`), which is then left out.
        """
        if joins is None or len(joins) != len(parts):
            joins = [(False, False)] * len(parts)
        parts = [
            (_TABLE_START if inside else "") + part + (_TABLE_END if goes_on else "")
            for part, (inside, goes_on) in zip(parts, joins, strict=True)
        ]
        safe: list[str | None] = []
        missing: list[int] = []
        for k, part in enumerate(parts):
            found = self._safe_parts.get((part, root))
            if found is not None and found[0] is None:
                return None
            safe.append(None if found is None else found[0])
            if found is None:
                missing.append(k)
        for k in missing:
            if not balanced_html(parts[k]):
                self._safe_parts.put((parts[k], root), (None,), len(parts[k]))
                return None
        cleaned: list[str] = []
        if len(missing) > 1 and not any(_PART_MARK in parts[k] for k in missing):
            joined = sanitize_html(_PART_MARK.join(parts[k] for k in missing), root)
            cleaned = joined.split(_PART_MARK)
        if len(cleaned) != len(missing):
            cleaned = [sanitize_html(parts[k], root) for k in missing]
        for k, clean in zip(missing, cleaned, strict=True):
            inside, goes_on = joins[k]
            if inside or goes_on:
                start = len(_TABLE_START) if inside else 0
                end = len(clean) - (len(_TABLE_END) if goes_on else 0)
                if not (
                    clean.startswith(_TABLE_START if inside else "")
                    and clean.endswith(_TABLE_END if goes_on else "")
                    and start <= end
                ):
                    self._safe_parts.put((parts[k], root), (None,), len(parts[k]))
                    return None
                clean = clean[start:end]
            self._safe_parts.put((parts[k], root), (clean,), 2 * len(parts[k]))
            safe[k] = clean
        return [part or "" for part in safe]

    def _css(self) -> str:
        if self._stylesheet is None:
            self._stylesheet = (resources_dir() / "preview" / "preview.css").read_text("utf-8")
        return self._stylesheet

    def _page_template(self) -> string.Template:
        if self._template is None:
            text = (resources_dir() / "preview" / "page.html").read_text("utf-8")
            self._template = string.Template(text)
        return self._template

    def _mark_excerpt(self, body: str) -> str:
        separator = self.site.excerpt_separator if self.site is not None else "<!--more-->"
        if not separator.strip() or separator.strip() not in body:
            return body
        rule = f'<span class="excerpt-rule" role="separator"><span>{EXCERPT_LABEL}</span></span>'
        return body.replace(separator.strip(), rule, 1)


def human_date(value: Any) -> str:
    """A date as people write it: `1 March 2025` (empty when there is none)."""
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
        if not m:
            return value.strip()
        try:
            value = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return value.strip()
    if isinstance(value, _dt.date):
        return f"{value.day} {value:%B %Y}"
    return ""


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if v is not None and str(v).strip()]
    text = str(value).strip()
    return [text] if text else []


def _join(value: Any) -> str:
    return ", ".join(_as_list(value))
