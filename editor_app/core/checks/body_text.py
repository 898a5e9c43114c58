"""The parts of a page body that are prose, with examples blanked out (lines kept).

Template tags shown as examples (`{% raw %}...{% endraw %}`, Nunjucks `{% verbatim %}`, a
`{% comment %}`), Nunjucks `{% set name %}...{% endset %}` and Liquid `{% capture name %}`
blocks (template code), fenced code and code spans are text for the reader, not links or tags
to check. Each is replaced by spaces, newlines kept, so offsets still give the right line.
"""

from __future__ import annotations

import re
from typing import Any

# A fenced block, to its closing fence (looked for at line starts only) or the end of the page.
FENCE = re.compile(
    r"^( {0,3})(`{3,}|~{3,})[^\n]*\n(?:[^\n]*\n)*?(?:\1?\2[`~]*[ \t]*$|[^\n]*\Z)", re.M
)
CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
# A raw, verbatim or comment block, to its end tag (or to the end of the page when unclosed);
# a Nunjucks `{% set name %}` or Liquid `{% capture name %}` block (template code that prints
# nothing where it stands) only when closed (unclosed, the site cannot build: the rest of the
# page is still read).
RAW_BLOCK = re.compile(
    r"\{%-?\s*(?:(raw|verbatim|comment)|(set|capture)\s+[\w.-]+)\s*-?%\}.*?"
    r"(?(2)\{%-?\s*end\2\s*-?%\}|(?:\{%-?\s*end\1\s*-?%\}|\Z))",
    re.S,
)
# Hugo's way of showing a shortcode as text: {{</* name */>}} and {{%/* name */%}}.
HUGO_EXAMPLE = re.compile(r"\{\{(?:</\*.*?\*/>|%/\*.*?\*/%)\}\}", re.S)


def blank(m: re.Match) -> str:
    """The match as spaces, its newlines kept."""
    found = m.group(0)
    if "\n" not in found:  # a code span, most often
        return " " * len(found)
    return "\n".join([" " * len(line) for line in found.split("\n")])


def without_raw(body: str) -> str:
    """`body` with raw, verbatim, comment, set and capture blocks (and Hugo's shown shortcodes)
    blanked."""
    # One character looked for first (a fast pass; a pair of them takes several times as
    # long), then the pair: most pages have no template tag.
    if "{" in body:
        if "{%" in body:
            body = RAW_BLOCK.sub(blank, body)
        if "{{" in body and "/*" in body:
            body = HUGO_EXAMPLE.sub(blank, body)
    return body


def without_code(body: str) -> str:
    """`body` with fenced code and code spans blanked."""
    if ("`" in body and "```" in body) or ("~" in body and "~~~" in body):
        body = FENCE.sub(blank, body)
    if "`" in body:
        body = CODE_SPAN.sub(blank, body)
    return body


def prose(body: str) -> str:
    """`body` without examples: raw blocks, fenced code and code spans blanked."""
    return without_code(without_raw(body))


def page_prose(page: Any) -> str:
    """`prose(page.body)`, worked out once per page (several rules read it)."""
    found = page.cache.get("prose")
    if found is None:
        found = page.cache["prose"] = prose(page.body)
    return found


# Hugo shortcodes whose inside is code or settings (hugo-docs' `code-toggle` holds TOML, whose
# `[build]` and `enable = true` lines are no sentences, and its `# comment` no heading).
CODE_SHORTCODE = re.compile(
    r"\{\{[<%]\s*(code-toggle|code|highlight)\b[^\n]*?(?<!/)[>%]\}\}.*?\{\{[<%]\s*/\1\s*[>%]\}\}",
    re.S,
)  # (not a self-closed one, `{{< code-toggle config=markup />}}`, which holds nothing)
# A link reference definition, `[label]: address "title"`: an address for links elsewhere,
# no sentence (a footnote's `[^1]: text` is prose and stays).
LINK_DEFINITION = re.compile(r"^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S[^\n]*$", re.M)


