"""Dart, Java properties, HCL, Terraform and GraphQL code split into tokens as Rouge's lexers split them.

Written after Rouge 3.30's `Dart` and `Properties` lexers (MIT). Dart: a method's name
before `(` at a line's start `nf` (the words before it lexed again), `.name` `na`,
`name:` labels `nl`, strings `s` with `$x` and `${...}` `si`, `class X` `nc`.
Properties: `key` `py`, `=` or `:` `p`, values `s`, comments `c` with their newline.
HCL and Terraform: block names `nx` (Terraform's `resource`, `variable`... `k`), `{ }` and
`[ ]` nesting, `${...}` interpolation `k` in Terraform strings, heredocs.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

# -- Dart --------------------------------------------------------------------------------------

_DART_KEYWORDS = """as assert await break case catch continue default do else finally for if
in is new rethrow return super switch this throw try while with yield""".split()
_DART_DECLARATIONS = """abstract async dynamic const covariant external extends factory final
get implements late native on operator required set static sync typedef var""".split()
_DART_TYPES = """bool Comparable double Dynamic enum Function int List Map Never Null num Object
Pattern Set String Symbol Type Uri void""".split()
_DART_IMPORTS = r"import|deferred|export|library|part\s*of|part|source"
_DART_ID = r"[a-zA-Z_]\w*"


def _dart_method(m: re.Match[str]) -> Runs:
    return [*DART.runs(m[1]), ("nf", m[2]), ("", m[3]), ("p", m[4])]


_A = re.A  # Ruby's \w, \s and \d are ASCII
_DART_STATES = {
    "root": [
        (
            rx(r"^(\s*(?:[a-zA-Z_][a-zA-Z\d_.\[\]]*\s+)+?)([a-zA-Z_]\w*)(\s*)(\()", _A | re.S),
            _dart_method,
            (),
        ),
        (rx(r"\s+", _A), "", ()),
        (rx(r"//.*?$"), "c1", ()),
        (rx(r"/\*.*?\*/", re.S), "cm", ()),
        (rx(r'"'), "s", ("dqs",)),
        (rx(r"'"), "s", ("sqs",)),
        (rx(r'r"[^"]*"'), "sx", ()),
        (rx(r"r'[^']*'"), "sx", ()),
        (rx(rf"#(?:{_DART_ID})*", re.I | _A), "ss", ()),
        (rx(rf"@{_DART_ID}", _A), "nd", ()),
        (rx(rf"(?:{'|'.join(_DART_KEYWORDS)})\b", _A), "k", ()),
        (rx(rf"(?:{'|'.join(_DART_DECLARATIONS)})\b", _A), "kd", ()),
        (rx(rf"(?:{'|'.join(_DART_TYPES)})\b", _A), "kt", ()),
        (rx(r"(?:true|false|null)\b", _A), "kc", ()),
        (rx(r"(?:class|interface|mixin)\b", _A), "kd", ("class",)),
        (rx(rf"(?:{_DART_IMPORTS})\b", _A), "kn", ("import",)),
        (rx(rf"(\.)({_DART_ID})", _A), ("o", "na"), ()),
        (rx(rf"{_DART_ID}:", _A), "nl", ()),
        (rx(rf"\$?{_DART_ID}", _A), "n", ()),
        (rx(r"[~^*!%&|+=:/?-]"), "o", ()),
        (rx(r"[\[\](){}<>.,;]"), "p", ()),
        (rx(r"\d*\.\d+([eE]-?\d+)?", _A), "mf", ()),
        (rx(r"0x[\da-fA-F]+", _A), "mh", ()),
        (rx(r"\d+L?", _A), "mi", ()),
        (rx(r"\n"), "", ()),
    ],
    "class": [(rx(r"\s+", _A), "", ()), (rx(_DART_ID, _A), "nc", ("#pop",))],
    "dqs": [(rx(r'"'), "s", ("#pop",)), (rx(r'[^\\$"]+'), "s", ()), ("mixin", "string", ())],
    "sqs": [(rx(r"'"), "s", ("#pop",)), (rx(r"[^\\$']+"), "s", ()), ("mixin", "string", ())],
    "import": [
        (rx(r";"), "o", ("#pop",)),
        (rx(r"(?:show|hide)\b", _A), "kd", ()),
        ("mixin", "root", ()),
    ],
    "string": [("mixin", "interpolation", ()), (rx(r"""\\[nrt"'\\]"""), "se", ())],
    "interpolation": [
        (rx(rf"\${_DART_ID}", _A), "si", ()),
        (rx(r"\$\{[^}]+\}"), "si", ()),
    ],
}

