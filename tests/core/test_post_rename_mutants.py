"""What rename-file says it did (`PostRename.summary`), word for word, in each case: done or
only worked out (`--dry-run`), in brief for the status bar, the links by address changed or
only listed, the post's own address moved or never published, one page or more."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from editor_app.core.post_rename import PostRename
from editor_app.core.post_rename_addresses import PostAddress

OLD, NEW = Path("/s/_posts/2024-01-02-a.md"), Path("/s/_posts/2024-01-05-a.md")


def plan(pages: int = 0, readdressed: int = 0, linking: int = 0, moved: bool = False) -> PostRename:
    address = PostAddress("/2024/01/02/a/", "/2024/01/05/a/", True, date(2024, 1, 2), "a", moved)
    return PostRename(
        OLD,
        NEW,
        pages={Path(f"/s/p{i}.md"): b"" for i in range(pages)},
        address=address,
        readdressed=[Path(f"/s/r{i}.md") for i in range(readdressed)],
        still_linking=[Path(f"/s/l{i}.md") for i in range(linking)],
    )


def test_a_rename_with_no_link_to_it() -> None:
    assert plan().summary() == "Renamed 2024-01-02-a.md to 2024-01-05-a.md; no page links to it."
    assert plan().summary(dry_run=True) == (
        "Would rename 2024-01-02-a.md to 2024-01-05-a.md; no page links to it."
    )


def test_links_changed_in_one_page_or_more() -> None:
    assert plan(pages=1).summary() == (
        "Renamed 2024-01-02-a.md to 2024-01-05-a.md; links to it changed in 1 page."
    )
    assert plan(pages=2).summary(dry_run=True) == (
        "Would rename 2024-01-02-a.md to 2024-01-05-a.md; links to it would change in 2 pages."
    )


def test_in_brief_the_pages_that_may_still_link_to_the_old_address() -> None:
    assert plan(pages=1, readdressed=1, linking=2).summary(brief=True) == (
        "Renamed 2024-01-02-a.md to 2024-01-05-a.md; links to it changed in 1 page."
        " 2 pages may still link to its old address."
    )
    assert plan(pages=1, readdressed=1).summary(brief=True) == (
        "Renamed 2024-01-02-a.md to 2024-01-05-a.md; links to it changed in 1 page."
    )


def test_a_moved_address_and_the_pages_that_still_give_it() -> None:
    assert plan(pages=2, readdressed=2, linking=1, moved=True).summary() == (
        "Renamed 2024-01-02-a.md to 2024-01-05-a.md; links to it changed in 2 pages."
        " Its address changes from /2024/01/02/a/ to /2024/01/05/a/: links to it in 2 pages"
        " now give the new one. 1 page may still link to /2024/01/02/a/, its old address:"
        " check it."
    )
    assert plan(pages=1, readdressed=1, linking=2, moved=True).summary(dry_run=True) == (
        "Would rename 2024-01-02-a.md to 2024-01-05-a.md; links to it would change in 1 page."
        " Its address changes from /2024/01/02/a/ to /2024/01/05/a/: links to it in 1 page"
        " would give the new one. 2 pages may still link to /2024/01/02/a/, its old address:"
        " check them."
    )


def test_an_address_by_the_old_day_never_published() -> None:
    assert plan(pages=1, readdressed=1, linking=1).summary() == (
        "Renamed 2024-01-02-a.md to 2024-01-05-a.md; links to it changed in 1 page."
        " Links to /2024/01/02/a/ in 1 page now give /2024/01/05/a/, where the site publishes"
        " it (by its date field). 1 page may still link to /2024/01/02/a/, an address by the"
        " file name's old day that the site does not publish: check it."
    )
    assert plan(pages=2, readdressed=2, linking=2).summary(dry_run=True) == (
        "Would rename 2024-01-02-a.md to 2024-01-05-a.md; links to it would change in 2 pages."
        " Links to /2024/01/02/a/ in 2 pages would give /2024/01/05/a/, where the site"
        " publishes it (by its date field). 2 pages may still link to /2024/01/02/a/, an"
        " address by the file name's old day that the site does not publish: check them."
    )
    # No address worked out: nothing said of addresses.
    bare = PostRename(OLD, NEW, readdressed=[Path("/s/r.md")], still_linking=[Path("/s/l.md")])
    assert bare.summary() == "Renamed 2024-01-02-a.md to 2024-01-05-a.md; no page links to it."
