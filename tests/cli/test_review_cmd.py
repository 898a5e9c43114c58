"""`editor-app review` on a copy of the real site: queue, diff, notes, decisions and reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import gitutil, review
from editor_app.core.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_site import BRAND, BRIEFING, EDUCATION, git, make_git_site, replace_in  # noqa: E402

needs_git = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def git_site(site_copy: Path) -> Path:
    """The real site under git; the final EDUCATION page made a draft in a second commit."""
    return make_git_site(site_copy, education_draft=True)


@pytest.fixture
def in_site(site_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Commands run from inside the site copy, as an editor would, with relative paths."""
    monkeypatch.chdir(site_copy)
    return site_copy


# -- the queue ----------------------------------------------------------------------------------


def test_queue_lists_the_drafts_of_the_real_site(in_site: Path, capsys) -> None:
    code, out, err = run(capsys, "review", "queue")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["Title", "Status", "Author", "Date", "Problems", "Path"]
    brand = next(line for line in lines if line.startswith("Brand narrative"))
    assert brand.split()[-1] == BRAND
    for words in ("draft", "Jonathan Smith", "2022-08-11"):
        assert words in brand
    assert lines[-1] == "2 pages waiting for review."


def test_queue_as_json_and_unpublished_pages(site_copy: Path, capsys) -> None:
    # `published: false` set the way a script would, through editor-app set.
    assert main(["set", str(site_copy / EDUCATION), "published=false"]) == 0
    code, out, _err = run(capsys, "review", "queue", "--json", str(site_copy))
    assert code == 0
    rows = {row["path"]: row for row in json.loads(out)}
    assert set(rows) == {BRAND, BRIEFING, EDUCATION}
    assert rows[EDUCATION]["status"] == "unpublished" and rows[EDUCATION]["unpublished"]
    assert rows[BRAND] == {
        "title": "Brand narrative",
        "status": "draft",
        "author": "Jonathan Smith",
        "date": "2022-08-11",
        "path": BRAND,
        "collection": "resources",
        "unpublished": False,
        "final": "final",
        "last_change": rows[BRAND]["last_change"],
        "last_change_source": "file",
        "problems": 0,
        "errors": 0,
        "state": "waiting",
        "state_reason": None,
        "state_warnings": 0,
        "newer_draft": None,  # no newer draft of it waits on a review branch
    }
    # --format json is the same as --json, as for validate.
    code, again, _err = run(capsys, "review", "queue", str(site_copy), "--format", "json")
    assert json.loads(again) == json.loads(out)


def test_queue_of_a_folder_that_is_no_site(tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, "review", "queue", str(tmp_path / "nowhere"))
    assert code == 2 and out == ""
    assert err.startswith("editor-app: ") and err.count("\n") == 1


# -- what changed -------------------------------------------------------------------------------


@needs_git
def test_diff_since_the_last_commit_marks_the_words(git_site: Path, capsys) -> None:
    path = git_site / BRAND
    replace_in(path, "title: Brand narrative", "title: Our brand narrative")
    replace_in(path, "quite a challenge, though", "quite a puzzle, though")
    code, out, _err = run(capsys, "review", "diff", str(path))
    assert code == 0
    assert out.startswith("--- Last commit\n+++ Now (not committed)\n")
    assert "~ title: [-Brand-]{+Our brand+} narrative" in out
    assert "~ It’s been quite a [-challenge-]{+puzzle+}, though a very interesting one." in out
    assert "unchanged paragraphs …" in out and "average MP" not in out
    code, out, _err = run(capsys, "review", "diff", "--json", str(path))
    data = json.loads(out)
    assert [(f["name"], f["old"], f["new"]) for f in data["fields"]] == [
        ("title", "Brand narrative", "Our brand narrative")
    ]
    assert [p["kind"] for p in data["paragraphs"]] == ["changed"]


