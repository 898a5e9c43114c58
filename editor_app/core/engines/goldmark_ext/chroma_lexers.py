"""Pygments lexers for the languages Chroma colours and Pygments lacks: Go templates.

Hugo's documentation is mostly ```` ```go-html-template ````: Chroma lexes `{{ ... }}`
with its Go-template rules and the rest as HTML. Written after Chroma's rules (numbers and
names alike `nx`, `.Field` `na`, keywords `k`, `|` `:=` `(` `)` `o`, `{{ }}` `cp`,
`{{/* */}}` `cm`).
"""

from __future__ import annotations

from collections.abc import Iterator

from pygments.lexer import DelegatingLexer, RegexLexer
from pygments.lexers.html import HtmlLexer
from pygments.token import Comment, Keyword, Name, Operator, Other, String, Text

_KEYWORDS = (
    "range|if|else|while|with|template|end|true|false|nil|and|call|html|index|js|len|not|or|"
    "print|printf|println|urlquery|eq|ne|lt|le|gt|ge"
)


class GoTemplateLexer(RegexLexer):
    """`{{ ... }}` as Chroma's Go-template lexer reads it; everything else is `Other`."""

    name = "Go template (Chroma)"
    aliases = ["go-template-chroma"]

    tokens = {
        "root": [
            (r"\{\{(- )?/\*(.|\n)*?\*/( -)?\}\}", Comment.Multiline),
            (r"\{\{-?", Comment.Preproc, "template"),
            (r"[^{]+", Other),
            (r"\{", Other),
        ],
        "template": [
            (r"-?\}\}", Comment.Preproc, "#pop"),
            (r"\(", Operator, "subexpression"),
            (r'"(\\\\|\\"|[^"])*"', String),
            (r"\s+", Text.Whitespace),
            (rf"({_KEYWORDS})\b", Keyword),
            (r"\||:?=|,", Operator),
            (r"[$]?\w+", Name.Other),
            (r"\$|[$]?\.(?:\w+)?", Name.Attribute),
            (r"`[^`]*`", String),
            (r"'(\\.|[^\\'])'", String.Char),
            (r".", Other),
        ],
        "subexpression": [
            (r"\)", Operator, "#pop"),
            (r"\(", Operator, "#push"),
            (r'"(\\\\|\\"|[^"])*"', String),
            (r"\s+", Text.Whitespace),
            (rf"({_KEYWORDS})\b", Keyword),
            (r"\||:?=|,", Operator),
            (r"[$]?\w+", Name.Other),
            (r"\$|[$]?\.(?:\w+)?", Name.Attribute),
            (r"`[^`]*`", String),
            (r"-?\}\}", Comment.Preproc, "#pop:2"),
            (r".", Other),
        ],
    }


class ChromaHtmlLexer(HtmlLexer):
    """Pygments' HTML lexer with Chroma's class for comments (`c`, not `cm`)."""

    def get_tokens_unprocessed(self, text: str) -> Iterator[tuple[int, object, str]]:  # type: ignore[override]
        for index, kind, value in super().get_tokens_unprocessed(text):
            yield index, (Comment if kind is Comment.Multiline else kind), value


class GoHtmlTemplateLexer(DelegatingLexer):
    """HTML with Go templates, as Chroma's `go-html-template`."""

    name = "Go HTML template (Chroma)"
    aliases = ["go-html-template"]

    def __init__(self, **options: object) -> None:
        super().__init__(ChromaHtmlLexer, GoTemplateLexer, **options)


class GoTextTemplateLexer(DelegatingLexer):
    """Plain text with Go templates, as Chroma's `go-text-template` / `go-template`."""

    name = "Go text template (Chroma)"
    aliases = ["go-text-template", "go-template"]

    def __init__(self, **options: object) -> None:
        from pygments.lexers.special import TextLexer

        super().__init__(TextLexer, GoTemplateLexer, **options)


CHROMA_ONLY_LEXERS = {
    "html": ChromaHtmlLexer,
    "go-html-template": GoHtmlTemplateLexer,
    "go-text-template": GoTextTemplateLexer,
    "go-template": GoTextTemplateLexer,
}
