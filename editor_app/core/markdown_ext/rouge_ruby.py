"""Ruby code split into tokens as Rouge's Ruby lexer splits it.

Written after Rouge 3.30's `Rouge::Lexers::Ruby` (MIT). Rouge's Ruby lexer keeps state:
after an operator, a keyword or `(` a `/` starts a regular expression (`sr`, escapes `se`);
after a name it is division; `%w(...)`, `%r{...}` and friends close on their own delimiter
(nested when it is a bracket); heredocs (`<<~EOS`) take the lines after theirs; `def name`
is `nf`, `class Name` `nc`, `Name` a constant `no`, `name: ` a hash key `ss`.

Rouge runs its expressions on Ruby's string scanner, which sees no text before the scan
position: its look-behinds (`(?<!\\.)`) never hold anything back and a leading `\\b` only
asks for a word character next. The expressions here are written with that in mind, and
ASCII-only like Ruby's `\\w`, `\\s`, `\\d`.
"""

from __future__ import annotations

import re
import threading

from editor_app.core.markdown_ext.rouge_regex import LazyPattern, RougeLexer, Runs, add_run, rx
from editor_app.core.markdown_ext.rouge_shell import SNIP, session_lines


def _rx(pattern: str, flags: int = 0) -> LazyPattern:
    return rx(pattern, re.A | flags)


_KEYWORDS = r"""BEGIN|END|alias|begin|break|case|defined\?|do|else|elsif|end|ensure|for|if|in|next
|redo|rescue|raise|retry|return|super|then|undef|unless|until|when|while|yield""".replace("\n", "")
_PSEUDO = r"""loop|include|extend|raise|alias_method|attr|catch|throw|private|module_function
|public|protected|true|false|nil|__FILE__|__LINE__""".replace("\n", "")
_BUILTINS_G = "|".join(
    r"""attr_reader attr_writer attr_accessor __id__ __send__ abort ancestors at_exit autoload
    binding callcc caller catch chomp chop class_eval class_variables clone const_defined\?
    const_get const_missing const_set constants display dup eval exec exit extend fail fork
    format freeze getc gets global_variables gsub hash id included_modules inspect
    instance_eval instance_method instance_methods instance_variable_get
    instance_variable_set instance_variables lambda load local_variables loop method
    method_missing methods module_eval name object_id open p print printf
    private_class_method private_instance_methods private_methods proc
    protected_instance_methods protected_methods public_class_method
    public_instance_methods public_methods putc puts raise rand readline readlines require
    require_relative scan select self send set_trace_func singleton_methods sleep split
    sprintf srand sub syscall system taint test throw to_a to_s trace_var trap untaint
    untrace_var warn""".split()
)
_BUILTINS_Q = "|".join(
    """autoload block_given const_defined eql equal frozen include instance_of is_a iterator
    kind_of method_defined nil private_method_defined protected_method_defined
    public_method_defined respond_to tainted""".split()
)
_CLOSING = {"{": "}", "[": "]", "(": ")", "<": ">"}


class _Heredocs:
    """Rouge's `@heredoc_queue`, and the run's state stack (for `state?`)."""

    def __init__(self) -> None:
        self.queue: list[tuple[bool, str]] = []
        self.state_stack: list[str] = []


# Sigil strings get a state per delimiter, made the first time one is met (as Rouge's
# anonymous `push do ... end` states).
_SIGIL_LOCK = threading.Lock()


def _sigil_state(open_: str, close: str, interp: bool, css: str) -> str:
    name = f"sigil {open_}{close} {int(interp)} {css}"
    if name in _STATES:
        return name
    o, c = re.escape(open_), re.escape(close)
    uniq = "".join(dict.fromkeys(open_ + close))
    if open_ == close == "#":
        uniq = ""
    u = re.escape(uniq)
    rules: list = [(_rx(rf"\\[#{u}\\]"), "se", ())]
    if open_ != close:
        rules.append((_rx(o), css, ("#push",)))
    rules.append((_rx(c), css, ("#pop",)))
    if interp:
        rules += [("mixin", "string_intp_escaped", ()), (_rx(r"#"), css, ())]
    else:
        rules.append((_rx(r"[\\#]"), css, ()))
    rules.append((_rx(rf"[^#{u}\\]+", re.S), css, ()))
    with _SIGIL_LOCK:
        for states in _SIGIL_HOMES:  # Ruby's states and those of lexers built on them
            states[name] = rules
    return name