# An indented code block: lines indented 4 spaces (or a tab) after a blank line that follows
# a line of text at the margin (not a list item or a quote, whose indented lines after a blank
# one are the item's own paragraphs). Group 1 is the code.
INDENTED_CODE = re.compile(
    r"^(?![ \t]|[-*+][ \t]|\d{1,9}[.)][ \t]|>)\S[^\n]*\n(?:[ \t]*\n)+"
    r"((?:(?: {4}|\t)[^\n]*(?:\n[ \t]*(?=\n))*(?:\n|\Z))+)",
    re.M,
)


def blank_text(text: str) -> str:
    """`text` as spaces, its newlines kept."""
    return "\n".join([" " * len(line) for line in text.split("\n")])


def without_code_shortcodes_and_definitions(text: str, source: str | None = None) -> str:
    """`text` with Hugo's code shortcodes, indented code blocks and link reference definitions
    blanked. `source` is the page as written, when `text` has its code spans blanked already
    (a line starting with one would look indented): indented blocks are found there."""
    if "{" in text and "{{" in text:
        text = CODE_SHORTCODE.sub(blank, text)
    if source is None:
        source = text
    if "\n    " in source or "\n\t" in source:
        pieces, done = [], 0
        for m in INDENTED_CODE.finditer(source):
            pieces += [text[done : m.start(1)], blank_text(text[m.start(1) : m.end(1)])]
            done = m.end(1)
        text = "".join(pieces) + text[done:]
    if "]" in text and "]:" in text:  # (one character first: found in one fast pass)
        text = LINK_DEFINITION.sub(blank, text)
    return text


# Tables hold cells, not sentences or paragraphs: a Markdown table (from the line above its
# `---|---` row, with or without pipes at the ends) and an HTML one; and an HTML heading on a
# line of its own is a heading (in a `<div>` note, its words ran into the sentence after it).
PIPE_TABLE = re.compile(
    r"^[^\n|]*\|[^\n]*\n[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$"
    r"(?:\n[^\n]*\|[^\n]*)*",
    re.M,
)
HTML_TABLE = re.compile(r"<table\b.*?</table>", re.S | re.I)
HTML_HEADING_LINE = re.compile(r"^[ \t]*<h[1-6]\b[^>\n]*>[^\n]*</h[1-6]>[ \t]*$", re.M | re.I)


def without_tables(text: str) -> str:
    """`text` with tables and HTML heading lines blanked, lines kept (what the reading checks
    read as sentences and paragraphs)."""
    if "|" in text and "-" in text:
        text = PIPE_TABLE.sub(blank, text)
    if "<" in text:
        if "<table" in text or "<TABLE" in text:
            text = HTML_TABLE.sub(blank, text)
        if "<h" in text or "<H" in text:
            text = HTML_HEADING_LINE.sub(blank, text)
    return text


