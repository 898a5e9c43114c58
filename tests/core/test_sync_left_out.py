"""A page the site's .gitignore leaves out is never shared: the status said "Up to date:
everything is shared" over it, and Share my changes "no saved page changed" after it was
saved. Both say it now, naming the page; a folder left out whole is not looked into."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_site import git, isolate_git, make_synthetic_site, share

from editor_app.cli import main
from editor_app.core import sync

LEFT_OUT = "_posts/2025-04-01-server-api.md"


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    isolate_git(monkeypatch)
    site = make_synthetic_site(tmp_path / "site")
    (site / ".gitignore").write_text(f"{LEFT_OUT}\nnode_modules/\n")
    return share(site, tmp_path)


def test_a_page_left_out_by_gitignore_is_said(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    server, author, _editor = team
    (author / LEFT_OUT).write_text("---\ntitle: Server API\n---\n\nHello.\n")
    (author / "node_modules" / "pkg").mkdir(parents=True)
    (author / "node_modules" / "pkg" / "README.md").write_text("# A package\n")
    st = sync.status(author)
    assert st.left_out == [LEFT_OUT]
    assert st.message == "1 page left out of sharing by the site's .gitignore"
    result = sync.push(author)
    assert result.message == (
        "Nothing to share. 1 page is left out of sharing by the site's .gitignore: "
        f"{LEFT_OUT} (ask whoever set up the site)"
    )
    assert LEFT_OUT not in git(server, "ls-tree", "-r", "--name-only", "main")
    assert main(["sync", "status", str(author), "--no-fetch"]) == 0
    assert capsys.readouterr().out == (
        "1 page left out of sharing by the site's .gitignore\n"
        "Never shared (the site's .gitignore leaves them out):\n"
        f"  {LEFT_OUT}\n"
    )


def test_no_page_left_out_is_up_to_date(team: tuple[Path, Path, Path]) -> None:
    _server, author, _editor = team
    (author / "node_modules" / "pkg").mkdir(parents=True)
    (author / "node_modules" / "pkg" / "README.md").write_text("# A package\n")
    assert sync.status(author).message == "Up to date: everything is shared"


def test_the_status_looks_at_the_tree_once(
    team: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The status timer walked the working tree twice (git status, then `ls-files --ignored`
    for the left-out pages): once now, with the same lists."""
    _server, author, _editor = team
    (author / LEFT_OUT).write_text("---\ntitle: Server API\n---\n\nHello.\n")
    (author / "_posts" / "2025-05-01-new.md").write_text("---\ntitle: New\n---\n\nHi.\n")
    (author / "node_modules" / "pkg").mkdir(parents=True)
    (author / "node_modules" / "pkg" / "README.md").write_text("# A package\n")
    walks: list[tuple[str, ...]] = []
    real_run = sync.Repo.run

    def counting_run(self: sync.Repo, *args: str, **kwargs: object):  # type: ignore[no-untyped-def]
        if args and args[0] in ("status", "ls-files"):
            walks.append(args)
        return real_run(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sync.Repo, "run", counting_run)
    st = sync.status(author)
    assert len(walks) == 1, walks
    assert st.left_out == [LEFT_OUT]
    assert st.changed_here == ["_posts/2025-05-01-new.md"]
