"""Elixir, Erlang and Clojure code split into tokens as Rouge's lexers split them.

Written after Rouge 3.30's `Rouge::Lexers::Elixir` (MIT): keywords `k`, `import`/`use`
`kn`, atoms and `key:` `ss`, module names `no`, `@attr` `nv`, strings with `#{}` `si`,
`~r//` sigils. Rouge's scanner sees no text before its position: a look-behind opening an
expression never holds (`(?<!\\.)`) or never matches (`(?<=\\s)`), a leading `\\b` only asks
for a word character next; the expressions here are written that way. Clojure: a called
name `nf` (keywords `k`, builtins `nb`), `:keys` `no`, `'symbols` `ss`.
"""

from __future__ import annotations

import re
import threading

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

_W = r"(?=\w)"
_STATES: dict[str, list] = {}
_SIGIL_LOCK = threading.Lock()
_CLOSE = {"{": "}", "[": "]", "(": ")", "<": ">"}


def _sigil_state(open_: str, interp: bool, css: str) -> str:
    close = _CLOSE.get(open_, open_)
    name = f"sigil {open_} {int(interp)} {css}"
    if name in _STATES:
        return name
    rules: list = [(rx(re.escape(close)), css, ("#pop",))]
    if interp:
        rules += [("mixin", "interpoling", ()), (rx(r"#"), css, ())]
    else:
        rules.append((rx(r"[\\#]"), css, ()))
    uniq = re.escape("".join(dict.fromkeys(open_ + close)))
    rules.append((rx(rf"[^#{uniq}\\]+", re.S), css, ()))
    with _SIGIL_LOCK:
        _STATES[name] = rules
    return name


def _sigil(m: re.Match[str]) -> tuple[Runs, tuple[str, ...]]:
    kind = m[1] or ""
    # Ruby's `'Rr'.include?(nil)` is an error, so a bare `~` opens no regex nor list.
    css = "sr" if kind and kind in "Rr" else "sx"
    moves: tuple[str, ...] = ()
    if kind and kind in "Rr":
        moves += ("regex_flags",)
    if kind and kind in "Ww":
        moves += ("list_flags",)
    state = _sigil_state(m[2], bool(kind) and kind in "SRCW", css)
    return [(css, m[0])], (*moves, state)


