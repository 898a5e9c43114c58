"""Share's commit message names a review decision made here: an approval in the review window
while offline, shared later, read "Update 1 page: 'TITLE'" in the history, as any edit."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil, review, sync
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sync_site import POST, git, team  # noqa: E402, F401

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def _last_message(clone: Path) -> str:
    return git(clone, "log", "-1", "--format=%B").strip()


def test_an_approval_shared_later_is_named_approve(team) -> None:  # noqa: ANN001, F811
    _server, _author, editor = team
    review.approve(editor / POST, Site.open(editor), author="Ed Editor")
    assert sync.push(editor, None, "Ed Editor").shared
    message = _last_message(editor)
    assert message.splitlines()[0] == "Approve 1 page: 'What happens when a council listens'"
    assert "- Approve 'What happens when a council listens'" in message


def test_a_send_back_is_named_and_a_plain_note_is_not(team) -> None:  # noqa: ANN001, F811
    _server, _author, editor = team
    review.send_back(editor / POST, "Nearly there.", "Ed Editor")
    assert sync.push(editor, None, "Ed Editor").shared
    assert _last_message(editor) == "Send back 'What happens when a council listens'"
    review.suggest(editor / POST, "wet Tuesday", "rainy Tuesday", author="Ed Editor")
    assert sync.push(editor, None, "Ed Editor").shared
    assert _last_message(editor) == "Review notes on 'What happens when a council listens'"
