"""A list item both authors replaced, each by another (connectedbydata's topics): a choice,
not both new items kept; items only one side added or removed still merge."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path
from sync_site import git, isolate_git, person

from editor_app.cli import main
from editor_app.core import sync
from editor_app.core.document import Document
from editor_app.core.sync_merge import merge_pages

PAGE = "_resources/worker-power-ai-cwu.md"


def _page(topics: str) -> bytes:
    return f"---\ntitle: A\ntopics:\n{topics}status: final\n---\n\nText.\n".encode()


def test_same_item_replaced_apart_is_a_choice() -> None:
    base = _page("  - Work\n  - Data\n")
    mine = _page("  - Workers\n  - Data\n")
    theirs = _page("  - Labour\n  - Data\n  - AI\n")
    result = merge_pages(base, mine, theirs, "p.md")
    (choice,) = result.conflicts
    assert choice.where == "topics"
    # Which of their new items stands for Work cannot be told: theirs are all on their side.
    assert choice.mine_value == ["Workers", "Data"]
    assert choice.theirs_value == ["Labour", "Data", "AI"]
    assert Document.from_bytes(result.data).front_matter["topics"] == ["Workers", "Data"]
    assert result.data == mine  # the page's lines as they were


def test_items_added_or_taken_out_apart_still_merge() -> None:
    base = _page("  - Work\n  - Data\n")
    mine = _page("  - Work\n  - Unions\n")  # took Data out, added Unions
    theirs = _page("  - Work\n  - Data\n  - AI\n")
    result = merge_pages(base, mine, theirs, "p.md")
    assert result.conflicts == []
    assert Document.from_bytes(result.data).front_matter["topics"] == ["Work", "Unions", "AI"]


def test_two_authors_on_connectedbydata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = shared_site_path("connectedbydata")
    isolate_git(monkeypatch)
    site = tmp_path / "site"
    shutil.copytree(source, site, ignore=shutil.ignore_patterns(".git"))
    git(site, "init", "-q", "-b", "main")
    person(site, "Site Owner")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Import")
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(tmp_path / "server.git"))
    git(site, "push", "-q", str(tmp_path / "server.git"), "main")
    clones = []
    for name in ("ana", "ben"):
        git(tmp_path, "clone", "-q", str(tmp_path / "server.git"), str(tmp_path / name))
        person(tmp_path / name, name.title())
        clones.append(tmp_path / name)
    ana, ben = clones
    for clone, topic in ((ben, "Labour"), (ana, "Workers")):
        page = clone / PAGE
        page.write_bytes(page.read_bytes().replace(b"  - Work\n", f"  - {topic}\n".encode()))
    assert sync.push(ben).shared

    assert main(["sync", "pull", str(ana)]) == 1  # a choice waits
    out = capsys.readouterr().out
    assert f"{PAGE}: " in out and "mine:   Workers" in out and "theirs: Labour" in out
    assert Document.load(ana / PAGE).front_matter["topics"] == ["Workers"]
    (choice,) = sync.status(ana).conflicts
    assert main(["sync", "choose", choice.id, "theirs", str(ana)]) == 0
    assert Document.load(ana / PAGE).front_matter["topics"] == ["Labour"]


def test_combine_both_says_the_same_place() -> None:
    """The window's Combine both (a page changed on disk under unsaved edits) merges as Get
    latest does: the topic replaced on both sides is the same place, mine kept there."""
    from editor_app.core.disk_merge import merge_page_bytes

    base = _page("  - Work\n")
    combined = merge_page_bytes(base, _page("  - Workers\n"), _page("  - Labour\n"), "p.md")
    assert not combined.clean and [c.where for c in combined.conflicts] == ["topics"]
    assert Document.from_bytes(combined.data).front_matter["topics"] == ["Workers"]


def test_a_list_the_page_cannot_take_is_not_said_to_be_in_it() -> None:
    """When the page's lines cannot take the list with their other changes (its items shared
    with another field through a YAML anchor), the choice's "mine" was that list anyway,
    while the page kept its own: the choice said the page held what it did not."""

    def page(topics: str) -> bytes:
        return f"---\ntitle: A\ntopics: &t\n{topics}tags: *t\n---\n\nText.\n".encode()

    base = page("  - Work\n  - Data\n  - Old\n")
    mine = page("  - Workers\n  - Data\n  - Old\n")
    theirs = page("  - Labour\n  - Data\n")
    result = merge_pages(base, mine, theirs, "p.md")
    in_page = Document.from_bytes(result.data).front_matter
    choices = {c.where: c for c in result.conflicts}
    assert choices["topics"].mine_value == in_page["topics"]
    assert choices["topics"].theirs_value == ["Labour", "Data"]
    assert choices["tags"].mine_value == in_page["tags"]
