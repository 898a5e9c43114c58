"""Pygments lexers for Go text templates (`go-text-template`, `go-template`).

Chroma lexes `{{ ... }}` with its Go-template rules and the rest as plain text. Written
after Chroma's rules (names `nx`, `.Field` `na`, keywords `k`, `|` `:=` `(` `)` `o`,
`{{ }}` `cp`, `{{/* */}}` `cm`). `go-html-template` uses the same rules in Chroma's own
form (`chroma_data/ported/GoHTMLTemplate.xml`, its text lexed as HTML).
"""

from __future__ import annotations

from pygments.lexer import DelegatingLexer, RegexLexer, include
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
            include("expression"),
            (r"'(\\.|[^\\'])'", String.Char),
            (r".", Other),
        ],
        "subexpression": [
            (r"\)", Operator, "#pop"),
            (r"\(", Operator, "#push"),
            include("expression"),
            (r"-?\}\}", Comment.Preproc, "#pop:2"),
            (r".", Other),
        ],
        # What the two states above read alike (never entered itself).
        "expression": [
            (r'"(\\\\|\\"|[^"])*"', String),
            (r"\s+", Text.Whitespace),
            (rf"({_KEYWORDS})\b", Keyword),
            (r"\||:?=|,", Operator),
            (r"[$]?\w+", Name.Other),
            (r"\$|[$]?\.(?:\w+)?", Name.Attribute),
            (r"`[^`]*`", String),
        ],
    }


class GoTextTemplateLexer(DelegatingLexer):
    """Plain text with Go templates, as Chroma's `go-text-template` / `go-template`."""

    name = "Go text template (Chroma)"
    aliases = ["go-text-template", "go-template"]

    def __init__(self, **options: object) -> None:
        from pygments.lexers.special import TextLexer

        super().__init__(TextLexer, GoTemplateLexer, **options)


CHROMA_ONLY_LEXERS = {
    "go-text-template": GoTextTemplateLexer,
    "go-template": GoTextTemplateLexer,
}
