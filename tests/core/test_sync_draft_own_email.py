"""A draft is one's own when it was sent with the app's e-mail too (Send for review signs
with it, as Share does), not only with this copy's git e-mail: from another copy of the same
person, Approve asks first (the default) instead of taking it for another person's."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_site import POST, git, isolate_git, make_synthetic_site, replace_in, share

from editor_app.core import sync_drafts
from editor_app.core.sync_draft_own import OwnDraftRefused


@pytest.fixture
def copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    isolate_git(monkeypatch)
    _server, first, second = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    for clone in (first, second):
        git(clone, "config", "editor-app.draftBranches", "true")
        git(clone, "config", "user.email", f"{clone.name}@old.example")  # not the app's
    return first, second


def test_a_draft_sent_with_the_app_s_email_is_one_s_own_elsewhere(copies) -> None:  # noqa: ANN001
    first, second = copies
    replace_in(first / POST, "wet Tuesday", "windy Tuesday")
    sent = sync_drafts.send_for_review(first, first / POST, "Ana Author", "ana@example.org")
    assert sent.shared
    git(second, "fetch", "-q")
    (draft,) = [d for d in sync_drafts.draft_queue(second) if d.path == POST]
    assert not draft.mine and draft.sent_by_email == "ana@example.org"
    rule = sync_drafts.own_draft_rule(second, draft, "Ana Author", "ana@example.org")
    assert rule == sync_drafts.ASK
    assert sync_drafts.own_draft_rule(second, draft, "Ed Itor", "ed@example.org") is None
    with pytest.raises(OwnDraftRefused):
        sync_drafts.approve_draft(second, draft.branch, "Ana Author", email="ana@example.org")
    # Nothing approved:    assert "windy" not in (second / POST).read_text(encoding="utf-8")