_OPS = (
    r"%=|\*=|\*\*=|\+=|-=|\^=|\|\|=|<=>|<(?!<|=)|>(?!<|=|>)|<=|>=|===|==|=~|!=|!~|"
    r"&(&&?|(?!\d))|\|\||\^|\*|\+|-|/|\||\+\+|--|\*\*|//|<-|<>|<<|>>|=|\.|~~~"
)
_ATOM = (
    r"(:)([a-zA-Z_]\w*([?!]|=(?![>=]))?|<>|===?|>=?|<=?|<=>|&&?|%\(\)|%\[\]|%\{\}|\+\+?|"
    r"--?|\|\|?|!|//|[%&`/|]|\*\*?|=?~|<-)|([a-zA-Z_]\w*([?!])?)(:)(?!:)"
)
_STATES.update(
    {
        "root": [
            (rx(r"\s+"), "", ()),
            (rx(r"#.*$"), "c1", ()),
            (
                rx(
                    rf"{_W}(case|cond|end|bc|lc|if|unless|try|loop|receive|fn|defmodule|defp?|"
                    r"defprotocol|defimpl|defrecord|defmacrop?|defdelegate|defexception|"
                    r"defguardp?|defstruct|exit|raise|throw|after|rescue|catch|else)\b(?![?!])|"
                    r"(?=\w)(do|->)\b",
                    re.A,
                ),
                "k",
                (),
            ),
            (
                rx(rf"{_W}(import|require|use|recur|quote|unquote|super|refer)\b(?![?!])", re.A),
                "kn",
                (),
            ),
            (rx(rf"{_W}(and|not|or|when|xor|in)\b", re.A), "ow", ()),
            (rx(_OPS), "o", ()),
            (rx(_ATOM, re.A), "ss", ()),
            (rx(r':"'), "ss", ("interpoling_symbol",)),
            (
                rx(rf"{_W}(nil|true|false)\b(?![?!])|(?=\w)[A-Z]\w*\b", re.A),
                "no",
                (),
            ),
            (rx(rf"{_W}(__(FILE|LINE|MODULE|MAIN|FUNCTION)__)\b(?![?!])", re.A), "bp", ()),
            (rx(r"[a-zA-Z_!]\w*[!?]?", re.A), "n", ()),
            (rx(r"::|[%(){};,/|:\\\[\]]"), "p", ()),
            (rx(r"@[a-zA-Z_]\w*|&\d", re.A), "nv", ()),
            (rx(rf"{_W}\d(_?\d)*(\.(?![^\d\s])(_?\d)+)([eE][-+]?\d(_?\d)*)?\b", re.A), "mf", ()),
            (rx(rf"{_W}0x[0-9A-Fa-f](_?[0-9A-Fa-f])*\b", re.A), "mh", ()),
            (rx(rf"{_W}0o[0-7](_?[0-7])*\b", re.A), "mo", ()),
            (rx(rf"{_W}0b[01](_?[01])*\b", re.A), "mb", ()),
            (rx(rf"{_W}\d(_?\d)*\b", re.A), "mi", ()),
            ("mixin", "strings", ()),
            ("mixin", "sigil_strings", ()),
        ],
        "strings": [
            (rx(r'(%[A-Ba-z])?"""(?:.|\n)*?"""'), "sd", ()),
            (rx(r"'''(?:.|\n)*?'''"), "sd", ()),
            (rx(r'"'), "s2", ("dqs",)),
            (rx(r"'"), "s1", ("sqs",)),
            (
                rx(
                    r"\?(\\(x\d{1,2}|[0-9a-fA-F]{1,2}(?![0-9a-fA-F])\b|0[0-7]{0,2}(?![0-7])\b"
                    r"[^x0MC])|(\\[MC]-)+\w|[^\s\\])",
                    re.A,
                ),
                "sx",
                (),
            ),
        ],
        "dqs": [
            ("mixin", "escapes", ()),
            ("mixin", "interpoling", ()),
            (rx(r'[^#"\\]+'), "s2", ()),
            (rx(r'"'), "s2", ("#pop",)),
            (rx(r"[#\\]"), "s2", ()),
        ],
        "sqs": [
            ("mixin", "escapes", ()),
            ("mixin", "interpoling", ()),
            (rx(r"[^#'\\]+"), "s1", ()),
            (rx(r"'"), "s1", ("#pop",)),
            (rx(r"[#\\]"), "s1", ()),
        ],
        "interpoling": [(rx(r"#\{"), "si", ("interpoling_string",))],
        "interpoling_string": [(rx(r"\}"), "si", ("#pop",)), ("mixin", "root", ())],
        "escapes": [
            (rx(r"\\x[0-9a-fA-F]{2}"), "se", ()),
            (rx(r"\\u\{?\d+\}?", re.A), "se", ()),
            (rx(r"\\[\\abdefnrstv0\"']"), "se", ()),
        ],
        "interpoling_symbol": [
            (rx(r'"'), "ss", ("#pop",)),
            ("mixin", "interpoling", ()),
            (rx(r'[^#"]+'), "ss", ()),
        ],
        "sigil_strings": [(rx(r"~([A-Za-z])?([{\[(<|/'\"])"), _sigil, ())],
        "regex_flags": [(rx(r"[fgimrsux]*"), "sr", ("#pop",))],
        "list_flags": [(rx(r"[csa]?"), "sx", ("#pop",))],
    }
)

ELIXIR = RougeLexer(_STATES)
ELIXIR_NAMES = frozenset({"elixir", "exs"})

# -- Clojure (Rouge's Clojure lexer) -----------------------------------------------------------

