"""A draft is named as the page list names its page: its title on one line, spaces squeezed,
in the queue, in the message that sends it and in the one that approves it."""

from __future__ import annotations

from pathlib import Path

import sync_site
from sync_site import POST, git, log_subjects, replace_in

from editor_app.core import sync, sync_drafts

TITLE = "title: What happens when a council listens"
SPACED = 'title: "What  happens when\\n  a council   listens"'
ONE_LINE = "What happens when a council listens"


# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def test_a_title_over_lines_names_the_draft_on_one_line(team: tuple[Path, Path, Path]) -> None:
    _, author, editor = team
    replace_in(author / POST, TITLE, SPACED)
    sent = sync_drafts.send_for_review(author, author / POST)
    assert sent.shared
    assert git(author, "log", "-1", "--format=%s", sent.branch).strip() == (
        f"Send '{ONE_LINE}' for review"
    )
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    assert draft.title == ONE_LINE
    sync_drafts.approve_draft(editor, draft.branch, author="Ed Editor", anyway=True, reason="ok")
    assert any(s.startswith(f"Approve '{ONE_LINE}'") for s in log_subjects(editor))
