"""Offline review: queue, what changed (git and snapshots), notes, decisions and reports."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from review_site import BRAND, BRIEFING, git, make_git_site, replace_in
from review_site import EDUCATION as FINAL_ONE

from editor_app.core import gitutil, review
from editor_app.core.document import Document
from editor_app.core.schema import CollectionSchema, Field
from editor_app.core.site import Site

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


@pytest.fixture
def git_site(site_copy: Path) -> Path:
    """The real site under git: everything committed once."""
    return make_git_site(site_copy)


# -- status and queue -------------------------------------------------------------------------


def test_status_rule_comes_from_the_schema_choices() -> None:
    cs = CollectionSchema(
        "posts",
        [
            Field("layout", "choice", choices=["post"]),
            Field("state", "choice", choices=["in review", "published", "draft"]),
        ],
    )
    rule = review.status_rule(cs)
    assert rule is not None and rule.field == "state" and rule.final == "published"
    assert not rule.is_final("draft") and rule.is_final("Published")
    # A choice with no draft-like value is not a status (e.g. a layout that happens to be 'live').
    assert (
        review.status_rule(CollectionSchema("x", [Field("mode", "choice", choices=["live"])]))
        is None
    )
    # A field named status wins even when another choice looks status-like.
    cs2 = CollectionSchema(
        "x",
        [
            Field("phase", "choice", choices=["draft", "done"]),
            Field("status", "choice", choices=["draft", "approved"]),
        ],
    )
    assert review.status_rule(cs2).field == "status"
    assert review.status_rule(cs2).final == "approved"


def test_queue_lists_the_real_drafts_with_their_details(shared_site: Path) -> None:
    site = Site.open(shared_site)
    items = review.review_queue(site)
    assert sorted(i.relative for i in items) == sorted([BRAND, BRIEFING])
    brand = next(i for i in items if i.relative == BRAND)
    assert brand.title == "Brand narrative"
    assert brand.author == "Jonathan Smith"
    assert str(brand.date) == "2022-08-11"
    assert brand.status == "draft" and brand.rule.final == "final"
    assert brand.last_change_source == "file" and brand.last_change is not None
    # The untouched page has nothing to fix (a planted problem is counted in the next test).
    assert (brand.problems, brand.errors) == (0, 0)


def test_queue_uses_commit_dates_and_counts_problems(git_site: Path) -> None:
    replace_in(git_site / FINAL_ONE, "status: final", "status: draft")
    git(git_site, "commit", "-qam", "Back to draft")
    # An uncommitted change makes the file newer than its last commit.
    replace_in(git_site / BRAND, "author: Jonathan Smith", "author: Nobody Known")
    items = {i.relative: i for i in review.review_queue(Site.open(git_site))}
    assert set(items) == {BRAND, BRIEFING, FINAL_ONE}
    assert items[FINAL_ONE].last_change_source == "commit"
    assert items[BRIEFING].last_change_source == "commit"
    assert items[BRAND].last_change_source == "not committed"
    # The unknown author is a validation problem, counted in the queue.
    assert items[BRAND].problems > items[BRIEFING].problems
    assert list(items)[0] == BRAND  # newest change first


# -- what changed ---------------------------------------------------------------------------------


def test_diff_since_last_commit_shows_fields_and_words(git_site: Path) -> None:
    path = git_site / BRAND
    replace_in(path, "title: Brand narrative", "title: Our brand narrative")
    replace_in(path, "quite a challenge, though", "quite a puzzle, though")
    history = review.History(path)
    assert history.uses_git
    diff = history.what_changed()
    assert diff is not None and diff.changed
    assert [(f.name, f.old, f.new) for f in diff.fields] == [
        ("title", "Brand narrative", "Our brand narrative")
    ]
    changed = [b for b in diff.blocks if b.kind == "changed"]
    assert len(changed) == 1 and "challenge" in changed[0].old and "puzzle" in changed[0].new
    html = diff.to_html()
    assert "challenge</span>" in html and "puzzle</span>" in html
    # Unchanged paragraphs far from the change are folded away, not repeated.
    assert "unchanged paragraphs" in html
    assert "average MP" not in html


def test_diff_between_two_commits(git_site: Path) -> None:
    path = git_site / BRAND
    replace_in(path, "status: draft", "status: final")
    git(git_site, "commit", "-qam", "Approve the brand narrative")
    replace_in(path, "Think someone general", "Think of someone general")
    git(git_site, "commit", "-qam", "Wording")
    history = review.History(path)
    commits = history.commits()
    assert [c.subject for c in commits] == [
        "Wording",
        "Approve the brand narrative",
        "Import the site",
    ]
    diff = history.between(commits[2].sha, commits[1].sha)
    assert [(f.name, f.old, f.new) for f in diff.fields] == [("status", "draft", "final")]
    assert all(b.kind == "same" for b in diff.blocks)
    assert "Approve the brand narrative" in diff.new_label
    diff2 = history.between(commits[1].sha, commits[0].sha)
    assert not diff2.fields
    assert [b.kind for b in diff2.blocks if b.kind != "same"] == ["changed"]
    assert history.between(commits[0].sha, None).changed is False


def test_paragraphs_added_and_removed_are_aligned() -> None:
    old = "---\ntitle: A\n---\nOne para.\n\nTwo para here.\n\nThree.\n"
    new = "---\ntitle: A\n---\nOne para.\n\nA brand new thought.\n\nTwo para here, longer.\n"
    diff = review.diff_versions(old, new)
    kinds = [b.kind for b in diff.blocks]
    assert kinds == ["same", "added", "changed", "removed"]
    left, right = review.word_diff_html("Two para here.", "Two para here, longer.")
    assert "longer" in right and "longer" not in left


def test_no_git_snapshot_path(site_copy: Path) -> None:
    path = site_copy / BRAND
    store = review.SnapshotStore()
    history = review.History(path, store)
    assert not history.uses_git
    assert history.what_changed() is None  # never reviewed: nothing to compare with
    history.mark_reviewed()
    assert not history.what_changed().changed
    replace_in(path, "Please do let me know", "Please let me know")
    diff = history.what_changed()
    assert diff.changed and diff.old_label.startswith("Last reviewed")
    # Snapshots live in the user's data folder, never in the site.
    assert Path(store.folder).is_relative_to(Path(review.user_data_dir()))
    before = {p for p in site_copy.rglob("*")}
    history.mark_reviewed()
    assert {p for p in site_copy.rglob("*")} == before


# -- notes ------------------------------------------------------------------------------------


def test_note_survives_edits_elsewhere_and_flags_an_edited_passage(site_copy: Path) -> None:
    path = site_copy / BRAND
    doc = Document.load(path)
    body = doc.body
    quote = "a short public facing story"
    start = body.index(quote)
    store = review.NoteStore(path)
    note = store.add(review.make_note(body, start, start + len(quote), "Too vague?", "Ada"))
    assert review.notes_path(path) == site_copy / "_resources/.review/brand-narrative.md.notes.yml"

    # Edit a different paragraph (before the passage, so every offset moves).
    doc.body = body.replace("Over the last month or so", "Over the last two months or so", 1)
    doc.save()
    again = review.NoteStore(path)
    new_body = Document.load(path).body
    anchor = again.anchors(new_body)[note.id]
    assert anchor.state == review.FOUND
    assert new_body[anchor.start : anchor.end] == quote
    assert anchor.start != note.offset

    # Now edit the passage itself: the note is kept and marked as changed.
    doc.body = new_body.replace(quote, "a brief public story", 1)
    doc.save()
    again = review.NoteStore(path)
    assert [n.text for n in again.notes] == ["Too vague?"]
    anchor = again.anchors(Document.load(path).body)[note.id]
    assert anchor.passage_changed
    assert "brief public story" in Document.load(path).body[anchor.start : anchor.end + 5]
    assert "passage changed" in review.note_state_text(again.notes[0], anchor)


def test_repeated_quote_is_told_apart_by_its_context() -> None:
    body = "Intro.\n\nThe cat sat. More words here.\n\nOther text. The cat sat. Different end.\n"
    second = body.rindex("The cat sat")
    note = review.make_note(body, second, second + len("The cat sat"), "this one", "Ada")
    edited = "A new opening paragraph.\n\n" + body
    anchor = review.anchor_note(note, edited)
    assert anchor.state == review.FOUND
    assert anchor.start == edited.rindex("The cat sat")


def test_rewrapped_quote_is_still_found() -> None:
    body = "Some words that run on\nacross two lines here.\n"
    note = review.make_note(body, 5, 35, "hmm", "Ada")
    anchor = review.anchor_note(note, "Some words that run on across\ntwo lines here.\n")
    assert anchor.state == review.FOUND


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(alphabet="abcdefgh ,.", min_size=5, max_size=40), min_size=3, max_size=6),
    st.integers(min_value=0, max_value=5),
    st.text(alphabet="xyz ", min_size=1, max_size=30),
)
def test_unique_passage_is_found_after_any_edit_elsewhere(
    paras: list[str], pick: int, inserted: str
) -> None:
    pick %= len(paras)
    paras[pick] = f"QQ{pick} marked passage QQ"
    body = "\n\n".join(paras)
    start = body.index(paras[pick])
    note = review.make_note(body, start, start + len(paras[pick]), "n", "Ada")
    other = (pick + 1) % len(paras)
    edited_paras = list(paras)
    edited_paras[other] = inserted + edited_paras[other]
    edited = "\n\n".join(edited_paras)
    anchor = review.anchor_note(note, edited)
    assert anchor.state == review.FOUND
    assert edited[anchor.start : anchor.end] == paras[pick]


def test_notes_file_is_readable_yaml_and_not_published(site_copy: Path) -> None:
    path = site_copy / BRAND
    store = review.NoteStore(path)
    store.add(review.make_note("", 0, 0, "Please add a date: “soon”.", "Ada"))
    raw = store.path.read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    assert data["version"] == 2 and data["document"] == "brand-narrative.md"
    assert data["notes"][0]["text"] == "Please add a date: “soon”."
    # A dot-folder: Jekyll skips it, and the editor's own document list does not see it.
    assert any(part.startswith(".") for part in store.path.relative_to(site_copy).parts)
    site = Site.open(site_copy)
    assert all(".review" not in e.path.parts for e in site.entries())
    store.set_resolved(store.notes[0].id)
    assert review.NoteStore(path).notes[0].resolved
    store.remove(store.notes[0].id)
    assert not store.path.exists() and not store.path.parent.exists()


def test_warns_when_the_site_would_publish_the_notes(site_copy: Path) -> None:
    assert review.notes_publishing_warning(Site.open(site_copy)) is None
    config = site_copy / "_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\ninclude: [.htaccess, .review]\n")
    warning = review.notes_publishing_warning(Site.open(site_copy))
    assert warning and ".review" in warning


def test_damaged_notes_file_is_reported_and_left_alone(site_copy: Path) -> None:
    path = site_copy / BRAND
    sidecar = review.notes_path(path)
    sidecar.parent.mkdir()
    sidecar.write_text("notes: [unclosed\n", encoding="utf-8")
    store = review.NoteStore(path)
    assert store.error and "damaged" in store.error
    with pytest.raises(OSError):
        store.add(review.make_note("", 0, 0, "x", "Ada"))
    assert sidecar.read_text(encoding="utf-8") == "notes: [unclosed\n"


# -- decisions ------------------------------------------------------------------------------------


def test_approve_changes_exactly_one_line(git_site: Path) -> None:
    path = git_site / BRIEFING
    before = path.read_bytes()
    site = Site.open(git_site)
    review.approve(path, site)
    after = path.read_bytes()
    removed_added = [
        line
        for line in difflib.unified_diff(
            before.decode().splitlines(), after.decode().splitlines(), lineterm="", n=0
        )
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert removed_added == ["-status: draft", "+status: final"]
    assert git(git_site, "diff", "--numstat").split()[:2] == ["1", "1"]
    assert BRIEFING not in [i.relative for i in review.review_queue(Site.open(git_site))]
    # Approving again changes nothing.
    review.approve(path, site)
    assert path.read_bytes() == after


def test_approve_keeps_crlf_and_marks_the_snapshot(site_copy: Path) -> None:
    path = site_copy / BRAND
    original = path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    path.write_bytes(original)
    review.approve(path, Site.open(site_copy))
    assert path.read_bytes() == original.replace(b"status: draft", b"status: final")
    assert not review.History(path).since_reviewed().changed


def test_approve_refuses_a_page_without_status(site_copy: Path) -> None:
    person = next((site_copy / "_people").glob("*.md"))
    before = person.read_bytes()
    with pytest.raises(review.ReviewError):
        review.approve(person, Site.open(site_copy))
    assert person.read_bytes() == before


def test_send_back_keeps_draft_and_notes(site_copy: Path) -> None:
    path = site_copy / BRAND
    before = path.read_bytes()
    review.NoteStore(path).add(review.make_note("", 0, 0, "first", "Ada"))
    review.send_back(path, "Please shorten the opening.", "Ada")
    assert path.read_bytes() == before
    assert [n.text for n in review.NoteStore(path).notes] == [
        "first",
        "Please shorten the opening.",
    ]


# -- reports --------------------------------------------------------------------------------------


def test_report_for_the_queue_has_pages_problems_and_notes(site_copy: Path, tmp_path: Path) -> None:
    site = Site.open(site_copy)
    path = site_copy / BRAND
    body = Document.load(path).body
    i = body.index("brand narrative")
    review.NoteStore(path).add(review.make_note(body, i, i + 15, "Capitalise?", "Ada"))
    paths = [item.path for item in review.review_queue(site)]
    html = review.report_html(paths, site)
    assert html.count("<h2>") == 2
    assert "Brand narrative" in html and "Legitimate interests briefing paper" in html
    assert "Capitalise?" in html and "Problems (" in html
    assert "<ul>" in html and "<li>" in html  # the rendered list of the page
    out = review.write_report(tmp_path / "report.html", html)
    assert out.read_text(encoding="utf-8") == html


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(min_size=1, max_size=80),
    author=st.text(min_size=1, max_size=20),
    body=st.text(min_size=1, max_size=200),
    span=st.tuples(st.integers(0, 200), st.integers(0, 200)),
)
def test_notes_file_round_trips_any_text(
    tmp_path_factory: pytest.TempPathFactory, text: str, author: str, body: str, span
) -> None:
    folder = tmp_path_factory.mktemp("notes")
    doc = folder / "page.md"
    page = ("---\ntitle: x\n---\n" + body).encode("utf-8")
    doc.write_bytes(page)
    note = review.make_note(body, span[0], span[1], text, author)
    review.NoteStore(doc).add(note)
    loaded = review.NoteStore(doc)
    assert loaded.error is None
    assert [n.to_dict() for n in loaded.notes] == [note.to_dict()]
    assert doc.read_bytes() == page  # the page itself is never touched


def test_a_page_never_committed_shows_as_all_new(git_site: Path) -> None:
    page = git_site / "_resources/new-draft.md"
    page.write_text("---\ntitle: New draft\nstatus: draft\n---\nFirst words.\n", encoding="utf-8")
    diff = review.History(page).what_changed()
    assert diff.old_missing and "not in it" in diff.old_label
    assert [(f.name, f.kind) for f in diff.fields] == [("title", "added"), ("status", "added")]
    assert [b.kind for b in diff.blocks] == ["added"]
    items = {i.relative: i for i in review.review_queue(Site.open(git_site))}
    assert items["_resources/new-draft.md"].last_change_source == "not committed"


# -- published: false ----------------------------------------------------------------------------


def _unpublish(path: Path, value: object = False) -> None:
    doc = Document.load(path)
    doc.set("published", value)
    doc.save()


def test_unpublished_pages_are_listed_whatever_their_status(site_copy: Path) -> None:
    person = sorted((site_copy / "_people").glob("*.md"))[0]  # people have no status field
    person_rel = person.relative_to(site_copy).as_posix()
    for rel in (FINAL_ONE, BRAND, person_rel):
        _unpublish(site_copy / rel)
    # Jekyll publishes unless the value is the YAML boolean false: a quoted "false" is text.
    _unpublish(site_copy / "_resources/ai-white-paper-2023.md", "false")
    items = {i.relative: i for i in review.review_queue(Site.open(site_copy))}
    assert set(items) == {FINAL_ONE, BRAND, BRIEFING, person_rel}
    for rel in (FINAL_ONE, BRAND, person_rel):
        assert items[rel].unpublished and items[rel].status == "unpublished"
    assert not items[BRIEFING].unpublished and items[BRIEFING].status == "draft"
    assert items[person_rel].rule is None and items[person_rel].to_json()["final"] is None
    assert items[FINAL_ONE].to_json()["unpublished"] is True


def test_approving_an_unpublished_page_publishes_it_in_one_line(site_copy: Path) -> None:
    path = site_copy / FINAL_ONE
    original = path.read_bytes()
    _unpublish(path)
    before = path.read_bytes()
    review.approve(path, Site.open(site_copy))
    # The page had no published line (not in git: nothing says it had): approving takes the
    # one set for the review away again, one line, rather than leaving `published: true`.
    after = path.read_bytes()
    assert after == original and after == before.replace(b"published: false\n", b"", 1)
    assert FINAL_ONE not in [i.relative for i in review.review_queue(Site.open(site_copy))]
    # A page with no status field can be approved when it is unpublished, and only then.
    person = sorted((site_copy / "_people").glob("*.md"))[0]
    _unpublish(person)
    review.approve(person, Site.open(site_copy))
    assert "published" not in Document.load(person).front_matter
    with pytest.raises(review.ReviewError):
        review.approve(person, Site.open(site_copy))


# -- what the command line needs: passages by their words, notes placed, text diffs ------------


def test_find_passage_by_its_words(site_copy: Path) -> None:
    body = Document.load(site_copy / BRAND).body
    start, end = review.find_passage(body, "a short   public\nfacing story")
    assert body[start:end] == "a short public facing story"
    with pytest.raises(review.PassageNotFound) as info:
        review.find_passage(body, "brand narrative")
    assert info.value.count == 2 and "2 times" in str(info.value)
    second = review.find_passage(body, "brand narrative", nth=2)
    assert second[0] > review.find_passage(body, "brand narrative", nth=1)[0]
    with pytest.raises(review.PassageNotFound) as info:
        review.find_passage(body, "brand narrative", nth=3)
    assert "no number 3" in str(info.value)
    with pytest.raises(review.PassageNotFound) as info:
        review.find_passage(body, "words nobody wrote")
    assert info.value.count == 0


def test_notes_are_placed_found_moved_lost_or_general(site_copy: Path) -> None:
    path = site_copy / BRAND
    doc = Document.load(path)
    body = doc.body
    store = review.NoteStore(path)
    for words in ("a short public facing story", "quite a challenge"):
        start, end = review.find_passage(body, words)
        store.add(review.make_note(body, start, end, f"On {words}", "Ada"))
    store.add(review.make_note(body, 0, 0, "Overall fine", "Ada"))
    placed = review.place_notes(store, doc)
    assert [p.place for p in placed] == ["found", "found", "general"]
    first_line = doc.text.splitlines()[placed[0].line - 1]
    assert "a short public facing story" in first_line
    # An edit above both passages moves them; editing one passage loses its words.
    doc.body = body.replace("Over the last month", "Over the last two months", 1).replace(
        "quite a challenge", "quite a puzzle", 1
    )
    doc.save()
    placed = review.place_notes(review.NoteStore(path), Document.load(path))
    assert [p.place for p in placed] == ["moved", "lost", "general"]
    assert placed[0].passage == "a short public facing story"
    data = placed[1].to_json()
    assert data["place"] == "lost" and data["quote"] == "quite a challenge"
    assert placed[2].to_json()["line"] is None


def test_diff_as_text_and_json(git_site: Path) -> None:
    path = git_site / BRAND
    replace_in(path, "title: Brand narrative", "title: Our brand narrative")
    replace_in(path, "quite a challenge, though", "quite a puzzle, though")
    diff = review.History(path).what_changed()
    text = diff.to_text()
    assert text.startswith("--- Last commit\n+++ Now (not committed)\n")
    assert "~ title: [-Brand-]{+Our brand+} narrative" in text
    assert "~ It’s been quite a [-challenge-]{+puzzle+}, though" in text
    assert "unchanged paragraphs …" in text and "average MP" not in text
    data = diff.to_json()
    assert data["fields"] == [
        {"name": "title", "kind": "changed", "old": "Brand narrative", "new": "Our brand narrative"}
    ]
    assert [p["kind"] for p in data["paragraphs"]] == ["changed"]
    assert data["unchanged_paragraphs"] == len(diff.blocks) - 1
    same = review.diff_versions(path.read_bytes(), path.read_bytes()).to_text()
    assert "No changes" in same


def test_history_names_commits_as_git_does(git_site: Path, tmp_path: Path) -> None:
    history = review.History(git_site / BRAND)
    head = git(git_site, "rev-parse", "HEAD").strip()
    assert history.resolve("HEAD") == head
    assert history.resolve(head[:7]) == head
    for bad in ("no-such-commit", "--all", ""):
        with pytest.raises(review.ReviewError):
            history.resolve(bad)
    loose = tmp_path / "loose.md"  # beside the repository, not in it
    loose.write_text("---\ntitle: Loose\n---\nText.\n", encoding="utf-8")
    with pytest.raises(review.ReviewError):
        review.History(loose).resolve("HEAD")
