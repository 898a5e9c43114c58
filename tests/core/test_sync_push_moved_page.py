"""A page renamed in a file manager (hugo-docs' FAQ in the English content folder) is shared
as one page moved: the message read "Remove 'Frequently asked questions'" and "Add
'Frequently asked questions'", and counted it as two pages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path
from sync_site import git, isolate_git, person

from editor_app.core import sync

FAQ = "content/en/troubleshooting/faq.md"
MOVED = "content/en/troubleshooting/frequently-asked-questions.md"
INTRO = "content/en/about/introduction.md"


@pytest.fixture
def author(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    source = shared_site_path("hugo-docs")
    isolate_git(monkeypatch)
    site = tmp_path / "site"
    shutil.copytree(source, site, ignore=shutil.ignore_patterns(".git"))
    git(site, "init", "-q", "-b", "main")
    person(site, "Site Owner")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Import")
    server = tmp_path / "server.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(server))
    git(site, "push", "-q", str(server), "main")
    clone = tmp_path / "ana"
    git(tmp_path, "clone", "-q", str(server), str(clone))
    person(clone, "Ana")
    return clone


def test_a_page_moved_is_shared_as_one_move(author: Path) -> None:
    (author / FAQ).rename(author / MOVED)
    intro = author / INTRO
    intro.write_text(intro.read_text().replace("optimized for speed", "built for speed", 1))
    assert sync.push(author).shared
    message = git(author, "log", "-1", "--format=%B")
    assert message.splitlines()[0] == (
        "Update 2 pages: 'Introduction', 'Frequently asked questions'"
    )
    assert "- Move 'Frequently asked questions' to frequently-asked-questions.md" in message
    assert "Remove 'Frequently asked questions'" not in message


def test_a_lone_move_edited_says_what_changed(author: Path) -> None:
    text = (author / FAQ).read_text()
    (author / FAQ).unlink()
    (author / "content/en/faq.md").write_text(text.replace("linkTitle: FAQs", "linkTitle: FAQ"))
    assert sync.push(author).shared
    assert git(author, "log", "-1", "--format=%B").strip() == (
        "Move 'Frequently asked questions' to content/en/faq.md (linkTitle)"
    )


def test_the_status_counts_a_page_moved_once(
    author: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The status line said "2 pages changed here" for one page renamed, listing the old name
    and the new as two pages."""
    from editor_app.cli import main
    from editor_app.ui.sync_page import status_details

    (author / FAQ).rename(author / MOVED)
    st = sync.status(author)
    assert st.message == "1 page changed here, not shared yet"
    assert st.pages_changed_here == [MOVED]
    assert f"  {MOVED} (moved from {FAQ})" in status_details(st).splitlines()
    assert main(["sync", "status", str(author), "--no-fetch"]) == 0
    assert capsys.readouterr().out == (
        "1 page changed here, not shared yet\n"
        "Changed here, not shared yet:\n"
        f"  {MOVED} (moved from {FAQ})\n"
    )