_CLJ_KEYWORDS = frozenset(
    "fn def defn defmacro defmethod defmulti defn- defstruct if cond let for".split()
)
_CLJ_BUILTINS = frozenset(
    """. .. * + - -> / < <= = == > >= accessor agent agent-errors aget alength all-ns alter and
    append-child apply array-map aset aset-boolean aset-byte aset-char aset-double aset-float
    aset-int aset-long aset-short assert assoc await await-for bean binding bit-and bit-not
    bit-or bit-shift-left bit-shift-right bit-xor boolean branch? butlast byte cast char
    children class clear-agent-errors comment commute comp comparator complement concat conj
    cons constantly construct-proxy contains? count create-ns create-struct cycle dec deref
    difference disj dissoc distinct doall doc dorun doseq dosync dotimes doto double down drop
    drop-while edit end? ensure eval every? false? ffirst file-seq filter find find-doc find-ns
    find-var first float flush fnseq frest gensym get-proxy-class get hash-map hash-set
    identical? identity if-let import in-ns inc index insert-child insert-left insert-right
    inspect-table inspect-tree instance? int interleave intersection into into-array iterate
    join key keys keyword keyword? last lazy-cat lazy-cons left lefts line-seq list* list load
    load-file locking long loop macroexpand macroexpand-1 make-array make-node map map-invert
    map? mapcat max max-key memfn merge merge-with meta min min-key name namespace neg? new
    newline next nil? node not not-any? not-every? not= ns-imports ns-interns ns-map ns-name
    ns-publics ns-refers ns-resolve ns-unmap nth nthrest or parse partial path peek pop pos? pr
    pr-str print print-str println println-str prn prn-str project proxy proxy-mappings quot
    rand rand-int range re-find re-groups re-matcher re-matches re-pattern re-seq read
    read-line reduce ref ref-set refer rem remove remove-method remove-ns rename rename-keys
    repeat replace replicate resolve rest resultset-seq reverse rfirst right rights root rrest
    rseq second select select-keys send send-off seq seq-zip seq? set short slurp some sort
    sort-by sorted-map sorted-map-by sorted-set special-symbol? split-at split-with str string?
    struct struct-map subs subvec symbol symbol? sync take take-nth take-while test time
    to-array to-array-2d tree-seq true? union up update-proxy val vals var-get var-set var?
    vector vector-zip vector? when when-first when-let when-not with-local-vars with-meta
    with-open with-out-str xml-seq xml-zip zero? zipmap zipper'""".split()
)
_CLJ_ID = r"[\w!$%*+,<=>?/.-]+"
_CLJ_KEYWORD = r"[\w!#$%*+,<=>?/.-]+"


def _clj_css(name: str, default: str) -> str:
    if name in _CLJ_KEYWORDS:
        return "k"
    return "nb" if name in _CLJ_BUILTINS else default


def _clj_call(m: re.Match[str]) -> Runs:
    return [("p", m[1]), ("w", m[2]), (_clj_css(m[3], "nf"), m[3])]


def _clj_name(m: re.Match[str]) -> Runs:
    return [(_clj_css(m[0], "n"), m[0])]


_CLJ_STATES = {
    "root": [
        (rx(r";.*?$"), "c1", ()),
        (rx(r"\s+", re.A), "w", ()),
        (rx(r"-?\d+\.\d+", re.A), "mf", ()),
        (rx(r"-?\d+", re.A), "mi", ()),
        (rx(r"0x-?[0-9a-fA-F]+"), "mh", ()),
        (rx(r'"(\\.|[^"])*"', re.S), "s", ()),
        (rx(rf"'{_CLJ_KEYWORD}", re.A), "ss", ()),
        (rx(rf"::?{_CLJ_KEYWORD}", re.A), "no", ()),
        (rx(r"\\(.|[a-z]+)", re.I), "sc", ()),
        (rx(r"~@|[`'#^~&@]"), "o", ()),
        (rx(rf"(\()(\s*)({_CLJ_ID})", re.A | re.S), _clj_call, ()),
        (rx(_CLJ_ID, re.A), _clj_name, ()),
        (rx(r"[\[\]]"), "p", ()),
        (rx(r"[{}]"), "p", ()),
        (rx(r"[()]"), "p", ()),
    ],
}

CLOJURE = RougeLexer(_CLJ_STATES)
CLOJURE_NAMES = frozenset({"clojure", "clj", "cljs"})

# -- Erlang (Rouge's Erlang lexer) -------------------------------------------------------------