# Someone else's words, quoted: the page's editor does not split their sentences or respell
# them. A pull quote (`<aside class="pquote">`, the Open Source Guide's), an HTML blockquote
# (HTML's own mark for words from elsewhere: an embedded post as its site gives it,
# `<blockquote class="twitter-tweet">`, or one written by hand) and a blockquote
# opening with a quotation mark (`> “Stability is ...”`, perhaps in italics) or marking a cut
# in the words it quotes (`[…]`).
PULL_QUOTE = re.compile(
    r"<aside\b[^>]*\bpquote\b[^>]*>.*?</aside>|<blockquote\b[^>]*>.*?</blockquote>", re.S
)
QUOTATION = re.compile(
    r"^ {0,3}>[ \t]*(?:[*_]*[“\"„«]|[^\n]*\[(?:…|\.\.\.)\])[^\n]*(?:\n {0,3}>[^\n]*)*", re.M
)
# A whole `>` blockquote. Such a quote is someone else's when the page shows it so, as a reader
# sees it: it holds a licence (a copyright notice, a licence's grant or its "AS IS"), it names
# who said it (a last line `— Name`, `– [Name](...)`, `-- Name` or a `<cite>`, or `—[via
# site](...)` ending its words; or such a line right under it), or the line above it links to
# where it comes from (`As [the Homebrew docs](https://...) put it:`), unless it opens with a
# bold label or an alert (`> **Note:**`, `> [!NOTE]`: the page's own note).
BLOCKQUOTE = re.compile(r"^ {0,3}>[^\n]*(?:\n {0,3}>[^\n]*)*", re.M)
LICENCE = re.compile(
    r'\b[Cc]opyright\s*(?:©|\([Cc]\)|\d{4})|["“]AS IS["”]|Permission is hereby granted'
)
# A licence's own disclaimer, in its capitals: `"AS IS", WITHOUT WARRANTY` (MIT, GPL), `“AS IS”
# BASIS, WITHOUT WARRANTIES` (Apache), `"AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES` (BSD).
LICENCE_DISCLAIMER = re.compile(r'["“]AS IS["”][^\n]{0,80}?WARRANT')
ATTRIBUTION_LINE = re.compile(r"[ \t>]*(?:(?:[—―–]|--(?!-))[ \t]*\S|<cite\b)")
ATTRIBUTION_END = re.compile(r"[—―][ \t]*(?:via\b[^\n]*|\[[^\]\n]*\]\([^)\n]*\)[ \t]*)$")
SOURCE_LINK = re.compile(r"\]\(https?://")
# A line over a quote that leads into it: it ends with a colon, or with the link (the source's
# name: `... your [Cool URIs don't change](https://...).`), or runs on without ending its
# sentence (`..., dass er die Vision dokumentiert hatte,`). A line that ends its own sentence
# after a link in its middle (`Inspired by the [post](...), this linter logs a warning.`) says
# nothing of the quote under it: that quote may be the page's own words.
LEADS_IN = re.compile(
    r"(?:[:：]|\]\([^()\s]*(?:\([^()\s]*\))?[^()\s]*\)[*_]*[.!)]?|[^.!?。؟।\s])[\s\"'”’»]*$"
)
OWN_NOTE = re.compile(r" {0,3}>[ \t]*(?:\*\*|__|\[!)")
QUOTE_LINE = re.compile(r" {0,3}>")


def _quoted_block(above: str | None, block: str, below: str | None) -> bool:
    """Whether a `>` blockquote (`block`; `above`: the line over it, or the one over that
    when it is blank; `below`: the same under it; None past the page's ends) shows itself as
    someone else's words (see BLOCKQUOTE)."""
    last = block.rpartition("\n")[2]
    if LICENCE.search(block) or ATTRIBUTION_END.search(last) or ATTRIBUTION_LINE.match(last):
        return True
    if below is not None and ATTRIBUTION_LINE.match(below):
        return True
    # (a line of another quote over it is no source: a quote's own words)
    return bool(
        above is not None
        and SOURCE_LINK.search(above)
        and LEADS_IN.search(above) is not None
        and not QUOTE_LINE.match(above)
        and not OWN_NOTE.match(block)
    )


def _near(lines: list[str], index: int, step: int) -> str | None:
    """`lines[index]`, or the next line going `step` when that one is blank; None past the
    first or the last line."""
    near = lines[index] if 0 <= index < len(lines) else None
    if near is not None and not near.strip():
        index += step
        near = lines[index] if 0 <= index < len(lines) else None
    return near


def _blockquote_lines(text: str) -> list[int]:
    """The lines (0-based) of `text` in `>` blockquotes that show themselves as someone
    else's words."""
    blocks = list(BLOCKQUOTE.finditer(text))
    if not blocks:
        return []
    lines = text.split("\n")
    found: list[int] = []
    first, counted = 0, 0  # the line of the last quote found, and where it starts
    for m in blocks:
        first += text.count("\n", counted, m.start())
        counted = m.start()
        last = first + m.group(0).count("\n")
        if _quoted_block(_near(lines, first - 1, -1), m.group(0), _near(lines, last + 1, 1)):
            found += range(first, last + 1)
    return found


def quoted_lines(text: str, first_line: int) -> set[int]:
    """The file lines of `text` (whose first line is `first_line`) in pull quotes and quoted
    blockquotes: the reading level counts their words (the reader reads them), but a long
    sentence or a spelling there is not the page's own to change."""
    lines: set[int] = set()
    found = []
    if "<" in text and ("<aside" in text or "<blockquote" in text):
        found += PULL_QUOTE.finditer(text)
    if ">" in text:
        found += QUOTATION.finditer(text)
        lines.update(first_line + line for line in _blockquote_lines(text))
    for m in found:
        start = first_line + text.count("\n", 0, m.start())
        lines.update(range(start, start + m.group(0).count("\n") + 1))
    return lines
