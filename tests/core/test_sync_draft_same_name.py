"""Two translations of a guide page share a file name (`_articles/fa/metrics.md`,
`_articles/de/metrics.md`): sent for review, each waits on a branch of its own, so the editor
approves or sends back one without the other. Both went on `review/metrics`, and approving
the German draft merged the Persian one with it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core import gitutil, sync, sync_drafts

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sync_site import copy_real_site, isolate_git, replace_in, share  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")

PERSIAN = "_articles/fa/metrics.md"
GERMAN = "_articles/de/metrics.md"


def test_translations_of_one_page_wait_on_branches_of_their_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate_git(monkeypatch)
    site = copy_real_site(shared_site_path("opensource-guide"), tmp_path / "site")
    _server, author, editor = share(site, tmp_path)
    replace_in(author / PERSIAN, "order: 9\n", "order: 9\npublished: false\n")
    replace_in(author / GERMAN, "\n---\n", "\npublished: false\n---\n")

    persian = sync_drafts.send_for_review(author, author / PERSIAN)
    german = sync_drafts.send_for_review(author, author / GERMAN)
    assert persian.shared and german.shared
    assert persian.branch == "review/metrics"  # the first keeps the page's name
    assert german.branch == "review/articles-de-metrics"

    sync.pull(editor)
    drafts = {d.path: d.branch for d in sync_drafts.draft_queue(editor)}
    assert drafts == {PERSIAN: "review/metrics", GERMAN: "review/articles-de-metrics"}

    # Sent again, each stays on its own branch.
    replace_in(author / GERMAN, "\n---\n", "\n---\nNeu.\n")
    assert sync_drafts.send_for_review(author, author / GERMAN).branch == german.branch

    sync.pull(editor)  # the editor looks at the German version sent again, and approves it
    sync_drafts.approve_draft(editor, german.branch, "Ed Editor", anyway=True, reason="ok")
    left = [(d.path, d.branch) for d in sync_drafts.draft_queue(editor)]
    assert left == [(PERSIAN, "review/metrics")]  # the Persian draft still waits
    assert b"Neu." in (editor / GERMAN).read_bytes()
    assert (editor / PERSIAN).read_bytes() == (site / PERSIAN).read_bytes()  # not merged
