"""What rename-file says it did (`PostRename.summary`), word for word, in each case: done or
only worked out (`--dry-run`), in brief for the status bar, the links by address changed or
only listed, the post's own address moved or never published, one page or more; and what it
says when it cannot.

Mutants named as equivalent (no test can tell them apart; mutation target `post-rename`):
- `name_for_date`: `count` of the day's replacement (the pattern is anchored at the name's
  start: it matches once).
- `_header`: "UTF-8" for "utf-8".
- `name_differs_from_date`: the site's day of no date asked (`date_on_site` gives None).
- `_source_files`: `with_data`'s default (its one caller always gives it).
- `_renamed_links`, `_renamed_refs`: `replace`'s count in the name's last part (it equals the
  old name or stem, which holds the stem once).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from editor_app.core.post_rename import (
    CannotRename,
    PostRename,
    apply_rename,
    name_differs_from_date,
    plan_rename_to_date,
)
from editor_app.core.post_rename_addresses import PostAddress
from editor_app.core.site import Site

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


def small_site(tmp_path: Path, posts: dict[str, str]) -> Path:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    for name, text in posts.items():
        (root / "_posts" / name).write_text(text, encoding="utf-8")
    return root


def test_a_post_whose_date_field_cannot_name_it_is_said_so(tmp_path: Path) -> None:
    root = small_site(
        tmp_path,
        {
            "2024-01-02-none.md": "---\ntitle: N\n---\nx\n",
            "2024-01-02-soon.md": "---\ndate: soon\n---\nx\n",
        },
    )
    # Zero bytes: binary data, no page (a byte that is not UTF-8 alone is legacy text, read).
    (root / "_posts" / "2024-01-02-bad.md").write_bytes(b"---\ndate: 2024-01-05\n---\n\x00\n")
    site = Site.open(root)
    for name, said in (
        ("2024-01-02-none.md", "2024-01-02-none.md has no date field to name the file after."),
        ("2024-01-02-soon.md", "2024-01-02-soon.md: its date field (soon) is not a date."),
        ("2024-01-02-bad.md", "2024-01-02-bad.md: This file holds binary data, not text "),
    ):
        with pytest.raises(CannotRename) as raised:
            plan_rename_to_date(site, root / "_posts" / name)
        assert str(raised.value).startswith(said), name
        assert not name_differs_from_date(site, root / "_posts" / name), name  # not offered


def test_a_post_linking_to_itself_is_renamed_with_its_link(tmp_path: Path) -> None:
    text = "---\ndate: 2024-01-05\n---\nSee {% post_url 2024-01-02-self %}.\n"
    root = small_site(tmp_path, {"2024-01-02-self.md": text})
    planned = plan_rename_to_date(Site.open(root), root / "_posts" / "2024-01-02-self.md")
    apply_rename(planned, root)
    assert sorted(p.name for p in (root / "_posts").iterdir()) == ["2024-01-05-self.md"]
    assert (root / "_posts" / "2024-01-05-self.md").read_text(encoding="utf-8") == text.replace(
        "2024-01-02-self", "2024-01-05-self"
    )


def test_what_could_not_be_done_is_said_in_one_line(tmp_path: Path) -> None:
    text = "---\ndate: 2024-01-05\n---\nx\n"
    root = small_site(tmp_path, {"2024-01-02-a.md": text})
    planned = plan_rename_to_date(Site.open(root), root / "_posts" / "2024-01-02-a.md")
    (root / "_posts" / "2024-01-05-a.md").write_text("taken meanwhile", encoding="utf-8")
    with pytest.raises(CannotRename) as raised:
        apply_rename(planned, root)
    assert str(raised.value) == "2024-01-05-a.md already exists: the file was not renamed."
    (root / "_posts" / "2024-01-05-a.md").unlink()
    (root / "_posts" / "2024-01-02-a.md").unlink()
    with pytest.raises(CannotRename) as raised:
        apply_rename(planned, root)
    assert str(raised.value) == ("2024-01-02-a.md could not be renamed: No such file or directory.")
    (root / "_posts" / "2024-01-02-a.md").write_text(text, encoding="utf-8")
    gone = [root / "gone" / "one.md", root / "gone" / "two.md"]  # folders removed meanwhile
    planned.pages = {page: b"x" for page in gone}
    with pytest.raises(CannotRename) as raised:
        apply_rename(planned, root)
    assert str(raised.value) == (
        "Renamed to 2024-01-05-a.md, but links in one.md, two.md could not be changed."
    )


def test_the_day_is_the_one_the_site_builds_in_its_time_zone(tmp_path: Path) -> None:
    # 20:00 UTC on the 5th is the 6th in Tokyo, where this site is built.
    text = "---\ndate: 2024-01-05 20:00:00 +0000\n---\nx\n"
    root = small_site(tmp_path, {"2024-01-02-a.md": text, "2024-01-06-b.md": text})
    (root / "_config.yml").write_text("title: T\ntimezone: Asia/Tokyo\n", encoding="utf-8")
    site = Site.open(root)
    assert plan_rename_to_date(site, root / "_posts" / "2024-01-02-a.md").new.name == (
        "2024-01-06-a.md"
    )
    assert not name_differs_from_date(site, root / "_posts" / "2024-01-06-b.md")
    assert name_differs_from_date(site, root / "_posts" / "2024-01-02-a.md")


def test_a_page_that_cannot_be_read_is_passed_over_not_the_rest(tmp_path: Path) -> None:
    text = "---\ndate: 2024-01-05\n---\nSee {% post_url 2024-01-02-a %}.\n"
    root = small_site(tmp_path, {"2024-01-02-a.md": text})
    (root / "broken.md").symlink_to(root / "gone.md")  # listed, cannot be read
    planned = plan_rename_to_date(Site.open(root), root / "_posts" / "2024-01-02-a.md")
    assert [p.name for p in planned.pages] == ["2024-01-02-a.md"]
