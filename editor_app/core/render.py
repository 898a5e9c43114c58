"""Preview HTML: the body rendered as the site's generator renders it, framed like the page.

The engine follows the site (`core/engines/`): kramdown for Jekyll (Python-Markdown with the
extensions in `core/markdown_ext/`), markdown-it for Eleventy, Goldmark for Hugo; see
docs/RENDERING.md for how well each matches. Templates are never executed: on Jekyll sites
`{{ site.baseurl }}`, `{{ site.url }}`, `{% post_url %}` and `{% link %}` become the values
the site would print; every other tag (Liquid, Nunjucks, Hugo shortcodes) shows as a
visible placeholder.
"""

from __future__ import annotations

import datetime as _dt
import html
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from editor_app.core import safe_paths
from editor_app.core.engines import generator_of, make_engine
from editor_app.core.engines.hugo_shortcodes import CodeShortcodes, unique_tab_names
from editor_app.core.engines.templates import (
    LIQUID,
    neutralise,
    neutralise_for,
    without_quiet_blocks,
)
from editor_app.core.page_language import page_language
from editor_app.core.render_blocks import Memo, PartsRenderer
from editor_app.core.render_joins import balanced_html
from editor_app.core.sanitize import CSP, sanitize_html
from editor_app.core.site_entries import readable_title, title_value
from editor_app.paths import resources_dir

if TYPE_CHECKING:
    from editor_app.core.document import Document
    from editor_app.core.site import Site

# Languages written right to left (their primary code).
_RIGHT_TO_LEFT = frozenset(["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"])
_SITE_VAR = re.compile(r"\{\{-?\s*site\.(baseurl|url)\s*-?\}\}")
_POST_URL = re.compile(r"\{%-?\s*post_url\s+([^\s%]+)\s*-?%\}")
_LINK = re.compile(r"\{%-?\s*link\s+([^\s%]+)\s*-?%\}")

# Where themes usually keep a page's picture, when the schema does not name an image field.
_IMAGE_FIELDS = (
    "image",
    "thumbnail",
    "cover",
    "cover_image",
    "featured_image",
    "feature_image",
    "header.image",
    "header.overlay_image",
    "header.teaser",
)

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