@needs_git
def test_diff_against_an_earlier_commit(git_site: Path, capsys) -> None:
    path = git_site / EDUCATION
    code, out, err = run(capsys, "review", "diff", str(path))
    assert code == 0 and "No changes" in out and "--against" in err
    code, out, _err = run(capsys, "review", "diff", str(path), "--against", "HEAD~1")
    assert code == 0
    assert "~ status: [-final-]{+draft+}" in out and "Import the site" in out
    first = git(git_site, "rev-list", "--max-parents=0", "HEAD").strip()
    code, by_id, _err = run(capsys, "review", "diff", str(path), "--against", first[:7])
    assert code == 0 and by_id == out
    code, out, err = run(capsys, "review", "diff", str(path), "--against", "no-such-commit")
    assert code == 2 and out == ""
    assert "no commit called “no-such-commit”" in err and err.count("\n") == 1


@needs_git
def test_versions_and_a_diff_between_two_commits(git_site: Path, capsys) -> None:
    path = git_site / EDUCATION
    replace_in(path, "status: draft", "status: in review")
    git(git_site, "commit", "-qam", "Under review")
    code, out, _err = run(capsys, "review", "versions", str(path))
    assert code == 0
    subjects = [line.split(": ", 1)[1] for line in out.splitlines()[:3]]
    assert subjects == ["Under review", "Ready for another look", "Import the site"]
    assert out.splitlines()[-1] == "Never marked as reviewed."
    data = json.loads(run(capsys, "review", "versions", "--json", str(path))[1])
    ids = [c["id"] for c in data["commits"]]
    assert len(ids) == 3 and data["reviewed"] is None
    # Between the two older commits, whatever the file holds now.
    code, out, _err = run(
        capsys, "review", "diff", str(path), "--against", ids[2], "--to", ids[1][:8]
    )
    assert code == 0 and "~ status: [-final-]{+draft+}" in out and "in review" not in out
    code, _out, err = run(capsys, "review", "diff", str(path), "--to", ids[1])
    assert code == 2 and "--to needs --against" in err


def test_diff_without_git_uses_the_reviewed_copy(in_site: Path, capsys) -> None:
    code, out, err = run(capsys, "review", "diff", BRAND)
    assert code == 2 and out == ""
    assert "not been marked as reviewed" in err and "mark-reviewed" in err
    code, out, _err = run(capsys, "review", "mark-reviewed", BRAND)
    assert code == 0 and "reviewed" in out
    # The reviewed copy is kept in the user's data folder, never in the site.
    assert not (in_site / "_resources" / ".review").exists()
    replace_in(in_site / BRAND, "Please do let me know", "Please let me know")
    code, out, _err = run(capsys, "review", "diff", "--snapshot", BRAND)
    assert code == 0 and out.startswith("--- Last reviewed (")
    assert "~ Please[- do-] let me know" in out


# -- notes ----------------------------------------------------------------------------------------


def test_note_on_quoted_words_and_where_it_is_later(in_site: Path, capsys) -> None:
    code, out, err = run(
        capsys,
        "review",
        "note",
        BRAND,
        "--on",
        "a short public facing story",
        "--text",
        "Who is the public?",
        "--author",
        "Ada Editor",
    )
    assert code == 0, err
    line = int(out.rsplit("line ", 1)[1].rstrip(".\n"))
    assert "a short public facing story" in (in_site / BRAND).read_text().splitlines()[line - 1]
    store = review.NoteStore(in_site / BRAND)
    [note] = store.notes
    assert (note.quote, note.text, note.author) == (
        "a short public facing story",
        "Who is the public?",
        "Ada Editor",
    )
    assert note.id in out
    code, out, _err = run(capsys, "review", "note", BRAND, "--text", "Lovely.", "--author", "Bo")
    assert code == 0 and "whole page" in out

    code, out, _err = run(capsys, "review", "notes", BRAND)
    assert code == 0
    assert out.splitlines()[0] == f"{BRAND}: 2 notes, 2 open"
    assert f"line {line}, found" in out and "on the whole page" in out
    assert "“a short public facing story”" in out and "Who is the public?" in out

    # The author edits the text: above the passage (it moves), then the passage itself.
    doc = Document.load(in_site / BRAND)
    doc.body = doc.body.replace("Over the last month", "Over the last two months", 1)
    doc.save()
    assert "moved" in run(capsys, "review", "notes", BRAND)[1]
    replace_in(in_site / BRAND, "a short public facing story", "a brief public story")
    code, out, _err = run(capsys, "review", "notes", BRAND)
    assert "lost (the quoted words were edited" in out and "now near: “a brief public story”" in out
    code, out, _err = run(capsys, "review", "notes", "--json", BRAND)
    placed = json.loads(out)
    assert [p["place"] for p in placed] == ["lost", "general"]
    assert placed[0]["quote"] == "a short public facing story" and placed[0]["line"] == line


