"""A page two authors added apart under one name with the same settings: the paragraphs both
wrote in one place that are two versions of one text (one added words to the other's, each
in a different place) are merged word by word, as a page both changed is. Before, both
versions were kept one after the other, the same sentence in the page twice. Paragraphs that
differ in the same words are still both kept; settings with two values are still a choice."""

from __future__ import annotations

from pathlib import Path

import sync_site

from editor_app.core import sync
from editor_app.core.word_merge import merge_written_apart

MEETUP = "_posts/2025-06-01-meetup.md"
HEADER = "---\ntitle: Meetup\nlayout: post\n---\n\n"


# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def test_two_versions_of_one_paragraph_are_merged(team: tuple[Path, Path, Path]) -> None:
    _server, ben, ana = team
    (ben / MEETUP).write_text(
        HEADER + "## Where\n\nMeet at the big park at noon, by the gate.\n\n## Bring\n\nFood.\n"
    )
    assert sync.push(ben).shared
    (ana / MEETUP).write_text(
        HEADER + "## Where\n\nMeet at the park at noon, by the north gate.\n\n"
        "## Bring\n\nFood and drink.\n"
    )

    result = sync.pull(ana)

    assert result.conflicts == []
    assert (ana / MEETUP).read_text() == (
        HEADER + "## Where\n\nMeet at the big park at noon, by the north gate.\n\n"
        "## Bring\n\nFood and drink.\n"
    )
    assert sync.status(ana).conflicts == []


def test_the_same_words_written_apart_keep_both(team: tuple[Path, Path, Path]) -> None:
    _server, ben, ana = team
    (ben / MEETUP).write_text(HEADER + "Meet at the park at one.\n")
    assert sync.push(ben).shared
    (ana / MEETUP).write_text(HEADER + "Meet at the park at noon.\n")

    assert sync.pull(ana).conflicts == []
    assert (ana / MEETUP).read_text() == (
        HEADER + "Meet at the park at noon.\n\nMeet at the park at one.\n"
    )


def test_two_titles_stay_a_choice_the_words_kept_apart(team: tuple[Path, Path, Path]) -> None:
    _server, ben, ana = team
    (ben / MEETUP).write_text(HEADER.replace("Meetup", "Summer meetup") + "Meet at the big park.\n")
    assert sync.push(ben).shared
    (ana / MEETUP).write_text(HEADER + "Meet at the park.\n")

    result = sync.pull(ana)

    assert [(c.kind, c.where) for c in result.conflicts] == [("field", "title")]
    assert (ana / MEETUP).read_text() == (HEADER + "Meet at the park.\n\nMeet at the big park.\n")


def test_texts_written_apart_merge_only_as_versions_of_one() -> None:
    assert merge_written_apart("Food.", "Food and drink.") == "Food and drink."
    assert merge_written_apart("Meet at noon, by the gate.", "Meet us at noon.") == (
        "Meet us at noon, by the gate."
    )
    assert merge_written_apart("Meet at noon.", "Meet at one.") is None  # the same place
    assert merge_written_apart("A new page.", "Notes from the day before yesterday.") is None
    assert merge_written_apart("Same.", "Same.") == "Same."