DART = RougeLexer(_DART_STATES)
DART_NAMES = frozenset({"dart"})

# -- Java properties ---------------------------------------------------------------------------

_PROPERTIES_STATES = {
    "basic": [
        (rx(r"[!#].*?\n"), "c", ()),
        (rx(r"\s+", _A), "", ()),
        (rx(r"\\\n"), "se", ()),
    ],
    "root": [
        ("mixin", "basic", ()),
        (rx(r"([\w.-]+)(\s*)([=:])", _A), ("py", "", "p"), ("value",)),
    ],
    "value": [
        (rx(r"\n"), "", ("#pop",)),
        ("mixin", "basic", ()),
        (rx(r'"'), "s", ("dq",)),
        (rx(r"'.*?'"), "s", ()),
        ("mixin", "esc_str", ()),
        (rx(r"[^\\\n]+"), "s", ()),
    ],
    "dq": [(rx(r'"'), "s", ("#pop",)), ("mixin", "esc_str", ()), (rx(r'[^\\"]+'), "s", ())],
    "esc_str": [(rx(r"\\u[0-9]{4}"), "se", ()), (rx(r"\\.", re.S), "se", ())],
}

PROPERTIES = RougeLexer(_PROPERTIES_STATES)
PROPERTIES_NAMES = frozenset({"properties"})

# -- HCL and Terraform -------------------------------------------------------------------------


class _HclHeredoc:
    def __init__(self) -> None:
        self.end = ""


def _hcl_heredoc(m: re.Match[str], h: _HclHeredoc) -> tuple[Runs, tuple[str, ...]]:
    h.end = m[5]
    runs = [("o", m[1]), ("", m[2]), ("sh", m[3]), ("sh", m[4]), ("no", m[5]), ("sh", m[6])]
    return runs, ("heredoc",)


def _hcl_heredoc_line(m: re.Match[str], h: _HclHeredoc) -> tuple[Runs, tuple[str, ...]]:
    if m[1] == h.end:
        return [("no", m[0])], ("#pop:2",)
    return [("sh", m[0])], ()


