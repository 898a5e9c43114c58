"""An author approving their own draft: asked first by default ("usually someone else reviews
it"), refused when the site's review settings leave it to another person; an editor approving
another person's draft is not asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_site import POST, git, replace_in
from test_sync_drafts import team  # noqa: F401 - the shared copies: server, author, editor

from editor_app.core import sync, sync_drafts


def sent(author: Path) -> sync_drafts.Draft:
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    (draft,) = sync_drafts.draft_queue(author)
    return draft


def site_says(copy: Path, value: str) -> None:
    """The site's own review setting, as shared in its `_config.yml`."""
    config = copy / "_config.yml"
    config.write_text(config.read_text() + f"editor_app:\n  approve_own_drafts: {value}\n")


def test_approving_your_own_draft_is_asked_first(team) -> None:  # noqa: ANN001, F811
    server, author, editor = team
    draft = sent(author)
    assert sync_drafts.own_draft_rule(author, draft) == sync_drafts.ASK
    with pytest.raises(sync_drafts.OwnDraftRefused, match="usually someone else reviews it"):
        sync_drafts.approve_draft(author, draft.branch)
    assert "status: draft" in git(server, "show", f"main:{POST}")  # nothing done
    # Said yes: approved as any draft.
    assert sync_drafts.approve_draft(author, draft.branch, own=True).shared
    assert "status: final" in git(server, "show", f"main:{POST}")


def test_another_persons_draft_is_not_asked_about(team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    sent(author)
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    assert sync_drafts.own_draft_rule(editor, draft, "Ed Editor") is None
    assert sync_drafts.approve_draft(editor, draft.branch, "Ed Editor").shared
    # Another person of the same name (their own e-mail): not their own draft.
    replace_in(author / POST, "the park", "Victoria Park")
    assert sync_drafts.send_for_review(author, author / POST, author="Ada Author").shared
    sync.pull(editor)
    (again,) = sync_drafts.draft_queue(editor)
    assert sync_drafts.own_draft_rule(editor, again, "Ada Author") is None
    # The same person in another copy (the e-mail they sent it with), their name spelt
    # another way: their own draft.
    git(editor, "config", "user.email", "Ada.Author@example.org")
    assert sync_drafts.own_draft_rule(editor, again, "A. Author") == sync_drafts.ASK
    # No e-mail on one side: the names say it.
    git(editor, "config", "--unset", "user.email")
    assert sync_drafts.own_draft_rule(editor, again, "A. Author") is None
    assert sync_drafts.own_draft_rule(editor, again, "Ada Author") == sync_drafts.ASK


def test_the_site_can_leave_approval_to_another_person(
    team,  # noqa: ANN001, F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    from editor_app.cli import main

    server, author, editor = team
    site_says(author, "no")
    draft = sent(author)
    assert sync_drafts.own_draft_rule(author, draft) == sync_drafts.REFUSE
    with pytest.raises(sync_drafts.OwnDraftRefused, match="another person approves it"):
        sync_drafts.approve_draft(author, draft.branch, own=True)
    assert main(["sync", "approve", draft.branch, str(author), "--own"]) == 2
    assert capsys.readouterr().err == (
        "editor-app: 'What happens when a council listens' is your own draft, and this site's "
        "review settings say another person approves it (editor_app: approve_own_drafts: no): "
        "ask someone else to review it.\n"
    )
    assert "status: draft" in git(server, "show", f"main:{POST}")
    # "yes": the author may approve their own without being asked.
    site_says(author, "yes")
    assert sync_drafts.own_draft_rule(author, draft) == sync_drafts.ALLOW


def test_sync_approve_of_your_own_draft_from_the_command_line(
    team,  # noqa: ANN001, F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    from editor_app.cli import main

    server, author, _editor = team
    draft = sent(author)
    assert main(["sync", "approve", draft.branch, str(author)]) == 1
    assert capsys.readouterr().out == (
        f"{draft.branch}: not approved: 'What happens when a council listens' is your own "
        "draft: usually someone else reviews it. To approve it yourself:\n"
        f"  editor-app sync approve {draft.branch} --own\n"
    )
    assert main(["sync", "approve", draft.branch, str(author), "--own"]) == 0
    assert "status: final" in git(server, "show", f"main:{POST}")
