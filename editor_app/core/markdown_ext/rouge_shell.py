"""Shell code split into tokens as Rouge's shell lexer splits it (Pygments' differs).

Written after Rouge 3's `Rouge::Lexers::Shell`: common commands are builtins (`chmod`,
`mkdir`, `echo`, and the space after one when a word follows: `exec `), flags are `nt`,
`$ ` a variable, comments plain `c`, spaces and words plain text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pygments.lexer import RegexLexer, bygroups, include
from pygments.lexers.shell import BashSessionLexer
from pygments.token import (
    Comment,
    Generic,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

_KEYWORDS = "if|fi|else|while|do|done|for|then|return|function|select|continue|until|esac|elif|in"
_BUILTINS = "|".join(
    """
    alias bg bind break builtin caller cd command compgen complete declare dirs disown enable
    eval exec exit export false fc fg getopts hash help history jobs let local logout mapfile
    popd pushd pwd read readonly set shift shopt source suspend test time times trap true type
    typeset ulimit umask unalias unset wait
    cat tac nl od base32 base64 fmt pr fold head tail split csplit wc sum cksum b2sum md5sum
    sha1sum sha224sum sha256sum sha384sum sha512sum sort shuf uniq comm ptx tsort cut paste
    join tr expand unexpand ls dir vdir dircolors cp dd install mv rm shred link ln mkdir
    mkfifo mknod readlink rmdir unlink chown chgrp chmod touch df du stat sync truncate echo
    printf yes expr tee basename dirname pathchk mktemp realpath pwd stty printenv tty id
    logname whoami groups users who date arch nproc uname hostname hostid uptime chcon runcon
    chroot env nice nohup stdbuf timeout kill sleep factor numfmt seq tar grep sudo awk sed
    gzip gunzip
    """.split()
)


class RougeShellLexer(RegexLexer):
    """Rouge's shell lexer, for `sh`, `bash`, `zsh`, `ksh` and `shell` code."""

    name = "Rouge shell"
    aliases: list[str] = []

    tokens = {
        "basic": [
            (r"#.*?$", Comment),
            (rf"\b({_KEYWORDS})\s*\b", Keyword),
            (r"\bcase\b", Keyword, "case"),
            (rf"\b({_BUILTINS})\s*\b(?!(\.|-))", Name.Builtin),
            (r"[.](?=\s)", Name.Builtin),
            (r"(\b\w+)(=)", bygroups(Name.Variable, Operator)),
            (r"[\[\]{}()!=>]", Operator),
            (r"&&|\|\|", Operator),
            (r"<<<", Operator),
        ],
        "double_quotes": [
            (r'(?:\$#?)?"', String.Double, "#pop"),
            include("interp"),
            (r'[^"`\\$]+', String.Double),
        ],
        "ansi_string": [
            (r"\\.", String.Escape),
            (r"[^\\']+", String.Single),
            include("single_quotes"),
        ],
        "single_quotes": [
            (r"'", String.Single, "#pop"),
            (r"[^']+", String.Single),
        ],
        "data": [
            (r"\s+", Text),
            (r"\\.", String.Escape),
            (r'\$?"', String.Double, "double_quotes"),
            (r"\$'", String.Single, "ansi_string"),
            (r"'", String.Single, "single_quotes"),
            (r"\*", Keyword),
            (r";", Punctuation),
            (r"--?[\w-]+", Name.Tag),
            (r"""[^=*\s{}()$"'`;\\<]+""", Text),
            (r"\d+(?= |\Z)", Number),
            (r"<", Text),
            include("interp"),
        ],
        "curly": [
            (r"\}", Keyword, "#pop"),
            (r":-", Keyword),
            (r"[a-zA-Z0-9_]+", Name.Variable),
            (r"""[^}:"`'$]+""", Punctuation),
            include("root"),
        ],
        "paren_interp": [
            (r"\)", String.Interpol, "#pop"),
            (r"\(", Operator, "paren_inner"),
            include("root"),
        ],
        "paren_inner": [
            (r"\(", Operator, "#push"),
            (r"\)", Operator, "#pop"),
            include("root"),
        ],
        "math": [
            (r"\)\)", Keyword, "#pop"),
            (r"[-+*/%^|&!]|\*\*|\|\|", Operator),
            (r"\d+(#\w+)?", Number),
            include("root"),
        ],
        "case": [
            (r"\besac\b", Keyword, "#pop"),
            (r"\|", Punctuation),
            (r"\)", Punctuation, "case_stanza"),
            include("root"),
        ],
        "case_stanza": [
            (r";;", Punctuation, "#pop"),
            include("root"),
        ],
        "backticks": [
            (r"`", String.Backtick, "#pop"),
            include("root"),
        ],
        "interp": [
            (r"\\$", String.Escape),
            (r"\\.", String.Escape),
            (r"\$\(\(", Keyword, "math"),
            (r"\$\(", String.Interpol, "paren_interp"),
            (r"\$\{#?", Keyword, "curly"),
            (r"`", String.Backtick, "backticks"),
            (r"\$#?(\w+|.)", Name.Variable),
            (r"\$[*@]", Name.Variable),
        ],
        "root": [
            include("basic"),
            include("data"),
        ],
    }


SHELL_NAMES = frozenset({"sh", "bash", "zsh", "ksh", "shell"})


class RougeConsoleLexer(BashSessionLexer):
    """Rouge's console lexer: the prompt (`$`), its space as whitespace, the command lexed
    as shell, the rest as output."""

    name = "Rouge console"
    aliases: list[str] = []
    _innerLexerCls = RougeShellLexer

    def get_tokens_unprocessed(self, text: str) -> Iterator[tuple[int, Any, str]]:  # type: ignore[override]
        for index, kind, value in super().get_tokens_unprocessed(text):
            stripped = value.rstrip(" ")
            if kind is Generic.Prompt and stripped != value:
                yield index, kind, stripped
                yield index + len(stripped), Text.Whitespace, value[len(stripped) :]
            else:
                yield index, kind, value


CONSOLE_NAMES = frozenset({"console", "shell_session", "terminal"})
