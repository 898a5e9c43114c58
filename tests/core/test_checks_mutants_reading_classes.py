"""reading: the byte-class tables of the syllable estimate (`_classes`), pinned byte by byte.

The module builds its three tables once, when it is imported; here `_classes` is called
again while the test runs, with a distinct class letter for each argument, so a changed
bound, test or index in it is caught (the tables the module holds are the same calls: the
last test ties them to what `text_counts` reports).

Equivalent survivors (no test can tell them apart), grouped, with why:
- `text_counts` encoding with another error handler or none, or "UTF-8": the text is a
  page decoded from its bytes (never a lone surrogate), so it always encodes.
"""

from __future__ import annotations

import string

import pytest

from editor_app.core.checks.reading import (
    _E_ENDS,
    _VOWELS,
    _WORDS,
    _classes,
    text_counts,
)

_ASCII_VOWELS = "aiouyAIOUY"  # without e and E, which have their own class
_ASCII_OTHERS = "".join(
    c for c in string.ascii_letters + string.digits if c not in _ASCII_VOWELS + "eE"
)


def _expected(vowel: str, letter: str, e: str) -> bytes:
    """The table worked out by hand: letters and digits (and every byte of a non-ASCII
    character) `letter`, vowels `vowel`, e `e`, everything else a space."""
    table = []
    for byte in range(256):
        c = chr(byte)
        if c in "eE":
            table.append(e)
        elif c in _ASCII_VOWELS:
            table.append(vowel)
        elif c in _ASCII_OTHERS or byte >= 128:
            table.append(letter)
        else:
            table.append(" ")
    return "".join(table).encode("latin-1")


def test_each_byte_gets_its_class() -> None:
    table = _classes(b"v", b"l", b"e")
    assert len(table) == 256
    assert table == _expected("v", "l", "e")


def test_the_edges_of_the_classes() -> None:
    table = _classes(b"v", b"l", b"e")
    # Punctuation, spaces and control bytes are spaces; byte 127 too, 128 on are letters.
    assert table[ord(" ")] == table[ord("-")] == table[ord("'")] == table[0] == ord(" ")
    assert table[127] == ord(" ")
    assert table[128] == table[255] == ord("l")
    assert table[ord("0")] == table[ord("9")] == table[ord("z")] == table[ord("B")] == ord("l")
    assert table[ord("a")] == table[ord("Y")] == ord("v")
    assert table[ord("e")] == table[ord("E")] == ord("e")


def test_the_same_class_for_all_three() -> None:
    table = _classes(b"b", b"b", b"b")
    assert table == bytes(
        ord("b") if (chr(byte).isascii() and chr(byte).isalnum()) or byte >= 128 else 32
        for byte in range(256)
    )


def test_the_module_tables_are_the_three_calls() -> None:
    assert _VOWELS == _expected("a", " ", "a")
    assert _WORDS == _expected("b", "b", "b")
    assert _E_ENDS == _expected("a", "b", "e")
    # What the tables give: digits and non-English letters make words, lone marks none.
    assert text_counts("x1 42 - ; make")[0] == 3
    assert text_counts("naïve café")[0] == 2


def test_marks_inside_a_word_are_dropped_before_its_vowels_are_grouped() -> None:
    # "co-op" has the vowel group of "coop", not two.
    assert text_counts("The co-op re-opened.") == text_counts("The coop reopened.")
    assert text_counts("The co-op re-opened.") == (3, 1, pytest.approx(4.844))
