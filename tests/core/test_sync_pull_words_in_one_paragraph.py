"""Get latest of saved pages: two authors who changed different words of one paragraph both
get both changes, without a choice (as Combine both merges, word by word within the
paragraph); the same words changed on both sides are still a choice."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import shared_site_path
from sync_site import copy_real_site, isolate_git, replace_in, share

from editor_app.core import sync

PAGE = "_resources/2026-05-30-un-global-dialogue-ai-consultation.md"
HERE = "an inclusive global conversation"
THERE = "shared visions for AI’s role"


def _two_clones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    isolate_git(monkeypatch)
    site = copy_real_site(shared_site_path("connectedbydata"), tmp_path / "site")
    _server, ana, ben = share(site, tmp_path)
    return ana, ben


def test_different_words_of_one_paragraph_are_both_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana, ben = _two_clones(tmp_path, monkeypatch)
    replace_in(ben / PAGE, THERE, "shared and hopeful visions for AI’s role")
    assert sync.push(ben).shared
    replace_in(ana / PAGE, HERE, "an open, inclusive global conversation")  # saved, not shared

    result = sync.pull(ana)

    assert result.conflicts == []
    text = (ana / PAGE).read_text(encoding="utf-8")
    assert "an open, inclusive global conversation" in text
    assert "shared and hopeful visions for AI’s role" in text
    expected = (
        (ben / PAGE).read_bytes().replace(HERE.encode(), b"an open, inclusive global conversation")
    )
    assert (ana / PAGE).read_bytes() == expected  # every other byte as it was
    assert sync.status(ana).conflicts == []


def test_the_same_words_changed_on_both_sides_are_a_choice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana, ben = _two_clones(tmp_path, monkeypatch)
    replace_in(ben / PAGE, HERE, "a wide global conversation")
    assert sync.push(ben).shared
    replace_in(ana / PAGE, HERE, "an open global conversation")
    mine = (ana / PAGE).read_bytes()

    result = sync.pull(ana)

    assert [(c.path, c.kind) for c in result.conflicts] == [(PAGE, "paragraph")]
    assert (ana / PAGE).read_bytes() == mine  # mine kept until the choice
    (choice,) = result.conflicts
    assert "an open global conversation" in choice.mine
    assert "a wide global conversation" in choice.theirs