def _sigil(m: re.Match[str], _h: _Heredocs) -> tuple[Runs, tuple[str, ...]]:
    kind, open_ = m[1] or "", m[2]
    close = _CLOSING.get(open_, open_)
    interp = kind in ("r", "Q", "W", "x", "I")
    css = "sr" if kind == "r" else "sx"
    state = _sigil_state(open_, close, interp, css)
    moves = ("regex_flags", state) if kind == "r" else (state,)
    return [(css, m[0])], moves


def _heredoc(m: re.Match[str], h: _Heredocs) -> tuple[Runs, tuple[str, ...]]:
    h.queue.append((m[1] in ("<<-", "<<~"), m[3]))
    push = () if h.state_stack[-1] == "heredoc_queue" else ("heredoc_queue",)  # state?
    return [("o", m[1]), ("no", m[2] + m[3] + m[4])], push


def _empty_heredoc(m: re.Match[str], h: _Heredocs) -> tuple[Runs, tuple[str, ...]]:
    h.queue.append((m[1] in ("<<-", "<<~"), ""))
    push = () if h.state_stack[-1] == "heredoc_queue" else ("heredoc_queue",)  # state?
    return [("o", m[1]), ("no", m[2] + m[3])], push


def _heredoc_end(m: re.Match[str], h: _Heredocs) -> tuple[Runs, tuple[str, ...]]:
    tolerant, name = h.queue[0]
    check = m[0].strip() if tolerant else m[0].rstrip()
    if check == name:
        h.queue.pop(0)
        moves = ("#pop", "#pop") if not h.queue else ("#pop",)
        return [("no", m[0])], moves
    return [("sh", m[0])], ("#pop",)


