"""A change here and one by others with no unchanged word between them (only a space or a
mark) are one clash, a choice, in every merge that goes word by word: settled one by one,
"lay members" made "lay people" here and "public members" there became "public people",
words nobody wrote, with no choice offered. Words changed on each side with an unchanged
word between them still merge."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sync_site
from hypothesis import given, settings
from hypothesis import strategies as st
from sync_site import OTHER, git, replace_in

from editor_app.core import sync
from editor_app.core.disk_merge import merge_page_bytes
from editor_app.core.word_merge import merge_words, merge_written_apart

PAGE = "_resources/case-study-cag.md"

# The three phrases a tryout changed on both sides: (base, others', mine).
SIDE_BY_SIDE = [
    (
        "While the CAG includes lay members",
        "While the CAG includes lay people",
        "While the CAG includes public members",
    ),
    (
        "an independent body that provides expert advice",
        "an independent panel that gives expert advice",
        "an independent body that provides body that offers advice",
    ),
    (
        "requires public input",
        "needs public input",
        "requires citizen input",
    ),
]

team = sync_site.team
site_team = sync_site.site_team_fixture("connectedbydata")


@pytest.mark.parametrize(("base", "theirs", "mine"), SIDE_BY_SIDE)
def test_changes_side_by_side_clash(base: str, theirs: str, mine: str) -> None:
    assert merge_words(base, mine, theirs) is None
    assert merge_words(base, theirs, mine) is None


def test_a_mark_alone_between_does_not_separate() -> None:
    assert merge_words("lay members, staff", "lay people, staff", "lay members; workers") is None
    assert merge_words("one. Two", "one. Three", "ONE. Two") is None


def test_an_unchanged_word_or_a_line_break_between_still_merges() -> None:
    assert merge_words("a lay member here", "a lay person here", "the lay member here") == (
        "the lay person here"
    )
    assert merge_words("one\n\ntwo", "ONE\n\ntwo", "one\n\nTWO") == "ONE\n\nTWO"
    # A line added after a line others changed: two lines, as the line merge has them.
    assert merge_words("Second.\n", "Second.\nTyped here.", "Second, changed.\n") == (
        "Second, changed.\nTyped here."
    )


@pytest.mark.parametrize(("base", "theirs", "mine"), SIDE_BY_SIDE)
def test_get_latest_of_a_saved_page_offers_the_choice(
    site_team: tuple[Path, Path, Path], base: str, theirs: str, mine: str
) -> None:
    _server, ben, ana = site_team
    replace_in(ben / PAGE, base, theirs)
    assert sync.push(ben).shared
    replace_in(ana / PAGE, base, mine)
    saved = (ana / PAGE).read_bytes()

    result = sync.pull(ana)

    assert [(c.path, c.kind) for c in result.conflicts] == [(PAGE, "paragraph")]
    assert (ana / PAGE).read_bytes() == saved  # mine kept until the choice
    (choice,) = result.conflicts
    assert mine in choice.mine and theirs in choice.theirs


def test_share_getting_the_latest_first_does_not_share_a_mixed_phrase(
    site_team: tuple[Path, Path, Path],
) -> None:
    server, ben, ana = site_team
    base, theirs, mine = SIDE_BY_SIDE[0]
    replace_in(ben / PAGE, base, theirs)
    assert sync.push(ben).shared
    replace_in(ana / PAGE, base, mine)

    result = sync.push(ana)

    assert result.pulled is not None
    assert [c.path for c in result.pulled.conflicts] == [PAGE]
    assert result.waiting_choice == [PAGE]
    shared = git(server, "show", f"main:{PAGE}")
    assert theirs in shared and "public people" not in shared
    assert mine in (ana / PAGE).read_text(encoding="utf-8")


def test_unsaved_words_at_get_latest_are_not_mixed(site_team: tuple[Path, Path, Path]) -> None:
    _server, _ben, ana = site_team
    before = (ana / PAGE).read_bytes()
    base, theirs, mine = SIDE_BY_SIDE[2]
    now = before.replace(base.encode(), theirs.encode())
    unsaved = before.replace(base.encode(), mine.encode())

    merged = merge_page_bytes(before, unsaved, now, "case-study-cag.md")

    assert not merged.clean
    assert mine in merged.text and "needs citizen input" not in merged.text


def test_a_page_others_moved_offers_the_choice(team: tuple[Path, Path, Path]) -> None:
    _server, ben, ana = team
    moved = "_posts/2025-02-01-the-second-post.md"
    git(ben, "mv", OTHER, moved)
    replace_in(ben / moved, "A finished page.", "A finished text.")
    git(ben, "commit", "-q", "-a", "-m", "Rename the second post")
    git(ben, "push", "-q")
    replace_in(ana / OTHER, "A finished page.", "A completed page.")

    result = sync.pull(ana)

    assert len(result.conflicts) == 1
    text = (ana / moved).read_text()
    assert "A completed text." not in text
    assert "A completed page." in text


def test_a_page_both_added_keeps_both_where_the_changes_touch() -> None:
    # Shared words "Meet at the park at noon": a word added on each side, a comma alone
    # between them.
    mine = "Meet at the park at noon, today.\n"
    theirs = "Meet at the park at noon sharp, .\n"
    assert merge_written_apart(mine, theirs) is None
    assert merge_written_apart(
        "Meet at the big park at noon.\n", "Meet at the park at noon today.\n"
    ) == "Meet at the big park at noon today.\n"


# A line of a few words, spaces and marks, and two edits of it: words replaced or removed.
_WORDS = st.sampled_from(["the", "CAG", "includes", "lay", "members", "a", "b", "c"])
_NEW_WORDS = st.sampled_from(["public", "people", "new", ""])  # "": the word removed
_SEPARATORS = st.sampled_from([" ", ", ", ". ", " (", ") ", "\n"])


@st.composite
def _line_and_two_edits(draw: st.DrawFn) -> tuple[str, str, str]:
    words = draw(st.lists(_WORDS, min_size=1, max_size=7, unique=True))
    seps = [draw(_SEPARATORS) for _ in words]

    def edit() -> str:
        changed = draw(st.dictionaries(st.integers(0, len(words) - 1), _NEW_WORDS))
        return "".join(
            changed.get(n, w) + ("" if changed.get(n) == "" else s)
            for n, (w, s) in enumerate(zip(words, seps, strict=True))
        )

    base = "".join(w + s for w, s in zip(words, seps, strict=True))
    return base, edit(), edit()


def _word_pairs(text: str) -> set[tuple[str, str]]:
    """Each word with the next one (only spaces, marks and a line break between: a
    hard-wrapped phrase goes on on the next line)."""
    words = re.findall(r"\w+", text)
    return set(zip(words, words[1:], strict=False))


@settings(max_examples=400, deadline=None)
@given(_line_and_two_edits())
def test_a_merged_line_joins_no_two_words_that_no_version_joins(case: tuple[str, str, str]) -> None:
    """Every two neighbouring words of a merge stand side by side in the base, mine or theirs:
    a merge never makes a phrase none of them has."""
    base, mine, theirs = case
    merged = merge_words(base, mine, theirs)
    if merged is not None:
        assert _word_pairs(merged) <= _word_pairs(base) | _word_pairs(mine) | _word_pairs(theirs)


# Hard-wrapped text: a line break, not a word, between a change of mine and one of theirs.
WRAPPED = ("includes lay\nmembers", "includes lay\npeople", "includes public\nmembers")


def test_changes_either_side_of_a_line_break_clash() -> None:
    base, theirs, mine = WRAPPED
    assert merge_words(base, mine, theirs) is None
    assert merge_words(base, theirs, mine) is None
    # An unchanged word between still merges across lines.
    assert merge_words("lay\nmembers of it", "lay\nmembers of them", "public\nmembers of it") == (
        "public\nmembers of them"
    )


def _wrapped_team(team: tuple[Path, Path, Path]) -> tuple[Path, Path, Path]:
    server, ben, ana = team
    (ben / OTHER).write_text(f"{(ben / OTHER).read_text()}\nThe group {WRAPPED[0]} too.\n")
    assert sync.push(ben).shared
    assert not sync.pull(ana).conflicts
    replace_in(ben / OTHER, WRAPPED[0], WRAPPED[1])
    assert sync.push(ben).shared
    replace_in(ana / OTHER, WRAPPED[0], WRAPPED[2])
    return server, ben, ana


def test_get_latest_offers_a_choice_across_a_line_break(team: tuple[Path, Path, Path]) -> None:
    _server, _ben, ana = _wrapped_team(team)
    saved = (ana / OTHER).read_bytes()

    result = sync.pull(ana)

    assert [c.path for c in result.conflicts] == [OTHER]
    assert (ana / OTHER).read_bytes() == saved


def test_share_does_not_send_a_phrase_mixed_across_lines(team: tuple[Path, Path, Path]) -> None:
    server, _ben, ana = _wrapped_team(team)

    result = sync.push(ana)

    assert result.waiting_choice == [OTHER]
    assert "public\npeople" not in git(server, "show", f"main:{OTHER}")


def test_combine_both_keeps_a_choice_across_a_line_break(team: tuple[Path, Path, Path]) -> None:
    _server, _ben, ana = team
    before = (ana / OTHER).read_bytes() + f"\nThe group {WRAPPED[0]} too.\n".encode()
    now, unsaved = (before.replace(WRAPPED[0].encode(), w.encode()) for w in WRAPPED[1:])

    merged = merge_page_bytes(before, unsaved, now, OTHER)

    assert not merged.clean
    assert "public\npeople" not in merged.text and WRAPPED[2] in merged.text
