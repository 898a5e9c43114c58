"""Rename or Merge a Value (`core/rename_value.py`) at its edges, on a small planted site: the
notes and skipped files told in plain words, list items merged wherever the new value stands,
numbers kept numbers, related pages renamed or not, and pages that cannot be edited left as
they are.

Mutants named as equivalent (no test can tell them apart):
- `_rename_in` going on (or answering True) when the page does not use the value, and
  `_rename_targets`' `retitle` answering True without a change: the page is unchanged, so
  `_edit` reports nothing changed either way.
- `_rename_targets` opening every related page rather than only those the index names the
  old value (the others are left unchanged), and skipping a related page whose settings
  cannot be read (its naming field is no field the renamed one is, so it was never reported).
- `_edit` saving with `inside=None`: the file was just read from inside the site folder.
- `_rel` naming a page outside the site folder: every page the index lists is inside it.
- `_relations` going on with a relation that names no collection: every relation has one (a
  schema file declaring one without is refused; an inferred one is found in a collection).
- `_relations`' naming field `XXtitleXX` in place of a blank `key:` (a schema's `key` is
  never blank: it defaults to `title`).
- `_matches` and `_close_to` letting a missing value (None) through: renaming from "" is
  never asked (an empty value is not offered), and a list's items are never lists.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from editor_app.core.document import Document
from editor_app.core.rename_value import rename_value
from editor_app.core.site import Site

SCHEMA = """version: 1
collections:
  posts:
    fields:
      - {name: title, type: text}
      - {name: author, type: relation, collection: people}
      - {name: editor, type: relation, collection: people, key: file}
      - {name: issue, type: relation, collection: issues, key: number}
      - {name: topics, type: choices, choices: [Health, Care, Other]}
      - {name: order, type: number}
  people:
    fields:
      - {name: title, type: text}
  issues:
    fields:
      - {name: title, type: text}
      - {name: number, type: number}