_ERL_KEYWORDS = "after begin case catch cond end fun if let of query receive try when".split()
_ERL_BUILTINS = """abs append_element apply atom_to_list binary_to_list bitstring_to_list
binary_to_term bit_size bump_reductions byte_size cancel_timer check_process_code
delete_module demonitor disconnect_node display element erase exit float float_to_list
fun_info fun_to_list function_exported garbage_collect get get_keys group_leader hash hd
integer_to_list iolist_to_binary iolist_size is_atom is_binary is_bitstring is_boolean
is_builtin is_float is_function is_integer is_list is_number is_pid is_port
is_process_alive is_record is_reference is_tuple length link list_to_atom list_to_binary
list_to_bitstring list_to_existing_atom list_to_float list_to_integer list_to_pid
list_to_tuple load_module localtime_to_universaltime make_tuple md5 md5_final md5_update
memory module_loaded monitor monitor_node node nodes open_port phash phash2 pid_to_list
port_close port_command port_connect port_control port_call port_info port_to_list
process_display process_flag process_info purge_module put read_timer ref_to_list register
resume_process round send send_after send_nosuspend set_cookie setelement size spawn
spawn_link spawn_monitor spawn_opt split_binary start_timer statistics suspend_process
system_flag system_info system_monitor system_profile term_to_binary tl trace
trace_delivered trace_info trace_pattern trunc tuple_size tuple_to_list
universaltime_to_localtime unlink unregister whereis""".split()
_ERL_WORD_OPS = "and andalso band bnot bor bsl bsr bxor div not or orelse rem xor".split()
_ERL_ATOM = r"(?:[a-z][a-zA-Z0-9_]*|'[^\n']*[^\\]')"
_ERL_VAR = r"(?:[A-Z_][a-zA-Z0-9_]*)"
_ERL_ESCAPE = r"(?:\\(?:[bdefnrstv'\"\\/]|[0-7][0-7]?[0-7]?|\^[a-zA-Z]))"
_ERL_MACRO = rf"(?:{_ERL_VAR}|{_ERL_ATOM})"

_ERL_STATES = {
    "root": [
        (rx(r"\s+"), "", ()),
        (rx(r"%.*\n"), "c", ()),
        (rx(rf"({'|'.join(_ERL_KEYWORDS)})\b"), "k", ()),
        (rx(rf"({'|'.join(_ERL_BUILTINS)})\b"), "nb", ()),
        (rx(rf"({'|'.join(_ERL_WORD_OPS)})\b"), "ow", ()),
        (rx(r"^-"), "p", ("directive",)),
        (rx(r"(\+\+?|--?|\*|/|<|>|/=|=:=|=/=|=<|>=|==?|<-|!|\?)"), "o", ()),
        (rx(r'"'), "s", ("string",)),
        (rx(r"<<"), "nl", ()),
        (rx(r">>"), "nl", ()),
        (rx(rf"({_ERL_ATOM})(:)"), ("nn", "p"), ()),
        # Rouge's `(?:^|(?<=:))` always holds where its scanner stands: left out.
        (rx(rf"({_ERL_ATOM})(\s*)(\()"), ("nf", "", "p"), ()),
        (rx(r"[+-]?(?:[2-9]|[12][0-9]|3[0-6])#[0-9a-zA-Z]+"), "mi", ()),
        (rx(r"[+-]?\d+"), "mi", ()),
        (rx(r"[+-]?\d+.\d+"), "mf", ()),
        (rx(r"[\]\[:_@\".{}()|;,]"), "p", ()),
        (rx(_ERL_VAR), "nv", ()),
        (rx(_ERL_ATOM), "n", ()),
        (rx(rf"\?{_ERL_MACRO}"), "no", ()),
        (rx(rf"\$(?:{_ERL_ESCAPE}|\\[ %]|[^\\])"), "sc", ()),
        (rx(rf"#{_ERL_ATOM}(:?\.{_ERL_ATOM})?"), "nl", ()),
    ],
    "string": [
        (rx(_ERL_ESCAPE), "se", ()),
        (rx(r'"'), "s", ("#pop",)),
        (rx(r"~[0-9.*]*[~#+bBcdefginpPswWxX]"), "si", ()),
        (rx(r'[^"\\~]+'), "s", ()),
        (rx(r"~"), "s", ()),
    ],
    "directive": [
        (rx(rf"(define)(\s*)(\()({_ERL_MACRO})"), ("ni", "", "p", "no"), ("#pop",)),
        (rx(rf"(record)(\s*)(\()({_ERL_MACRO})"), ("ni", "", "p", "nl"), ("#pop",)),
        (rx(_ERL_ATOM), "ni", ("#pop",)),
    ],
}

ERLANG = RougeLexer(_ERL_STATES)
ERLANG_NAMES = frozenset({"erlang", "erl"})
