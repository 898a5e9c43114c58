"""Approving a branch draft works the site's schema out once for the run (it reads every
page), or takes the caller's, not once for each page the branch approves. Same approval."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_site import POST, POST_TEXT, git, replace_in
from test_sync_drafts import team  # noqa: F401 - the shared copies: server, author, editor

from editor_app.core import schema as schema_module
from editor_app.core import sync, sync_drafts
from editor_app.core.document import Document
from editor_app.core.site import Site

THIRD = "_posts/2025-03-02-park-trees.md"


def two_page_draft(server: Path, author: Path) -> str:
    """The author's draft of POST, sent for review, with a second draft page on its branch
    (added from another copy of the author's)."""
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    branch = sync_drafts.send_for_review(author, author / POST).branch
    other = author.parent / "author-elsewhere"
    git(author.parent, "clone", "-q", "-b", branch, str(server), str(other))
    git(other, "config", "user.name", "Ada Author")
    git(other, "config", "user.email", "ada.author@example.org")
    (other / THIRD).write_text(POST_TEXT.replace("council listens", "park keeps its trees"))
    git(other, "add", THIRD)
    git(other, "commit", "-q", "-m", "A second page for the review")
    git(other, "push", "-q", "origin", branch)
    return branch


def count_schemas(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    loads: list[object] = []
    load = schema_module.load_schema

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        loads.append(args)
        return load(*args, **kwargs)

    monkeypatch.setattr(schema_module, "load_schema", counted)
    return loads


def approved_pages(editor: Path) -> list[str | None]:
    return [Document.load(editor / p).get("status") for p in (POST, THIRD)]


def test_the_schema_is_worked_out_once_for_the_pages(team, monkeypatch) -> None:  # noqa: ANN001, F811
    server, author, editor = team
    branch = two_page_draft(server, author)
    sync.pull(editor)
    loads = count_schemas(monkeypatch)
    result = sync_drafts.approve_draft(editor, branch, author="Ed Editor")
    assert sorted(result.pages) == sorted([POST, THIRD])
    assert approved_pages(editor) == ["final", "final"]
    assert len(loads) == 2  # the drafts checked, then the pages as merged: not once a page


def test_the_caller_s_schema_is_taken(team, monkeypatch) -> None:  # noqa: ANN001, F811
    server, author, editor = team
    branch = two_page_draft(server, author)
    sync.pull(editor)
    site = Site.open(editor)
    schema = schema_module.load_schema(site)
    loads = count_schemas(monkeypatch)
    result = sync_drafts.approve_draft(editor, branch, "Ed Editor", site, schema=schema)
    assert sorted(result.pages) == sorted([POST, THIRD])
    assert approved_pages(editor) == ["final", "final"]
    assert loads == []