def test_resolve_reopen_and_delete_a_note(in_site: Path, capsys) -> None:
    run(capsys, "review", "note", BRAND, "--text", "First.", "--author", "Ada")
    run(capsys, "review", "note", BRAND, "--text", "Second.", "--author", "Ada")
    first, second = review.NoteStore(in_site / BRAND).notes
    code, out, _err = run(capsys, "review", "resolve", BRAND, first.id[:5])
    assert code == 0 and out == f"{BRAND}: note {first.id} is resolved.\n"
    assert [n.resolved for n in review.NoteStore(in_site / BRAND).notes] == [True, False]
    assert run(capsys, "review", "notes", BRAND)[1].splitlines()[0] == f"{BRAND}: 2 notes, 1 open"
    assert run(capsys, "review", "resolve", BRAND, first.id, "--reopen")[0] == 0
    assert not review.NoteStore(in_site / BRAND).notes[0].resolved
    assert run(capsys, "review", "delete-note", BRAND, second.id)[0] == 0
    assert [n.text for n in review.NoteStore(in_site / BRAND).notes] == ["First."]
    code, _out, err = run(capsys, "review", "delete-note", BRAND, "nothing-like-it")
    assert code == 2 and "no note with an id starting" in err
    # The last note gone, its sidecar file and folder go too.
    assert run(capsys, "review", "delete-note", BRAND, first.id)[0] == 0
    assert not review.notes_path(in_site / BRAND).parent.exists()


def test_note_refused_when_the_words_are_missing_or_repeated(in_site: Path, capsys) -> None:
    before = (in_site / BRAND).read_bytes()
    code, out, err = run(capsys, "review", "note", BRAND, "--on", "nobody wrote", "--text", "x")
    assert code == 2 and out == ""
    assert "“nobody wrote” are not in the text of the page" in err and err.count("\n") == 1
    code, out, err = run(capsys, "review", "note", BRAND, "--on", "brand narrative", "--text", "x")
    assert code == 2 and "2 times" in err and "--nth 1 to 2" in err and err.count("\n") == 1
    assert not review.notes_path(in_site / BRAND).exists()  # nothing was written
    code, out, err = run(
        capsys, "review", "note", BRAND, "--on", "brand narrative", "--nth", "2", "--text", "Hm"
    )
    assert code == 0, err
    [note] = review.NoteStore(in_site / BRAND).notes
    body = Document.load(in_site / BRAND).body
    assert note.offset == body.index("brand narrative", body.index("brand narrative") + 1)
    assert (in_site / BRAND).read_bytes() == before  # notes never touch the page


def test_notes_of_a_page_without_any(in_site: Path, capsys) -> None:
    assert run(capsys, "review", "notes", BRIEFING)[:2] == (0, f"{BRIEFING}: no review notes.\n")
    assert run(capsys, "review", "notes", "--json", BRIEFING)[1] == "[]\n"
    code, _out, err = run(capsys, "review", "notes", "_resources/missing.md")
    assert code == 2 and "cannot read" in err


def test_damaged_notes_file_is_reported_not_overwritten(in_site: Path, capsys) -> None:
    sidecar = review.notes_path(in_site / BRAND)
    sidecar.parent.mkdir()
    sidecar.write_text("notes: [unclosed\n", encoding="utf-8")
    assert run(capsys, "review", "notes", BRAND)[0] == 2
    code, _out, err = run(capsys, "review", "note", BRAND, "--text", "x")
    assert code == 2 and "damaged" in err
    assert sidecar.read_text(encoding="utf-8") == "notes: [unclosed\n"


# -- decisions ------------------------------------------------------------------------------------


