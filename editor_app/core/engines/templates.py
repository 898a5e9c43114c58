"""Template tags (Liquid, Nunjucks, Hugo shortcodes) made inert before Markdown runs.

Templates are never executed: each tag becomes an inert word, the Markdown is rendered,
and the word comes back as a visible placeholder. The comparison tools apply the same
function to both sides, so a template tag never decides a comparison.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from editor_app.core import safe_paths

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
# A block that keeps its text for later and prints nothing where it stands: Nunjucks
# `{% set name %}...{% endset %}`, Liquid `{% capture name %}...{% endcapture %}` (the
# generator runs the template language before Markdown). A dash on its outer side (`{%- set`,
# `endset -%}`) trims the whitespace there, newlines too, as the template language does. A raw,
# verbatim or comment block is text (`keep`): a block shown inside one stays. (The whitespace
# before a dash is taken from its start only: tried from each of its characters, a long run
# would cost its length squared.)
QUIET_BLOCK = re.compile(
    r"(?P<keep>\{%-?\s*(raw|verbatim|comment)\s*-?%\}.*?\{%-?\s*end\2\s*-?%\})"
    r"|(?:(?<!\s)(?P<trim_before>\s*)\{%-|\{%(?!-))\s*(?P<kind>set|capture)\s+[\w.-]+\s*-?%\}"
    r".*?\{%-?\s*end(?P=kind)\s*(?:-%\}(?P<trim_after>\s*)|%\})",
    re.S,
)
# Liquid's `{% raw %}...{% endraw %}` and Nunjucks' `raw` and `verbatim`: the two tags print
# nothing and the text between them is printed as written, template tags in it too (how
# Jekyll's and Eleventy's docs show Liquid in code). A dash (`{%- raw -%}`) trims the
# whitespace on its side.
RAW_BLOCK = re.compile(
    r"(?P<open>\{%(?P<trim_before>-?)\s*(?P<kind>raw|verbatim)\s*(?P<trim_in>-?)%\})"
    r"(?P<text>.*?)"
    r"\{%(?P<trim_end>-?)\s*end(?P=kind)\s*(?P<trim_after>-?)%\}",
    re.S,
)
_TOKEN = re.compile(r"liquidtag(\d+)x")
# The tags after which text in a table is out of place: between rows, between cells.
_BETWEEN_ROWS = re.compile(r"<(?:table|thead|tbody|tfoot)\b|</(?:tr|thead|tbody|tfoot|caption|colgroup)>")
_BETWEEN_CELLS = re.compile(r"<tr\b|</t[dh]>")
_TAG_SPLIT = re.compile(r"(<[^>]*>)")

TAGS_OF_GENERATOR = {"hugo": SHORTCODE, "eleventy": NUNJUCKS}


def neutralise(
    text: str,
    pattern: re.Pattern[str] = LIQUID,
    keep_shown: bool = False,
    reason_of: Callable[[str], str | None] | None = None,
) -> tuple[str, Callable[[str], str]]:
    """Replace every template tag by an inert word; the function puts them back as placeholders.

    In text a tag comes back as `<span class="liquid">{% tag %}</span>`; inside an HTML tag
    (an attribute such as `href`) as its escaped source, so the markup stays valid.
    `keep_shown` leaves Hugo's `{{</* name */>}}` as written (for Hugo itself to print).
    A tag `reason_of` gives a reason for (an include the preview could not draw) says why
    on hover.
    """
    tags: list[str] = []

    def stash(match: re.Match[str]) -> str:
        if pattern is SHORTCODE and match.group(1):
            if keep_shown:
                return match.group(0)
            return "{{" + match.group(1) + match.group(2) + match.group(3) + "}}"
        tags.append(match.group(0))
        return f"liquidtag{len(tags) - 1}x"

    if pattern is SHORTCODE or not ("raw" in text or "verbatim" in text):
        text = pattern.sub(stash, text)
    else:
        text = _outside_raw_blocks(text, lambda piece: pattern.sub(stash, piece))

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
                placed = _TOKEN.sub(lambda m: _placeholder(tags[int(m.group(1))], reason_of), part)
                parts[k] = _in_table_place(placed, parts[k - 1] if k else "", part)
        return "".join(parts)

    return text, restore


def _placeholder(tag: str, reason_of: Callable[[str], str | None] | None) -> str:
    reason = reason_of(tag) if reason_of is not None else None
    if reason:
        said = html.escape(f"Not drawn in the preview: {reason}.")
        return f'<span class="liquid" title="{said}">{html.escape(tag)}</span>'
    return f'<span class="liquid">{html.escape(tag)}</span>'


def _in_table_place(placed: str, tag_before: str, text: str) -> str:
    """Placeholders standing alone between a table's rows (`{% for %}` around `<tr>`s) as a
    row of their own, between its cells as a cell: left bare there, the browser moves them
    out above the table, away from where they stand in the page."""
    if not tag_before or _TOKEN.sub("", text).strip():
        return placed
    if _BETWEEN_ROWS.match(tag_before):
        return f'<tr class="liquid-row"><td>{placed.strip()}</td></tr>'
    if _BETWEEN_CELLS.match(tag_before):
        return f"<td>{placed.strip()}</td>"
    return placed


def _outside_raw_blocks(text: str, neutralised: Callable[[str], str]) -> str:
    """`text` with `neutralised` applied outside raw blocks, whose tags are taken out and
    whose text is kept as written (`RAW_BLOCK`)."""
    pieces: list[str] = []
    at = 0
    trim_next = False
    for m in RAW_BLOCK.finditer(text):
        before = text[at : m.start()]
        if trim_next:
            before = before.lstrip()
        if m.group("trim_before"):
            before = before.rstrip()
        pieces.append(neutralised(before))
        inner = m.group("text")
        if m.group("trim_in"):
            inner = inner.lstrip()
        if m.group("trim_end"):
            inner = inner.rstrip()
        pieces.append(inner)
        trim_next = bool(m.group("trim_after"))
        at = m.end()
    rest = text[at:]
    pieces.append(neutralised(rest.lstrip() if trim_next else rest))
    return "".join(pieces)


# Comments: Nunjucks' `{# ... #}` and Liquid's `{% comment %}...{% endcomment %}` print
# nothing (a dash trims the whitespace on its side); a raw block is matched first, kept. The
# whitespace before is taken from its start only (linear on long runs, as `QUIET_BLOCK`).
_COMMENT = re.compile(
    rf"(?P<raw>{RAW_BLOCK.pattern})"
    r"|(?<!\s)(?P<before>\s*)(?<!\{)\{#(?P<dash_in>-?)(?:[^#{]|#(?!\})|\{(?!#))*?(?P<dash_out>-?)#\}"
    r"|(?<!\s)(?P<before_l>\s*)\{%(?P<dash_l>-?)\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*(?P<dash_lo>-?)%\}",
    re.S,
)
_SPACE_AFTER = re.compile(r"\s*")


def without_comments(text: str, nunjucks: bool = True) -> str:
    """`text` as the template language hands it on: comments (`{# #}` when `nunjucks`,
    `{% comment %}` blocks) taken out, the lines around them kept (a comment alone on its
    line leaves an empty line, as the site prints it) unless a dash trims them."""
    if not ((nunjucks and "{#" in text) or "endcomment" in text):
        return text
    out: list[str] = []
    at = 0
    for m in _COMMENT.finditer(text):
        nunjucks_form = m.group("dash_in") is not None
        # A raw block is kept; so is `{# #}` outside Nunjucks, and what a trim already took.
        if m.group("raw") or (nunjucks_form and not nunjucks) or m.start() < at:
            continue
        before = m.group("before") if nunjucks_form else m.group("before_l")
        trim_before = m.group("dash_in") if nunjucks_form else m.group("dash_l")
        trim_after = m.group("dash_out") if nunjucks_form else m.group("dash_lo")
        out.append(text[at : m.start()])
        out.append("" if trim_before else before)
        at = m.end()
        if trim_after:
            at = _SPACE_AFTER.match(text, at).end()
    out.append(text[at:])
    return "".join(out)


def without_quiet_blocks(text: str, kinds: tuple[str, ...] = ("set", "capture")) -> str:
    """`text` as the generator hands it to Markdown: each set or capture block (of `kinds`)
    taken out. Without dashes its newlines are kept, so the lines after it stay where they
    were (blank lines, which Markdown reads as the generator's output); a dash trims the
    whitespace on its side, joining the lines around the block as the site does."""
    if not any("end" + kind in text for kind in kinds):
        return text

    def quiet(m: re.Match[str]) -> str:
        if m.group("keep") or m.group("kind") not in kinds:
            return m.group(0)
        if m.group("trim_before") is None and m.group("trim_after") is None:
            return "\n" * m.group(0).count("\n")
        return ""  # the whitespace trimmed is in the match

    return QUIET_BLOCK.sub(quiet, text)


# Nunjucks' one-line `{% set name = value %}` (`set a, b = 1` too): it prints nothing where it
# stands, whatever its value; a dash trims the whitespace on its side (from the run's start,
# as `QUIET_BLOCK`). A raw or verbatim block (`keep`) is text.
SET_TAG = re.compile(
    rf"(?P<keep>{RAW_BLOCK.pattern})"
    r"|(?:(?<!\s)\s*\{%-|\{%(?!-))\s*set\s+[\w$]+(?:\s*,\s*[\w$]+)*\s*="
    r"(?:[^%]|%(?!\}))*?(?:-%\}\s*|%\})",
    re.S,
)


def without_set_tags(text: str) -> str:
    """`text` with Nunjucks' one-line set tags taken out, as Eleventy prints them: nothing
    (what they set is read by the tags after them, which the preview draws before)."""
    if "set" not in text:
        return text
    return SET_TAG.sub(lambda m: m.group(0) if m.group("keep") else "", text)


def neutralise_for(
    generator: str | None,
    text: str,
    keep_shown: bool = False,
    reason_of: Callable[[str], str | None] | None = None,
) -> tuple[str, Callable[[str], str]]:
    """`neutralise` with the template tags of `generator` (Liquid for Jekyll and unknown)."""
    return neutralise(text, TAGS_OF_GENERATOR.get(generator or "", LIQUID), keep_shown, reason_of)


# (includes folder, name) -> the file found: finding a path inside the folder (symlinks
# followed) costs more than reading the file, and a page's includes are read at each keystroke.
_INCLUDE_FILES: dict[tuple[Path, str], Path] = {}


def include_file(includes: Path, name: str) -> Path | None:
    """The file `name` in the site's includes folder (None when missing or outside), found
    once and kept until `forget_include_file`."""
    key = (includes, name)
    path = _INCLUDE_FILES.get(key)
    if path is None:
        path = safe_paths.site_file(includes, name)
        if path is None:
            return None
        if len(_INCLUDE_FILES) > 1000:
            _INCLUDE_FILES.clear()
        _INCLUDE_FILES[key] = path
    return path


def forget_include_file(includes: Path, name: str) -> None:
    """The file found for `name` is gone or unreadable: looked for again next time."""
    _INCLUDE_FILES.pop((includes, name), None)