"""


def _site(root: Path, pages: dict[str, str]) -> Site:
    """A site of posts, people and issues; one person and one issue always there."""
    pages = {
        "_people/zed.md": _post(title="Zed"),
        "_issues/one.md": _post(title="One", number="1"),
    } | pages
    root.mkdir(exist_ok=True)
    (root / "_config.yml").write_text("collections: [posts, people, issues]\n", encoding="utf-8")
    (root / "_schema.yml").write_text(SCHEMA, encoding="utf-8")
    for name, text in pages.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return Site.open(root)


def _post(**fields: str) -> str:
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in fields.items()) + "---\nText.\n"


def test_renaming_to_the_same_value_says_so_and_changes_nothing(tmp_path: Path) -> None:
    site = _site(tmp_path, {"_posts/a.md": _post(title="A", topics="[Health]")})
    report = rename_value(site, "topics", "Health", "Health")
    assert report.notes == ["The old and new values are the same: nothing to do."]
    assert (report.old, report.new, report.files) == ("Health", "Health", [])


def test_the_report_tells_the_old_and_new_values(tmp_path: Path) -> None:
    site = _site(tmp_path, {"_posts/a.md": _post(title="A", topics="[Health]")})
    report = rename_value(site, "topics", "Health", "Care", dry_run=True)
    assert (report.field, report.old, report.new, report.dry_run) == (
        "topics",
        "Health",
        "Care",
        True,
    )


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("[Care, Health]", "[Care]"),  # the new value listed first: merged into its place
        ("[Health, Care]", "[Care]"),
        ("[Care, Health, Other]", "[Care, Other]"),  # the items after a merge stay
        ("[Health, Care, Other]", "[Care, Other]"),
    ],
)
def test_a_merge_keeps_the_new_value_once_wherever_it_stands(
    tmp_path: Path, before: str, after: str
) -> None:
    site = _site(tmp_path, {"_posts/a.md": _post(title="A", topics=before)})
    rename_value(site, "topics", "Health", "Care")
    assert (tmp_path / "_posts/a.md").read_text() == _post(title="A", topics=after)


def test_numbers_in_a_list_stay_numbers_and_merge(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {
            "_posts/a.md": _post(title="A", topics="[3, 5]"),
            "_posts/b.md": _post(title="B", topics="[3, 4]"),
        },
    )
    rename_value(site, "topics", "3", "4")
    assert Document.load(tmp_path / "_posts/a.md").get("topics") == [4, 5]
    assert Document.load(tmp_path / "_posts/b.md").get("topics") == [4]


def test_a_number_renamed_to_a_number_and_a_text_near_it_left_alone(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {
            "_posts/a.md": _post(title="A", order="3"),
            "_posts/b.md": _post(title="B", order="first"),
        },
    )
    report = rename_value(site, "order", 3, 4)
    assert report.changed == [tmp_path / "_posts/a.md"] and report.skipped == []
    assert Document.load(tmp_path / "_posts/a.md").get("order") == 4


def test_a_number_written_another_way_is_the_same_number_and_changes_nothing(
    tmp_path: Path,
) -> None:
    site = _site(tmp_path, {"_posts/a.md": _post(title="A", order="3")})
    before = (tmp_path / "_posts/a.md").read_bytes()
    report = rename_value(site, "order", "3", "03")
    assert report.files == [] and report.skipped == []
    assert (tmp_path / "_posts/a.md").read_bytes() == before


def test_a_near_miss_is_told_with_the_value_the_page_holds(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {
            "_posts/a.md": _post(title="A", topics="[Health]"),
            "_posts/b.md": _post(title="B", topics="[' health ']"),
        },
    )
    report = rename_value(site, "topics", "Health", "Care")
    assert report.notes == [
        "_posts/b.md: topics is ' health ', which differs from 'Health' only in capitals or "
        "spaces; it was left as it is."
    ]


def test_the_related_page_is_renamed_and_no_note_is_added(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {
            "_posts/a.md": _post(title="A", author="Ann"),
            "_people/ann.md": _post(title="Ann"),
        },
    )
    report = rename_value(site, "author", "Ann", "Ann Lee", rename_target=True)
    assert report.notes == [] and report.targets == [tmp_path / "_people/ann.md"]


def test_a_related_page_named_by_a_number_keeps_it_a_number(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {
            "_posts/a.md": _post(title="A", issue="12"),
            "_issues/twelve.md": _post(title="Twelve", number="12"),
        },
    )
    report = rename_value(site, "issue", "12", "13", rename_target=True)
    assert report.targets == [tmp_path / "_issues/twelve.md"]
    assert Document.load(tmp_path / "_issues/twelve.md").get("number") == 13
    assert Document.load(tmp_path / "_posts/a.md").get("issue") == 13


def test_a_relation_by_file_name_is_told_to_be_renamed_by_hand(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {"_posts/a.md": _post(title="A", editor="ann"), "_people/ann.md": _post(title="Ann")},
    )
    report = rename_value(site, "editor", "ann", "bob", rename_target=True)
    assert report.notes == [
        "editor points to people by file name; rename that file by hand if needed."
    ]
    assert report.targets == []


def test_a_field_naming_no_page_has_no_title_to_rename(tmp_path: Path) -> None:
    site = _site(tmp_path, {"_posts/a.md": _post(title="A", topics="[Health]")})
    report = rename_value(site, "topics", "Health", "Care", rename_target=True)
    assert report.notes == [
        "topics does not refer to pages of another collection: no title to rename."
    ]
    assert report.changed == [tmp_path / "_posts/a.md"]


def test_a_broken_page_is_reported_only_when_it_seems_to_use_the_value(tmp_path: Path) -> None:
    broken = "---\ntitle: Broken: page\ntopics: [Health]\n---\n"
    field_only = "---\ntitle: Broken: too\ntopics: [Care]\n---\n"
    value_only = "---\ntitle: Health: broken\n---\n"
    site = _site(
        tmp_path,
        {"_posts/a.md": broken, "_posts/b.md": field_only, "_posts/c.md": value_only},
    )
    report = rename_value(site, "topics", "Health", "Wellbeing")
    assert [p.name for p, _ in report.skipped] == ["a.md"]
    (reason,) = [why for _, why in report.skipped]
    assert reason.startswith("its settings cannot be read (")
    assert report.changed == []
    assert (tmp_path / "_posts/a.md").read_text() == broken


def test_a_page_made_a_link_out_of_the_site_is_skipped_unread(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.md"
    outside.write_text(_post(title="Out", topics="[Health]"), encoding="utf-8")
    root = tmp_path / "site"
    page = _post(title="L", topics="[Health]")
    site = _site(root, {"_posts/a.md": _post(title="A", topics="[Health]"), "_posts/link.md": page})
    assert len(site.entries()) == 4  # the site's pages listed
    # The page is swapped for a link leading out after the site was read.
    (root / "_posts" / "link.md").unlink()
    (root / "_posts" / "link.md").symlink_to(outside)
    report = rename_value(site, "topics", "Health", "Care")
    assert report.changed == [root / "_posts/a.md"]
    assert [p.name for p, _ in report.skipped] == ["link.md"]
    reason = report.skipped[0][1]
    assert reason.startswith("cannot be read (") and "Errno" not in reason, reason
    assert outside.read_text() == _post(title="Out", topics="[Health]")


def test_a_page_that_cannot_be_saved_is_skipped_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = _site(tmp_path, {"_posts/a.md": _post(title="A", topics="[Health]")})

    def full_disk(self: Document, *args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Document, "save", full_disk)
    report = rename_value(site, "topics", "Health", "Care")
    assert report.changed == []
    assert report.skipped == [
        (tmp_path / "_posts/a.md", "cannot be saved (No space left on device)")
    ]


def test_a_value_that_cannot_be_written_is_skipped_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = _site(tmp_path, {"_posts/a.md": _post(title="A", topics="[Health]")})

    def refused(self: Document, *args: object, **kwargs: object) -> None:
        raise ValueError("this value cannot be written here")

    monkeypatch.setattr(Document, "save", refused)
    report = rename_value(site, "topics", "Health", "Care")
    assert report.changed == []
    assert report.skipped == [(tmp_path / "_posts/a.md", "this value cannot be written here")]
