"""New pages (`core/page_create.py`) at their edges: the messages and reasons given in plain
words, the file names (slugs cut at 80 characters, the suffix most pages use), the folders
offered, a folder made when missing, and a name taken by another program meanwhile.

Mutants named as equivalent (no test can tell them apart):
- `new_document` passing the collection's own folder to `new_page_bytes` (which takes the
  collection's own folder when given none: the same).
- `slugify` encoding to "ASCII" (the same codec), and stripping "XX-XX" at both ends or at
  the end of the cut slug (the characters `X` and `-`: the text is lower case by then, so no
  `X` is left to strip).
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from editor_app.core import page_create
from editor_app.core.new_page_path import slugify
from editor_app.core.page_create import (
    OutsideSite,
    UnknownCollection,
    UnknownFolder,
    new_document,
    page_folders,
    proposed_path,
)
from editor_app.core.site import Site


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def notes(tmp_path: Path) -> Site:
    """Notes in `_notes`, `_notes/alpha`, `_notes/Zeta` and `_notes/Plan X`; a `posts` too."""
    write(tmp_path / "_config.yml", "collections: [notes, posts]\n")
    write(tmp_path / "_notes" / "a.md", "---\ntitle: A\n---\n")
    for folder in ("alpha", "Zeta", "Plan X"):
        write(tmp_path / "_notes" / folder / "b.md", "---\ntitle: B\n---\n")
    write(tmp_path / "_posts" / "2024-01-01-p.md", "---\ntitle: P\n---\n")
    return Site.open(tmp_path)


def test_an_unknown_collection_is_named_with_those_the_site_has(notes: Site) -> None:
    with pytest.raises(UnknownCollection) as caught:
        new_document(notes, "nosuch", "T")
    assert str(caught.value) == (
        "this site has no collection called 'nosuch' (it has: notes, posts)"
    )
    assert caught.value.name == "nosuch" and caught.value.args == ("nosuch",)
    with pytest.raises(KeyError):
        proposed_path(notes, "nosuch", "T")


def test_the_folders_offered_are_the_collection_s_own_then_the_others_by_name(
    notes: Site,
) -> None:
    assert page_folders(notes, "notes") == [
        "_notes",
        "_notes/alpha",
        "_notes/Plan X",
        "_notes/Zeta",
    ]


def test_an_unknown_folder_is_named_with_those_the_pages_are_in(notes: Site) -> None:
    with pytest.raises(UnknownFolder) as caught:
        new_document(notes, "notes", "T", folder="elsewhere")
    assert str(caught.value) == (
        "no page of this collection is in the folder 'elsewhere' "
        "(its pages are in: _notes, _notes/alpha, _notes/Plan X, _notes/Zeta)"
    )
    assert caught.value.args == ("elsewhere",)


def test_a_folder_may_be_written_with_slashes_at_its_ends(notes: Site, tmp_path: Path) -> None:
    path = new_document(notes, "notes", "Gifts", folder="/_notes/Plan X/")
    assert path == tmp_path / "_notes" / "Plan X" / "gifts.md"


@pytest.mark.parametrize(
    ("markdown", "md", "suffix"),
    [(3, 2, ".markdown"), (2, 3, ".md"), (2, 2, ".md"), (1, 2, ".md"), (1, 0, ".markdown")],
)
def test_a_new_page_takes_the_suffix_most_pages_have(
    tmp_path: Path, markdown: int, md: int, suffix: str
) -> None:
    write(tmp_path / "_config.yml", "collections: [notes]\n")
    for i in range(markdown):
        write(tmp_path / "_notes" / f"m{i}.markdown", "---\ntitle: M\n---\n")
    for i in range(md):
        write(tmp_path / "_notes" / f"d{i}.MD", "---\ntitle: D\n---\n")
    site = Site.open(tmp_path)
    assert proposed_path(site, "notes", "New").name == f"new{suffix}"


def test_a_collection_folder_removed_meanwhile_is_made_again_with_its_parents(
    tmp_path: Path,
) -> None:
    write(tmp_path / "_config.yml", "collections_dir: content\ncollections: [notes]\n")
    write(tmp_path / "content" / "_notes" / "a.md", "---\ntitle: A\n---\n")
    site = Site.open(tmp_path)
    shutil.rmtree(tmp_path / "content")  # the folder of collections moved away after reading
    path = new_document(site, "notes", "First")
    assert path == tmp_path / "content" / "_notes" / "first.md" and path.is_file()


def test_a_name_taken_meanwhile_by_another_program_moves_to_the_next(
    notes: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_create = page_create.atomic_create
    theirs = tmp_path / "_notes" / "race.md"

    def taken_first(path: Path, data: bytes) -> None:
        if not theirs.exists():
            theirs.write_text("their page", encoding="utf-8")
        real_create(path, data)

    monkeypatch.setattr(page_create, "atomic_create", taken_first)
    path = new_document(notes, "notes", "Race")
    assert path == tmp_path / "_notes" / "race-2.md"
    assert theirs.read_text(encoding="utf-8") == "their page"
    assert path.read_text(encoding="utf-8").startswith("---\n")


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("(Draft) notes!", "draft-notes"),
        ("a" * 79 + " b", "a" * 79),  # cut at 80 characters, not on a hyphen
        ("a" * 100, "a" * 80),
        ("Café crème", "cafe-creme"),
        ("!!!", "untitled"),
    ],
)
def test_slugs(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_a_folder_leading_out_of_the_site_is_told_in_plain_words(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    root = tmp_path / "site"
    write(root / "_config.yml", "collections: [notes]\n")
    write(root / "_notes" / "a.md", "---\ntitle: A\n---\n")
    site = Site.open(root)
    (root / "_notes" / "a.md").unlink()
    (root / "_notes").rmdir()
    (root / "_notes").symlink_to(outside, target_is_directory=True)
    with pytest.raises(OutsideSite) as caught:
        new_document(site, "notes", "Escape")
    assert caught.value.errno == errno.EINVAL
    assert caught.value.strerror == (
        "the collection's folder lies outside the site folder, so nothing was written there"
    )
    assert caught.value.filename == str(root / "_notes")
