"""'Did you mean ...?' from an index: the same answer as difflib's scan, remembered."""

from __future__ import annotations

import difflib
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.checks.suggest import NameIndex, close_match, closest_match


def _scan(value: str, names: list[str], cutoff: float) -> str | None:
    """What the messages said before the index: difflib over every name."""
    best = difflib.get_close_matches(value, names, n=1, cutoff=cutoff)
    return best[0] if best else None


def _posts(n: int) -> list[str]:
    rng = random.Random(3)
    words = ["jekyll", "release", "community", "update", "news", "theme", "docs", "security"]
    return [
        f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}-{rng.choice(words)}-"
        f"{rng.choice(words)}-{i}"
        for i in range(n)
    ]


def test_a_renamed_post_gets_the_name_it_had() -> None:
    names = _posts(5000)
    wanted = names[1234]
    typo = wanted.replace("-", "_", 1)
    assert close_match(typo, names, 0.7) == _scan(typo, names, 0.7) == wanted


@settings(max_examples=30)
@given(st.integers(min_value=0, max_value=1499), st.sampled_from(["drop", "swap", "case", "add"]))
def test_the_index_answers_as_the_scan_does(i: int, slip: str) -> None:
    names = _POSTS
    name = names[i]
    if slip == "drop":
        typo = name[:5] + name[6:]
    elif slip == "swap":
        typo = name[:6] + name[7] + name[6] + name[8:]
    elif slip == "case":
        typo = name.upper()
    else:
        typo = name + "x"
    assert close_match(typo, names, 0.7) == _scan(typo, names, 0.7)


_POSTS = _posts(1500)


def test_closest_prefers_the_same_name_ignoring_case_then_the_nearest() -> None:
    names = ["Public sector", "Private sector", "Civil society"]
    assert closest_match("public SECTOR", names) == "Public sector"
    assert closest_match("Pubic sector", names) == "Public sector"
    assert closest_match("Zebra", names) is None


def test_the_index_remembers_its_answers() -> None:
    index = NameIndex(_POSTS)
    first = index.closest(_POSTS[10] + "x", 0.7)
    index.names = []  # a remembered answer does not look at the names again
    assert index.closest(_POSTS[10] + "x", 0.7) == first == _POSTS[10]
