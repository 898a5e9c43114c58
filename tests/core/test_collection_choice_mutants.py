"""The collection the page list shows first (`core/collection_choice.py`) at its edges.

Mutants named as equivalent (no test can tell them apart):
- `collection_label`: `getattr`'s default `None` rather than `""` (both are no label: the folder
  name in words is shown either way).
"""

from __future__ import annotations

from editor_app.core.collection_choice import writing_collection


def test_the_collection_with_most_pages_wins_wherever_it_is_listed() -> None:
    counts = {"pages": 40, "posts": 12}
    assert writing_collection(["posts", "pages"], {}, counts) == "pages"


def test_a_single_dated_page_outweighs_many_undated_ones() -> None:
    assert (
        writing_collection(["pages", "posts"], {"posts": 1}, {"pages": 40, "posts": 1}) == "posts"
    )


def test_an_empty_collection_counts_for_nothing() -> None:
    # `drafts` has no page yet, so it is in neither count.
    assert writing_collection(["drafts", "notes"], {}, {"notes": 1}) == "notes"
    assert writing_collection(["drafts", "notes"], {"notes": 1}, {"notes": 1}) == "notes"