@needs_git
def test_approve_changes_one_line_and_says_so(git_site: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(git_site)
    code, out, err = run(capsys, "review", "approve", BRIEFING)
    assert code == 0, err
    assert out == f"{BRIEFING}: status: draft -> final\n"
    assert git(git_site, "diff", "--numstat").split() == ["1", "1", BRIEFING]
    assert "-status: draft\n+status: final" in git(git_site, "diff", "-U0")
    again = run(capsys, "review", "approve", BRIEFING)[1]  # unchanged: not approved twice
    assert again.startswith(f"{BRIEFING}: already approved by ")
    assert again.endswith(", unchanged since; nothing changed.\n")
    assert [d.decision for d in review.NoteStore(git_site / BRIEFING).decisions] == ["approved"]
    rows = json.loads(run(capsys, "review", "queue", "--json")[1])
    assert BRIEFING not in [row["path"] for row in rows]


def test_approve_refuses_a_page_without_status(in_site: Path, capsys) -> None:
    person = sorted((in_site / "_people").glob("*.md"))[0]
    before = person.read_bytes()
    code, out, err = run(capsys, "review", "approve", str(person))
    assert code == 2 and out == ""
    assert "no status field" in err and "not changed" in err and err.count("\n") == 1
    assert person.read_bytes() == before


def test_approve_an_unpublished_page_publishes_it(in_site: Path, capsys) -> None:
    original = (in_site / EDUCATION).read_bytes()
    assert main(["set", EDUCATION, "published=false"]) == 0
    code, out, _err = run(capsys, "review", "approve", EDUCATION)
    # The page had no published line: approving takes the one set for the review away again.
    assert code == 0 and out == f"{EDUCATION}: published: false (line removed)\n"
    assert (in_site / EDUCATION).read_bytes() == original


def test_send_back_keeps_the_page_and_adds_the_message(in_site: Path, capsys) -> None:
    before = (in_site / BRAND).read_bytes()
    code, out, _err = run(capsys, "review", "send-back", BRAND)
    assert code == 0 and "unchanged (status: draft)" in out
    record = review.NoteStore(in_site / BRAND)  # no message, no note; the decision is kept
    assert record.notes == [] and [d.decision for d in record.decisions] == ["sent back"]
    code, out, _err = run(
        capsys,
        "review",
        "send-back",
        BRAND,
        "--reason",
        "Shorter opening, please.",
        "--author",
        "Ada",
    )
    assert code == 0
    [note] = review.NoteStore(in_site / BRAND).notes
    assert (note.text, note.author, note.is_general) == ("Shorter opening, please.", "Ada", True)
    assert note.id in out
    assert (in_site / BRAND).read_bytes() == before


# -- reports --------------------------------------------------------------------------------------


def test_report_on_the_whole_queue_and_on_one_page(in_site: Path, tmp_path: Path, capsys) -> None:
    run(capsys, "review", "note", BRAND, "--on", "a short public facing story", "--text", "Who?")
    target = tmp_path / "report.html"
    code, out, _err = run(capsys, "review", "report", ".", "-o", str(target))
    assert code == 0 and "2 pages" in out and str(target) in out
    html = target.read_text(encoding="utf-8")
    assert "<title>Review report: the whole queue</title>" in html
    assert html.count("<h2>") == 2 and "Legitimate interests briefing paper" in html
    assert "Who?" in html and "Problems (" in html
    code, out, _err = run(capsys, "review", "report", BRAND)
    assert code == 0 and "<title>Review report: Brand narrative</title>" in out
    assert out.count("<h2>") == 1
    # A folder stands for the queue's pages inside it; a page named twice is reported once.
    code, out, _err = run(capsys, "review", "report", "_people", BRAND, BRAND)
    assert code == 0 and out.count("<h2>") == 1


def test_report_refuses_pages_outside_the_site(in_site: Path, tmp_path: Path, capsys) -> None:
    loose = tmp_path / "loose.md"
    loose.write_text("---\ntitle: Loose\n---\nText.\n", encoding="utf-8")
    code, out, err = run(capsys, "review", "report", BRAND, str(loose), "-o", "r.html")
    assert code == 2 and out == "" and "not in the site" in err
    assert not (in_site / "r.html").exists()


# -- as a real process ---------------------------------------------------------------------------


def _editor_app(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "editor_app", *argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


@needs_git
def test_a_review_from_the_shell(git_site: Path) -> None:
    """Queue, note, approve and report in separate processes, as a script would run them."""
    queue = _editor_app("review", "queue", "--json", cwd=git_site)
    assert queue.returncode == 0, queue.stderr
    assert {row["path"] for row in json.loads(queue.stdout)} == {BRAND, BRIEFING, EDUCATION}
    note = _editor_app(
        "review", "note", EDUCATION, "--on", "education", "--nth", "1", "--text", "Fine.",
        "--author", "Ada", cwd=git_site,
    )  # fmt: skip
    assert note.returncode == 0, note.stderr
    before = (git_site / EDUCATION).read_bytes()
    refused = _editor_app("review", "approve", EDUCATION, cwd=git_site)  # the note is open
    assert refused.returncode == 1 and "Open note by Ada" in refused.stdout
    assert (git_site / EDUCATION).read_bytes() == before
    note_id = review.NoteStore(git_site / EDUCATION).notes[0].id
    assert _editor_app("review", "resolve", EDUCATION, note_id, cwd=git_site).returncode == 0
    approve = _editor_app("review", "approve", EDUCATION, cwd=git_site)
    assert approve.returncode == 0 and approve.stdout == f"{EDUCATION}: status: draft -> final\n"
    assert git(git_site, "diff", "--numstat", "--", EDUCATION).split()[:2] == ["1", "1"]
    missing = _editor_app("review", "approve", "_resources/nope.md", cwd=git_site)
    assert missing.returncode == 2 and missing.stderr.startswith("editor-app: cannot read")


def test_the_review_command_loads_no_qt(site_copy: Path, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from editor_app.cli import main\n"
        f"assert main(['review', 'queue', {str(site_copy)!r}]) == 0\n"
        f"assert main(['review', 'report', {str(site_copy)!r}, '-o', {str(tmp_path / 'r.html')!r}]) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr


# -- queue filters --------------------------------------------------------------------------------

PROJECT = "_projects/2022-dpdib.md"  # "Our Data Futures": a project page, no author, no status


@pytest.fixture
def busy_site(site_copy: Path) -> Path:
    """A queue of four on the real site: two drafts, two `published: false` pages.

    BRAND's author is no known person (its one problem), BRIEFING has two authors, EDUCATION
    (Tim Davies) and PROJECT (another collection) are kept off the site with `published: false`.
    """
    for page in (EDUCATION, PROJECT):
        assert main(["set", str(site_copy / page), "published=false"]) == 0
    replace_in(site_copy / BRAND, "author: Jonathan Smith", "author: Nobody Known")
    briefing = site_copy / BRIEFING
    assert main(["set", str(briefing), "author=[Jeni Tennison, Gavin Freeguard]"]) == 0
    return site_copy


def queue_paths(capsys: pytest.CaptureFixture[str], site: Path, *options: str) -> list[str]:
    """The paths `review queue --json` lists with these options (exit 0 checked)."""
    code, out, _err = run(capsys, "review", "queue", str(site), "--json", *options)
    assert code == 0
    return [row["path"] for row in json.loads(out)]


def table_paths(out: str) -> list[str]:
    """The paths of the rows of the text table (the last column; `*` marks dropped)."""
    lines = out.splitlines()
    assert lines[0].split()[0] == "Title"
    return [line.removesuffix(" *").split()[-1] for line in lines[1:-1]]


def test_each_queue_filter_narrows_the_list(busy_site: Path, capsys) -> None:
    everything = queue_paths(capsys, busy_site)
    assert sorted(everything) == sorted([BRAND, BRIEFING, EDUCATION, PROJECT])
    expected = {
        ("--status", "draft"): {BRAND, BRIEFING},
        ("--status", "Unpublished"): {EDUCATION, PROJECT},
        ("--author", "Tim Davies"): {EDUCATION},
        ("--author", "TIM DAVIES"): {EDUCATION},
        ("--author", "tim-davies"): {EDUCATION},  # the slug, as in the people pages' names
        ("--author", "gavin-freeguard"): {BRIEFING},  # one of its two authors
        ("--author", "Jeni Tennison, Gavin Freeguard"): {BRIEFING},  # the whole name as shown
        ("--collection", "projects"): {PROJECT},
        ("--collection", "Resources"): {BRAND, BRIEFING, EDUCATION},
        ("--with-problems",): {BRAND},  # an author who is nobody known is a problem
        # --text: the window's filter box; the words anywhere in what the queue shows.
        ("--text", "data FUTURES"): {PROJECT},  # in the title
        ("--text", "gavin"): {BRIEFING},  # part of an author's name
        ("--text", "03 Nov 2025"): {EDUCATION},  # the date as the window shows it
        ("--text", "2022-08"): {BRAND},  # ... and as the command line does
        ("--text", "Projects"): {PROJECT},  # the kind (collection)
        ("--text", "brand-narr"): {BRAND},  # the path
    }
    for options, paths in expected.items():
        listed = queue_paths(capsys, busy_site, *options)
        assert set(listed) == paths, options
        # Filtering keeps the queue's order (newest change first).
        assert listed == [p for p in everything if p in paths], options


def test_queue_filters_combine(busy_site: Path, capsys) -> None:
    assert queue_paths(
        capsys, busy_site, "--status", "unpublished", "--collection", "resources"
    ) == [EDUCATION]
    assert queue_paths(capsys, busy_site, "--status", "draft", "--author", "jeni-tennison") == [
        BRIEFING
    ]
    assert queue_paths(capsys, busy_site, "--status", "draft", "--with-problems") == [BRAND]
    # Every condition must hold: a draft by Tim Davies there is none.
    assert queue_paths(capsys, busy_site, "--status", "draft", "--author", "Tim Davies") == []
    assert queue_paths(capsys, busy_site, "--collection", "projects", "--with-problems") == []
    assert queue_paths(capsys, busy_site, "--text", "jeni", "--status", "draft") == [BRIEFING]
    assert queue_paths(capsys, busy_site, "--text", "jeni", "--status", "unpublished") == []


def test_filtered_table_holds_the_same_pages_as_the_json(
    busy_site: Path, capsys, monkeypatch
) -> None:
    monkeypatch.chdir(busy_site)
    options = ("--collection", "resources", "--author", "nobody-known")
    code, out, err = run(capsys, "review", "queue", *options)
    assert code == 0 and err == ""
    assert table_paths(out) == [BRAND] == queue_paths(capsys, busy_site, *options)
    assert out.splitlines()[-1] == "1 of 4 pages waiting for review matches these filters."
    code, out, err = run(capsys, "review", "queue", "--status", "draft")
    assert table_paths(out) == queue_paths(capsys, busy_site, "--status", "draft")
    assert out.splitlines()[-1] == "2 of 4 pages waiting for review match these filters."


def test_unknown_status_gives_an_empty_list_and_says_why(busy_site: Path, capsys) -> None:
    code, out, err = run(capsys, "review", "queue", str(busy_site), "--status", "drafty")
    assert code == 0
    assert out == "No page waiting for review matches these filters.\n"
    assert err == (
        "editor-app: no page waiting for review can have the status 'drafty' "
        "(the statuses waiting for review: draft, unpublished)\n"
    )
    # With --json the list is empty JSON, and the reason still goes to stderr only.
    code, out, err = run(capsys, "review", "queue", str(busy_site), "--json", "--status", "final")
    assert code == 0 and json.loads(out) == []
    assert "the status 'final'" in err and err.count("\n") == 1


def test_an_empty_filter_result_names_what_the_queue_has(busy_site: Path, capsys) -> None:
    code, out, err = run(capsys, "review", "queue", str(busy_site), "--author", "jeni")
    assert code == 0 and out == "No page waiting for review matches these filters.\n"
    assert err == (
        "editor-app: no page waiting for review is by 'jeni' (the authors in the queue: "
        "Gavin Freeguard, Jeni Tennison, Nobody Known, Tim Davies)\n"
    )
    code, out, err = run(capsys, "review", "queue", str(busy_site), "--collection", "blog")
    assert code == 0 and out == "No page waiting for review matches these filters.\n"
    assert err.startswith("editor-app: this site has no collection called 'blog' (it has: ")
    # A known status that simply has no page in the collection: empty, and nothing to explain.
    options = ("--collection", "projects", "--status", "draft")
    code, out, err = run(capsys, "review", "queue", str(busy_site), *options)
    assert code == 0 and err == "" and out.startswith("No page waiting")


def test_queue_filters_are_in_the_help(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["review", "queue", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    options = ("--status STATUS", "--author NAME", "--collection NAME", "--with-problems")
    for option in (*options, "--text WORDS"):
        assert option in out
