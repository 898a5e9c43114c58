"""Go's string escapes in an archetype's template (`core/archetype_template.py`, `_unescape`) at
their edges, as `hugo new` (0.111) reads them: `\\n`, `\\t`, `\\\\`, `\\"`, `\\u` with four hex
digits and `\\U` with eight; a surrogate or a point past U+10FFFF is no character (Go refuses
the template), and bytes (`\\x41`, octal) or an unknown escape are not filled in.

Mutants named as equivalent (no test can tell them apart; mutation target `archetypes`, part
`archetype_template`): in `_unescape`, `X` among the letters of a `\\u` escape and its code
longer than 2 rather than 1 (the pattern hands it one character, or `u` with 4 hex digits or
`U` with 8).
"""

from __future__ import annotations

import pytest
from test_archetypes import PAGE

from editor_app.core.archetype_functions import NotEvaluated
from editor_app.core.archetype_template import evaluate


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ('"a\\tb\\nc"', "a\tb\nc"), ('"\\\\ \\""', '\\ "'), ('"\\r\\a\\b\\f\\v"', "\r\a\b\f\v"),
        ('"caf\\u00e9"', "café"), ('"\\u00E9"', "é"), ('"\\U0001F600"', "\U0001f600"),
        ('"\\U0010FFFF"', "\U0010ffff"), ('"\\uD7FF\\uE000"', "\ud7ff\ue000"),
    ],
)  # fmt: skip
def test_go_escapes_are_read(written: str, read: str) -> None:
    assert evaluate(written, PAGE) == read


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ('"\\uD800"', "\\uD800"), ('"\\uDFFF"', "\\uDFFF"), ('"\\U00110000"', "\\U00110000"),
        ('"\\x41"', "\\x"), ('"\\q"', "\\q"), ('"\\u"', "\\u"), ('"\\uzz"', "\\u"),
    ],
)  # fmt: skip
def test_what_go_refuses_or_reads_as_bytes_is_not_filled_in(written: str, said: str) -> None:
    with pytest.raises(NotEvaluated) as raised:
        evaluate(written, PAGE)
    assert str(raised.value) == said
