"""Where a Hugo or Eleventy page is published before and after its dated file is renamed
(core/post_rename.py): both make a page's address from its file name unless told otherwise,
so renaming `2024-01-02-slug.md` moves it, and links to the old address must follow.

An address is worked out with certainty only from what the site says plainly:
- Hugo: `url:` in the page's header (the address is that: nothing moves); the section's
  `permalinks` template holding the file name (`:filename`, `:contentbasename`,
  `:slugorfilename`...; without one, nothing moves), filled in as the site's addresses are
  (`core/hugo_addresses.py`: the day, the section, the title and slug made path parts); else
  `slug:` (nothing moves) or the page's path in the content folder, in lower case
  (`disablePathToLower` keeps capitals). Ugly URLs, dates taken from file names
  (`[frontmatter]` naming `:filename`) and placeholders not filled there are not certain.
- Eleventy: `permalink:` in the header, else in the page's own or its folders' JSON data
  files, as plain text (nothing moves) or made of `page.fileSlug` (the name without its date:
  nothing moves) and `page.filePathStem`; else the page's path from the input folder.
  A JavaScript data file or `eleventyComputed` may set it otherwise: not certain.
Not certain, the move is still reported (`exact` False): links are listed, not changed.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from editor_app.core.checks.common import DATED_STEM, as_date
from editor_app.core.hugo_addresses import (
    header_url,
    partly_filled,
    section_template,
    takes_template,
    template_placeholders,
    template_values,
)
from editor_app.core.hugo_urlize import path_settings
from editor_app.core.post_rename_addresses import PostAddress, header_key

# A name every generator writes out as it is in an address: letters, digits, single hyphens.
_PLAIN_NAME = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")
# Hugo's placeholders that give the file's name.
_HUGO_FILE_TOKENS = {"filename", "contentbasename", "slugorfilename", "slugorcontentbasename"}
_ELEVENTY_TAG = re.compile(r"\{\{-?\s*page\.(fileSlug|filePathStem)\s*-?\}\}")


def page_move(
    site: Any, path: Path, new_path: Path, fm: dict, name_day: date
) -> PostAddress | None:
    """The move of a Hugo or Eleventy page when `path` is renamed `new_path`: its address
    before and after (`moved`), `exact` when both are certain; None when its address does not
    depend on its file name, it is not published, or the site is neither."""
    generator = getattr(site, "generator", None)
    if generator == "hugo":
        found = _hugo_addresses(site, path, new_path, fm)
    elif generator == "eleventy":
        found = _eleventy_addresses(site, path, new_path, fm)
    else:
        return None
    if found is None:
        return None
    now, after, exact = found
    if not now or not after or now == after:
        return None
    exact = exact and all(_PLAIN_NAME.match(p.stem) for p in (path, new_path))
    published = path.stem  # the file name as its address writes it, which links give
    if generator == "hugo":
        published = _hugo_published(published, site.layout.config)
    return PostAddress(now, after, exact, name_day, published, moved=True)


def _hugo_addresses(
    site: Any, path: Path, new_path: Path, fm: dict
) -> tuple[str, str, bool] | None:
    config = site.layout.config
    if header_url(fm) is not None:
        return None  # published at its `url:`, whatever the file is called
    sure = not config.get("uglyurls") and ":filename" not in json.dumps(
        config.get("frontmatter", {}), default=str
    )
    found = site.content_folder_of(path)
    if found is None:
        return None
    folder = found[0]
    rel = PurePosixPath(path.relative_to(folder).as_posix())
    template = section_template(config, rel.parts[0]) if takes_template(rel) else None
    slug = fm.get(header_key(fm, "slug"))
    if template is not None:
        tokens = template_placeholders(template)
        by_name = tokens & _HUGO_FILE_TOKENS
        if not by_name or (slug and not tokens & {"filename", "contentbasename"}):
            return None  # the day, the title or the slug: the file's name is not in it
        new_rel = PurePosixPath(new_path.relative_to(folder).as_posix())
        now, sure_now = _hugo_expand(template, rel, fm, config, folder)
        after, sure_after = _hugo_expand(template, new_rel, fm, config, folder)
        sure = sure and sure_now and sure_after
    else:
        if isinstance(slug, str | int) and str(slug).strip():
            return None  # published under its slug
        now = _default_address(site, path, fm)
        after = _default_address(site, new_path, fm)
    if now is None or after is None:
        return None
    return _hugo_published(now, config), _hugo_published(after, config), sure


def _hugo_published(text: str, config: dict) -> str:
    """`text` (an address, a file name) as Hugo writes it in an address: sanitized, in lower
    case unless `disablePathToLower`."""
    text = _hugo_sanitized(text)
    return text.lower() if path_settings(config).to_lower else text


def _hugo_sanitized(address: str) -> str:
    """`address` as Hugo writes a path made from a file name (its `UnicodeSanitize`): letters,
    digits and marks of any script kept, with `. / \\ _ # + ~ - @` and `%XX`; a run of spaces
    or hyphens one hyphen; anything else left out. `2024-01-01-my page` is published at
    `2024-01-01-my-page`, the address to give (by hand, such a name being no plain one)."""
    import unicodedata

    kept: list[str] = []
    hyphen_due = False
    for i, char in enumerate(address):
        allowed = (
            char in "./\\_#+~-@:"  # `:` only of a placeholder left unfilled (not certain)
            or unicodedata.category(char)[0] in "LM"
            or unicodedata.category(char) == "Nd"
            or (char == "%" and re.fullmatch(r"[0-9A-Fa-f]{2}", address[i + 1 : i + 3]) is not None)
        )
        if allowed:
            if hyphen_due and (not kept or kept[-1] != "-"):
                kept.append("-")
            hyphen_due = False
            kept.append(char)
        elif kept and (char == "-" or char.isspace()):
            hyphen_due = True
    return "".join(kept)


def _hugo_expand(
    template: str, rel: PurePosixPath, fm: dict, config: dict, content_folder: Path
) -> tuple[str, bool]:
    """The section's `template` filled in for the page at `rel` (in `content_folder`) as
    the site's addresses are (`hugo_addresses`, whose `:sections` are the folders holding an
    `_index` page, as Check reads them), and whether every placeholder was; one left
    unfilled (an hour `:15`) stays as written, the address then not certain."""
    values = template_values(rel, fm, path_settings(config), content_folder)
    filled, sure = partly_filled(template, values)
    return re.sub(r"/{2,}", "/", "/" + filled), sure


def _eleventy_addresses(
    site: Any, path: Path, new_path: Path, fm: dict
) -> tuple[str, str, bool] | None:
    found = site.content_folder_of(path)
    if found is None:
        return None
    folder = found[0]
    permalink, sure = fm.get("permalink"), True
    if "permalink" not in fm:
        permalink, sure = _data_permalink(path, folder)
    if permalink is False:
        return None  # not published
    if isinstance(permalink, str) and permalink.strip():
        if "{{" not in permalink and "{%" not in permalink:
            return None  # a fixed address
        now = _eleventy_expand(permalink, path, folder)
        after = _eleventy_expand(permalink, new_path, folder)
        if now is None or after is None:
            # Another template: its address is not known; by the file's path as a guess.
            now, after, sure = (
                _default_address(site, path, fm),
                _default_address(site, new_path, fm),
                False,
            )
    else:
        now, after = _default_address(site, path, fm), _default_address(site, new_path, fm)
    if now is None or after is None:
        return None
    return now, after, sure


def _eleventy_expand(template: str, path: Path, folder: Path) -> str | None:
    """`/blog/{{ page.fileSlug }}/` filled in for `path`; None for any other template."""
    values = {
        "fileSlug": DATED_STEM.sub("", path.stem),
        "filePathStem": "/" + path.relative_to(folder).with_suffix("").as_posix(),
    }
    filled = _ELEVENTY_TAG.sub(lambda m: values[m.group(1)], template)
    if "{{" in filled or "{%" in filled:
        return None
    return "/" + filled.strip().lstrip("/")


def _data_permalink(path: Path, folder: Path) -> tuple[Any, bool]:
    """(the `permalink` Eleventy's data files give the page, whether that is certain): the
    page's own `NAME.11tydata.json`, then each folder's `DIR.json`/`DIR.11tydata.json` from
    the page's up to the input folder. A JavaScript data file or `eleventyComputed` on the
    way makes it uncertain."""
    candidates = [path.with_name(path.stem + ".11tydata"), path.with_name(path.stem)]
    place = path.parent
    while place.is_relative_to(folder):
        candidates += [place / (place.name + ".11tydata"), place / place.name]
        if place == folder:
            break
        place = place.parent
    for base in candidates:
        scripts = (".js", ".cjs", ".mjs") if base.name.endswith(".11tydata") else ()
        if any(base.with_name(base.name + ext).exists() for ext in scripts):
            return None, False
        data_file = base.with_name(base.name + ".json")
        if not data_file.is_file():
            continue
        try:
            data = json.loads(data_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None, False
        if not isinstance(data, dict) or "eleventyComputed" in data:
            return None, False
        if "permalink" in data:
            return data["permalink"], True
    return None, True


def _default_address(site: Any, path: Path, fm: dict) -> str | None:
    """The page's address by its path in the content folder (core/site_urls.py)."""
    header = {k: v for k, v in fm.items() if k != "permalink"}
    day = as_date(fm.get("date")) or date.today()
    try:
        return site.url_on_day(path, day, header)
    except (OSError, ValueError):
        return None


__all__ = ["page_move"]
