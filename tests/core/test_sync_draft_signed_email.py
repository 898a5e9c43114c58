"""Every change made on a draft where it waits is signed as Share signs: the name and the
e-mail given (`--author`, `--email` on the `sync` draft commands, as on `sync push` and
`sync pull`; the window gives the app's), else git's. Notes, send back and its undo, a
suggested edit accepted, rejected or its decision undone, Send for review and Approve. A
mistyped e-mail is refused before anything is done."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_site import POST, git, replace_in
from test_sync_drafts import team  # noqa: F401 - the shared copies: server, author, editor

from editor_app.cli import main
from editor_app.core import review, sync, sync_draft_review, sync_drafts

ED = ["--author", "Ed Editor", "--email", "ed@editors.example"]


def signed(server: Path, ref: str) -> str:
    return git(server, "log", "-1", "--format=%an <%ae>", ref).strip()


def test_the_draft_commands_sign_with_the_email_given(team, capsys) -> None:  # noqa: ANN001, F811
    server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    review.suggest(author / POST, "three hundred", "300", author="Ada Author")
    review.suggest(author / POST, "every one", "each", author="Ada Author")
    sent = [
        "sync",
        "send",
        str(author / POST),
        "--author",
        "Ada Author",
        "--email",
        "ada@a.example",
    ]
    assert main(sent) == 0
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    branch = draft.branch
    assert signed(server, branch) == "Ada Author <ada@a.example>"
    first, second = (s.id for s in sync_draft_review.draft_review(editor, draft).store.suggestions)
    for command in (
        ["note", branch, str(editor), "--text", "Which park?"],
        ["send-back", branch, str(editor), "--reason", "Name the park"],
        ["undo-send-back", branch, str(editor)],
        ["accept", branch, first, str(editor)],
        ["undo-decision", branch, str(editor)],
        ["reject", branch, second, str(editor)],
    ):
        assert main(["sync", *command, *ED]) == 0, capsys.readouterr().err
        assert signed(server, branch) == "Ed Editor <ed@editors.example>", command
    note_id = sync_draft_review.draft_review(editor, sync_drafts.draft_queue(editor)[0]).notes[0].id
    assert main(["sync", "resolve", branch, note_id, str(editor), *ED]) == 0
    assert signed(server, branch) == "Ed Editor <ed@editors.example>"
    # The rejection left an open suggestion: approved anyway, with the same identity.
    approve = ["sync", "approve", branch, str(editor), "--anyway", "--reason", "Fine", *ED]
    assert main(approve) == 0, capsys.readouterr().err
    assert signed(server, "main") == "Ed Editor <ed@editors.example>"


def test_a_mistyped_email_sends_nothing(team, capsys) -> None:  # noqa: ANN001, F811
    server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    before = git(server, "rev-parse", draft.branch)
    for command in (
        ["note", draft.branch, str(editor), "--text", "Which park?"],
        ["send-back", draft.branch, str(editor)],
        ["approve", draft.branch, str(editor)],
    ):
        capsys.readouterr()
        assert main(["sync", *command, "--email", "ed at editors"]) == 2
        assert capsys.readouterr().err.startswith("editor-app: --email 'ed at editors': ")
        assert git(server, "rev-parse", draft.branch) == before


@pytest.mark.parametrize("email", [None, ""])
def test_without_an_email_git_s_signs(team, email) -> None:  # noqa: ANN001, F811
    server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    sync_draft_review.note_on_draft(editor, draft.branch, "Which park?", "Ed Editor", email=email)
    assert signed(server, draft.branch) == "Ed Editor <ed.editor@example.org>"