class Renderer:
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

    # -- the body ------------------------------------------------------------------------

    def render_markdown(self, text: str) -> str:
        """The site engine's HTML of Markdown text that holds no template tags."""
        return self.parts.render(text)

    def render_body(self, markdown_text: str) -> str:
        """HTML of a page body as the site renders it, template tags shown as placeholders."""
        return self.parts.render(self._as_generator_reads(markdown_text), self.without_templates)

    def _as_generator_reads(self, body: str) -> str:
        """`body` as the site's Markdown reads it: without Nunjucks set and Liquid capture
        blocks (they print nothing; taken out before the page is cut into parts, which could
        cut one). Hugo reads no template tags in a page."""
        return body if self.generator == "hugo" else without_quiet_blocks(body)

    def without_templates(self, text: str) -> tuple[str, Callable[[str], str]]:
        """The text an engine reads (template tags inert) and how to put the tags back."""
        text = self._as_generator_reads(text)  # a page rendered whole (parts: done before)
        if self.generator in (None, "jekyll"):
            text = self._substitute_liquid(text)
        if self.generator == "hugo":
            return self._code_shortcodes().neutralise(text)
        return neutralise_for(self.generator, text)

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

    # -- the page ------------------------------------------------------------------------

    def render_page(self, doc: Document, schema: Any = None) -> str:
        """A whole preview page: the body framed like the site's page, no script, no network."""
        fm = doc.front_matter if isinstance(doc.front_matter, dict) else {}
        body = self._page_body(doc)
        given = title_value(fm)
        if given and getattr(self.site, "generator", None) != "hugo":
            given = readable_title(given)  # the site puts it in as HTML; Hugo escapes it
        title = given or (doc.path.stem if doc.path else "Untitled")
        # A page without a title whose text opens with its own heading (Eleventy's docs) is
        # shown as the site shows it: that heading alone, not the file name above it.
        untitled_with_heading = not given and body.lstrip().startswith("<h1")
        header = [] if untitled_with_heading else [
            f'<h1 class="page-title">{html.escape(title)}</h1>'
        ]
        subtitle = _text(fm.get("subtitle"))
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
        topics = _as_list(fm.get("topics") or fm.get("tags") or fm.get("categories"))
        if topics:
            header.append(
                '<ul class="page-topics">'
                + "".join(f"<li>{html.escape(t)}</li>" for t in topics)
                + "</ul>"
            )
        # What the preview cannot show as the site will (e.g. Markdown plugins it lacks).
        notes = self.engine.notes_for(doc.body)
        header += [f'<p class="render-note">{html.escape(n)}</p>' for n in notes]
        image = self._image_url(fm, doc, schema)
        if image:
            alt = html.escape(_text(fm.get("image_alt")) or "")
            header.append(
                f'<figure class="page-image"><img src="{html.escape(image)}" alt="{alt}" /></figure>'
            )
        # The page's own language (`lang: ar`): right to left for scripts written so.
        site = self.site
        language = page_language(
            fm,
            doc.path,
            getattr(site, "config", None),
            getattr(site, "root", None),
        )
        language = language or "en"
        direction = ' dir="rtl"' if language.split("-")[0].lower() in _RIGHT_TO_LEFT else ""
        return self._page_template().substitute(
            csp=CSP,
            lang=html.escape(language),
            direction=direction,
            title=html.escape(title),
            stylesheet=self._css(),
            header="\n".join(header),
            body=body,
        )

    def _page_body(self, doc: Document) -> str:
        """The body's safe HTML: local images, the excerpt's end marked, sanitised.

        Part by part when the body is rendered in parts and each part's HTML stands alone
        (`balanced_html`), each part's safe HTML remembered: the same as doing it whole.
        """
        root = self.site.root if self.site is not None else None
        parts = self.parts.render_parts(
            self._as_generator_reads(doc.body), self.without_templates
        )
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

    def _resolve_asset(self, value: str, doc: Document, folder: str | None = None) -> Path | None:
        """The real file a site-relative or page-relative image path names, inside the site."""
        if self.site is None or not value:
            return None
        parts = urlsplit(value)
        if parts.scheme or parts.netloc:
            return None
        path = unquote(parts.path)
        baseurl = str(self.site.config.get("baseurl") or "").strip("/")
        rel = path.lstrip("/")
        if baseurl and rel.startswith(baseurl + "/"):
            rel = rel[len(baseurl) + 1 :]
        candidates = [rel]
        if folder:
            candidates.append(f"{folder.strip('/')}/{rel}")
        if not path.startswith("/") and doc.path is not None:
            try:
                here = doc.path.resolve().parent.relative_to(self.site.root.resolve())
                candidates.append(f"{here.as_posix()}/{rel}")
            except ValueError:
                pass
        if "/" not in rel:
            # A bare file name: the site's asset folders, as the page layout would look.
            root = self.site.root.resolve()
            for asset_folder in self.site.asset_folders:
                try:
                    base = asset_folder.resolve().relative_to(root).as_posix()
                except (ValueError, OSError):
                    continue
                candidates.append(f"{base}/{rel}")
        for candidate in candidates:
            target = self.site.resolve_inside(candidate)
            if target is not None and safe_paths.is_file(target):
                return target
        return None

    def _image_url(self, fm: dict, doc: Document, schema: Any) -> str | None:
        """The page's own image (the schema's image field, else a usual name), as file://."""
        names, folder = list(_IMAGE_FIELDS), None
        if schema is not None and self.site is not None and doc.path is not None:
            coll = schema.for_collection(self.site.collection_of(doc.path) or "")
            for f in getattr(coll, "fields", []) or []:
                if getattr(f, "type", None) == "image":
                    names, folder = [f.name], f.folder
                    break
        for name in names:
            value: Any = fm
            for part in name.split("."):
                value = value.get(part) if isinstance(value, dict) else None
            if isinstance(value, dict):  # e.g. jekyll-seo-tag's `image: {path: ...}`
                value = value.get("path")
            text = _text(value)
            target = self._resolve_asset(text, doc, folder) if text else None
            if target is not None:
                return target.as_uri()
        return None

    def _local_images(self, body: str, doc: Document) -> str:
        """Images of the site shown from the site folder (file://); nothing from the network."""

        def swap(m: re.Match[str]) -> str:
            target = self._resolve_asset(html.unescape(m.group(2)), doc)
            if target is None:
                return m.group(0)
            return f'{m.group(1)}"{html.escape(target.as_uri())}"'

        return re.sub(r'(<img\b[^>]*?\ssrc=)"([^"]*)"', swap, body)


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


def _text(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value).strip()


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if v is not None and str(v).strip()]
    text = str(value).strip()
    return [text] if text else []


def _join(value: Any) -> str:
    return ", ".join(_as_list(value))
