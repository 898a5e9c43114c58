"""Approving a branch holding several drafts works the site's schema out once for its check
(working it out reads every page of the site), not once per draft. Same approval as before."""

from __future__ import annotations

from pathlib import Path

import pytest
import sync_site
from sync_site import (
    OTHER,
    POST,
    git,
    person,
    replace_in,
)

from editor_app.core import schema as schema_module
from editor_app.core import sync_drafts

# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def count_schema_loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    load = schema_module.load_schema

    def counted(site):  # noqa: ANN001, ANN202
        calls[0] += 1
        return load(site)

    monkeypatch.setattr(schema_module, "load_schema", counted)
    return calls


def two_drafts_on_one_branch(server: Path, author: Path) -> str:
    """POST sent for review, then OTHER changed on the same branch (both its drafts)."""
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    branch = sync_drafts.send_for_review(author, author / POST).branch
    helper = author.parent / "helper"
    git(author.parent, "clone", "-q", "-b", branch, str(server), str(helper))
    person(helper, "Ada Author")
    (helper / OTHER).write_text((helper / OTHER).read_text() + "\nOne more line.\n")
    git(helper, "commit", "-q", "-am", "A second page on the branch")
    git(helper, "push", "-q", "origin", f"HEAD:{branch}")
    return branch


def test_the_schema_is_worked_out_once_for_every_draft_on_the_branch(
    team: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, author, editor = team
    branch = two_drafts_on_one_branch(server, author)
    git(editor, "fetch", "-q", "origin")
    drafts = [d for d in sync_drafts.draft_queue(editor) if d.branch == branch]
    assert sorted(d.path for d in drafts) == sorted([POST, OTHER])
    calls = count_schema_loads(monkeypatch)
    from editor_app.core import sync_draft_review

    checked = sync_draft_review.draft_blockers
    loads_at_check: list[int] = []

    def blockers(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        found = checked(*args, **kwargs)
        loads_at_check.append(calls[0])
        return found

    monkeypatch.setattr(sync_draft_review, "draft_blockers", blockers)
    result = sync_drafts.approve_draft(editor, branch, "Ed Editor")
    assert loads_at_check == [1, 1]  # both drafts checked against the one schema
    assert sorted(result.pages) == sorted([POST, OTHER]) and result.shared
    assert "windy Tuesday" in git(editor, "show", f"origin/main:{POST}")


def test_a_schema_given_is_not_worked_out_again(
    team: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.core.site import Site

    server, author, editor = team
    branch = two_drafts_on_one_branch(server, author)
    git(editor, "fetch", "-q", "origin")
    given = schema_module.load_schema(Site.open(editor))
    calls = count_schema_loads(monkeypatch)
    from editor_app.core import sync_draft_review

    checked = sync_draft_review.draft_blockers
    loads_at_check: list[int] = []

    def blockers(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        loads_at_check.append(calls[0])
        return checked(*args, **kwargs)

    monkeypatch.setattr(sync_draft_review, "draft_blockers", blockers)
    sync_drafts.approve_draft(editor, branch, "Ed Editor", schema=given)
    assert loads_at_check == [0, 0]
