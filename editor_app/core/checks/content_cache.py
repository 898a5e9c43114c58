"""Remembered results of the content checks, one file per site, as linters keep theirs (ruff,
eslint --cache): a Check of a site whose pages did not change reads most suggestions back
instead of working them out again (the reading checks cost ~0.15 ms of CPU a page).

What is remembered, and why (each rule's result must depend only on what its key holds):

- **cached**: `reading` (sentence-long, paragraph-long, reading-level), `link-text`
  (link-text-unclear, link-insecure), `headings` (heading-skipped, heading-duplicate-title)
  and `style` (style-word). Each reads only the page (its path, text and header) and the
  site's settings: the limits and codes switched off in `_schema.yml`, the house style
  (`style:` there or `_data/style.yml`) and the site's declared language (`lang` and such in
  its configuration: English or not, British or American spelling).
- **cached while what else they read is unchanged**: `images` (alt text, image-heavy) and
  `sections` (section-missing, section-order). The images check also reads the image fields
  of the schema (compared as text) and the image files: the file remembers every image
  lookup of the last check (address, folder, page -> the file found and its weight), and the
  next check looks each up again first, as the check would (the file resolved and weighed,
  opened when over 100 KB); one answer different, and the images check runs on every page. The sections check reads the sections inferred from the collection (below) and those
  declared in `_schema.yml` (in the settings fingerprint): its results are read back only
  when the inferred sections are. A rule run again on an unchanged page replaces its
  results there.
- **cached, keyed with what it reads**: the spelling most of the site's pages use, British
  or American (`style.site_spelling`, read by `style` when the site declares no language):
  remembered with a digest of every indexed file's path, collection and bytes, handed to the
  check when that is unchanged; worked out again otherwise, and when it comes out different,
  the `style` rule runs on every page (its remembered results were for the other spelling).
- **cached, keyed with what it reads**: the sections each collection's pages share (the
  `sections` site fact, `sections.inferred_sections`), inferred once per check from the pages'
  bodies: remembered with a digest of every collection page's path, collection and bytes, in
  the index's order, and handed to the check when that digest is unchanged (only when the
  index handed every file's bytes to the check, as in `editor-app validate`; the window's
  index keeps none, so there the sections are inferred at each check).

A page's entry is found by its path relative to the site; its key is a digest (SHA-256, in C)
of its text (or of its file's bytes) and its collection; the whole file is tied to a
fingerprint of the settings above and of the checks' own code. `validate_site` opens the cache
once per whole-site check and saves it at the end, keeping only the pages it saw. Where the
file lives, its format and fingerprints: `content_cache_file.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core.checks.content_cache_file import (
    all_stored_problems,
    cache_file,
    code_fingerprint,
    load_cache_file,
    sections_in,
    sections_out,
    settings_fingerprint,
    sha256,
    stored_problems,
    write_cache_file,
)
from editor_app.core.checks.problem import Problem

if TYPE_CHECKING:
    from editor_app.core.checks.context import Context
    from editor_app.core.checks.page import Page
    from editor_app.core.checks.registry import Rule

CACHED_RULES = frozenset({"reading", "link-text", "headings", "style", "images", "sections"})
# Rules that read more than the page and the settings: remembered only while what else they
# read is as it was (else run on every page of the check, and remembered again).
_READS_AROUND = frozenset({"images", "sections"})
MAX_IMAGE_LOOKUPS = 100_000  # image files remembered per site (beyond, looked up every time)
MAX_PAGES = 200_000  # pages remembered per site (beyond, checked every time)


class PageResults:
    """One page's cached rules during a check: read back, or run and recorded."""

    __slots__ = ("cache", "page", "digest", "known", "remembered", "fresh")
    rules = CACHED_RULES
    whole = False  # some rules run on the page (`run`), the others read back

    def __init__(
        self, cache: ContentCache, page: Page, digest: bytes, known: Any, remembered: Any = None
    ) -> None:
        self.cache = cache
        self.page = page
        self.digest = digest
        self.known: dict[str, list[Problem]] | None = known
        self.remembered: dict[str, list[tuple]] | None = remembered  # `known` as stored
        self.fresh: dict[str, list[tuple]] = {}

    def run(self, rule: Rule, ctx: Context) -> list[Problem]:
        """The rule's problems on the page, remembered or worked out now."""
        if self.known is not None and rule.name not in self.cache.live:
            return self.known.get(rule.name, [])
        page = self.page
        if rule.wants is not None and not rule.wants(page):
            return []
        found = list(rule.check(page, ctx))  # type: ignore[misc]
        if found:
            self.fresh[rule.name] = [
                (p.line, p.field, p.severity, p.code, p.message) for p in found
            ]
        return found

    def finish(self) -> None:
        """Record what was worked out (the page counts as seen either way)."""
        if self.known is None:
            self.cache.record(self.page.rel, self.digest, self.fresh)
        elif self.cache.live:
            # The rules run again (what they read around the page changed) replace theirs.
            live = self.cache.live
            before = self.remembered or {}
            results = {name: found for name, found in before.items() if name not in live}
            results.update(self.fresh)
            if results != before:
                self.cache.record(self.page.rel, self.digest, results)


