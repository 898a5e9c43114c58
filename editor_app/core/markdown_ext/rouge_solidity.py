"""Solidity and CMake code split into tokens as Rouge's lexers split them.

Written after Rouge 3.30's `Rouge::Lexers::Solidity` (MIT): its keyword, builtin, unit,
type and reserved word lists (`k`, `nb`, `kc`, `kt`, `kr`), `uint256`/`bytes32` types,
strings `s` with escapes `se`, `hex"..."`, comments. Rouge's dotted builtins (`msg.sender`)
never match its name pattern, which has no dot, so they are plain names here too. CMake:
commands `nb` (Rouge's list) or `nf`, `${var}` `si`/`nv`, `[[...]]` strings and comments.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

_KEYWORDS = frozenset(
    """abstract anonymous as assembly break catch calldata constant constructor continue
    contract do delete else emit enum event external fallback for function hex if indexed
    interface internal import is library mapping memory modifier new override payable public
    pure pragma private receive return returns storage struct throw try type using var view
    virtual while""".split()
)
_BUILTINS = frozenset(
    """now false true balance selector super this blockhash gasleft assert require revert
    selfdestruct suicide call callcode delegatecall send transfer addmod ecrecover keccak256
    mulmod sha256 sha3 ripemd160""".split()
)
_CONSTANTS = frozenset("wei finney szabo ether seconds minutes hours days weeks years".split())
_TYPES = frozenset("address bool byte bytes int string uint".split())
_RESERVED = frozenset(
    """alias after apply auto case copyof default define final fixed immutable implements in
    inline let macro match mutable null of partial promise reference relocatable sealed sizeof
    static supports switch typedef typeof ufixed unchecked""".split()
)


def _name(m: re.Match[str]) -> Runs:
    word = m[0]
    for words, css in (
        (_KEYWORDS, "k"),
        (_BUILTINS, "nb"),
        (_CONSTANTS, "kc"),
        (_TYPES, "kt"),
        (_RESERVED, "kr"),
    ):
        if word in words:
            return [(css, word)]
    return [("n", word)]


_STATES = {
    "expr_bol": [("mixin", "inline_whitespace", ()), (rx(r""), "", ("#pop",))],
    "bol": [("mixin", "expr_bol", ())],
    "inline_whitespace": [
        (rx(r"[ \t\r]+"), "", ()),
        (rx(r"\\\n"), "", ()),
        (rx(r"/\*"), "cm", ("comment_multi",)),
    ],
    "whitespace": [
        (rx(r"\n+"), "", ("bol",)),
        (rx(r"//(\\.|.)*?\n"), "c1", ("bol",)),
        ("mixin", "inline_whitespace", ()),
    ],
    "expr_whitespace": [(rx(r"\n+"), "", ("expr_bol",)), ("mixin", "whitespace", ())],
    "statements": [
        ("mixin", "whitespace", ()),
        (rx(r'(hex)?"'), "s", ("string_double",)),
        (rx(r"(hex)?'"), "s", ("string_single",)),
        (rx(r"'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'", re.I), "sc", ()),
        (rx(r"\d\d*\.\d+([eE]\d+)?", re.I), "mf", ()),
        (rx(r"0x[0-9a-f]+", re.I), "mh", ()),
        (rx(r"\d+([eE]\d+)?", re.I), "mi", ()),
        (rx(r"\*/"), "err", ()),
        (rx(r"[~!%^&*+=|?:<>/-]"), "o", ()),
        (rx(r"[()\[\],.]"), "p", ()),
        (rx(r"u?fixed\d+x\d+"), "kr", ()),
        (rx(r"bytes\d+"), "kt", ()),
        (rx(r"u?int\d+"), "kt", ()),
        (rx(r"[a-zA-Z$_][\w$_]*", re.A), _name, ()),
    ],
    "root": [("mixin", "expr_whitespace", ()), (rx(r""), "", ("statement",))],
    "statement": [
        (rx(r";"), "p", ("#pop",)),
        ("mixin", "expr_whitespace", ()),
        ("mixin", "statements", ()),
        (rx(r"[{}]"), "p", ()),
    ],
    "string_common": [
        (rx(r"\\(u[a-fA-F0-9]{4}|x..|[^x])"), "se", ()),
        (rx(r"[^\\\"'\n]+"), "s", ()),
        (rx(r"\\\n"), "s", ()),
        (rx(r"\\"), "s", ()),
    ],
    "string_double": [
        ("mixin", "string_common", ()),
        (rx(r'"'), "s", ("#pop",)),
        (rx(r"'"), "s", ()),
    ],
    "string_single": [
        ("mixin", "string_common", ()),
        (rx(r"'"), "s", ("#pop",)),
        (rx(r'"'), "s", ()),
    ],
    "comment_multi": [
        (rx(r"\*/"), "cm", ("#pop",)),
        (rx(r"[^*/]+"), "cm", ()),
        (rx(r"[*/]"), "cm", ()),
    ],
}

SOLIDITY = RougeLexer(_STATES, stack=("root", "bol"))
SOLIDITY_NAMES = frozenset({"solidity"})


# -- CMake (Rouge's CMake lexer) ---------------------------------------------------------------

_CMAKE_BUILTINS = frozenset(
    """
    add_compile_definitions add_compile_options add_custom_command add_custom_target
    add_definitions add_dependencies add_executable add_library add_link_options
    add_subdirectory add_test aux_source_directory break build_command build_name
    cmake_host_system_information cmake_language cmake_minimum_required
    cmake_parse_arguments cmake_policy configure_file create_test_sourcelist define_property
    else elseif enable_language enable_testing endforeach endfunction endif endmacro
    endwhile exec_program execute_process export export_library_dependencies file find_file
    find_library find_package find_path find_program fltk_wrap_ui foreach function
    get_cmake_property get_directory_property get_filename_component get_property
    get_source_file_property get_target_property get_test_property if include
    include_directories include_external_msproject include_guard include_regular_expression
    install install_files install_programs install_targets link_directories link_libraries
    list load_cache load_command macro make_directory mark_as_advanced math message option
    output_required_files project qt_wrap_cpp qt_wrap_ui remove remove_definitions return
    separate_arguments set set_directory_properties set_property set_source_files_properties
    set_target_properties set_tests_properties site_name source_group string subdir_depends
    subdirs target_compile_definitions target_compile_features target_compile_options
    target_include_directories target_link_directories target_link_libraries
    target_link_options target_precompile_headers target_sources try_compile try_run unset
    use_mangled_mesa utility_source variable_requires variable_watch while write_file
    """.split()
)
# A character's class depends on the state reading it (Rouge's STATES_MAP).
_CMAKE_STATE_CLASS = {
    "root": "",
    "bracket_string": "s2",
    "quoted_argument": "s2",
    "bracket_comment": "cm",
    "variable_reference": "nv",
}


class _CMakeBrackets:
    def __init__(self) -> None:
        self.state_stack: list[str] = []
        self.bracket_len = 0


def _cmake_default(m: re.Match[str], c: _CMakeBrackets) -> Runs:
    return [(_CMAKE_STATE_CLASS[c.state_stack[-1]], m[0])]


def _cmake_close(m: re.Match[str], c: _CMakeBrackets) -> tuple[Runs, tuple[str, ...]]:
    css = _CMAKE_STATE_CLASS[c.state_stack[-1]]
    return [(css, m[0])], ("goto:root",) if len(m[0]) == c.bracket_len else ()


def _cmake_open(css: str, state: str, offset: int):  # noqa: ANN202 (a rule's action)
    def action(m: re.Match[str], c: _CMakeBrackets) -> tuple[Runs, tuple[str, ...]]:
        c.bracket_len = len(m[0]) - offset
        return [(css, m[0])], (f"goto:{state}",)

    return action


def _cmake_command(m: re.Match[str], _c: _CMakeBrackets) -> Runs:
    css = "nb" if m[1] in _CMAKE_BUILTINS else "nf"
    return [(css, m[1]), ("", m[2]), ("p", m[3])]


_CMAKE_STATES = {
    "default": [(rx(r"\r\n?|\n"), _cmake_default, ()), (rx(r"."), _cmake_default, ())],
    "variable_interpolation": [(rx(r"\$\{"), "si", ("variable_reference",))],
    "bracket_close": [(rx(r"\]=*\]"), _cmake_close, ())],
    "root": [
        ("mixin", "variable_interpolation", ()),
        (rx(r"[ \t]"), "", ()),
        (rx(r"[()]"), "p", ()),
        (rx(r"#\[=*\["), _cmake_open("cm", "bracket_comment", 1), ()),
        (rx(r"\[=*\["), _cmake_open("s2", "bracket_string", 0), ()),
        (rx(r'\\"'), "", ()),
        (rx(r'"'), "s2", ("quoted_argument",)),
        (rx(r"([A-Za-z_][A-Za-z0-9_]*)([ \t]*)(\()"), _cmake_command, ()),
        (rx(r"#.*"), "c1", ()),
        ("mixin", "default", ()),
    ],
    "bracket_string": [
        ("mixin", "bracket_close", ()),
        ("mixin", "variable_interpolation", ()),
        ("mixin", "default", ()),
    ],
    "bracket_comment": [("mixin", "bracket_close", ()), ("mixin", "default", ())],
    "variable_reference": [
        ("mixin", "variable_interpolation", ()),
        (rx(r"}"), "si", ("#pop",)),
        ("mixin", "default", ()),
    ],
    "quoted_argument": [
        ("mixin", "variable_interpolation", ()),
        (rx(r'"'), "s2", ("root",)),
        (rx(r'\\[()#" \\$@^trn;]'), "se", ()),
        ("mixin", "default", ()),
    ],
}

CMAKE = RougeLexer(_CMAKE_STATES, context=_CMakeBrackets)
CMAKE_NAMES = frozenset({"cmake"})
