"""The template functions of `core/archetype_functions.py` at their edges, each as `hugo new`
(0.111) writes it: ordinals, acronyms, AP-style titles, URLs, Go's printing of floats, lists,
groups and nil, `eq` over lists and groups, `printf`'s verbs and `replaceRE`'s `$`.

Mutants named as equivalent (no test can tell them apart; mutation target `archetypes`, part
`archetype_functions`):
- `_title_case`: what stands before the title's first word, or after its last (read only for
  a word inside the title); a title's first word looked at as inside (its `prev` is "", never
  a separator); `X` among the separators (a small word after an `X` is part of that word).
- `_word_parts`: the character before the first (a capital starts a word either way); a
  whole text tested as an acronym in lower case (each part is tested in capitals anyway).
- `_go_title`: `_` tested otherwise: the first part never holds one (split there).
- `humanize`: 14 among the numbers ending "th" (4 ends so anyway).
- `urlize`: `None` for `False` (both false); `X` among the kept characters (a letter anyway)
  or among those left unencoded (the text is in lower case by then); `-` spelt otherwise in
  the run of spaces (kept as a character before that test).
- `_same`: `zip`'s `strict` given otherwise (the two lists' lengths are equal by then).
- `text_of`: `1e+21` for `1e21`.
- `_printf`: `None` for the missing argument's mark (no verb prints None: refused the same).
"""

from __future__ import annotations

import datetime as dt

import pytest

from editor_app.core.archetype_functions import NotEvaluated, call, humanize, text_of, urlize


@pytest.mark.parametrize(
    ("number", "ordinal"),
    [
        ("0", "0th"), ("1", "1st"), ("2", "2nd"), ("3", "3rd"), ("4", "4th"), ("11", "11th"),
        ("12", "12th"), ("13", "13th"), ("14", "14th"), ("21", "21st"), ("22", "22nd"),
        ("23", "23rd"), ("101", "101st"), ("111", "111th"), ("112", "112th"),
    ],
)  # fmt: skip
def test_humanize_writes_a_number_as_its_ordinal(number: str, ordinal: str) -> None:
    assert humanize(number) == ordinal


def test_humanize_words_as_hugo_new_writes_them() -> None:
    assert humanize("") == "" and humanize("--") == ""
    assert humanize("W3C") == "W3C"  # the whole name an acronym: not split at the digit
    assert humanize("a+b") == "A b"  # a symbol parts two words
    assert humanize("a`b") == "A`B"


@pytest.mark.parametrize(
    ("text", "titled"),
    [
        ("/the end", "/the End"),
        (": a end", ": A End"),
        ("step by-step guide", "Step By-Step Guide"),
        ("Part one - the beginning", "Part One - The Beginning"),
    ],
)
def test_title_keeps_small_words_low_only_inside_the_title(text: str, titled: str) -> None:
    assert call("title", [text]) == titled


def test_urlize_keeps_marks_and_url_characters() -> None:
    assert urlize("a+b@c#d") == "a+b@c#d"
    assert urlize("cafe\u0301") == "cafe%CC%81"  # a combining accent, percent-encoded


def test_floats_lists_groups_and_nil_print_as_go_prints_them() -> None:
    # `hugo new` wrote 1e-05, 1.5e-05, 1e+21, 1.5e+22: the exponent has two digits at least.
    assert [text_of(v) for v in (0.00001, 0.000015, 1e21, 1.5e22, 2.0)] == [
        "1e-05", "1.5e-05", "1e+21", "1.5e+22", "2",
    ]  # fmt: skip
    assert text_of([1, None, "a"]) == "[1 <nil> a]"
    assert text_of({"b": 1, 2: "x"}) == "map[2:x b:1]"  # keys in order, whatever their kind
    when = dt.time(7, 30)
    with pytest.raises(NotEvaluated) as raised:
        text_of(when)
    assert str(raised.value) == repr(when)


def test_eq_compares_lists_and_groups_deeply() -> None:
    assert call("eq", [[1, 2], [1, 2]]) and call("eq", [{"a": 1}, {"a": 1}])
    assert not call("eq", [[1, 2], [1, 3]]) and not call("eq", [[1, 2], [1, 2, 3]])
    assert not call("eq", [[1], [1.0]]) and not call("eq", [[], [1]])
    assert not call("eq", [{"a": 1}, {"a": 2}]) and not call("eq", [{"a": 1}, {"b": 1}])
    assert not call("eq", [{"a": 1}, {"a": 1, "b": 2}])
    assert call("ne", [[1, 2], [2, 1]])


def test_printf_writes_each_verb_only_of_its_own_kind() -> None:
    assert call("printf", ["%s is %d%%: %v", "x", 5, True]) == "x is 5%: true"
    for layout, args in (
        ("%s", []),  # a verb with no value
        ("%x", [5]),  # a verb not filled in
        ("%d", ["5"]),
        ("%d", [True]),
        ("%d", [1.5]),
        ("%s", [5]),
        ("%s", ["a", "b"]),  # a value more than verbs
    ):
        with pytest.raises(NotEvaluated) as raised:
            call("printf", [layout, *args])
        assert str(raised.value) == layout


def test_replace_re_reads_go_replacements() -> None:
    assert call("replaceRE", ["a", "$$", "xax"]) == "x$x"
    assert call("replaceRE", ["(a)", "${1}!", "xax"]) == "xa!x"
    assert call("replaceRE", ["(a)", "$1$1", "xax"]) == "xaax"
    assert call("replaceRE", ["a", "\\n", "xax"]) == "x\\nx"  # a backslash is a backslash
    with pytest.raises(NotEvaluated) as raised:
        call("replaceRE", ["(", "b", "xax"])
    assert str(raised.value) == "("
