"""Template tags in a page body as the preview shows them: never executed; on Jekyll sites
`{{ site.baseurl }}`, `{{ site.url }}`, `{% post_url %}` and `{% link %}` become the values the
site would print, Hugo's code shortcodes are drawn, every other tag is a visible placeholder."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core import safe_paths
from editor_app.core.engines.eleventy_code import with_code_drawn
from editor_app.core.engines.eleventy_colour import coloured_code
from editor_app.core.engines.eleventy_include_reasons import tag_reason
from editor_app.core.engines.eleventy_tabs import with_tablists
from editor_app.core.engines.eleventy_values import PageValues, looped_or_set, with_known_values
from editor_app.core.engines.hugo_feature_state import FeatureShortcodes
from editor_app.core.engines.hugo_include import Including, including_shortcodes, with_includes
from editor_app.core.engines.hugo_not_drawn import ShortcodeReasons
from editor_app.core.engines.hugo_param import with_params_shown
from editor_app.core.engines.hugo_section_lists import SectionLists
from editor_app.core.engines.hugo_shortcode_templates import shortcode_templates
from editor_app.core.engines.hugo_shortcodes import CodeShortcodes
from editor_app.core.engines.jekyll_highlight import stash_highlights
from editor_app.core.engines.liquid_includes import IncludeContext
from editor_app.core.engines.liquid_page import with_page_liquid
from editor_app.core.engines.site_tags import eleventy_tag_names, unknown_tag_reason
from editor_app.core.engines.template_includes import with_includes_shown
from editor_app.core.engines.templates import (
    neutralise_for,
    without_comments,
    without_quiet_blocks,
    without_set_tags,
)
from editor_app.core.hugo_urlize import path_settings
from editor_app.core.render_eleventy import EleventyShortcodes, with_front_matter_values
from editor_app.core.render_templates_off import page_runs_templates

if TYPE_CHECKING:
    from editor_app.core.document import Document
    from editor_app.core.site import Site


def _unchanged(rendered: str) -> str:
    return rendered


_SITE_VAR = re.compile(r"\{\{-?\s*site\.(baseurl|url)\s*-?\}\}")
_POST_URL = re.compile(r"\{%-?\s*post_url\s+([^\s%]+)\s*-?%\}")
_LINK = re.compile(r"\{%-?\s*link\s+([^\s%]+)\s*-?%\}")


class TemplateTags:
    """The template half of `Renderer`: the text an engine reads, tags made inert, and how
    to put them back."""

    site: Site | None
    generator: str | None
    engine: Any
    _post_urls: dict[str, str] | None
    _shortcodes: CodeShortcodes | None
    _including: dict[str, Including] | None
    _features: FeatureShortcodes | None
    _includes_context: IncludeContext | None
    _section_lists: SectionLists | None
    _eleventy: EleventyShortcodes | None

    def runs_templates(self, doc: Document) -> bool:
        """False when the page turns its generator's templates off (Jekyll's
        `render_with_liquid: false`, Eleventy's `templateEngineOverride: md`, in its header or
        what the site gives it, or Eleventy's `markdownTemplateEngine: false`): its tags are
        then text (`render_templates_off.page_runs_templates`)."""
        if self.generator not in ("jekyll", "eleventy"):
            return True
        fm = doc.front_matter if isinstance(doc.front_matter, dict) else {}
        implied: dict = {}
        if self.site is not None and doc.path is not None:
            try:
                implied = self.site.implied_values(doc.path)
            except (OSError, ValueError):
                implied = {}  # the page's own header still says
        root = self.site.root if self.site is not None else None
        return page_runs_templates(self.generator, fm, implied, root)

    def as_written(self, text: str) -> tuple[str, Callable[[str], str]]:
        """The text of a page whose templates are off, as the engine reads it: tags left as
        written (the engine prints them as text); Eleventy's code still coloured as Prism
        colours it (see `with_code_coloured`)."""
        if self.generator == "eleventy":
            return text, coloured_code
        return text, _unchanged

    def _include_context(self, page: dict[str, Any] | None) -> IncludeContext | None:
        """What a Jekyll include file run in the preview may read: the site's settings and
        data, `page` (the front matter of the page shown; None when not known)."""
        if self.site is None or self.generator != "jekyll":
            return None
        if self._includes_context is None:
            self._includes_context = IncludeContext(self.site.config, self.site.layout.data)
        self._includes_context.page = page
        self._includes_context.reasons.clear()  # a render's own: none left of the last page
        return self._includes_context

    def _as_generator_reads(
        self,
        body: str,
        page: dict[str, Any] | None = None,
        page_scripts: tuple[Path, ...] = (),
        values: PageValues | None = None,
    ) -> str:
        """`body` as the site's Markdown reads it: without comments, Nunjucks set and Liquid
        capture blocks (they print nothing; taken out before the page is cut into parts, which could
        cut one). Hugo reads no template tags in a page, but its including shortcodes'
        Markdown is read as the page's (`engines/hugo_include.py`)."""
        if self.generator == "hugo":
            if self.site is None or "{{%" not in body:
                return body
            if self._including is None:
                self._including = including_shortcodes(self.site.root)
            folders = [folder for folder, _ in self.site.layout.content]
            accents = path_settings(self.site.layout.config).remove_accents
            body = with_includes(body, self._including, folders, remove_accents=accents)
            if "param" not in shortcode_templates(self.site.root):
                params = self.site.layout.config.get("params")
                body = with_params_shown(body, page, params if isinstance(params, dict) else None)
            if self._section_lists is None:
                self._section_lists = SectionLists(self.site.root, folders, self.site.layout.config)
            return self._section_lists.with_lists(body)
        body = without_comments(body, nunjucks=self.generator == "eleventy")
        eleventy = self._eleventy_shortcodes()
        if eleventy is not None:  # what an include may decide by the page's address
            url = values.page.get("url") if values is not None else None
            eleventy.includes.page_url = url if isinstance(url, str) else None
            eleventy.includes.page_scripts = page_scripts  # named in a placeholder's hover
            eleventy.includes.values = values
            eleventy.includes.shadowed = looped_or_set(body) if values is not None else set()
        if self.site is not None and self.generator in ("jekyll", "eleventy"):
            # An include of a plain snippet is its text (before the highlight filter reads
            # the page: an include left is the one that can print a set block's code).
            body = with_includes_shown(
                body,
                self.site.layout.includes,
                self.site.config,
                self.generator == "jekyll",
                context=self._include_context(page),
                eleventy=eleventy.includes if eleventy is not None else None,
            )
        if self.generator == "jekyll":
            # The page's own loops, conditions and outputs of the site's data, run as Jekyll
            # runs them where the preview knows all they read (`engines/liquid_page.py`).
            includes = self.site.layout.includes if self.site is not None else None
            body = with_page_liquid(body, self._includes_context, includes)
        if eleventy is not None:
            body = eleventy.drawn(body)
            body = with_front_matter_values(body, page)  # `{{ eleventyNavigation.key }}`
            if values is not None:  # `{{ config.kickstarterUrl }}`, from `_data/config.js`
                body = with_known_values(body, values)
            # The highlight filter reads what the set blocks hold.
            includes = self.site.layout.includes if self.site is not None else None
            root = self.site.root if self.site is not None else None
            body = with_code_drawn(
                body, includes, root, shortcodes=eleventy.drawn, filters=eleventy.string_filters
            )
            body = with_tablists(body, root)  # 11ty.dev's syntax tabs written in the page
            body = without_set_tags(body)  # `{% set x = 1 %}` prints nothing
        return without_quiet_blocks(body)

    def _eleventy_shortcodes(self) -> EleventyShortcodes | None:
        """The Eleventy site's shortcodes the preview draws, read once (None on other
        sites); the reasons its includes are not drawn, a render's own."""
        if self.generator != "eleventy":
            return None
        if self._eleventy is None:
            root = self.site.root if self.site is not None else None
            layout = self.site.layout if self.site is not None else None
            self._eleventy = EleventyShortcodes(root, self.engine, layout)
        self._eleventy.includes.reasons.clear()
        return self._eleventy

    def without_templates(self, text: str) -> tuple[str, Callable[[str], str]]:
        """The text an engine reads (template tags inert) and how to put the tags back, of
        a whole page as written."""
        return self.with_tags_inert(self._as_generator_reads(text))

    def with_tags_inert(self, text: str) -> tuple[str, Callable[[str], str]]:
        """`without_templates` of text already as the generator reads it
        (`_as_generator_reads`): what each part of a page is prepared with, the page read
        once before it is cut (read again for each part it cost one more pass per part)."""
        if self.generator == "hugo":
            if self._features is None:
                self._features = FeatureShortcodes(self.site.root if self.site else None)
            text, put_back = self._features.stash(text, self.engine.render)
            text, restore = self._code_shortcodes().neutralise(
                text, ShortcodeReasons(self.site.root if self.site else None)
            )
            return text, lambda rendered: put_back(restore(rendered))
        if self.generator in (None, "jekyll"):
            text, put_code_back = stash_highlights(text)  # before its tags are made inert
            reason_of = self._includes_context.reasons.get if self._includes_context else None
            text, restore = neutralise_for(
                self.generator, self._substitute_liquid(text), reason_of=reason_of
            )
            return text, lambda rendered: put_code_back(restore(rendered))
        return neutralise_for(self.generator, text, reason_of=self._eleventy_reason)

    def _eleventy_reason(self, tag: str) -> str | None:
        """Why an Eleventy page's tag is not drawn: its include's reason, else the tag's own
        (`eleventy_include_reasons.tag_reason`)."""
        eleventy = self._eleventy
        reason = eleventy.includes.reasons.get(tag) if eleventy is not None else None
        if reason or self.generator != "eleventy":
            return reason
        includes = self.site.layout.includes if self.site is not None else None
        name = re.match(r"\{%-?\s*(\w+)", tag.strip())
        known = None
        if eleventy is not None:  # the site's tag names, read with its shortcodes
            known = eleventy.tag_names
        elif self.site is not None and name:
            known = eleventy_tag_names(self.site.root)
        if known and name and name.group(1) not in known and not name.group(1).startswith("end"):
            # (an end tag's own reason sends the reader to its first tag, told here)
            return unknown_tag_reason(name.group(1), known, "tag")
        if eleventy is None:
            return tag_reason(tag, includes, set())
        return tag_reason(tag, includes, eleventy.includes.names, eleventy.includes.page_scripts)

    def with_code_coloured(self, text: str) -> tuple[str, Callable[[str], str]]:
        """`with_tags_inert`, and on Eleventy sites code blocks coloured as Prism colours
        them when the site is built (`engines/eleventy_colour.py`): what the preview shows.
        The body's HTML alone (`render_body`, `editor-app render`) stays markdown-it's."""
        text, restore = self.with_tags_inert(text)
        if self.generator != "eleventy":
            return text, restore
        return text, lambda rendered: restore(coloured_code(rendered))

    def _code_shortcodes(self) -> CodeShortcodes:
        """The Hugo shortcodes that print code (`code-toggle`, `highlight`), drawn with the
        site's highlighting settings."""
        if self._shortcodes is None:
            settings = getattr(self.engine, "settings", None)
            if settings is None:  # another engine asked for: the site's settings still
                from editor_app.core.engines.goldmark import GoldmarkEngine

                settings = GoldmarkEngine.for_site(
                    self.site.root if self.site else None, hooks=False
                ).settings
            options = {k: v for k, v in settings.code_options if k != "codefences"}
            self._shortcodes = CodeShortcodes(
                settings.no_classes,
                settings.code_style,
                options,
                self.site.root if self.site is not None else None,
            )
            self._shortcodes.render_markdown = self.engine.render
        return self._shortcodes

    def _substitute_liquid(self, text: str) -> str:
        """Put in the values Liquid would print for the site's own variables and links."""
        if "{" not in text:
            return text
        config = self.site.config if self.site is not None else {}

        def site_var(m: re.Match[str]) -> str:
            value = config.get(m.group(1))
            return str(value) if value is not None else ""

        text = _SITE_VAR.sub(site_var, text)
        if self.site is None:
            return text
        text = _POST_URL.sub(lambda m: self._post_url(m.group(1)) or m.group(0), text)
        return _LINK.sub(lambda m: self._link_url(m.group(1)) or m.group(0), text)

    def _post_url(self, name: str) -> str | None:
        if self._post_urls is None:
            self._post_urls = {}
            assert self.site is not None
            posts = self.site.root / "_posts"
            if posts.is_dir():
                for path in sorted(posts.rglob("*.md")) + sorted(posts.rglob("*.markdown")):
                    rel = path.relative_to(posts).with_suffix("").as_posix()
                    url = self.site.url_for(path)
                    if url is not None:
                        self._post_urls.setdefault(rel, url)
                        self._post_urls.setdefault(path.stem, url)
        return self._post_urls.get(name.strip())

    def _link_url(self, relative: str) -> str | None:
        assert self.site is not None
        target = self.site.resolve_inside(relative.strip())
        if target is None or not safe_paths.is_file(target):
            return None
        if target.suffix.lower() in (".md", ".markdown", ".html"):
            return self.site.url_for(target)
        return "/" + target.relative_to(self.site.root.resolve()).as_posix()
