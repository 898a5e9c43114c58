"""Markdown code split into tokens as Rouge's Markdown lexer splits it (Pygments' differs).

Written after Rouge 3.30's `Rouge::Lexers::Markdown`: a YAML header at the top is lexed
as YAML, fences as their own language (`nl` for the language, `p` for the backticks),
headings `gh`/`gu`, list markers and rules `p`, quotes `gt`, links `p` `nv` `p` then the
address `sx`, emphasis `ge`/`gs`, code `sb`, inline HTML and entities as HTML. Ruby's
`^`/`$` always match at line ends and its `/m` is Python's DOTALL.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Runs = list[tuple[str, str]]
Delegate = Callable[[str, str | None], Runs | None]

_EDOT = r"(?:\\.|[^\\\n])"
_M = re.M
_FRONT = re.compile(r"\A(---\s*\n.*?\n?)^(---\s*$\n?)", re.M | re.S)
_FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,})([^\n]*\n)((.*?)(\n\1)(\2))?", re.M | re.S)

# (expression, class or action): a class for the whole match; a tuple of classes for the
# groups; "html" to lex the match as HTML; then the states to push or "#pop".
_ROOT: list[tuple[re.Pattern[str], object, tuple[str, ...]]] = [
    (re.compile(r"\\."), "se", ()),
    (re.compile(r"^[\S ]+\n(?:---*)\n", _M), "gh", ()),
    (re.compile(r"^[\S ]+\n(?:===*)\n", _M), "gu", ()),
    (re.compile(r"^#(?=[^#]).*?$", _M), "gh", ()),
    (re.compile(r"^##*.*?$", _M), "gu", ()),
    (_FENCE, "fence", ()),
    (re.compile(r"\n\n((    |\t).*?\n|\n)+"), "sb", ()),
    (re.compile(rf"(`+)(?:{_EDOT}|\n)+?\1"), "sb", ()),
    (re.compile(r"^(\s*[*]){3,}\s*$", _M), "p", ()),
    (re.compile(r"^(\s*[-]){3,}\s*$", _M), "p", ()),
    (re.compile(r"^\s*[*+-](?=\s)", _M), "p", ()),
    (re.compile(r"^\s*\d+\.", _M), "p", ()),
    (re.compile(r"^\s*>.*?$", _M), "gt", ()),
    (
        re.compile(rf"^(\s*)(\[)({_EDOT}+?)(\])(\s*)(:)", _M),
        ("", "p", "ss", "p", "", "p"),
        ("title", "url"),
    ),
    (re.compile(rf"(!?\[)({_EDOT}*?|[^\]]*?)(\])(?=[\[(])"), ("p", "nv", "p"), ("link",)),
    (re.compile(rf"[*][*]{_EDOT}*?[*][*]"), "gs", ()),
    (re.compile(rf"__{_EDOT}*?__"), "gs", ()),
    (re.compile(rf"[*]{_EDOT}*?[*]"), "ge", ()),
    (re.compile(rf"_{_EDOT}*?_"), "ge", ()),
    (re.compile(r"<.*?@.+[.].+>"), "nv", ()),
    (re.compile(rf"<(https?|mailto|ftp)://{_EDOT}*?>"), "nv", ()),
    (re.compile(r"[^\\`\[*\n&<]+"), "", ()),
    (re.compile(r"&\S*;"), "html", ()),
    (re.compile(rf"<{_EDOT}*?>"), "html", ()),
    (re.compile(r"[&<]"), "", ()),
    (re.compile(r"\["), "", ()),
    (re.compile(r"\n"), "", ()),
]
_TITLE = [
    (re.compile(rf'"{_EDOT}*?"'), "nn", ()),
    (re.compile(rf"'{_EDOT}*?'"), "nn", ()),
    (re.compile(rf"[(]{_EDOT}*?[)]"), "nn", ()),
    (re.compile(r"\s*(?=[\"'()])"), "", ()),
    (re.compile(r""), "", ("#pop",)),
]
_URL = [
    (re.compile(r"[ \t]+"), "", ()),
    (re.compile(rf"(<)({_EDOT}*?)(>)"), ("nt", "sx", "nt"), ("#pop",)),
    (re.compile(r"\S+"), "sx", ("#pop",)),
]
_STATES = {
    "root": _ROOT,
    "link": [
        (re.compile(rf"(\[)({_EDOT}*?)(\])"), ("p", "ss", "p"), ("#pop",)),
        (re.compile(r"[(]"), "p", ("inline_title", "inline_url")),
        (re.compile(r"[ \t]+"), "", ()),
        (re.compile(r""), "", ("#pop",)),
    ],
    "url": _URL,
    "title": _TITLE,
    "inline_title": [(re.compile(r"[)]"), "p", ("#pop",)), *_TITLE],
    "inline_url": [
        (re.compile(r"[^<\s)]+"), "sx", ("#pop",)),
        (re.compile(r"\s+"), "", ()),
        *_URL,
    ],
}


def _first_match(rules: list, text: str, pos: int) -> tuple | None:
    """The first rule matching at `pos`: (match, action, pushes), as Rouge tries them."""
    for pattern, action, pushes in rules:
        m = pattern.match(text, pos)
        if m is not None:
            return m, action, pushes
    return None


def markdown_runs(text: str, delegate: Delegate) -> Runs:
    """(class, text) tokens of Markdown code as Rouge makes them; `delegate(code, lang)`
    gives another language's tokens (None: Rouge would not colour it)."""
    out: Runs = []

    def add(css: str, value: str) -> None:
        if value:
            out.append((css, value))

    def lexed(code: str, lang: str | None) -> None:
        runs = delegate(code, lang)
        out.extend(runs if runs is not None else [("sb", code)] if code else [])

    pos = 0
    front = _FRONT.match(text)
    if front:
        lexed(front.group(0), "yaml")
        pos = front.end()
    stack = ["root"]
    while pos < len(text):
        found = _first_match(_STATES[stack[-1]], text, pos)
        if found is None:
            out.append(("err", text[pos]))
            pos += 1
            continue
        m, action, pushes = found
        if action == "fence":
            add("", m.group(1))
            add("p", m.group(2))
            add("nl", m.group(3))
            if m.group(4) is not None:
                name = m.group(3).strip()
                lexed(m.group(5), name or "plaintext")
                add("", m.group(6))
                add("p", m.group(7))
            # An unclosed fence (Rouge then lexes line by line): the rest as one block.
            else:
                lexed(text[m.end() :], m.group(3).strip() or "plaintext")
                pos = len(text)
                continue
        elif action == "html":
            lexed(m.group(0), "html")
        elif isinstance(action, tuple):
            for css, group in zip(action, m.groups(), strict=False):
                add(css, group or "")
        else:
            add(str(action), m.group(0))
        pos = m.end()
        for state in pushes:
            if state == "#pop":
                if len(stack) > 1:
                    stack.pop()
            else:
                stack.append(state)
    return out
