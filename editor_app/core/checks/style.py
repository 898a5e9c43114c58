"""The house style: the site's own word list ("use X, not Y", with a reason) from
`_data/style.yml` or a `style:` section of `_schema.yml`, and British or American spelling kept
to the site's language (its `lang`; without one, the spelling most of the site's English pages
use; the page's own majority only when the site has too few such words to tell). `style-word`."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import yaml

from editor_app.core.checks.content_text import (
    licence_page,
    page_quoted_lines,
    prose_words,
    read_body,
    written_in_english,
)
from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import SUGGESTION, Problem, make_problem
from editor_app.core.checks.registry import Rule, register
from editor_app.core.spelling import declared_site_language

# British spelling -> American, whole words (more forms are made from the -ise stems).
_PAIRS = {
    "colour": "color",
    "colours": "colors",
    "favour": "favor",
    "favourite": "favorite",
    "behaviour": "behavior",
    "behaviours": "behaviors",
    "honour": "honor",
    "labour": "labor",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "centre": "center",
    "centres": "centers",
    "theatre": "theater",
    "defence": "defense",
    "catalogue": "catalog",
    "travelled": "traveled",
    "travelling": "traveling",
    "modelling": "modeling",
    "cancelled": "canceled",
    "labelled": "labeled",
    "grey": "gray",
    "fulfil": "fulfill",
    "enrol": "enroll",
    "jewellery": "jewelry",
    "ageing": "aging",
    "artefact": "artifact",
    "analyse": "analyze",
    "analysed": "analyzed",
    "analysing": "analyzing",
    "paediatric": "pediatric",
}
_ISE_STEMS = (
    "organi",
    "recogni",
    "reali",
    "prioriti",
    "summari",
    "emphasi",
    "minimi",
    "maximi",
    "speciali",
    "categori",
    "critici",
    "apologi",
    "authori",
    "centrali",
    "characteri",
    "digiti",
    "finali",
    "mobili",
    "optimi",
    "standardi",
    "utili",
    "visuali",
    "democrati",
    "personali",
    "legitimi",
    "civili",
    "stabili",
    "normali",
    "moderni",
    "memori",
    "monetis",
)
for _stem in _ISE_STEMS:
    for _uk, _us in (
        ("se", "ze"),
        ("sed", "zed"),
        ("ses", "zes"),
        ("sing", "zing"),
        ("sation", "zation"),
        ("sations", "zations"),
    ):
        _PAIRS.setdefault(_stem + _uk, _stem + _us)
_US_TO_UK = {us: uk for uk, us in _PAIRS.items()}


@dataclass(frozen=True)
class StyleRule:
    """Use `use`, not `avoid` (`why`: the site's reason)."""

    use: str
    avoid: str
    why: str


def _rules_from(data: Any) -> list[StyleRule]:
    out: list[StyleRule] = []
    if isinstance(data, dict) and isinstance(data.get("words"), list):
        data = data["words"]
    if isinstance(data, dict):  # {avoid: use}
        for avoid, use in data.items():
            if isinstance(avoid, str) and isinstance(use, str):
                out.append(StyleRule(use, avoid, ""))
    elif isinstance(data, list):
        for item in data:
            if not isinstance(item, dict) or not isinstance(item.get("use"), str):
                continue
            avoid = item.get("not", item.get("avoid", []))
            for word in [avoid] if isinstance(avoid, str) else avoid or []:
                if isinstance(word, str) and word.strip():
                    why = item.get("why", item.get("reason", ""))
                    out.append(StyleRule(item["use"], word.strip(), str(why or "")))
    return out


def house_style(ctx: Context) -> list[StyleRule]:
    """The site's word list (`_data/style.yml`, else `style:` in `_schema.yml`)."""

    def build(c: Context) -> list[StyleRule]:
        rules = _rules_from(c.settings.style)
        if c.root is not None:
            path = os.path.join(c.root_text, "_data", "style.yml")
            try:
                with open(path, "rb") as fh:
                    rules += _rules_from(yaml.safe_load(fh.read()))
            except (OSError, ValueError, yaml.YAMLError):
                pass
        return rules

    return ctx.fact("house_style", build)


# The spelling each declared English is written in; a bare "en" (or Canada's, which mixes
# both) says none. Any other English region counts as British, as the default dictionary.
_VARIETY_OF_LANGUAGE = {
    "en": "",
    "en_CA": "",
    "en_GB": "GB",
    "en_UK": "GB",
    "en_IE": "GB",
    "en_AU": "GB",
    "en_NZ": "GB",
    "en_US": "US",
}


def declared_variety(ctx: Context) -> str | None:
    """ "GB" or "US" from the site's declared language alone, or None (it declares none; the
    style rule then goes by `site_spelling`).

    The language is read as the spelling dictionary reads it (`spelling.declared_site_language`):
    Jekyll's `lang`/`locale` in `_config.yml`, Hugo's `languageCode` or `[languages.en] locale`
    (in Hugo's settings, or Hugo's names in a `_config.yml`).
    """

    def build(c: Context) -> str:
        declared = declared_site_language(c.site, available=_VARIETY_OF_LANGUAGE)
        return _VARIETY_OF_LANGUAGE.get(declared or "", "")

    return ctx.fact("spelling_variety", build) or None


# A site's own spelling needs this many words spelt one way or the other (each counted once a
# page) and two in three of them one way; else each page goes by its own majority.
MIN_SITE_VARIANT_WORDS = 12
SITE_MAJORITY = 2 / 3


def site_spelling(ctx: Context) -> str | None:
    """ "GB" or "US": the spelling most of the site's English pages use, when the site declares
    no language (worked out once per site, from every indexed page's prose); None when the site
    has too few such words or no clear majority. The content cache keys it in
    (`content_cache.settings_fingerprint`), as a page's result depends on it."""

    def build(c: Context) -> str:
        if c.site is None:
            return ""
        from editor_app.core.checks.page import decode, make_page, read_file
        from editor_app.core.validate import page_made_ahead, page_of_entry

        gb = us = 0

        def count(own_page: Page) -> None:
            nonlocal gb, us
            if licence_page(own_page) or not written_in_english(own_page, c.site):
                return
            seen = _page_variants(own_page)
            if seen:
                british = len(seen & _GB_BYTES)
                gb += british
                us += len(seen) - british

        for e in c.entries:
            lent = c.raw_bytes.get(e.path)
            # The page being checked, or the one its check will make from the lent bytes.
            page = page_made_ahead(c, e, lent)
            if page is None:
                try:
                    data = lent or read_file(e.path)
                except OSError:
                    continue
                rel = c.rel(e.path)
                made = page_of_entry(rel, e, data)  # the very page the check will read
                if isinstance(made, Problem):
                    continue  # binary: no words
                own = e.front_matter
                if made.decode_error or (e.error is not None and own):
                    # The check parses such a header again; the majority goes by the index's.
                    page = make_page(rel, e.path, e.collection, decode(data)[0], own)
                else:
                    page = made
            count(page)
        if gb + us < MIN_SITE_VARIANT_WORDS:
            return ""
        if gb >= SITE_MAJORITY * (gb + us):
            return "GB"
        if us >= SITE_MAJORITY * (gb + us):
            return "US"
        return ""

    return ctx.fact("site_spelling", build) or None


def check_style(page: Page, ctx: Context) -> Iterable[Problem]:
    if licence_page(page):
        return  # a licence's words are not the page's to respell
    rules = house_style(ctx)
    if rules:
        pattern = ctx.fact(
            "house_style_pattern",
            lambda c: re.compile(
                r"\b(" + "|".join(re.escape(r.avoid) for r in rules) + r")\b", re.I
            ),
        )
        # One search over the page's words first (`prose_words`: a few passes over the whole
        # page, not paragraph by paragraph): most pages use none of the words.
        if pattern.search(prose_words(page)):
            yield from _house_words(page, read_body(page).paragraphs, rules, pattern)
    if written_in_english(page, ctx.site):
        yield from _variety(page, ctx)


def _house_words(
    page: Page, paragraphs: list, rules: list[StyleRule], pattern: re.Pattern
) -> Iterable[Problem]:
    by_word = {r.avoid.casefold(): r for r in rules}
    quoted = page_quoted_lines(page)  # someone else's words, quoted, keep their spelling
    for para in paragraphs:
        if para.line in quoted:
            continue
        for m in pattern.finditer(para.text):
            rule = by_word.get(m.group(1).casefold())
            if rule is None:
                continue
            why = f" {rule.why.rstrip('.')}." if rule.why else ""
            yield make_problem(
                page,
                para.line,
                None,
                "style-word",
                f"The house style says '{rule.use}', not '{m.group(1)}'.{why}",
            )


# Every spelling of either variety. Lower-case words only: capitalised ones are names, which
# keep their own spelling (World Health Organization).
_VARIANTS = frozenset({*_PAIRS, *_US_TO_UK})
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


# For a first look over the whole page in C: its lower-case words as bytes (capitals, digits
# and "_" are word characters that are not lower-case letters; any other character, or any
# byte of a character outside ASCII, separates words), a superset of `_LOWER_WORD`'s finds.
_LOWER_WORD_BYTES = (
    bytes(
        byte if 97 <= byte <= 122 else 88 if chr(byte).isalnum() or byte == 95 else 32
        for byte in range(128)
    )
    + b" " * 128
)
_VARIANT_BYTES = frozenset(w.encode() for w in _VARIANTS)
_GB_BYTES = frozenset(w.encode() for w in _PAIRS)


def _page_variants(page: Page) -> frozenset[bytes]:
    """The words of the page's prose spelt the British or the American way (lower-case;
    remembered on the page)."""
    found = page.cache.get("variants")
    if found is None:
        words = prose_words(page).encode("utf-8", "replace").translate(_LOWER_WORD_BYTES)
        found = page.cache["variants"] = _VARIANT_BYTES.intersection(words.split())
    return found


def _variety(page: Page, ctx: Context) -> Iterable[Problem]:
    seen = _page_variants(page)
    if not seen:
        return  # no word spelt one way or the other: the usual case
    declared = declared_variety(ctx)
    wanted = declared or site_spelling(ctx)
    british, american = bool(seen & _GB_BYTES), bool(seen - _GB_BYTES)
    if not (british and american) and (wanted is None or (wanted == "GB") == british):
        return  # one spelling throughout, the site's own when it has one: nothing to say
    found: list[tuple[str, str, int]] = []  # (word, variety, line)
    quoted = page_quoted_lines(page)  # someone else's words, quoted, keep their spelling
    for para in read_body(page).paragraphs:
        if para.line in quoted:
            continue
        for word in _VARIANTS.intersection(_LOWER_WORD.findall(para.text)):
            found.append((word, "GB" if word in _PAIRS else "US", para.line))
    if not found:
        return
    if wanted is None:
        gb = sum(1 for _, v, _ in found if v == "GB")
        us = len(found) - gb
        if gb == us or not gb or not us:
            return  # one spelling throughout (or no majority): nothing to keep consistent
        wanted = "GB" if gb > us else "US"
        reason = "as the rest of the page is"
    elif declared is not None:
        reason = "the site's language is"
    else:
        reason = "the site's pages are mostly in"
    name = "British" if wanted == "GB" else "American"
    for word, variety, line in found:
        if variety == wanted:
            continue
        other = _PAIRS[word.lower()] if variety == "GB" else _US_TO_UK[word.lower()]
        yield make_problem(
            page,
            line,
            None,
            "style-word",
            f"'{word}' is the {'American' if wanted == 'GB' else 'British'} spelling; "
            f"{reason} {name} English: '{other}'.",
        )


register(
    Rule(
        "style", {"style-word": SUGGESTION}, check=check_style, needs=("settings",), kind="content"
    )
)
