"""Which paragraphs a review diff shows around a change, and how many it folds away, pinned for
context 0, 1 and 2 in both the text (command line) and the HTML (window, report) forms."""

from __future__ import annotations

import re

import pytest

from editor_app.core.review import diff_versions

PARAGRAPHS = [
    "Apples grow slowly.",
    "Bees hum all day.",
    "Cats sleep a lot.",
    "Dogs bark at night.",
    "Eels swim upstream.",
    "Foxes hide in dens.",
    "Geese fly south.",
    "Hares run fast.",
    "Ibis wade in water.",
]


def _page(paragraphs: list[str]) -> str:
    return "---\ntitle: Animals\n---\n" + "\n\n".join(paragraphs) + "\n"


def _changed(indexes: list[int]) -> list[str]:
    return [p.replace(".", " indeed.") if i in indexes else p for i, p in enumerate(PARAGRAPHS)]


def _expected_shown(changed: list[int], context: int) -> set[int]:
    shown: set[int] = set()
    for i in changed:
        shown.update(range(max(0, i - context), min(len(PARAGRAPHS), i + context + 1)))
    return shown


def _expected_folds(shown: set[int]) -> list[int]:
    """The runs of unchanged paragraphs that are not shown, in order."""
    folds, run = [], 0
    for i in range(len(PARAGRAPHS)):
        if i in shown:
            if run:
                folds.append(run)
            run = 0
        else:
            run += 1
    if run:
        folds.append(run)
    return folds


def _fold_counts(text: str) -> list[int]:
    found = re.findall(r"(\d+) unchanged paragraphs?", text)
    return [int(n) for n in found]


CASES = [([4], 0), ([4], 1), ([4], 2), ([1, 7], 0), ([1, 7], 1), ([1, 7], 2), ([0], 1), ([8], 2)]


@pytest.mark.parametrize(("changed", "context"), CASES)
def test_the_text_diff_shows_the_paragraphs_within_context(
    changed: list[int], context: int
) -> None:
    diff = diff_versions(_page(PARAGRAPHS), _page(_changed(changed)))
    text = diff.to_text(context)
    shown = _expected_shown(changed, context)
    for i, paragraph in enumerate(PARAGRAPHS):
        first_word = paragraph.split()[0]
        assert (first_word in text) == (i in shown), (i, context, text)
    assert _fold_counts(text) == _expected_folds(shown), text
    for n in _expected_folds(shown):
        assert f"  … {n} unchanged paragraph{'s' if n > 1 else ''} …" in text.split("\n")
    for i in changed:
        assert f"~ {PARAGRAPHS[i].split()[0]}" in text
    assert text.count("{+") == len(changed)


@pytest.mark.parametrize(("changed", "context"), CASES)
def test_the_html_diff_shows_the_paragraphs_within_context(
    changed: list[int], context: int
) -> None:
    diff = diff_versions(_page(PARAGRAPHS), _page(_changed(changed)))
    html = diff.to_html(context)
    shown = _expected_shown(changed, context)
    for i, paragraph in enumerate(PARAGRAPHS):
        first_word = paragraph.split()[0]
        assert (first_word in html) == (i in shown), (i, context)
    assert _fold_counts(html) == _expected_folds(shown)
    for n in _expected_folds(shown):
        assert f">… {n} unchanged paragraph{'s' if n > 1 else ''} …<" in html
    # Unchanged paragraphs shown as context appear on both sides, changed ones marked.
    for i in shown - set(changed):
        assert html.count(PARAGRAPHS[i]) == 2
    assert html.count("indeed") == len(changed)


def test_nothing_is_folded_when_the_context_covers_the_page() -> None:
    diff = diff_versions(_page(PARAGRAPHS), _page(_changed([4])))
    text = diff.to_text(len(PARAGRAPHS))
    assert _fold_counts(text) == []
    assert all(p.split()[0] in text for p in PARAGRAPHS)


def test_an_added_paragraph_at_the_end_keeps_its_neighbour() -> None:
    diff = diff_versions(_page(PARAGRAPHS), _page([*PARAGRAPHS, "Jays call loudly."]))
    text = diff.to_text(1)
    assert "+ Jays call loudly." in text
    assert "Ibis" in text and "Hares" not in text
    assert _fold_counts(text) == [8]


# Mutation testing (tools/mutation.py review-diff, with test_review_diff_pins.py): the
# mutants that survive are equivalent here: the dataclass defaults (every diff is built with
# all its fields); `autojunk=True` (it only acts on texts of 200 tokens or more); the
# alignment's look-ahead of 8 paragraphs or 9, ties (`>` or `>=`) and the 0.4 threshold met
# exactly; `break` or `continue` after the last block; opcodes whose branch the general
# "replace" path handles the same; a default `best_k` overwritten before use; HTML tag names
# in capitals (HTML ignores their case); the side of an added or removed field shown from its
# value or from None (the value is None there).