_SIGIL_HOMES: list[dict[str, list]] = []
_STATES: dict[str, list] = {
    "symbols": [
        (_rx(r":@{0,2}[a-z_]\w*[!?]?", re.I), "ss", ()),
        (_rx(r":(?:\*\*|[-+]@|[/%&|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?)"), "ss", ()),
        (_rx(r":'(\\\\|\\'|[^'])*'"), "ss", ()),
        (_rx(r':"'), "ss", ("simple_sym",)),
    ],
    "sigil_strings": [(_rx(r"%([rqswQWxiI])?([^\w\s])"), _sigil, ())],
    "strings": [
        ("mixin", "symbols", ()),
        (_rx(r"(?=\w)[a-z_]\w*?[?!]?:\s+"), "ss", ("expr_start",)),
        (_rx(r"'(\\\\|\\'|[^'])*'"), "s1", ()),
        (_rx(r'"'), "s2", ("simple_string",)),
        (_rx(r"`"), "sb", ("simple_backtick",)),
    ],
    "regex_flags": [(_rx(r"[mixounse]*"), "sr", ("#pop",))],
    "simple_string": [
        ("mixin", "string_intp_escaped", ()),
        (_rx(r'[^\\"#]+', re.S), "s2", ()),
        (_rx(r"[\\#]"), "s2", ()),
        (_rx(r'"'), "s2", ("#pop",)),
    ],
    "simple_sym": [
        ("mixin", "string_intp_escaped", ()),
        (_rx(r'[^\\"#]+', re.S), "ss", ()),
        (_rx(r"[\\#]"), "ss", ()),
        (_rx(r'"'), "ss", ("#pop",)),
    ],
    "simple_backtick": [
        ("mixin", "string_intp_escaped", ()),
        (_rx(r"[^\\`#]+", re.S), "sb", ()),
        (_rx(r"[\\#]"), "sb", ()),
        (_rx(r"`"), "sb", ("#pop",)),
    ],
    "whitespace": [
        ("mixin", "inline_whitespace", ()),
        (_rx(r"\n\s*", re.S), "", ("expr_start",)),
        (_rx(r"#.*$"), "c1", ()),
        (_rx(r"=begin\b.*?\n=end\b", re.S), "cm", ()),
    ],
    "inline_whitespace": [(_rx(r"[ \t\r]+"), "", ())],
    "root": [
        ("mixin", "whitespace", ()),
        (_rx(r"__END__"), "cp", ("end_part",)),
        (_rx(r"0_?[0-7]+(?:_[0-7]+)*"), "mo", ()),
        (_rx(r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*"), "mh", ()),
        (_rx(r"0b[01]+(?:_[01]+)*"), "mb", ()),
        (_rx(r"\d+(?:_\d+)*(?:\.\d+(?:_\d+)*(?:[eE][+-]?\d+)?|[eE][+-]?\d+)"), "mf", ()),
        (_rx(r"\d+(?:_\d+)*"), "mi", ()),
        (_rx(r"@@[a-z_]\w*", re.I), "vc", ()),
        (_rx(r"@[a-z_]\w*", re.I), "vi", ()),
        (_rx(r"\$\w+"), "vg", ()),
        (_rx(r"""\$[!@&`'+~=/\\,;.<>_*$?:"]"""), "vg", ()),
        (_rx(r"\$-[0adFiIlpvw]"), "vg", ()),
        (_rx(r"::"), "o", ()),
        ("mixin", "strings", ()),
        (_rx(rf"(?:{_KEYWORDS})(?=\W|$)"), "k", ("expr_start",)),
        (_rx(rf"(?:{_PSEUDO})\b"), "kp", ("expr_start",)),
        (
            _rx(r"(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)"),
            ("k", "", "nn"),
            (),
        ),
        (_rx(r"(def\b)(\s*)"), ("k", ""), ("funcname",)),
        (_rx(r"(class\b)(\s*)"), ("k", ""), ("classname",)),
        (_rx(rf"(?:{_BUILTINS_Q})[?]"), "nb", ("expr_start",)),
        (_rx(r"(?:chomp|chop|exit|gsub|sub)!"), "nb", ("expr_start",)),
        (_rx(rf"(?:{_BUILTINS_G})\b"), "nb", ("method_call",)),
        ("mixin", "has_heredocs", ()),
        (_rx(r"\.{2,3}"), "o", ("expr_start",)),
        (_rx(r"[A-Z][a-zA-Z0-9_]*"), "no", ("method_call",)),
        (
            _rx(r"(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-/\[<>=])"),
            ("p", "", "nf"),
            ("method_call",),
        ),
        (_rx(r"[a-zA-Z_]\w*[?!]"), "n", ("expr_start",)),
        (_rx(r"[a-zA-Z_]\w*"), "n", ("method_call",)),
        (_rx(r"\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\."), "o", ("expr_start",)),
        (_rx(r"[-+/*%=<>&!^|~]=?"), "o", ("expr_start",)),
        (_rx(r"[?]"), "p", ("ternary", "expr_start")),
        (_rx(r"[\[({,:\\;/]"), "p", ("expr_start",)),
        (_rx(r"[\])}]"), "p", ()),
    ],
    "has_heredocs": [
        (_rx(r"""(<<[-~]?)(["`']?)([a-zA-Z_]\w*)(\2)"""), _heredoc, ()),
        (_rx(r"""(<<[-~]?)(["'])(\2)"""), _empty_heredoc, ()),
    ],
    "heredoc_queue": [(_rx(r"(?=\n)"), "", ("goto:resolve_heredocs",)), ("mixin", "root", ())],
    "resolve_heredocs": [
        ("mixin", "string_intp_escaped", ()),
        (_rx(r"\n"), "sh", ("test_heredoc",)),
        (_rx(r"[#\\\n]"), "sh", ()),
        (_rx(r"[^#\\\n]+"), "sh", ()),
    ],
    "test_heredoc": [(_rx(r"[^#\\\n]*$"), _heredoc_end, ()), (_rx(r""), "", ("#pop",))],
    "funcname": [
        (_rx(r"\s+"), "", ()),
        (_rx(r"\("), "p", ("defexpr",)),
        (
            _rx(
                r"(?:([a-zA-Z_]\w*)(\.))?([a-zA-Z_]\w*[!?]?|\*\*?|[-+]@?|[/%&|^`~]|\[\]=?"
                r"|<<?|>>?|<=>?|>=|===?)"
            ),
            ("nc", "o", "nf"),
            ("#pop",),
        ),
        (_rx(r""), "", ("#pop",)),
    ],
    "classname": [
        (_rx(r"\s+"), "", ()),
        (_rx(r"\w+(::\w+)+"), "nc", ()),
        (_rx(r"\("), "p", ("defexpr", "expr_start")),
        (_rx(r"<<"), "o", ("goto:expr_start",)),
        (_rx(r"[A-Z_]\w*"), "nc", ("#pop",)),
        (_rx(r""), "", ("#pop",)),
    ],
    "ternary": [
        (_rx(r"(:)(\s+)"), ("p", ""), ("goto:expr_start",)),
        (_rx(r":(?![^#\n]*?[:\\])"), "p", ("goto:expr_start",)),
        ("mixin", "root", ()),
    ],
    "defexpr": [
        (_rx(r"(\))(\.|::)?"), ("p", "o"), ("#pop",)),
        (_rx(r"\("), "p", ("defexpr", "expr_start")),
        ("mixin", "root", ()),
    ],
    "in_interp": [(_rx(r"}"), "si", ("#pop",)), ("mixin", "root", ())],
    "string_intp": [
        (_rx(r"[#][{]"), "si", ("in_interp",)),
        (_rx(r"#(@@?|\$)[a-z_]\w*", re.I), "si", ()),
    ],
    "string_intp_escaped": [
        ("mixin", "string_intp", ()),
        (_rx(r"""\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})"""), "se", ()),
        (_rx(r"\\.", re.S), "se", ()),
    ],
    "method_call": [
        (_rx(r"/|%"), "o", ("goto:expr_start",)),
        (_rx(r"(?=\n)"), "", ("#pop",)),
        (_rx(r""), "", ("goto:method_call_spaced",)),
    ],
    "method_call_spaced": [
        ("mixin", "whitespace", ()),
        (_rx(r"[%/]="), "o", ("goto:expr_start",)),
        (_rx(r"(/)(?=\S|\s*/)"), "sr", ("goto:slash_regex",)),
        ("mixin", "sigil_strings", ()),
        (_rx(r"(?=\s*/)"), "", ("#pop",)),
        (_rx(r"\s+"), "", ("goto:expr_start",)),
        (_rx(r""), "", ("#pop",)),
    ],
    "expr_start": [
        ("mixin", "inline_whitespace", ()),
        (_rx(r"/"), "sr", ("goto:slash_regex",)),
        (
            _rx(r"""[?](\\[MC]-)*(\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)(?!\w)"""),
            "sc",
            ("#pop",),
        ),
        (_rx(r"(\s*)(%[rqswQWxiI]? \S* )"), ("", "sx"), ("#pop",)),
        ("mixin", "sigil_strings", ()),
        (_rx(r""), "", ("#pop",)),
    ],
    "slash_regex": [
        ("mixin", "string_intp", ()),
        (_rx(r"\\\\"), "sr", ()),
        (_rx(r"\\/"), "sr", ()),
        (_rx(r"[\\#]"), "sr", ()),
        (_rx(r"[^\\/#]+", re.S), "sr", ()),
        (_rx(r"/"), "sr", ("goto:regex_flags",)),
    ],
    "end_part": [(_rx(r".+", re.S), "cp", ("#pop",))],
}
_SIGIL_HOMES.append(_STATES)

RUBY = RougeLexer(_STATES, context=_Heredocs, stack=("root", "expr_start"))

# Rouge's IRBOutputLexer: Ruby whose lines are output until a `=>` shows a value.
_IRB_OUTPUT_STATES = dict(_STATES)
_IRB_OUTPUT_STATES["root"] = [(_rx(r"#<"), "kt", ("irb_object",)), *_STATES["root"]]
_IRB_OUTPUT_STATES["irb_object"] = [(_rx(r">"), "kt", ("#pop",)), ("mixin", "root", ())]
_IRB_OUTPUT_STATES["has_irb_output"] = [
    (_rx(r"=>"), "p", ("#pop",)),
    (_rx(r".+?(\n|$)"), "go", ()),
]
_IRB_OUTPUT_STATES["irb_error"] = [
    (_rx(r".+?(\n|$)"), "gr", ()),
    ("mixin", "has_irb_output", ()),
]
_IRB_OUTPUT_STATES["stdout"] = [
    (_rx(r"\w+?(Error|Exception):.+?(\n|$)"), "gr", ("irb_error",)),
    ("mixin", "has_irb_output", ()),
]
_SIGIL_HOMES.append(_IRB_OUTPUT_STATES)
IRB_OUTPUT = RougeLexer(
    _IRB_OUTPUT_STATES, context=_Heredocs, stack=("root", "expr_start", "stdout")
)

_IRB_PROMPT = re.compile(r".*?(irb|pry).*?[>\"*]")
_COMMENT = re.compile(r"\A\s*?#")


def irb_runs(text: str) -> Runs:
    """An IRB or Pry session as Rouge's IRB lexer splits it (its ConsoleLexer, line by line:
    prompts `gp`, Ruby going on from the last input line, output until `=>` then Ruby)."""
    out: Runs = []
    ruby, output = RUBY.session(), IRB_OUTPUT.session()
    for line in session_lines(text):
        if SNIP.match(line):
            output.reset()
            ruby.reset()
            runs: Runs = [("c", line)]
        elif prompt := _IRB_PROMPT.match(line):
            output.reset()
            rest = line[prompt.end() :]
            space = rest[: len(rest) - len(rest.lstrip())]
            runs = [("gp", prompt[0]), ("w", space), *ruby.feed(rest[len(space) :])]
        elif _COMMENT.match(line.strip()):
            output.reset()
            ruby.reset()
            runs = [("c", line)]
        else:
            ruby.reset()
            runs = output.feed(line)
        for css, value in runs:
            add_run(out, css, value)
    return out


IRB_NAMES = frozenset({"irb", "pry"})
RUBY_NAMES = frozenset({"ruby", "rb"})

# -- ERB (Rouge's ERB: HTML around <% %> tags, Ruby inside, each one ongoing lexing) ----------


class _Erb:
    def __init__(self) -> None:
        from editor_app.core.markdown_ext.rouge_html import HTML  # HTML imports the JS port

        self.html = HTML.session()
        self.ruby = RUBY.session()


def _erb_html(m: re.Match[str], ctx: _Erb) -> Runs:
    return ctx.html.feed(m[0])


def _erb_ruby(m: re.Match[str], ctx: _Erb) -> Runs:
    return ctx.ruby.feed(m[0])


_ERB_OPEN = r"<%%|<%=|<%#|<%-|<%"
_ERB_CLOSE = r"%%>|-%>|%>"
_ERB_STATES = {
    "root": [
        (_rx(r"<%#"), "c", ("comment",)),
        (_rx(_ERB_OPEN), "cp", ("ruby",)),
        (_rx(rf".+?(?={_ERB_OPEN})|.+", re.S), _erb_html, ()),
    ],
    "comment": [
        (_rx(_ERB_CLOSE), "c", ("#pop",)),
        (_rx(rf".+?(?={_ERB_CLOSE})|.+", re.S), "c", ()),
    ],
    "ruby": [
        (_rx(_ERB_CLOSE), "cp", ("#pop",)),
        (_rx(rf".+?(?={_ERB_CLOSE})|.+", re.S), _erb_ruby, ()),
    ],
}

ERB = RougeLexer(_ERB_STATES, context=_Erb)
ERB_NAMES = frozenset({"erb", "eruby", "rhtml"})
