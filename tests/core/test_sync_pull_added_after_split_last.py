"""Get latest of a saved page where one author added a paragraph after the last one while the
other split that last paragraph in two, or removed it: the new paragraph is appended and the
other's change kept, without a choice. It was a choice, "the same paragraph was changed here
and by others", over a paragraph only one of them had touched."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import shared_site_path
from sync_site import copy_real_site, isolate_git, share

from editor_app.core import sync

PAGE = "_resources/ai-in-education.md"
PICTURE = "![Workshop photo](/assets/resources/Workshop-Photo.png)"
LAST = "Between November 3rd and December 15th 2025"


@pytest.fixture
def clones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    isolate_git(monkeypatch)
    site = copy_real_site(shared_site_path("connectedbydata"), tmp_path / "site")
    _server, ana, ben = share(site, tmp_path)
    return ana, ben


def _add_picture_after_last(clone: Path) -> None:
    page = clone / PAGE
    page.write_bytes(page.read_bytes() + f"\n\n{PICTURE}".encode())


def test_a_paragraph_added_after_the_last_one_others_split(clones: tuple[Path, Path]) -> None:
    ana, ben = clones
    page = ben / PAGE
    # Split in two, the space after its last full stop gone too.
    split = page.read_bytes().replace(b" as an input to", b".\n\nIt is an input to")
    assert split.endswith(b"2026. ")
    page.write_bytes(split.rstrip(b" "))
    assert sync.push(ben).shared
    _add_picture_after_last(ana)

    result = sync.pull(ana)

    assert result.conflicts == []
    assert (ana / PAGE).read_bytes() == (ben / PAGE).read_bytes() + f"\n\n{PICTURE}".encode()
    assert sync.status(ana).conflicts == []


def test_a_paragraph_added_after_the_last_one_others_removed(clones: tuple[Path, Path]) -> None:
    ana, ben = clones
    page = ben / PAGE
    data = page.read_bytes()
    page.write_bytes(data[: data.index(f"\n\n{LAST}".encode())])
    assert sync.push(ben).shared
    _add_picture_after_last(ana)

    result = sync.pull(ana)

    assert result.conflicts == []
    merged = (ana / PAGE).read_bytes()
    assert merged == (ben / PAGE).read_bytes() + f"\n\n{PICTURE}".encode()
    assert LAST.encode() not in merged
