"""A Hugo shortcode or an Eleventy tag the site does not define: the build stops on it
("template for shortcode not found", "unknown block tag"). Said only when the site's
definitions are all known (`engines/site_tags.py`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import ERROR, Problem, make_problem
from editor_app.core.checks.registry import Rule, register
from editor_app.core.checks.settings import settings_for
from editor_app.core.engines.markdown_it import config_texts
from editor_app.core.engines.site_tags import (
    eleventy_tag_names,
    hugo_shortcode_names,
    unknown_tag_message,
)

_HUGO_TAG = re.compile(r"\{\{([<%])-?\s*(/\*)?\s*(/?)\s*([\w/.-]+)")
_ELEVENTY_TAG = re.compile(r"\{%-?\s*([A-Za-z_]\w*)")
_BLANKED = re.compile(
    r"\{%-?\s*(raw|verbatim|comment)\s*-?%\}.*?\{%-?\s*end\1\s*-?%\}|\{#.*?#\}", re.S
)


def _known(ctx: Context) -> frozenset[str] | None:
    def build(ctx: Context) -> frozenset[str]:
        # Not all known is kept as an empty set: a None would be built again on every page.
        if ctx.root is None:
            return frozenset()
        generator = getattr(ctx.site, "generator", None)
        if generator == "hugo":
            return hugo_shortcode_names(ctx.root) or frozenset()
        if generator == "eleventy":
            return eleventy_tag_names(ctx.root) or frozenset()
        return frozenset()

    return ctx.fact("site-tag-names", build) or None


def check_unknown_tags(page: Page, ctx: Context) -> Iterable[Problem]:
    """Each tag of the page's body naming a shortcode or tag the site does not define."""
    generator = getattr(ctx.site, "generator", None)
    known = _known(ctx)
    if not known:
        return
    body = page.body
    if generator == "hugo":
        for m in _HUGO_TAG.finditer(body):
            name = m.group(4).strip("/")
            if m.group(2) or m.group(3) or not name or name in known:
                continue  # `{{</* x */>}}` shows the tag as text; a closing tag's opener is told
            yield make_problem(page, page.body_line(m.start()), None, "unknown-tag",
                               unknown_tag_message(name, known, "shortcode"))
        return
    if "templateEngineOverride" in page.data:
        return  # the page says which engine reads it; not judged here
    blanked = _BLANKED.sub(lambda m: " " * len(m.group(0)), body)
    for m in _ELEVENTY_TAG.finditer(blanked):
        name = m.group(1)
        if name in known or (name.startswith("end") and name[3:] not in known):
            continue  # an end tag of an unknown tag: its opening tag is told
        yield make_problem(page, page.body_line(m.start()), None, "unknown-tag",
                           unknown_tag_message(name, known, "tag"))


def tags_not_all_known_note(ctx: Context) -> str | None:
    """Said once for a whole Check (the command line's notes), where `unknown-tag` is never
    told because the site's definitions cannot all be known: a Hugo site importing modules
    (or naming a theme not in its folder), an Eleventy one adding a plugin from a package not
    known here. None elsewhere, and where the site switches the check off. Decided by the
    check's own `_known` (the site's definitions read once for both)."""
    root = ctx.root
    if root is None or "unknown-tag" in settings_for(root).off:
        return None
    generator = getattr(ctx.site, "generator", None)
    if generator not in ("hugo", "eleventy") or _known(ctx) is not None:
        return None
    if generator == "hugo":
        return (
            "Shortcodes were not checked for mistypes: the site takes shortcodes from Hugo "
            "modules or a theme not in its folder, so the ones it can use are not all known."
        )
    if config_texts(root):  # without a configuration the site adds no tags: nothing to say
        return (
            "Tags were not checked for mistypes: the site adds Eleventy plugins from "
            "packages not known here, so the tags it can use are not all known."
        )
    return None


def _may_hold_a_tag(page: Page) -> bool:
    # One character looked for first (a pair takes several times as long; a third of the
    # pages hold no brace at all), as `body_text.without_raw` does.
    body = page.body
    return "{" in body and ("{{<" in body or "{{%" in body or "{%" in body)


register(
    Rule(
        "unknown-tags",
        {"unknown-tag": ERROR},
        check=check_unknown_tags,
        wants=_may_hold_a_tag,
        generators=("hugo", "eleventy"),
    )
)
