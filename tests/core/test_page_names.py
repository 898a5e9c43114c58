"""One rule names a page among pages sharing its title, for the page list, Search Site, the
review queue and Drafts: its file name, or its path below the folder those pages share when
their file names are the same too."""

from __future__ import annotations

from editor_app.core.page_names import shown_titles, told_apart

TITLE = "Best Practices for Maintainers"


def test_a_shared_title_is_told_apart_by_file_then_by_folder() -> None:
    pages = [
        (TITLE, "_articles/best-practices.md"),
        ("Other", "_articles/other.md"),
        (TITLE, "_articles/pcm/best-practices.md"),
        (TITLE, "_articles/maintainers.md"),
    ]
    assert shown_titles(pages) == [
        f"{TITLE} · best-practices.md",
        "Other",
        f"{TITLE} · pcm/best-practices.md",
        f"{TITLE} · maintainers.md",
    ]


def test_absolute_paths_read_as_relative_ones() -> None:
    pages = [
        (TITLE, "/site/_articles/pcm/best-practices.md"),
        (TITLE, "/site/_articles/bn/best-practices.md"),
    ]
    assert told_apart(pages) == {0: "pcm/best-practices.md", 1: "bn/best-practices.md"}


def test_one_page_listed_twice_is_not_told_apart_from_itself() -> None:
    pages = [(TITLE, "a/best-practices.md"), (TITLE, "a/best-practices.md")]
    assert told_apart(pages) == {}
    pages.append((TITLE, "a/pcm/best-practices.md"))
    assert told_apart(pages) == {
        0: "best-practices.md",
        1: "best-practices.md",
        2: "pcm/best-practices.md",
    }
