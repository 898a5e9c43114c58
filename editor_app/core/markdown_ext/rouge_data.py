"""JSON, diff, TOML and Dockerfile code split into tokens as Rouge's lexers split them.

Written after Rouge 3.30's `Rouge::Lexers::JSON` and `Rouge::Lexers::Diff` (MIT). JSON:
keys `nl`, strings `s2` with escapes `se` apart, spaces `w`, `true`/`null` `kc`, an
unquoted word an `err` per character run. Diff: whole lines `gi`/`gd`/`gh`, `@@ ... @@`
and `---` lines `p`, each taking its newline. TOML: `[table]` `nn`, keys `py`, strings
`s`. Dockerfile: instructions `k` with their argument one `s`, `RUN` lines as shell.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

_JSON_STATES = {
    "whitespace": [(rx(r"\s+"), "w", ())],
    "root": [
        ("mixin", "whitespace", ()),
        (rx(r"{"), "p", ("object",)),
        (rx(r"\["), "p", ("array",)),
        ("mixin", "name", ()),
        ("mixin", "value", ()),
        (rx(r"[\]}]"), "p", ()),
    ],
    "object": [
        ("mixin", "whitespace", ()),
        ("mixin", "name", ()),
        ("mixin", "value", ()),
        (rx(r"}"), "p", ("#pop",)),
        (rx(r","), "p", ()),
    ],
    "name": [(rx(r'("(?:\\.|[^"\\\n])*?")(\s*)(:)'), ("nl", "w", "p"), ())],
    "value": [
        ("mixin", "whitespace", ()),
        ("mixin", "constants", ()),
        (rx(r'"'), "s2", ("string",)),
        (rx(r"\["), "p", ("array",)),
        (rx(r"{"), "p", ("object",)),
    ],
    "string": [
        (rx(r'[^\\"]+'), "s2", ()),
        (rx(r"\\."), "se", ()),
        (rx(r'"'), "s2", ("#pop",)),
    ],
    "array": [
        ("mixin", "value", ()),
        (rx(r"\]"), "p", ("#pop",)),
        (rx(r","), "p", ()),
    ],
    "constants": [
        (rx(r"(?:true|false|null)"), "kc", ()),
        (rx(r"-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?", re.I), "mf", ()),
        (rx(r"-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?", re.I), "mi", ()),
    ],
}

JSON = RougeLexer(_JSON_STATES)

_DIFF_STATES = {
    "root": [
        (rx(r"^ .*$\n?"), "", ()),
        (rx(r"^---$\n?"), "p", ()),
        (rx(r"^[+>]+.*$\n?"), "gi", ()),
        (rx(r"^\+.*$\n?"), "gi", ()),
        (rx(r"^[-<]+.*$\n?"), "gd", ()),
        (rx(r"^!.*$\n?"), "gs", ()),
        (rx(r"^([Ii]ndex|diff).*$\n?"), "gh", ()),
        (rx(r"^(@@[^@]*@@)([^\n]*\n)"), ("p", ""), ()),
        (rx(r"^\w.*$\n?"), "p", ()),
        (rx(r"^=.*$\n?"), "gh", ()),
        (rx(r"\s.*$\n?"), "", ()),
    ],
}

DIFF = RougeLexer(_DIFF_STATES)
DIFF_NAMES = frozenset({"diff", "patch", "udiff"})

# -- TOML (Rouge's `Rouge::Lexers::TOML`) ---------------------------------------------------

_TOML_ID = r"""(?:\S+|"[^"]+"|'[^']+')"""
_TOML_STATES = {
    "basic": [
        (rx(r"\s+"), "", ()),
        (rx(r"#.*?$"), "c", ()),
        (rx(r"(true|false)"), "kc", ()),
        (rx(rf"({_TOML_ID})(\s*)(=)(\s*)(\{{)"), ("nn", "", "o", "", "p"), ("inline",)),
        # Rouge's (?<!=) here sees nothing before the scan position: left out.
        (rx(r"\s*\[[\S]+\]"), "nn", ()),
        (rx(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"), "ld", ()),
        (rx(r"[+-]?\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?"), "mf", ()),
        (rx(r"[+-]?\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*"), "mf", ()),
        (rx(r"[+-]?(?:nan|inf)"), "mf", ()),
        (rx(r"0x[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*"), "mh", ()),
        (rx(r"0o[0-7]+(?:_[0-7]+)*"), "mo", ()),
        (rx(r"0b[01]+(?:_[01]+)*"), "mb", ()),
        (rx(r"[+-]?\d+(?:_\d+)*"), "mi", ()),
    ],
    "root": [
        ("mixin", "basic", ()),
        (rx(rf"({_TOML_ID})(\s*)(=)"), ("py", "", "p"), ("value",)),
    ],
    "value": [(rx(r"\n"), "", ("#pop",)), ("mixin", "content", ())],
    "content": [
        ("mixin", "basic", ()),
        (rx(rf"({_TOML_ID})(\s*)(=)"), ("py", "", "p"), ()),
        (rx(r'"""'), "s", ("mdq",)),
        (rx(r'"'), "s", ("dq",)),
        (rx(r"'''"), "s", ("msq",)),
        (rx(r"'"), "s", ("sq",)),
        ("mixin", "esc_str", ()),
        (rx(r","), "p", ()),
        (rx(r"\["), "p", ("array",)),
    ],
    "dq": [
        (rx(r'"'), "s", ("#pop",)),
        (rx(r"\n"), "err", ("#pop",)),
        ("mixin", "esc_str", ()),
        (rx(r'[^\\"\n]+'), "s", ()),
    ],
    "mdq": [
        (rx(r'"""'), "s", ("#pop",)),
        ("mixin", "esc_str", ()),
        (rx(r'[^\\"]+'), "s", ()),
        (rx(r'"+'), "s", ()),
    ],
    "sq": [(rx(r"'"), "s", ("#pop",)), (rx(r"\n"), "err", ("#pop",)), (rx(r"[^'\n]+"), "s", ())],
    "msq": [(rx(r"'''"), "s", ("#pop",)), (rx(r"[^']+"), "s", ()), (rx(r"'+"), "s", ())],
    "esc_str": [(rx(r'\\[0t\tn\n "\\r]'), "se", ())],
    "array": [("mixin", "content", ()), (rx(r"\]"), "p", ("#pop",))],
    "inline": [("mixin", "content", ()), (rx(r"\}"), "p", ("#pop",))],
}

TOML = RougeLexer(_TOML_STATES)

# -- Dockerfile (Rouge's `Rouge::Lexers::Docker`) -------------------------------------------

_DOCKER_KEYWORDS = (
    "FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|"
    "STOPSIGNAL|HEALTHCHECK|SHELL"
)


def docker_lexer(shell: Callable[[str], Runs]) -> RougeLexer:
    """Rouge's Dockerfile lexer; `shell` lexes what follows `RUN`."""
    return RougeLexer(
        {
            "root": [
                (rx(r"\s+"), "", ()),
                (
                    rx(r"^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)", re.I),
                    ("k", "w", "s", "w", "k", "w", "s"),
                    (),
                ),
                (rx(rf"^(ONBUILD)(\s+)({_DOCKER_KEYWORDS})(.*)", re.I), ("k", "w", "k", "s"), ()),
                (rx(rf"^({_DOCKER_KEYWORDS})\b(.*)", re.I), ("k", "s"), ()),
                (rx(r"#.*?$"), "c", ()),
                (rx(r"^(ONBUILD\s+)?RUN(\s+)", re.I), "k", ("run",)),
                (rx(r"\w+"), "", ()),
                (rx(r"[^\w]+"), "", ()),
                (rx(r"."), "", ()),
            ],
            "run": [
                (rx(r"\n"), "", ("#pop",)),
                (rx(r"\\.", re.S), "se", ()),
                (rx(r"(\\.|[^\n\\])+"), lambda m: shell(m.group(0)), ()),
            ],
        }
    )


DOCKER_NAMES = frozenset({"docker", "dockerfile"})

# Rouge's JSON-doc (`json-doc`, `jsonc`): JSON with `key:` names, comments and `...`.
_JSONDOC_STATES = {name: list(rules) for name, rules in _JSON_STATES.items()}
_JSONDOC_STATES["name"] = [
    (rx(r"([$\w]+)(\s*)(:)"), ("na", "", "p"), ()),
    *_JSONDOC_STATES["name"],
]
_JSONDOC_STATES["value"] = [
    (rx(r"/[*].*?[*]/"), "c", ()),
    (rx(r"//.*?$"), "c1", ()),
    (rx(r"(\.\.\.)"), "c1", ()),
    *_JSONDOC_STATES["value"],
]
JSONDOC = RougeLexer(_JSONDOC_STATES)
JSONDOC_NAMES = frozenset({"json-doc", "jsonc"})

# -- HTTP (Rouge's HTTP lexer: request or status line, headers, the body by its type) ----------

# Rouge's guess by mimetype for the usual bodies; anything else is plain text.
_HTTP_BODY_LANGUAGE = {
    "application/json": "json",
    "application/vnd.api+json": "json",
    "application/hal+json": "json",
    "application/problem+json": "json",
    "application/schema+json": "json",
    "text/html": "html",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/javascript": "javascript",
    "text/javascript": "javascript",
    "text/css": "css",
    "text/x-yaml": "yaml",
}


class _HttpHeaders:
    def __init__(self) -> None:
        self.content_type = "text/plain"


def _http_header(m: re.Match[str], h: _HttpHeaders) -> list[tuple[str, str]]:
    if m[1].strip().lower() == "content-type":
        h.content_type = m[5].split(";")[0].lower()
    return [("na", m[1]), ("", m[2]), ("p", m[3]), ("", m[4]), ("s", m[5]), ("", m[6])]


def _http_body(m: re.Match[str], h: _HttpHeaders) -> list[tuple[str, str]]:
    from editor_app.core.markdown_ext.rouge_tokens import tokens  # which imports this module

    lang = _HTTP_BODY_LANGUAGE.get(h.content_type)
    return (tokens(m[0], lang) if lang else None) or [("", m[0])]


_HTTP_STATES = {
    "root": [
        (
            rx(
                r"(GET|POST|PUT|DELETE|HEAD|OPTIONS|TRACE|PATCH)([ ]+)([^ ]+)([ ]+)"
                r"(HTTPS?)(/)(\d(?:\.\d)?)(\r?\n|$)"
            ),
            ("nf", "", "nn", "", "k", "o", "m", ""),
            ("headers",),
        ),
        (
            rx(r"(HTTPS?)(/)(\d(?:\.\d))([ ]+)(\d{3})([ ]+)?([^\r\n]*)?(\r?\n|$)"),
            ("k", "o", "m", "", "m", "", "ne", ""),
            ("headers",),
        ),
    ],
    "headers": [
        (rx(r"([^\s:]+)( *)(:)( *)([^\r\n]+)(\r?\n|$)"), _http_header, ()),
        (rx(r"([^\r\n]+)(\r?\n|$)"), ("s", ""), ()),
        (rx(r"\r?\n"), "", ("content",)),
    ],
    "content": [(rx(r".+", re.S), _http_body, ())],
}

HTTP = RougeLexer(_HTTP_STATES, context=_HttpHeaders)
HTTP_NAMES = frozenset({"http"})
