"""Shell and console code split into tokens as Rouge's lexers split them (Pygments' differ).

Written after Rouge 3.30's `Rouge::Lexers::Shell` and `ConsoleLexer` (MIT): common commands
are builtins `nb` (with the space after one when a word follows: `exec `), flags `nt`,
`$x` and `${x}` variables, `$(...)` `si`, heredocs (`<<EOF` ... `EOF`) `sh` with their
end word `no`, comments `c`. A console's line is a prompt `gp` up to its first `$`, `#`,
`>` or `;`, then shell (which goes on from the previous command line), or else output
`go`; a line of dots or `<...>` is a comment. Rouge's expressions run on a scanner that sees
no text before its position, so a leading `\b` here only asks for a word character next.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, add_run, rx

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


class _Heredoc:
    """The end word of the heredoc being read (Rouge's `@heredocstr`)."""

    def __init__(self) -> None:
        self.end = ""


def _heredoc(m: re.Match[str], h: _Heredoc) -> tuple[Runs, tuple[str, ...]]:
    h.end = m[5]
    return [
        ("o", m[1]),
        ("", m[2]),
        ("sh", m[3]),
        ("sh", m[4]),
        ("no", m[5]),
        ("sh", m[6]),
    ], ("heredoc",)


def _heredoc_line(m: re.Match[str], h: _Heredoc) -> tuple[Runs, tuple[str, ...]]:
    if m[1] == h.end:
        return [("no", m[0])], ("#pop:2",)
    return [("sh", m[0])], ()


_STATES = {
    "basic": [
        (rx(r"#.*$"), "c", ()),
        (rx(rf"(?=\w)({_KEYWORDS})\s*\b"), "k", ()),
        (rx(r"(?=\w)case\b"), "k", ("case",)),
        (rx(rf"(?=\w)({_BUILTINS})\s*\b(?!(\.|-))"), "nb", ()),
        (rx(r"[.](?=\s)"), "nb", ()),
        (rx(r"(?=\w)(\w+)(=)"), ("nv", "o"), ()),
        (rx(r"[\[\]{}()!=>]"), "o", ()),
        (rx(r"&&|\|\|"), "o", ()),
        (rx(r"<<<"), "o", ()),
        (rx(r"""(<<-?)(\s*)(['"]?)(\\?)(\w+)(\3)"""), _heredoc, ()),
    ],
    "heredoc": [
        (rx(r"\n"), "sh", ("heredoc_nl",)),
        (rx(r"[^$\n\\]+"), "sh", ()),
        ("mixin", "interp", ()),
        (rx(r"[$]"), "sh", ()),
    ],
    "heredoc_nl": [
        (rx(r"\s*(\w+)\s*\n"), _heredoc_line, ()),
        (rx(r""), "", ("#pop",)),
    ],
    "double_quotes": [
        (rx(r'(?:\$#?)?"'), "s2", ("#pop",)),
        ("mixin", "interp", ()),
        (rx(r'[^"`\\$]+'), "s2", ()),
    ],
    "ansi_string": [
        (rx(r"\\."), "se", ()),
        (rx(r"[^\\']+"), "s1", ()),
        ("mixin", "single_quotes", ()),
    ],
    "single_quotes": [(rx(r"'"), "s1", ("#pop",)), (rx(r"[^']+"), "s1", ())],
    "data": [
        (rx(r"\s+"), "", ()),
        (rx(r"\\."), "se", ()),
        (rx(r'\$?"'), "s2", ("double_quotes",)),
        (rx(r"\$'"), "s1", ("ansi_string",)),
        (rx(r"'"), "s1", ("single_quotes",)),
        (rx(r"\*"), "k", ()),
        (rx(r";"), "p", ()),
        (rx(r"--?[\w-]+"), "nt", ()),
        (rx(r"""[^=*\s{}()$"'`;\\<]+"""), "", ()),
        (rx(r"\d+(?= |\n?\Z)"), "m", ()),  # Ruby's \Z: the end, or a last newline
        (rx(r"<"), "", ()),
        ("mixin", "interp", ()),
    ],
    "curly": [
        (rx(r"}"), "k", ("#pop",)),
        (rx(r":-"), "k", ()),
        (rx(r"[a-zA-Z0-9_]+"), "nv", ()),
        (rx(r"""[^}:"`'$]+"""), "p", ()),
        ("mixin", "root", ()),
    ],
    "paren_interp": [
        (rx(r"\)"), "si", ("#pop",)),
        (rx(r"\("), "o", ("paren_inner",)),
        ("mixin", "root", ()),
    ],
    "paren_inner": [
        (rx(r"\("), "o", ("#push",)),
        (rx(r"\)"), "o", ("#pop",)),
        ("mixin", "root", ()),
    ],
    "math": [
        (rx(r"\)\)"), "k", ("#pop",)),
        (rx(r"[-+*/%^|&!]|\*\*|\|\|"), "o", ()),
        (rx(r"\d+(#\w+)?"), "m", ()),
        ("mixin", "root", ()),
    ],
    "case": [
        (rx(r"(?=\w)esac\b"), "k", ("#pop",)),
        (rx(r"\|"), "p", ()),
        (rx(r"\)"), "p", ("case_stanza",)),
        ("mixin", "root", ()),
    ],
    "case_stanza": [(rx(r";;"), "p", ("#pop",)), ("mixin", "root", ())],
    "backticks": [(rx(r"`"), "sb", ("#pop",)), ("mixin", "root", ())],
    "interp": [
        (rx(r"\\$"), "se", ()),
        (rx(r"\\."), "se", ()),
        (rx(r"\$\(\("), "k", ("math",)),
        (rx(r"\$\("), "si", ("paren_interp",)),
        (rx(r"\$\{#?"), "k", ("curly",)),
        (rx(r"`"), "sb", ("backticks",)),
        (rx(r"\$#?(\w+|.)"), "nv", ()),
        (rx(r"\$[*@]"), "nv", ()),
    ],
    "root": [("mixin", "basic", ()), ("mixin", "data", ())],
}

SHELL = RougeLexer(_STATES, context=_Heredoc)
SHELL_NAMES = frozenset({"sh", "bash", "zsh", "ksh", "shell"})

# A line of a session that only says lines were left out (`...`, `<...>`): a comment.
SNIP = re.compile(r"\A\s*(?:<[.]+>|[.]+)\s*\Z")
_PROMPT = re.compile(r".*?(?:\$|\#|>|;)", re.S)


def session_lines(text: str) -> Iterator[str]:
    """A session's lines as Rouge's console lexer takes them: each with the newline that ends
    it (a carriage return alone ends none), the last one with or without one."""
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end + 1
        yield text[pos:end]
        pos = end


def console_runs(text: str) -> Runs:
    """A shell session as Rouge's console lexer splits it, line by line."""
    out: Runs = []
    shell = SHELL.session()
    for line in session_lines(text):
        if SNIP.match(line):
            shell.reset()
            add_run(out, "c", line)
        elif prompt := _PROMPT.match(line):
            add_run(out, "gp", prompt[0])
            rest = line[prompt.end() :]
            space = rest[: len(rest) - len(rest.lstrip())]
            add_run(out, "w", space)  # Rouge's `\A\s*`, then the command from its first word
            for css, value in shell.feed(rest[len(space) :]):
                add_run(out, css, value)
        else:
            shell.reset()
            add_run(out, "go", line)
    return out


CONSOLE_NAMES = frozenset({"console", "shell_session", "shell-session", "terminal"})

# -- Makefiles (Rouge's Make lexer: recipes and values lexed by one ongoing shell lexing) ------

_MAKE_FUNCTIONS = """abspath addprefix addsuffix and basename call dir error eval file filter
filter-out findstring firstword flavor foreach if join lastword notdir or origin patsubst
realpath shell sort strip subst suffix value warning wildcard word wordlist words""".split()


class _MakeShell:
    """The shell lexing that a Makefile's recipe lines share."""

    def __init__(self) -> None:
        self.shell = SHELL.session()


def _to_shell(m: re.Match[str], ctx: _MakeShell) -> Runs:
    return ctx.shell.feed(m.group(0))


def _to_shell_push(m: re.Match[str], ctx: _MakeShell) -> tuple[Runs, tuple[str, ...]]:
    return ctx.shell.feed(m.group(0)), ("#push",)


def _recipe_end(m: re.Match[str], ctx: _MakeShell) -> tuple[Runs, tuple[str, ...]]:
    ctx.shell.reset()
    return [], ("#pop",)


_MAKE_STOP = r"\$\(|\$\{|\(|\)|\}|\\|$"
_MAKE_STATES = {
    "root": [
        (rx(r"\s+"), "", ()),
        (rx(r"#.*?\n"), "c", ()),
        (rx(r"([-s]?include)((?:[\t ]+[^\t\n #]+)+)"), ("k", "sx"), ()),
        (rx(r"(ifn?def|ifn?eq)([\t ]+)([^#\n]+)"), ("k", "", "nv"), ()),
        (rx(r"(?:else|endif)[\t ]*(?=[#\n])"), "k", ()),
        (rx(r"(export)([\t ]+)(?=[\w${}()\t -]+\n)"), ("k", ""), ("export",)),
        (rx(r"export[\t ]+"), "k", ()),
        (rx(r"([\w${}().-]+)([\t ]*)([!?:+]?=)"), ("nv", "", "o"), ("shell_line",)),
        (rx(r'"(\\\\|\\.|[^"\\])*"'), "s2", ()),
        (rx(r"'(\\\\|\\.|[^'\\])*'"), "s1", ()),
        (rx(r"([^\n:]+)(:+)([ \t]*)"), ("nl", "o", ""), ("block_header",)),
    ],
    "export": [
        (rx(r"[\w${}()-]"), "nv", ()),
        (rx(r"\n"), "", ("#pop",)),
        (rx(r"[\t ]+"), "", ()),
    ],
    "block_header": [
        (rx(r"[^,\\\n#]+"), "nf", ()),
        (rx(r","), "p", ()),
        (rx(r"#.*?"), "c", ()),
        (rx(r"\\\n"), "", ()),
        (rx(r"\\."), "", ()),
        (rx(r"\n"), "", ("goto:block_body",)),
    ],
    "block_body": [
        (rx(r"(ifn?def|ifn?eq)([\t ]+)([^#\n]+)(#.*)?(\n)"), ("k", "", "nv", "c", ""), ()),
        (rx(r"(else|endif)([\t ]*)(#.*)?(\n)"), ("k", "", "c", ""), ()),
        (rx(r"(\t[\t ]*)([@-]?)"), ("", "p"), ("shell_line",)),
        (rx(r""), _recipe_end, ()),
    ],
    "shell": [
        (rx(r"\$[({][\t ]*\w[\w:=%.]*[\t ]*[)}]", re.I), "nv", ()),
        (
            rx(rf"(\$[({{])([\t ]*)({'|'.join(_MAKE_FUNCTIONS)})([\t ]+)"),
            ("nf", "", "nb", ""),
            ("shell_expr",),
        ),
        (rx(r"\\.", re.S), _to_shell, ()),
        (rx(rf".+?(?={_MAKE_STOP})", re.S), _to_shell, ()),
        (rx(_MAKE_STOP), _to_shell, ()),
    ],
    "shell_expr": [
        (rx(r"[({]"), _to_shell_push, ()),
        (rx(r"[)}]"), "nf", ("#pop",)),
        ("mixin", "shell", ()),
    ],
    "shell_line": [(rx(r"\n"), "", ("#pop",)), ("mixin", "shell", ())],
}

MAKE = RougeLexer(_MAKE_STATES, context=_MakeShell)
MAKE_NAMES = frozenset({"make", "makefile", "mf", "gnumake", "bsdmake"})