class KnownResults:
    """An unchanged page's cached rules when every one is read back (most pages of a check
    of an unchanged site): all their problems at once, and the page's entry kept as it was
    (`run_page` then runs only the rules the cache does not hold: `rules_left`)."""

    __slots__ = ("found",)
    whole = True

    def __init__(self, found: list[Problem]) -> None:
        self.found = found


class ContentCache:
    """The remembered results of one site, loaded once per whole-site check."""

    def __init__(self, path: Path, fingerprint: bytes, found: dict[str, Any]) -> None:
        self.path = path
        self.fingerprint = fingerprint
        pages = found.get("pages")
        # rel -> (page digest, {rule name: [(line, field, severity, code, message)]})
        self.old: dict[str, Any] = pages if isinstance(pages, dict) else {}
        self.new: dict[str, Any] = {}
        self.changed = False
        self.old_sections = found.get("sections")  # (key, the inferred sections as plain data)
        self.sections_key: bytes | None = None
        self.file_digests: dict[Any, bytes] = {}  # each file's bytes, when all were handed over
        self.old_images = found.get("images")  # (the image fields, `images.image_lookups`)
        self.old_spelling = found.get("spelling")  # (the files' key, "GB", "US" or "")
        self.spelling_key: bytes | None = None
        self.image_fields = ""
        # The rules of `_READS_AROUND` run on every page this check (not read back).
        self.live: set[str] = set(_READS_AROUND)
        self._left: tuple[Any, tuple] = (None, ())  # (a plan, its rules the cache does not hold)
        self._collection_keys: dict[str | None, bytes] = {}  # each collection's name, encoded
        self._keyed: tuple[Any, bytes] = (None, b"")  # the last entries keyed, and their key

    @classmethod
    def open(cls, ctx: Context, raw: dict[Path, bytes] | None = None) -> ContentCache | None:
        """The site's cache (empty when missing, unreadable or made for other settings); with
        the bytes of every indexed file (`raw`), the collections' sections too."""
        if ctx.root is None:
            return None
        path = cache_file(Path(ctx.root).resolve())
        fingerprint = code_fingerprint() + settings_fingerprint(ctx)
        cache = cls(path, fingerprint, load_cache_file(path, fingerprint))
        entries = ctx.entries
        if raw:
            try:
                cache.file_digests = {e.path: sha256(raw[e.path]).digest() for e in entries}
            except KeyError:
                cache.file_digests = {}  # not every file's bytes: pages keyed by their text
        if cache.file_digests and cache._reuse_sections(ctx):
            cache.live.discard("sections")
        if cache._same_images(ctx):
            cache.live.discard("images")
        cache._reuse_spelling(ctx)
        return cache

    def _reuse_spelling(self, ctx: Context) -> None:
        """The spelling most of the site's pages use (`style.site_spelling`, read by the style
        rule when the site declares no language): read back while every file is as it was,
        else worked out again; when it changed, the style rule runs on every page."""
        from editor_app.core.checks.style import declared_variety, site_spelling

        if declared_variety(ctx) is not None:
            return  # the declared language decides: the site's majority is never read
        old = self.old_spelling
        if self.file_digests:
            self.spelling_key = self._files_key(ctx.entries)
            if type(old) is tuple and len(old) == 2 and old[0] == self.spelling_key:
                value = old[1] if old[1] in ("GB", "US") else ""
                ctx.fact("site_spelling", lambda c: value)
                return
        found = site_spelling(ctx) or ""
        if not (type(old) is tuple and len(old) == 2 and old[1] == found) and self.old:
            self.live.add("style")  # the pages' spelling results were for another choice

    def _files_key(self, entries: Sequence[Any]) -> bytes:
        """A digest of each entry's path, collection and bytes (`file_digests`), in order."""
        if entries is self._keyed[0]:
            return self._keyed[1]
        names = "\0".join(f"{e.path}\0{e.collection}" for e in entries)
        h = sha256(names.encode("utf-8", "surrogateescape"))
        h.update(b"".join([self.file_digests[e.path] for e in entries]))
        self._keyed = (entries, h.digest()[:16])
        return self._keyed[1]

    def _reuse_sections(self, ctx: Context) -> bool:
        """Hand the remembered sections to the check when its collections' pages are those
        they were inferred from; whether they were."""
        chosen = [e for e in ctx.entries if e.collection is not None]  # (all: the spelling's)
        self.sections_key = self._files_key(
            ctx.entries if len(chosen) == len(ctx.entries) else chosen
        )
        old = self.old_sections
        if type(old) is tuple and len(old) == 2 and old[0] == self.sections_key:
            found = sections_in(old[1])
            if found is not None:
                ctx.fact("sections", lambda c: found)
                return True
        return False

    def _same_images(self, ctx: Context) -> bool:
        """Whether the images check reads what it read when the file was written: the same
        image fields, and each image file it looked up the same (looked up again now)."""
        from editor_app.core.checks.images import image_fields_text, same_image_files

        collections = {e.collection for e in ctx.entries}
        self.image_fields = image_fields_text(
            ctx, sorted(collections, key=lambda c: (c is not None, c or ""))
        )
        old = self.old_images
        return (
            type(old) is tuple
            and len(old) == 2
            and old[0] == self.image_fields
            and same_image_files(ctx, old[1])
        )

    def start(self, page: Page) -> PageResults | KnownResults:
        """The page's entry: its results when its key is unchanged, else to be filled in."""
        # Entries are found by the page's path; the key holds the rest: its text (or the
        # file's bytes, digested already) and its collection.
        collection = self._collection_keys.get(page.collection)
        if collection is None:
            collection = (page.collection or "").encode("utf-8", "surrogatepass")
            self._collection_keys[page.collection] = collection
        file_digest = self.file_digests.get(page.path)
        if file_digest is not None:  # the same bytes make the same text
            digest = b"f" + file_digest[:16] + collection
        else:
            text = page.text.encode("utf-8", "surrogatepass")
            digest = b"t" + sha256(text).digest()[:16] + collection
        known = remembered = None
        entry = self.old.get(page.rel)
        if type(entry) is tuple and len(entry) == 2 and entry[0] == digest:
            if not self.live:
                found = all_stored_problems(page.rel, entry[1])
                if found is not None:
                    self.new[page.rel] = entry
                    return KnownResults(found)
            else:
                known = stored_problems(page.rel, entry[1])
                if known is not None:
                    self.new[page.rel] = entry
                    remembered = entry[1]
        return PageResults(self, page, digest, known, remembered)

    def rules_left(self, plan: Any) -> tuple:
        """The page rules of `plan` whose results the cache does not hold (worked out once)."""
        if self._left[0] is not plan:
            self._left = (plan, tuple(r for r in plan.page_rules if r.name not in CACHED_RULES))
        return self._left[1]

    def record(self, rel: str, digest: bytes, results: dict[str, list[tuple]]) -> None:
        if rel in self.new or len(self.new) < MAX_PAGES:
            self.new[rel] = (digest, results)
            self.changed = True

    def save(self, ctx: Context) -> None:
        """Write what this check saw (unless nothing changed); never raises."""
        sections = self.old_sections
        if "sections" in self.live:
            # The pages' sections were worked out again, from these: never the older ones.
            inferred = ctx.known_fact("sections") if self.sections_key is not None else None
            sections = None  # (not inferred: the sections check is off)
            if inferred is not None:
                sections = (self.sections_key, sections_out(inferred))
            self.changed = self.changed or sections != self.old_sections
        from editor_app.core.checks.images import image_lookups

        lookups = image_lookups(ctx)
        images = None
        if lookups is not None and len(lookups) <= MAX_IMAGE_LOOKUPS:
            images = (self.image_fields, lookups)
        if images != self.old_images:
            self.changed = True
        spelling = ctx.known_fact("site_spelling")
        spelling = (self.spelling_key, spelling) if spelling is not None else None
        if spelling != self.old_spelling:
            self.changed = True
        if not self.changed and len(self.new) == len(self.old):
            return
        write_cache_file(
            self.path,
            {
                "fingerprint": self.fingerprint,
                "pages": self.new,
                "sections": sections,
                "images": images,
                "spelling": spelling,
            },
        )