def _hcl_states(terraform: bool) -> dict:  # noqa: C901
    keywords = (
        frozenset("terraform module provider variable resource data provisioner output".split())
        if terraform
        else frozenset()
    )
    declarations = frozenset({"var", "local"}) if terraform else frozenset()
    constants = frozenset({"true", "false", "null"})

    def name(m: re.Match[str], _h: _HclHeredoc) -> tuple[Runs, tuple[str, ...]]:
        word = m[0]
        if word in keywords:
            return [("k", word)], ("composite",)
        if word in declarations:
            return [("kd", word)], ("composite",)
        if word in constants:
            return [("kc", word)], ()
        return [("nx", word)], ("composite",)

    def expression_name(m: re.Match[str], _h: _HclHeredoc) -> Runs:
        word = m[0]
        if word in keywords:
            return [("k", word)]
        if word in declarations:
            return [("kd", word)]
        if word in constants:
            return [("kc", word)]
        return [("nx", word)]

    states: dict[str, list] = {
        "multiline_comment": [
            (rx(r"[*]/"), "cm", ("#pop",)),
            (rx(r"[^*/]+"), "cm", ()),
            (rx(r"[*/]"), "cm", ()),
        ],
        "comments_and_whitespace": [
            (rx(r"\s+", _A), "", ()),
            (rx(r"//.*?$"), "c1", ()),
            (rx(r"#.*?$"), "c1", ()),
            (rx(r"/[*]"), "cm", ("multiline_comment",)),
        ],
        "primitives": [
            (rx(r"[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?([kKmMgG]b?)?"), "mf", ()),
            (rx(r"[0-9]+([kKmMgG]b?)?"), "mi", ()),
            (rx(r'"'), "s2", ("dq",)),
            (rx(r"'"), "s1", ("sq",)),
            (rx(r"(<<-?)(\s*)('?)(\\?)(\w+)(\3)", _A), _hcl_heredoc, ()),
        ],
        "root": [
            ("mixin", "comments_and_whitespace", ()),
            ("mixin", "primitives", ()),
            (rx(r"\{"), "p", ("hash",)),
            (rx(r"\["), "p", ("array",)),
            (rx(r"[$a-z_][a-z0-9_]*", re.I), name, ()),
        ],
        "composite": [
            ("mixin", "comments_and_whitespace", ()),
            (rx(r"[{]"), "p", ("#pop", "hash")),
            (rx(r"[\[]"), "p", ("#pop", "array")),
            ("mixin", "root", ()),
            (rx(r""), "", ("#pop",)),
        ],
        "hash": [
            ("mixin", "comments_and_whitespace", ()),
            (rx(r"="), "p", ()),
            (rx(r"\}"), "p", ("#pop",)),
            ("mixin", "root", ()),
        ],
        "array": [
            ("mixin", "comments_and_whitespace", ()),
            (rx(r","), "p", ()),
            (rx(r"\]"), "p", ("#pop",)),
            ("mixin", "root", ()),
        ],
        "dq": [
            (rx(r'[^\\"]+'), "s2", ()),
            (rx(r'\\"'), "se", ()),
            (rx(r'"'), "s2", ("#pop",)),
        ],
        "sq": [
            (rx(r"[^\\']+"), "s1", ()),
            (rx(r"\\'"), "se", ()),
            (rx(r"'"), "s1", ("#pop",)),
        ],
        "heredoc": [
            (rx(r"\n"), "sh", ("heredoc_nl",)),
            (rx(r"[^$\n]+"), "sh", ()),
            (rx(r"[$]"), "sh", ()),
        ],
        "heredoc_nl": [
            (rx(r"\s*(\w+)\s*\n", _A), _hcl_heredoc_line, ()),
            (rx(r""), "", ("#pop",)),
        ],
    }
    if not terraform:
        return states
    states["hash"].insert(0, (rx(r"[.,()*]"), "p", ()))
    states["array"].insert(0, (rx(r"[.,()*]"), "p", ()))
    states["strings"] = [
        (rx(r"\\."), "se", ()),
        (rx(r"\$\{"), "k", ("interpolation",)),
    ]
    states["dq"] = [
        (rx(r'[^\\"$]+'), "s2", ()),
        ("mixin", "strings", ()),
        (rx(r'"'), "s2", ("#pop",)),
    ]
    states["sq"] = [
        (rx(r"[^\\'$]+"), "s1", ()),
        ("mixin", "strings", ()),
        (rx(r"'"), "s1", ("#pop",)),
    ]
    states["heredoc"] = [*states["heredoc"], ("mixin", "strings", ())]
    states["interpolation"] = [(rx(r"\}"), "k", ("#pop",)), ("mixin", "expression", ())]
    states["regexps"] = [(rx(r'"/'), "dl", ("goto:regexp_inner",))]
    states["regexp_inner"] = [
        (rx(r'[^"/\\]+'), "sr", ()),
        (rx(r"\\."), "sr", ()),
        (rx(r'/"'), "dl", ("#pop",)),
        (rx(r'["/]'), "sr", ()),
    ]
    states["expression"] = [
        ("mixin", "regexps", ()),
        ("mixin", "primitives", ()),
        (rx(r"\s+", _A), "", ()),
        (rx(r"\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>>?|==|!="), "o", ()),
        (rx(r"[-<>+*%&|\^/!=?:]=?"), "o", ()),
        (rx(r"[(\[,]"), "p", ()),
        (rx(r"[)\].]"), "p", ()),
        (rx(r"[$a-z_\-][a-z0-9_\-]*", re.I), expression_name, ()),
    ]
    return states


HCL = RougeLexer(_hcl_states(terraform=False), context=_HclHeredoc)
HCL_NAMES = frozenset({"hcl"})
TERRAFORM = RougeLexer(_hcl_states(terraform=True), context=_HclHeredoc)
TERRAFORM_NAMES = frozenset({"terraform", "tf"})

