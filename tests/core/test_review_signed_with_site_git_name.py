"""Notes, suggestions and decisions are signed with the name git has in the site (its own
user.name, the global one only when it has none): the name the "your own change" rule knows
the reviewer by. They were signed with the global user.name, so in a site whose own name
differs, `review approve` said "your own (Ada Editor)" and then signed as someone else."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import gitutil, review

sys.path.insert(0, str(Path(__file__).resolve().parent))
from review_site import BRIEFING, git, make_git_site  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")

SITE_NAME = "Ada Editor"  # the site's own user.name (review_site also commits under it)
GLOBAL_NAME = "Seed Maintainers"


@pytest.fixture
def two_names(site_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text(
        f"[user]\n\tname = {GLOBAL_NAME}\n\temail = seed@example.org\n", encoding="utf-8"
    )
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("GIT_CONFIG_GLOBAL", raising=False)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    make_git_site(site_copy)
    git(site_copy, "config", "user.name", SITE_NAME)
    git(site_copy, "config", "user.email", "ada@example.org")
    return site_copy


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_default_name_is_the_sites_own_then_the_global_one(
    two_names: Path, tmp_path: Path
) -> None:
    assert review.default_author(two_names / BRIEFING) == SITE_NAME
    assert review.default_author(two_names) == SITE_NAME
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    assert review.default_author(outside / "page.md") == GLOBAL_NAME  # no site name: global
    git(two_names, "config", "--unset", "user.name")
    assert review.default_author(two_names / BRIEFING) == GLOBAL_NAME


def test_the_command_line_signs_with_the_name_it_calls_your_own(
    two_names: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = str(two_names / BRIEFING)
    code, out, _err = run(capsys, "review", "approve", page)
    assert code == 1 and f"is your own ({SITE_NAME})" in out
    assert run(capsys, "review", "note", page, "--text", "Check the dates")[0] == 0
    suggestion = ("--field", "title", "--on", "briefing", "--replace", "note")
    assert run(capsys, "review", "suggest", page, *suggestion)[0] == 0
    store = review.NoteStore(two_names / BRIEFING)
    assert [n.author for n in store.notes] == [SITE_NAME]
    assert [s.author for s in store.suggestions] == [SITE_NAME]
    assert run(capsys, "review", "reject", page, store.suggestions[0].id)[0] == 0
    assert run(capsys, "review", "send-back", page, "--reason", "Shorter")[0] == 0
    code, out, err = run(capsys, "review", "notes", page)
    assert code == 0 and GLOBAL_NAME not in out
    store = review.NoteStore(two_names / BRIEFING)
    assert store.suggestions[0].decided_by == SITE_NAME
    assert [d.by for d in store.decisions] == [SITE_NAME]
    assert {n.author for n in store.notes} == {SITE_NAME}
    assert run(capsys, "review", "undo", page)[0] == 0
    assert review.NoteStore(two_names / BRIEFING).decisions[0].undone_by == SITE_NAME


def test_a_word_comment_without_an_author_is_signed_with_the_sites_name(two_names: Path) -> None:
    from editor_app.core.docx_place import note_of
    from editor_app.core.docx_read import DocxComment

    anonymous = DocxComment("1", "", "", None, "Which year?", "")
    assert note_of("Body.\n", 0, 0, anonymous, two_names / BRIEFING).author == SITE_NAME
    named = DocxComment("2", "Reviewer Rae", "RR", None, "Which year?", "")
    assert note_of("Body.\n", 0, 0, named, two_names / BRIEFING).author == "Reviewer Rae"
