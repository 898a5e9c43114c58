"""Approving a page whose last change is the reviewer's own follows the site's
`approve_own_drafts` rule (ask / no / yes), as a draft of one's own on a review branch: in the
core, `editor-app review approve` and the review window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import gitutil, review
from editor_app.core.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from review_site import BRIEFING, git, make_git_site  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")

COMMITTER = "Ada Editor"  # review_site commits under this name


@pytest.fixture
def git_site(site_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # Who approves is this copy's own setting: none of the machine's (its e-mail) leaks in.
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    return make_git_site(site_copy, education_draft=True)


def status_of(path: Path) -> str:
    return str(Document.load(path).front_matter.get("status"))


def set_rule(root: Path, value: str) -> None:
    config = root / "_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text + f"\neditor_app:\n  approve_own_drafts: {value}\n", encoding="utf-8")


def test_own_last_change_is_asked_first_then_approved_when_said(git_site: Path) -> None:
    path = git_site / BRIEFING
    before = path.read_bytes()
    assert review.last_change_by(path) == COMMITTER
    with pytest.raises(review.OwnChangeRefused) as refused:
        review.approve(path, author=COMMITTER)
    assert refused.value.rule == review.OWN_ASK
    assert "is your own (Ada Editor)" in str(refused.value)
    assert path.read_bytes() == before  # nothing changed

    review.approve(path, author=COMMITTER, own=True)
    assert status_of(path) == "final"


def test_another_persons_change_is_approved_without_asking(git_site: Path) -> None:
    path = git_site / BRIEFING
    assert review.own_change_rule(path, "Bo Reviewer") is None
    review.approve(path, author="Bo Reviewer")
    assert status_of(path) == "final"


def test_the_copys_git_name_makes_it_ones_own(git_site: Path) -> None:
    git(git_site, "config", "user.name", COMMITTER)
    assert review.own_change_rule(git_site / BRIEFING) == review.OWN_ASK


def test_the_same_person_is_known_by_e_mail(git_site: Path) -> None:
    path = git_site / BRIEFING  # last changed by Ada Editor <ada@example.org>
    # Another person of the same name, with their own e-mail: not asked.
    git(git_site, "config", "user.email", "ada@another.example.org")
    assert review.own_change_rule(path, COMMITTER) is None
    # The same person, their name spelt another way: their own change.
    git(git_site, "config", "user.email", "ADA@example.org")
    assert review.own_change_rule(path, "A. Editor") == review.OWN_ASK
    # No e-mail in this copy: the names say it.
    git(git_site, "config", "--unset", "user.email")
    assert review.own_change_rule(path, "A. Editor") is None
    assert review.own_change_rule(path, COMMITTER) == review.OWN_ASK


def test_the_site_refuses_own_changes_even_when_said(git_site: Path) -> None:
    set_rule(git_site, "no")
    path = git_site / BRIEFING
    before = path.read_bytes()
    with pytest.raises(review.OwnChangeRefused) as refused:
        review.approve(path, author=COMMITTER, own=True)
    assert refused.value.rule == review.OWN_REFUSE
    assert "approve_own_drafts: no" in str(refused.value)
    assert path.read_bytes() == before


def test_the_site_allows_own_changes_without_asking(git_site: Path) -> None:
    set_rule(git_site, "yes")
    review.approve(git_site / BRIEFING, author=COMMITTER)
    assert status_of(git_site / BRIEFING) == "final"


def test_outside_git_who_changed_it_cannot_be_known(site_copy: Path) -> None:
    assert review.own_change_rule(site_copy / BRIEFING, COMMITTER) is None


def test_review_approve_command_asks_for_own_then_approves(
    git_site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(git_site)
    code = main(["review", "approve", BRIEFING, "--author", COMMITTER])
    out, _err = capsys.readouterr()
    assert code == 1
    assert "not approved" in out and f"editor-app review approve {BRIEFING} --own" in out
    assert status_of(git_site / BRIEFING) == "draft"

    assert main(["review", "approve", BRIEFING, "--author", COMMITTER, "--own"]) == 0
    assert status_of(git_site / BRIEFING) == "final"


def test_review_approve_command_refused_by_the_site(
    git_site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    set_rule(git_site, "no")
    monkeypatch.chdir(git_site)
    code = main(["review", "approve", BRIEFING, "--author", COMMITTER, "--own"])
    _out, err = capsys.readouterr()
    assert code == 2
    assert "approve_own_drafts: no" in err and "Traceback" not in err
    assert status_of(git_site / BRIEFING) == "draft"
