"""Template tags (Liquid, Nunjucks, Hugo shortcodes) made inert before Markdown runs.

Templates are never executed: each tag becomes an inert word, the Markdown is rendered,
and the word comes back as a visible placeholder. The comparison tools apply the same
function to both sides, so a template tag never decides a comparison.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

# A tag ends at its own closing mark and never runs over the next opening one, so a stray
# `{%` costs nothing (no scanning to the end of the page for each).
LIQUID = re.compile(r"\{%(?:[^%{]|%(?!\})|\{(?!%))*%\}|\{\{(?:[^{}]|\}(?!\})|\{(?!\{))*\}\}")
# Nunjucks adds `{# comments #}` to Liquid's two forms.
NUNJUCKS = re.compile(LIQUID.pattern + r"|\{#(?:[^#{]|#(?!\})|\{(?!#))*#\}")
# Hugo: `{{< name >}}` and `{{% name %}}` (Go templates in content are plain text); first
# `{{</* name */>}}`, how a page shows a shortcode as text (Hugo prints `{{< name >}}`).
SHORTCODE = re.compile(
    r"\{\{([<%])/\*((?:[^*{]|\*(?!/[>%]\}\})|\{(?!\{))*)\*/([>%])\}\}"
    r"|\{\{<(?:[^>{]|>(?!\}\})|\{(?!\{))*>\}\}|\{\{%(?:[^%{]|%(?!\}\})|\{(?!\{))*%\}\}"
)
# A Nunjucks `{% set name %}...{% endset %}` block: it keeps its text for later and prints
# nothing where it stands (Eleventy runs Nunjucks before Markdown).
SET_BLOCK = re.compile(r"\{%-?\s*set\s+[\w.]+\s*-?%\}.*?\{%-?\s*endset\s*-?%\}", re.S)
_TOKEN = re.compile(r"liquidtag(\d+)x")
_TAG_SPLIT = re.compile(r"(<[^>]*>)")

TAGS_OF_GENERATOR = {"hugo": SHORTCODE, "eleventy": NUNJUCKS}


def neutralise(
    text: str, pattern: re.Pattern[str] = LIQUID, keep_shown: bool = False
) -> tuple[str, Callable[[str], str]]:
    """Replace every template tag by an inert word; the function puts them back as placeholders.

    In text a tag comes back as `<span class="liquid">{% tag %}</span>`; inside an HTML tag
    (an attribute such as `href`) as its escaped source, so the markup stays valid.
    `keep_shown` leaves Hugo's `{{</* name */>}}` as written (for Hugo itself to print).
    """
    tags: list[str] = []

    def stash(match: re.Match[str]) -> str:
        if pattern is SHORTCODE and match.group(1):
            if keep_shown:
                return match.group(0)
            return "{{" + match.group(1) + match.group(2) + match.group(3) + "}}"
        tags.append(match.group(0))
        return f"liquidtag{len(tags) - 1}x"

    text = pattern.sub(stash, text)

    def restore(rendered: str) -> str:
        if not tags:
            return rendered
        parts = _TAG_SPLIT.split(rendered)
        for k, part in enumerate(parts):
            if "liquidtag" not in part:
                continue
            if k % 2:  # inside a tag
                parts[k] = _TOKEN.sub(lambda m: html.escape(tags[int(m.group(1))]), part)
            else:
                parts[k] = _TOKEN.sub(
                    lambda m: f'<span class="liquid">{html.escape(tags[int(m.group(1))])}</span>',
                    part,
                )
        return "".join(parts)

    return text, restore


def without_set_blocks(text: str) -> str:
    """`text` with each Nunjucks set block taken out, its newlines kept (so the lines after it
    stay where they were): the page as Eleventy hands it to Markdown, near enough."""
    if "endset" not in text:
        return text
    return SET_BLOCK.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def neutralise_for(
    generator: str | None, text: str, keep_shown: bool = False
) -> tuple[str, Callable[[str], str]]:
    """`neutralise` with the template tags of `generator` (Liquid for Jekyll and unknown)."""
    return neutralise(text, TAGS_OF_GENERATOR.get(generator or "", LIQUID), keep_shown)
