"""Where a page can be cut into parts that render alone as they do in the whole page.

An engine carries nothing across a blank line followed by an ATX heading at column 0, when
that place is outside fenced code, an HTML element or comment, `$$` math, a kramdown
`{::...}` extension and a template tag (`render_blocks.py` hands over what it does carry:
link definitions, heading-id counters, Goldmark's open quotes). A page with a feature that
spans it (footnotes; kramdown's abbreviations, `{:toc}` and attribute definitions;
Goldmark's summary divider) is not cut, but for the marks the caller puts in itself
(`apart`). A long table is cut between its rows (`table_cuts`). After an edit only the changed lines are read again.
"""

from __future__ import annotations

import itertools
import re

# Parts are at least this long (fewer engine calls on the first render, each with a fixed
# cost) and, once past it, end at the next safe place.
MIN_PART_CHARS = 1500

# Lines that can change what the splitter knows: fences, headings, HTML, kramdown
# extensions, math. Everything else is skipped by the search.
_MARK = re.compile(r"\n[ \t>]*(?:`{3}|~{3})|\n#|<|\{:[:/]|\$\$|&#")
_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
_FENCE = re.compile(r"[ \t>]*(`{3,}|~{3,})(.*)")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1(?!`)")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)([^<>]*?(/?)>)?")
VOID_ELEMENTS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
# A line opening with `<` that is neither a tag nor a comment (`<https://...>`, `<a@b.org>`,
# `<!DOCTYPE`, `<?php`): the kramdown engine reads no fenced code after it.
_ODD_HTML_LINE = re.compile(r" {0,3}<(?!/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|!--)")
# A heading followed by a definition line (`: ...`) may be a definition list's term.
_DEFINITION_AFTER = re.compile(r"(?:\n[ \t]*)*\n {0,3}:")
# HTML blocks that CommonMark ends only at their end mark: processing instructions,
# declarations, CDATA.
_SPECIAL_BLOCK = re.compile(r" {0,3}(<\?|<![A-Za-z]|<!\[CDATA\[)")
_SPECIAL_END = {"<?": "?>", "<![CDATA[": "]]>"}  # a declaration (`<!X`) ends at `>`
# A processing instruction, declaration or CDATA not ended on its line.
_UNENDED_SPECIAL = re.compile(r"<\?(?![^\n]*\?>)|<![A-Za-z](?![^\n]*>)|<!\[CDATA\[(?![^\n]*\]\]>)")
_KRAMDOWN_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_TAG_LINE = re.compile(r" {0,3}</?[A-Za-z]")
_COMMENT_THEN = re.compile(r" {0,3}<!--.*?-->[ \t]*\S")
_BROKEN_CHARREF = re.compile(r"&#(?![0-9]+;|[xX][0-9a-fA-F]+;)")
_OPEN_ANGLE = re.compile(r"<(?!!--)[A-Za-z/!?][^<>]*(?:<|$)")
_EXTENSION = re.compile(r"\{::(\w+)[^}]*?(/?)\}|\{:/(\w*)\}")

# Whole-page features: a page with one of these is rendered whole. Footnotes (all engines);
# kramdown's table of contents, abbreviations and attribute list definitions; markdown-it's
# table of contents plugin (`engines/eleventy_toc.py`).
_WHOLE_PAGE_WORDS = {"kramdown": ("[^", "{:toc}", "{::toc"), "markdown-it": ("[^", "[[toc]]", "[[TOC]]")}
_KRAMDOWN_DEFINITION = re.compile(r"\n {0,3}(?:\*\[|\{:[\w-]+:)")
_TEMPLATE_MARKS = (("{%", "%}"), ("{{", "}}"), ("{#", "#}"))


def split_parts(
    text: str, engine_name: str = "kramdown", min_chars: int = MIN_PART_CHARS
) -> list[str]:
    """`text` cut where no engine carries state across; the parts join back into `text`.

    One part (the whole text) when the page uses a feature that spans the page.
    """
    return parts_at(text, cut_points(text, engine_name, min_chars))


def parts_at(text: str, cuts: list[int]) -> list[str]:
    """`text` cut at `cuts` (0 first)."""
    ends = [*cuts[1:], len(text)]
    return [text[a:b] for a, b in zip(cuts, ends, strict=True)]


def cut_points(
    text: str,
    engine_name: str = "kramdown",
    min_chars: int = MIN_PART_CHARS,
    before: tuple[str, list[int]] | None = None,
    apart: frozenset[str] = frozenset(),
) -> list[int]:
    """Where `split_parts` cuts `text` (0 first). `before`: the text and cuts of the last
    call with the same engine, length and `apart`, so that only the changed stretch is read
    again. `apart`: the marks of page-wide features that do not keep the page whole (`[^`,
    footnotes; `{:toc}`, kramdown's table of contents): the caller puts them in
    (`render_blocks.py`)."""
    if len(text) < 2 * min_chars:
        return [0]
    prefix = suffix = 0
    checked = text
    if before is not None and len(before[1]) > 1:
        # The last text was cut, so it has none of the whole-page marks: only the lines
        # that changed need looking at (no mark runs over a line's end).
        prefix = _common_prefix(before[0], text)
        suffix = _common_suffix(before[0], text, min(len(before[0]), len(text)) - prefix)
        end = text.find("\n", len(text) - suffix)
        checked = text[max(text.rfind("\n", 0, prefix), 0) : len(text) if end < 0 else end]
    if _whole_page(checked if checked.startswith("\n") else "\n" + checked, engine_name, apart):
        return [0]
    cuts = [0]
    # Past this place, a cut made where the last text had one ends the reading: the rest
    # of the text is the same, and so are its cuts (every cut leaves nothing open).
    same_from, shift, old_cuts = len(text) + 1, 0, frozenset[int]()
    start = 0
    if before is not None and len(before[1]) > 1:
        old_text, old_list = before
        for cut in old_list[1:]:
            # A cut whose heading line ends before the change stays; read on from the last.
            if old_text.find("\n", cut) >= prefix or old_text.find("\n", cut) < 0:
                break
            cuts.append(cut)
        start = cuts[-1]
        shift = len(text) - len(old_text)
        same_from = len(text) - suffix
        old_cuts = frozenset(old_list)
    fence: tuple[str, int] | None = None  # the open fence's character and length
    open_tags: dict[str, int] = {}  # HTML elements and kramdown extensions open, by name
    # The kramdown engine's own two readings of fences (its whitespace clean-up's, and
    # its comment lines' that only toggles): a cut needs all three to be outside fences.
    kramdown = engine_name == "kramdown"
    other_fences: tuple[str | None, bool] = (None, False)
    in_comment = False
    math = False
    pos = start
    marks = (
        m.start() + 1 if m.group(0)[0] == "\n" else m.start()
        for m in _MARK.finditer(text, max(start - 1, 0))
    )
    if start == 0 and text[:1] in "#`~> \t":
        marks = itertools.chain((0,), marks)  # the first line, which no newline comes before
    for at in marks:
        if at < pos:
            continue  # on a line already read
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        pos = line_end + 1  # each line is read once, whatever matched in it
        line = text[line_start:line_end]
        f = _FENCE.match(line)
        if f is not None:
            mark, rest = f.group(1), f.group(2)
            if fence is None:
                if not (mark[0] == "`" and "`" in rest):
                    if kramdown and len(rest.split()) > 1:
                        # Marks then two words or more (`md {file="x"}`): a fence to the
                        # others, none to the kramdown engine (one word at most).
                        return [0]
                    fence = (mark[0], len(mark))
            elif mark[0] == fence[0] and len(mark) >= fence[1] and not rest.strip():
                fence = None
            if kramdown:
                other_fences = _other_fences(line, other_fences)
            continue
        if fence is not None or other_fences != (None, False):
            continue
        if (
            line.startswith("#")
            and _HEADING.match(line)
            and not open_tags
            and not in_comment
            and not math
            and line_start - cuts[-1] >= min_chars
            and _blank_before(text, line_start)
            and not _attributes_before(text, line_start)
            and not _inside_template_tag(text, cuts[-1], line_start)
            and not _inside_raw_block(text, cuts[-1], line_start)
            and not _inside_code_shortcode(text, cuts[-1], line_start)
            and not _DEFINITION_AFTER.match(text, line_end)
        ):
            if line_start >= same_from and line_start - shift in old_cuts:
                assert before is not None
                return cuts + [c + shift for c in before[1] if c >= line_start - shift]
            cuts.append(line_start)
        block = _SPECIAL_BLOCK.match(line)
        if block is not None and _SPECIAL_END.get(block.group(1), ">") not in line[block.end() :]:
            break  # `<?`, `<!X`, `<![CDATA[` run until their end mark, over blank lines
        plain = _CODE_SPAN.sub("", line)
        if kramdown and (
            _ODD_HTML_LINE.match(line)
            or _OPEN_ANGLE.search(plain)
            or _BROKEN_CHARREF.search(plain)
            or _COMMENT_THEN.match(line)
            or (_TAG_LINE.match(line) and plain.rstrip()[-1:] != ">")
        ):
            # An autolink or other `<` opening the line, a tag left open at its end, a
            # broken `&#`, more after a tag or comment opening the line: the kramdown engine's
            # HTML reader reads the page around it by where it is: the page stays whole.
            return [0]
        if plain.count("$$") % 2:
            math = not math
        if "<" in plain or "{:" in plain:
            was_open = bool(open_tags)
            in_comment = _html_depth(plain, open_tags, in_comment)
            if kramdown and was_open and not open_tags and plain.rstrip()[-1:] != ">":
                return [0]  # text after a raw block's closing tag: the kramdown engine moves it
        if in_comment:  # the lines up to the comment's end hold nothing that counts
            opening = line.lstrip(" ")
            if len(line) - len(opening) > 3 or not opening.startswith("<!--") or "-->" in line:
                break  # a comment opened inside a line: engines differ on where it ends
            end = text.find("-->", pos)
            if end < 0:
                break  # no cut after an unclosed comment
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            after = text[end + 3 : line_end]
            if kramdown and after.strip():
                return [0]  # more after the comment's end: the kramdown engine moves it
            in_comment = _html_depth(_CODE_SPAN.sub("", after), open_tags, False)
            if in_comment:
                break
            pos = line_end + 1
    return cuts


def _other_fences(line: str, state: tuple[str | None, bool]) -> tuple[str | None, bool]:
    """The kramdown engine's other fence readings after `line` (see `markdown_ext/code_fences.py`
    `inside_fences` and `markdown_ext/more.py`)."""
    fence, toggled = state
    if fence is not None:
        stripped = line.strip()
        if stripped.startswith(fence) and not stripped.strip(fence[0]):
            fence = None
    elif m := _KRAMDOWN_FENCE.match(line):
        fence = m[1]
    if line.lstrip().startswith(("```", "~~~")):
        toggled = not toggled
    return fence, toggled


def _whole_page(text: str, engine_name: str, apart: frozenset[str] = frozenset()) -> bool:
    """`text` (after a newline) has a mark of a feature that spans the page (but `apart`)."""
    words = _WHOLE_PAGE_WORDS.get(engine_name, ("[^",))
    if any(word in text for word in words if word not in apart):
        return True
    if engine_name == "kramdown" and ("<?" in text or "<!" in text):
        if _UNENDED_SPECIAL.search(text):
            return True  # the kramdown engine's HTML reader then depends on where it is
    if engine_name == "kramdown" and ("*[" in text or "{:" in text):
        return _KRAMDOWN_DEFINITION.search(text) is not None
    return engine_name == "goldmark" and "<!--more-->" in text  # Hugo: summary rendered apart


def _common_prefix(a: str, b: str) -> int:
    """How many characters `a` and `b` share at their start (compared a block at a time)."""
    n, step = 0, 4096
    limit = min(len(a), len(b))
    while n < limit and a[n : n + step] == b[n : n + step]:
        n += step
    if n >= limit:
        return limit
    while step > 1:  # the first difference is within [n, n + step)
        step //= 2
        if a[n : n + step] == b[n : n + step]:
            n += step
    return n


def _common_suffix(a: str, b: str, limit: int) -> int:
    """How many characters `a` and `b` share at their end, at most `limit`."""
    n, step = 0, 4096
    la, lb = len(a), len(b)
    while n < limit and a[max(la - n - step, 0) : la - n] == b[max(lb - n - step, 0) : lb - n]:
        n += step
    if n >= limit:
        return limit
    while step > 1:
        step //= 2
        if n + step <= limit and a[la - n - step : la - n] == b[lb - n - step : lb - n]:
            n += step
    return min(n, limit)


def _html_depth(line: str, open_tags: dict[str, int], in_comment: bool) -> bool:
    """Count the HTML elements and kramdown extensions `line` opens and closes into
    `open_tags` (by name; a closing tag with none open is ignored, as the engines ignore
    it); whether a comment is still open after it."""
    pos = 0
    while pos < len(line):
        if in_comment:
            end = line.find("-->", pos)
            if end < 0:
                return True
            in_comment, pos = False, end + 3
            continue
        start = line.find("<!--", pos)
        chunk = line[pos:] if start < 0 else line[pos:start]
        for t in _TAG.finditer(chunk):
            name = t.group(2).lower()
            if name not in VOID_ELEMENTS and not t.group(4):
                _count(open_tags, name, -1 if t.group(1) else 1)
        for e in _EXTENSION.finditer(chunk):
            if e.group(1) and not e.group(2):
                _count(open_tags, "{::", 1)
            elif e.group(3) is not None:
                _count(open_tags, "{::", -1)
        if start < 0:
            break
        in_comment, pos = True, start + 4
    return in_comment


def _count(open_tags: dict[str, int], name: str, change: int) -> None:
    count = open_tags.get(name, 0) + change
    if count > 0:
        open_tags[name] = count
    else:
        open_tags.pop(name, None)


def _inside_template_tag(text: str, since: int, at: int) -> bool:
    """A template tag (`{% %}`, `{{ }}`, `{# #}`, a shortcode) may be open at `at`.

    A tag holds no opening of its own kind, so only the last one before `at` can be open;
    one open before the last cut would have kept that cut from being made.
    """
    for opening, closing in _TEMPLATE_MARKS:
        start = text.rfind(opening, since, at)
        if start >= 0 and text.find(closing, start + 2, at) < 0:
            return True
    return False


def _inside_raw_block(text: str, since: int, at: int) -> bool:
    """A Liquid or Nunjucks raw block (`{% raw %}` to `{% endraw %}`, printed as written:
    `engines/templates.py`) or a highlight block (code: `engines/jekyll_highlight.py`) may
    be open at `at`: the two tags must stay in one part."""
    last: dict[str, int] = {}  # the end of the last opening of each kind
    for opened in _RAW_OPEN.finditer(text, since, at):
        last[opened.group(1) or opened.group(2)] = opened.end()
    return any(text.find("end" + kind, end, at) < 0 for kind, end in last.items())


def _inside_code_shortcode(text: str, since: int, at: int) -> bool:
    """A Hugo shortcode drawn as a whole block (`{{< code-toggle >}}` to its closing tag,
    `engines/hugo_shortcodes.py`) is open at `at`: a `#` comment line inside it is no
    heading to cut at."""
    if "{{<" not in text[since:at] and "{{%" not in text[since:at]:
        return False
    from editor_app.core.engines.hugo_shortcodes import open_block_at

    return open_block_at(text, since, at)


_RAW_OPEN = re.compile(
    r"\{%-?\s*(?:(raw|verbatim)\s*-?|(highlight)\s+[\w.+#-]+(?:[^%{]|%(?!\}))*)%\}"
)


def _blank_before(text: str, start: int) -> bool:
    """The line before `start` is blank (or `start` is the first line)."""
    if start == 0:
        return True
    prev_start = text.rfind("\n", 0, start - 1) + 1
    return not text[prev_start : start - 1].strip()


def _attributes_before(text: str, start: int) -> bool:
    """The last non-blank line before `start` is an attribute list (`{: .x}`, `{#id}`)."""
    end = start
    while end > 0:
        line_start = text.rfind("\n", 0, end - 1) + 1
        line = text[line_start : end - 1].strip()
        if line:
            return line.startswith("{")
        end = line_start
    return False


# -- inside a long table ---------------------------------------------------------------------

# Marks after which a table may not be what it looks like (inside HTML, a comment, fenced
# code, math, a template tag or a kramdown extension): a part is cut inside a table only when
# none comes before the table's end.
_TABLE_UNSAFE = re.compile(r"<|\{|\$|&#|^[ \t>]*(?:`{3}|~{3})", re.M)
# Header cells that could read or change what the page carries (quotes, references,
# entities, escapes): the header is rendered again with each group of rows.
_HEADER_UNSAFE = re.compile(r"['\"&\[\]\\]")
_DELIMITER_ROW = re.compile(r"\|[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")
# A body row made of table rule marks only: kramdown starts a new body or a footer there.
_RULE_ROW = re.compile(r"[|:+= \t-]*[-=][|:+= \t-]*")
# markdown-it stops a table after 65,536 cells filled in for short rows (through the table).
_MAX_TABLE_CELLS = 60_000


def table_cuts(text: str, min_chars: int = MIN_PART_CHARS) -> list[tuple[int, str]]:
    """Places between the rows of long tables in `text` (a part) where it can be cut, with
    the table's header and delimiter lines that each group of rows is rendered after.

    A group rendered after the header gives the HTML rows of the same rows in the whole
    table, with every engine, when the table stands alone: its lines all start with `|` at
    the line's start, a blank line before and after, no row of rule marks (kramdown's body
    separator), nothing before it that could make it other than a table, and a header with
    nothing that the page carries from one place to the next (`render_blocks.py` stitches
    the groups' HTML). Each group starts at a row, and every part holds at least
    `min_chars`.
    """
    cuts: list[tuple[int, str]] = []
    if len(text) < 2 * min_chars or "\n|" not in text:
        return cuts
    unsafe = _TABLE_UNSAFE.search(text)
    limit = unsafe.start() if unsafe is not None else len(text)
    last_cut = 0
    pos = text.find("\n|")
    while 0 <= pos < limit:
        start = pos + 1
        header_end = text.find("\n", start)
        rows_start = text.find("\n", header_end + 1) + 1 if header_end >= 0 else 0
        if rows_start <= 0:
            break
        header = text[start:header_end]
        if (
            not _blank_before(text, start)
            or _HEADER_UNSAFE.search(header)
            or not _DELIMITER_ROW.fullmatch(text[header_end + 1 : rows_start - 1])
        ):
            pos = text.find("\n|", header_end)
            continue
        rows: list[int] = []
        at = rows_start
        while at < len(text) and text[at] == "|":
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if _RULE_ROW.fullmatch(text[at:end]):
                rows = []
                break
            rows.append(at)
            at = end + 1
        after = text.find("\n", at)
        if at > limit:
            break  # an unsafe mark before the table's end: no cut from here on
        standalone = at >= len(text) or not text[at : len(text) if after < 0 else after].strip()
        if rows and standalone and len(rows) * (header.count("|") + 1) < _MAX_TABLE_CELLS:
            prefix = text[start:rows_start]
            for row in rows[1:]:
                if row - last_cut >= min_chars and len(text) - row >= min_chars:
                    cuts.append((row, prefix))
                    last_cut = row
        pos = text.find("\n|", max(at - 1, header_end))
    return cuts