# -- GraphQL -----------------------------------------------------------------------------------


class _GqlStates:
    """Gives GraphQL's rules the state stack (Rouge's `state?`)."""

    def __init__(self) -> None:
        self.state_stack: list[str] = []


def _gql_pop(css: str, inside: str):  # noqa: ANN202 (a rule's action)
    """Pop once, and once more when `inside` is then the current state (Rouge's
    `pop! if state?(x)`: `state?` looks at the top of the stack only)."""

    def action(m: re.Match[str], g: _GqlStates) -> tuple[Runs, tuple[str, ...]]:
        below = g.state_stack[-2] if len(g.state_stack) > 1 else ""
        return [(css, m[0])], ("#pop", "#pop") if below in inside.split() else ("#pop",)

    return action


def _gql_value(css: str):  # noqa: ANN202 (a rule's action)
    """A value's token, leaving the value unless a list holds it."""

    def action(m: re.Match[str], g: _GqlStates) -> tuple[Runs, tuple[str, ...]]:
        return [(css, m[0])], () if g.state_stack[-1] == "list" else ("#pop",)

    return action


def _gql_description(m: re.Match[str], _g: _GqlStates) -> Runs:
    from editor_app.core.markdown_ext.rouge_tokens import tokens  # which imports this module

    body = tokens(m[3], "markdown") or [("", m[3])]
    return [("s2", m[1]), ("w", m[2]), *body, ("w", m[4]), ("s2", m[5])]


