"""Get latest of a saved page where one paragraph must be left a choice: the page's other
places both changed are merged word by word all the same (a paragraph, the title); only the
paragraph where both changed the same words is a choice. Before, the whole page was: every
place both changed came up as a choice, and the other author's words elsewhere were left
out of the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import shared_site_path
from sync_site import copy_real_site, isolate_git, replace_in, share

from editor_app.core import sync, sync_conflicts

PAGE = "_resources/2026-05-30-un-global-dialogue-ai-consultation.md"
# Two paragraphs of the page, and two places in the first one.
HERE = "an inclusive global conversation"
THERE = "shared visions for AI’s role"
CLASH = "We prepared a PAIRS and Citizens Track submission"
TITLE = 'title: "Consultation Response on UN'
TITLE_END = 'on AI Governance"\nreference'


@pytest.fixture
def clones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    isolate_git(monkeypatch)
    site = copy_real_site(shared_site_path("connectedbydata"), tmp_path / "site")
    _server, ana, ben = share(site, tmp_path)
    return ana, ben


def test_only_the_clashing_paragraph_is_a_choice(clones: tuple[Path, Path]) -> None:
    ana, ben = clones
    replace_in(ben / PAGE, THERE, "shared and hopeful visions for AI’s role")
    replace_in(ben / PAGE, CLASH, "We wrote a PAIRS and Citizens Track submission")
    replace_in(ben / PAGE, TITLE, 'title: "Consultation Response on the UN')
    assert sync.push(ben).shared
    replace_in(ana / PAGE, HERE, "an open, inclusive global conversation")
    replace_in(ana / PAGE, CLASH, "We drafted a PAIRS and Citizens Track submission")
    replace_in(ana / PAGE, TITLE_END, 'on AI Governance (2026)"\nreference')

    result = sync.pull(ana)

    (choice,) = result.conflicts
    assert (choice.path, choice.kind) == (PAGE, "paragraph")
    assert choice.mine.startswith("We drafted a PAIRS")
    assert choice.theirs.startswith("We wrote a PAIRS")
    text = (ana / PAGE).read_text(encoding="utf-8")
    # Both authors' words where they changed different words; mine where they clash.
    assert "an open, inclusive global conversation" in text
    assert "shared and hopeful visions for AI’s role" in text
    assert "Consultation Response on the UN Global Dialogue on AI Governance (2026)" in text
    assert "We drafted a PAIRS" in text and "We wrote a PAIRS" not in text
    expected = (
        (ben / PAGE)
        .read_bytes()
        .replace(HERE.encode(), b"an open, inclusive global conversation")
        .replace(b"We wrote a PAIRS", b"We drafted a PAIRS")
        .replace(b'on AI Governance"', b'on AI Governance (2026)"')
    )
    assert (ana / PAGE).read_bytes() == expected  # every other byte as it was
    assert [c.id for c in sync.status(ana).conflicts] == [choice.id]


def test_keep_theirs_of_the_one_choice_keeps_the_merged_places(
    clones: tuple[Path, Path],
) -> None:
    ana, ben = clones
    replace_in(ben / PAGE, THERE, "shared and hopeful visions for AI’s role")
    replace_in(ben / PAGE, CLASH, "We wrote a PAIRS and Citizens Track submission")
    assert sync.push(ben).shared
    replace_in(ana / PAGE, HERE, "an open, inclusive global conversation")
    replace_in(ana / PAGE, CLASH, "We drafted a PAIRS and Citizens Track submission")
    (choice,) = sync.pull(ana).conflicts

    sync_conflicts.resolve(sync.open_repo(ana), choice.id, "theirs")

    text = (ana / PAGE).read_text(encoding="utf-8")
    assert "We wrote a PAIRS" in text and "We drafted a PAIRS" not in text
    assert "an open, inclusive global conversation" in text
    assert "shared and hopeful visions for AI’s role" in text
