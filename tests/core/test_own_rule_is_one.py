"""One rule says whether a change is one's own, for the review window's Approve of a page
(`review.own_change_rule`) and for a draft on a review branch (`sync_drafts.own_draft_rule`,
`is_own_draft`): this copy's git e-mail, else, when either side has none, the reviewer's
name or this copy's git user.name. The two were built apart and drifted: a draft sent under
this copy's git name was not one's own when the reviewer signed with another name, though
the same person's page change was."""

from __future__ import annotations

from sync_site import POST, git, replace_in
from test_sync_drafts import team  # noqa: F401 - the shared copies: server, author, editor

from editor_app.core import review, sync, sync_drafts


def test_a_page_and_a_draft_by_the_same_person_are_ruled_alike(team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    # Ada shares one change to the page, then sends another for review.
    replace_in(author / POST, "wet Tuesday", "cold Tuesday")
    assert sync.push(author).shared
    replace_in(author / POST, "cold Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)

    # This copy is Ada's too, without an e-mail; she signs her reviews "A. Author".
    git(editor, "config", "user.name", "Ada Author")
    git(editor, "config", "--unset", "user.email")
    page_rule = review.own_change_rule(editor / POST, "A. Author")
    assert page_rule == review.OWN_ASK
    assert sync_drafts.own_draft_rule(editor, draft, "A. Author") == page_rule
    assert sync_drafts.is_own_draft(editor, draft, "A. Author")

    # Another person (another name, no e-mail to tell): neither is theirs.
    git(editor, "config", "user.name", "Ed Editor")
    assert review.own_change_rule(editor / POST, "Ed Editor") is None
    assert sync_drafts.own_draft_rule(editor, draft, "Ed Editor") is None
