"""Share my changes names pages in its message as the page list does: an Eleventy page with
no `title` by its `newstitle` or its menu name, not its file name (eleventy-website's blog)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_site import git, isolate_git, make_synthetic_site, share

from editor_app.core import sync

NEWS = "_posts/2019-12-19-logo-homage.md"
MENU = "_posts/2019-12-20-menu-only.md"


def test_pages_without_a_title_are_named_as_the_list_names_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate_git(monkeypatch)
    site = make_synthetic_site(tmp_path / "site")
    (site / NEWS).write_text(
        "---\nnewstitle: An Homage to the Possum Balloon\n---\nA balloon.\n", encoding="utf-8"
    )
    (site / MENU).write_text(
        "---\neleventyNavigation:\n  key: Logo homage\n---\nMenu page.\n", encoding="utf-8"
    )
    _server, author, _editor = share(site, tmp_path)
    (author / NEWS).unlink()
    (author / MENU).write_text(
        "---\neleventyNavigation:\n  key: Logo homage\n---\nMenu page, longer.\n", encoding="utf-8"
    )
    assert sync.push(author).shared
    message = git(author, "log", "-1", "--format=%B")
    assert message.splitlines()[0] == (
        "Update 2 pages: 'An Homage to the Possum Balloon', 'Logo homage'"
    )
    assert "- Remove 'An Homage to the Possum Balloon'" in message
    assert "- Update 'Logo homage' (the text)" in message


def test_a_choice_names_the_page_as_the_list_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Choices window's "In “…”, the same paragraph was changed…" names an Eleventy page
    with no `title` by its `newstitle`, not its file name."""
    from editor_app.core import sync_conflicts
    from editor_app.core.sync_merge import Conflict

    isolate_git(monkeypatch)
    site = make_synthetic_site(tmp_path / "site")
    (site / NEWS).write_text(
        "---\nnewstitle: An Homage to the Possum Balloon\n---\nA balloon.\n", encoding="utf-8"
    )
    _server, author, _editor = share(site, tmp_path)
    repo = sync.open_repo(author)
    conflict = Conflict(NEWS, "paragraph", "body", "A balloon.", "A kite.")
    assert sync_conflicts.page_title(repo, conflict) == "An Homage to the Possum Balloon"