_GQL_NAME = r"[_A-Za-z][_0-9A-Za-z]*"
_W = r"(?=\w)"  # Rouge's leading \b: its scanner sees nothing before the scan position
_GQL_STATES = {
    "root": [
        (rx(rf"{_W}(?:query|mutation|subscription)\b"), "k", ("query_definition",)),
        (rx(r"\{"), "p", ("query_definition", "selection_set")),
        (rx(rf"{_W}fragment\b"), "k", ("fragment_definition",)),
        (rx(rf"{_W}scalar\b"), "k", ("value",)),
        (rx(rf"{_W}(?:type|interface|enum)\b"), "k", ("type_definition",)),
        (rx(rf"{_W}(?:input|schema)\b"), "k", ("type_definition",)),
        (rx(rf"{_W}union\b"), "k", ("union_definition",)),
        (rx(rf"{_W}extend\b"), "k", ()),
        ("mixin", "basic", ()),
        (rx(r'(""")(\n)(.*?)(\n)(""")', re.S), _gql_description, ()),
    ],
    "basic": [
        (rx(r"\s+"), "w", ()),
        (rx(r"#.*$"), "c", ()),
        (rx(r"[!,]"), "p", ()),
    ],
    "has_directives": [
        (rx(rf"(@{_GQL_NAME})(\s*)(\()"), ("k", "w", "p"), ("arguments",)),
        (rx(rf"@{_GQL_NAME}\b"), "k", ()),
    ],
    "fragment_definition": [
        (rx(rf"{_W}on\b"), "k", ()),
        ("mixin", "query_definition", ()),
    ],
    "query_definition": [
        ("mixin", "has_directives", ()),
        (rx(rf"{_W}{_GQL_NAME}\b"), "n", ()),
        (rx(r"\("), "p", ("variable_definitions",)),
        (rx(r"\{"), "p", ("selection_set",)),
        ("mixin", "basic", ()),
    ],
    "type_definition": [
        (rx(rf"{_W}implements\b"), "k", ()),
        (rx(rf"{_W}{_GQL_NAME}\b"), "n", ()),
        (rx(r"\("), "p", ("variable_definitions",)),
        (rx(r"\{"), "p", ("type_definition_set",)),
        ("mixin", "basic", ()),
    ],
    "union_definition": [
        (rx(rf"{_W}{_GQL_NAME}\b"), "n", ()),
        (rx(r"="), "p", ("union_definition_variant",)),
        ("mixin", "basic", ()),
    ],
    "union_definition_variant": [
        (rx(rf"{_W}{_GQL_NAME}\b"), "n", ("goto:union_definition_pipe",)),
        ("mixin", "basic", ()),
    ],
    "union_definition_pipe": [
        (rx(r"\|"), "p", ("goto:union_definition_variant",)),
        (rx(r"(?!\||\s+|#[^\n]*)"), "", ("#pop:2",)),
        ("mixin", "basic", ()),
    ],
    "type_definition_set": [
        (rx(r"\}"), "p", ("#pop:2",)),
        (rx(rf"{_W}({_GQL_NAME})(\s*)(\()"), ("n", "w", "p"), ("variable_definitions",)),
        (rx(rf"{_W}{_GQL_NAME}\b"), "n", ()),
        (rx(r":"), "p", ("type_names",)),
        ("mixin", "basic", ()),
    ],
    "arguments": [
        (rx(r"\)"), "p", ("#pop",)),
        (rx(rf"{_W}{_GQL_NAME}\b"), "n", ()),
        (rx(r":"), "p", ("value",)),
        ("mixin", "basic", ()),
    ],
    "variable_definitions": [
        (rx(r"\)"), "p", ("#pop",)),
        (rx(rf"\${_GQL_NAME}\b"), "nv", ()),
        (rx(rf"{_W}{_GQL_NAME}\b"), "n", ()),
        (rx(r":"), "p", ("type_names",)),
        (rx(r"="), "p", ("value",)),
        ("mixin", "basic", ()),
    ],
    "type_names": [
        (rx(rf"{_W}(?:Int|Float|String|Boolean|ID)\b"), "nb", ("#pop",)),
        (rx(rf"{_W}{_GQL_NAME}\b"), "n", ("#pop",)),
        (rx(r"\["), "p", ("type_name_list",)),
        ("mixin", "basic", ()),
    ],
    "type_name_list": [
        (rx(rf"{_W}(?:Int|Float|String|Boolean|ID)\b"), "nb", ()),
        (rx(rf"{_W}{_GQL_NAME}\b"), "n", ()),
        (rx(r"\]"), "p", ("#pop:2",)),
        ("mixin", "basic", ()),
    ],
    "selection_set": [
        ("mixin", "has_directives", ()),
        (rx(r"\}"), _gql_pop("p", "query_definition fragment_definition"), ()),
        (rx(rf"{_W}({_GQL_NAME})(\s*)(\()"), ("n", "w", "p"), ("arguments",)),
        (rx(rf"{_W}({_GQL_NAME})(\s*)(:)"), ("n", "w", "p"), ()),
        (rx(rf"{_W}{_GQL_NAME}\b"), "n", ()),
        (rx(r"(\.\.\.)(\s+)(on)\b"), ("p", "w", "k"), ()),
        (rx(r"\.\.\."), "p", ()),
        (rx(r"\{"), "p", ("selection_set",)),
        ("mixin", "basic", ()),
    ],
    "list": [(rx(r"\]"), _gql_pop("p", "value"), ()), ("mixin", "value", ())],
    "object": [
        (rx(r"\}"), _gql_pop("p", "value"), ()),
        (rx(rf"{_W}({_GQL_NAME})(\s*)(:)"), ("n", "w", "p"), ("value",)),
        ("mixin", "basic", ()),
    ],
    "value": [
        (rx(r'""".*?"""', re.S), "s2", ()),
        (rx(rf"\${_GQL_NAME}\b"), _gql_value("nv"), ()),
        (rx(rf"{_W}(?:true|false|null)\b"), _gql_value("kc"), ()),
        (rx(r"[+-]?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?"), _gql_value("mf"), ()),
        (rx(r"[+-]?[1-9][0-9]*(?:[eE][+-]?[0-9]+)?"), _gql_value("mi"), ()),
        (rx(r'"(\\[\\"]|[^"])*"'), _gql_value("s2"), ()),
        (rx(rf"{_W}{_GQL_NAME}\b"), _gql_value("n"), ()),
        (rx(r"\{"), "p", ("object",)),
        (rx(r"\["), "p", ("list",)),
        ("mixin", "basic", ()),
    ],
}

GRAPHQL = RougeLexer(_GQL_STATES, context=_GqlStates)
GRAPHQL_NAMES = frozenset({"graphql"})
