"""Perl code split into tokens as Rouge's Perl lexer splits it.

Written after Rouge 3.30's `Rouge::Lexers::Perl` (MIT): keywords `k`, builtins `nb`,
`$vars` `nv` with their name, `m//`, `s///`, `qr{}` and `/.../` after `=~` regular
expressions `sr`, `q()`/`qw()` strings `sx`, quotes as `p` around `s1`/`s2` text with
`$x` interpolation `si`, `sub name` `nf`, `package A::B` `nn`, POD blocks `cm`.
In Ruby a `\\1` inside brackets is the character 1 (octal), so `[^\\1]` here is `[^\\x01]`.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, rx

_KEYWORDS = """case continue do else elsif for foreach if last my next our redo reset then unless
until while use print new BEGIN CHECK INIT END return""".split()
_BUILTINS = """abs accept alarm atan2 bind binmode bless caller chdir chmod chomp chop chown chr
chroot close closedir connect continue cos crypt dbmclose dbmopen defined delete die dump each
endgrent endhostent endnetent endprotoent endpwent endservent eof eval exec exists exit exp
fcntl fileno flock fork format formline getc getgrent getgrgid getgrnam gethostbyaddr
gethostbyname gethostent getlogin getnetbyaddr getnetbyname getnetent getpeername getpgrp
getppid getpriority getprotobyname getprotobynumber getprotoent getpwent getpwnam getpwuid
getservbyname getservbyport getservent getsockname getsockopt glob gmtime goto grep hex import
index int ioctl join keys kill last lc lcfirst length link listen local localtime log lstat
map mkdir msgctl msgget msgrcv msgsnd my next no oct open opendir ord our pack package pipe
pop pos printf prototype push quotemeta rand read readdir readline readlink readpipe recv redo
ref rename require reverse rewinddir rindex rmdir scalar seek seekdir select semctl semget
semop send setgrent sethostent setnetent setpgrp setpriority setprotoent setpwent setservent
setsockopt shift shmctl shmget shmread shmwrite shutdown sin sleep socket socketpair sort
splice split sprintf sqrt srand stat study substr symlink syscall sysopen sysread sysseek
system syswrite tell telldir tie tied time times tr truncate uc ucfirst umask undef unlink
unpack unshift untie utime values vec wait waitpid wantarray warn write""".split()
_A = re.A
_S = re.S


def _nested_string(open_: str, close: str) -> list:
    return [
        (rx(rf"\\[{open_}{close}\\]"), "sx", ()),
        (rx(r"\\"), "sx", ()),
        (rx(open_), "sx", ("#push",)),
        (rx(close), "sx", ("#pop",)),
        (rx(rf"[^{open_}{close}\\]+"), "sx", ()),
    ]


_STATES = {
    "balanced_regex": [
        (rx(r"/(\\[\\/]|[^/])*/[egimosx]*", _S), "sr", ("#pop",)),
        (rx(r"!(\\[\\!]|[^!])*![egimosx]*", _S), "sr", ("#pop",)),
        (rx(r"\\(\\\\|[^\\])*\\[egimosx]*", _S), "sr", ("#pop",)),
        (rx(r"{(\\[\\}]|[^}])*}[egimosx]*"), "sr", ("#pop",)),
        (rx(r"<(\\[\\>]|[^>])*>[egimosx]*"), "sr", ("#pop",)),
        (rx(r"\[(\\[\\\]]|[^\]])*\][egimosx]*"), "sr", ("#pop",)),
        (rx(r"\((\\[\\)]|[^)])*\)[egimosx]*"), "sr", ("#pop",)),
        (rx(r"@(\\[\\@]|[^@])*@[egimosx]*"), "sr", ("#pop",)),
        (rx(r"%(\\[\\%]|[^%])*%[egimosx]*"), "sr", ("#pop",)),
        (rx(r"\$(\\[\\$]|[^$])*\$[egimosx]*"), "sr", ("#pop",)),
    ],
    "root": [
        (rx(r"#.*"), "c1", ()),
        (rx(r"^=[a-zA-Z0-9]+\s+.*?\n=cut", _S | _A), "cm", ()),
        (rx(rf"(?:{'|'.join(_KEYWORDS)})\b", _A), "k", ()),
        (
            rx(r"(format)(\s+)([a-zA-Z0-9_]+)(\s*)(=)(\s*\n)", _A),
            ("k", "", "n", "", "p", ""),
            ("format",),
        ),
        (rx(r"(?:eq|lt|gt|le|ge|ne|not|and|or|cmp)\b", _A), "ow", ()),
        (rx(r"(?:s|tr|y){(\\\\|\\}|[^}])*}\s*", _A), "sr", ("balanced_regex",)),
        (rx(r"(?:s|tr|y)<(\\\\|\\>|[^>])*>\s*", _A), "sr", ("balanced_regex",)),
        (rx(r"(?:s|tr|y)\[(\\\\|\\\]|[^\]])*\]\s*", _A), "sr", ("balanced_regex",)),
        (rx(r"(?:s|tr|y)\((\\\\|\\\)|[^)])*\)\s*", _A), "sr", ("balanced_regex",)),
        (
            rx(
                r"(?:s|tr|y)\s*([^\w\s])((\\\\|\\\1)|[^\x01])*?\1((\\\\|\\\1)|[^\x01])*?\1"
                r"[msixpodualngcr]*",
                _S | _A,
            ),
            "sr",
            (),
        ),
        (
            rx(
                r"(?:s|tr|y)\s+(\w)((\\\\|\\\1)|[^\x01])*?\1((\\\\|\\\1)|[^\x01])*?\1"
                r"[msixpodualngcr]*",
                _S | _A,
            ),
            "sr",
            (),
        ),
        (rx(r"m?/(\\\\|\\/|[^/\n])*/[msixpodualngc]*"), "sr", ()),
        (rx(r"m(?=[/!\\{<\[(@%$])"), "sr", ("balanced_regex",)),
        (rx(r"m\s*([^\w\s])((\\\\|\\\1)|[^\x01])*?\1[msixpodualngc]*", _S | _A), "sr", ()),
        (rx(r"m\s+(\w)((\\\\|\\\1)|[^\x01])*?\1[msixpodualngc]*", _S | _A), "sr", ()),
        # Rouge's next rule starts with a look-behind (`(?<==~)|(?<=\()`), which its scanner
        # never satisfies: left out.
        (rx(r"\s+", _A), "", ()),
        (rx(r"(?=[a-z_]\w*(\s*#.*\n)*\s*=>)", re.I | _A), "", ("fat_comma",)),
        (rx(rf"(?:{'|'.join(_BUILTINS)})\b", _A), "nb", ()),
        (rx(r"((__(DIE|WARN)__)|(DATA|STD(IN|OUT|ERR)))\b", _A), "bp", ()),
        (rx(r"<<(['\"]?)([a-zA-Z_][a-zA-Z0-9_]*)\1;?\n.*?\n\2\n", _S), "s", ()),
        (rx(r"(__(END|DATA)__)\b", _A), "cp", ("end_part",)),
        (rx(r"\$\^[ADEFHILMOPSTWX]"), "vg", ()),
        (rx(r"\$[\\\"'\[\]&`+*.,;=%~?@$!<>(^|/_-](?!\w)", _A), "vg", ()),
        (rx(r"[$@%&*][$@%&*#_]*(?=[a-z{\[;])", re.I), "nv", ("varname",)),
        (rx(r"[-+/*%=<>&^|!\\~]=?"), "o", ()),
        (rx(r"0_?[0-7]+(_[0-7]+)*"), "mo", ()),
        (rx(r"0x[0-9A-Fa-f]+(_[0-9A-Fa-f]+)*"), "mh", ()),
        (rx(r"0b[01]+(_[01]+)*"), "mb", ()),
        (
            rx(r"(\d*(_\d*)*\.\d+(_\d*)*|\d+(_\d*)*\.\d+(_\d*)*)(e[+-]?\d+)?", re.I | _A),
            "mf",
            (),
        ),
        (rx(r"\d+(_\d*)*e[+-]?\d+(_\d*)*", re.I | _A), "mf", ()),
        (rx(r"\d+(_\d+)*", _A), "mi", ()),
        (rx(r"'"), "p", ("sq",)),
        (rx(r'"'), "p", ("dq",)),
        (rx(r"`"), "p", ("bq",)),
        (rx(r"<([^\s>]+)>", _A), "sr", ()),
        (rx(r"(q|qq|qw|qr|qx)\{"), "sx", ("cb_string",)),
        (rx(r"(q|qq|qw|qr|qx)\("), "sx", ("rb_string",)),
        (rx(r"(q|qq|qw|qr|qx)\["), "sx", ("sb_string",)),
        (rx(r"(q|qq|qw|qr|qx)<"), "sx", ("lt_string",)),
        (rx(r"(q|qq|qw|qr|qx)(\W)(.|\n)*?\2", _A), "sx", ()),
        (rx(r"package\s+", _A), "k", ("modulename",)),
        (rx(r"sub\s+", _A), "k", ("funcname",)),
        (rx(r"\[\]|\*\*|::|<<|>>|>=|<=|<=>|={3}|!=|=~|!~|&&?|\|\||\.{1,3}"), "o", ()),
        (rx(r"[()\[\]:;,<>/?{}]"), "p", ()),
        (rx(r"(?=\w)", _A), "", ("name",)),
    ],
    "format": [(rx(r"\.\n"), "si", ("#pop",)), (rx(r".*?\n"), "si", ())],
    "fat_comma": [
        (rx(r"#.*"), "c1", ()),
        (rx(r"\w+", _A), "s", ()),
        (rx(r"\s+", _A), "", ()),
        (rx(r"=>"), "o", ("#pop",)),
    ],
    "name_common": [
        (rx(r"\w+::", _A), "nn", ()),
        (rx(r"[\w:]+", _A), "nv", ("#pop",)),
    ],
    "varname": [
        (rx(r"\s+", _A), "", ()),
        (rx(r"[{\[]"), "p", ("#pop",)),
        (rx(r"[),]"), "p", ("#pop",)),
        (rx(r"[;]"), "p", ("#pop",)),
        ("mixin", "name_common", ()),
    ],
    "name": [
        ("mixin", "name_common", ()),
        (rx(r"[A-Z_]+(?=[^a-zA-Z0-9_])"), "no", ("#pop",)),
        (rx(r"(?=\W)", _A), "", ("#pop",)),
    ],
    "modulename": [(rx(r"[a-z_]\w*", re.I | _A), "nn", ("#pop",))],
    "funcname": [
        (rx(r"[a-zA-Z_]\w*[!?]?", _A), "nf", ()),
        (rx(r"\s+", _A), "", ()),
        (rx(r"(\([$@%]*\))(\s*)", _A), ("p", ""), ()),
        (rx(r".*?{"), "p", ("#pop",)),
        (rx(r";"), "p", ("#pop",)),
    ],
    "sq": [
        (rx(r"\\[\\']"), "se", ()),
        (rx(r"[^\\']+"), "s1", ()),
        (rx(r"'"), "p", ("#pop",)),
        (rx(r"\\"), "s1", ()),
    ],
    "dq": [
        ("mixin", "string_intp", ()),
        (rx(r'\\[\\tnrabefluLUE"$@]'), "se", ()),
        (rx(r"\\0\d{2}", _A), "se", ()),
        (rx(r"\\o\{\d+\}", _A), "se", ()),
        (rx(r"\\x[0-9a-fA-F]{2}"), "se", ()),
        (rx(r"\\x\{[0-9a-fA-F]+\}"), "se", ()),
        (rx(r"\\c."), "se", ()),
        (rx(r"\\N\{[^}]+\}"), "se", ()),
        (rx(r'[^\\"]+?'), "s2", ()),
        (rx(r'"'), "p", ("#pop",)),
        (rx(r"\\"), "se", ()),
    ],
    "bq": [
        ("mixin", "string_intp", ()),
        (rx(r"\\[\\tnr`]"), "se", ()),
        (rx(r"[^\\`]+?"), "sb", ()),
        (rx(r"`"), "p", ("#pop",)),
    ],
    "cb_string": _nested_string(r"\{", r"\}"),
    "rb_string": _nested_string(r"\(", r"\)"),
    "sb_string": _nested_string(r"\[", r"\]"),
    "lt_string": _nested_string("<", ">"),
    "in_interp": [
        (rx(r"}"), "si", ("#pop",)),
        (rx(r"\s+", _A), "", ()),
        (rx(r"[a-z_]\w*", re.I | _A), "si", ()),
    ],
    "string_intp": [
        (rx(r"[$@][{]"), "si", ("in_interp",)),
        (rx(r"[$@][a-z_]\w*", re.I | _A), "si", ()),
    ],
    "end_part": [(rx(r".+", _S), "cp", ("#pop",))],
}

PERL = RougeLexer(_STATES)
PERL_NAMES = frozenset({"perl", "pl"})
