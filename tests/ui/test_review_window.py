"""The review screen, driven as an editor would, on a git copy of the real site.

Named apart from tests/core/test_review.py: the test folders are not packages, so two
modules called test_review would clash.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor_app.core import gitutil, review
from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.ui.review import (
    ITEM_ROLE,
    NotesPanel,
    ReviewPanel,
    ReviewWindow,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import open_panel, review_main_window  # noqa: E402
from review_site import BRAND, BRIEFING, EDUCATION, git, replace_in  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def queue_titles(panel: ReviewPanel) -> list[str]:
    return [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]


def test_review_a_draft_from_edit_to_approval(qtbot, git_site: Path, settings, monkeypatch) -> None:
    path = git_site / EDUCATION
    # The author edits the draft after the commit.
    doc = Document.load(path)
    first = review.paragraphs(doc.body)[0]
    words = first.split()
    assert len(words) > 6
    changed_word = words[3]
    replace_in(path, f" {changed_word} ", " EDITED ")

    panel = open_panel(qtbot, git_site, settings)
    rels = sorted(panel.model.item(r).relative for r in range(panel.model.rowCount()))
    assert rels == sorted([BRAND, BRIEFING, EDUCATION])
    assert panel.select_path(path)
    assert panel.current.relative == EDUCATION
    assert panel.title_label.text() == panel.current.title

    # What changed since the last commit: the edited word, highlighted, side by side.
    diff_text = panel.diff_view.toPlainText()
    # Named without git's words ("Last commit", "not committed").
    assert "Last version in history" in diff_text and "Now (not in history yet)" in diff_text
    assert "commit" not in diff_text.lower()
    assert "EDITED" in diff_text and changed_word in diff_text
    assert "background-color:#c9f0d1" in panel.diff_view.toHtml()  # the new word, highlighted

    # Between two commits: the status went from final to draft.
    commits = panel.history.commits()
    assert [c.subject for c in commits] == ["Ready for another look", "Import the site"]
    panel.set_compare_commits(commits[1].sha, commits[0].sha)
    assert panel.from_combo.isVisible()
    between = panel.diff_view.toPlainText()
    assert "Status" in between and "final" in between and "draft" in between
    assert "EDITED" not in between

    # A note on a passage, typed by the editor.
    quote = " ".join(words[5:8])
    body = Document.load(path).body
    start = body.index(quote)
    cursor = panel.text_view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(quote), cursor.MoveMode.KeepAnchor)
    panel.text_view.setTextCursor(cursor)
    assert "selected words" in panel.add_note_button.text()
    monkeypatch.setattr(ReviewPanel, "ask_note_text", classmethod(lambda cls, p, q: "Cite this."))
    panel.author_edit.setText("Ed Reviewer")
    qtbot.mouseClick(panel.add_note_button, Qt.MouseButton.LeftButton)
    store = review.NoteStore(path)
    assert [(n.quote, n.text, n.author) for n in store.notes] == [
        (quote, "Cite this.", "Ed Reviewer")
    ]
    assert panel.notes.list.count() == 1
    assert "Cite this." in panel.notes.list.item(0).text()
    assert len(panel.text_view.extraSelections()) == 1  # the passage is highlighted

    # Approve: the open note is listed in the approve dialog; the editor approves anyway,
    # with a reason. The file changes by exactly one line, through the document model.
    asked: list = []

    def ask_approval(cls, parent, title, findings):
        asked.append([b.kind for b in findings.blockers + findings.warnings])
        return True, "Checked with the author"

    monkeypatch.setattr(ReviewPanel, "ask_approval", classmethod(ask_approval))
    before = path.read_bytes()
    with qtbot.waitSignal(panel.approved, timeout=5000) as approved:
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert approved.args == [path.resolve()]
    after = path.read_bytes()
    assert after == before.replace(b"status: draft", b"status: final", 1)
    numstat = git(git_site, "diff", "--numstat", "HEAD", "--", EDUCATION).split()
    assert numstat[:2] == ["2", "2"]  # the author's word and the status line, nothing else
    # The notes stay in their sidecar, outside what the site publishes.
    assert review.NoteStore(path).notes[0].text == "Cite this."
    assert asked == [["note"]]
    decision = review.NoteStore(path).decisions[-1]
    assert (decision.decision, decision.anyway, decision.reason) == (
        "approved",
        True,
        "Checked with the author",
    )
    qtbot.waitUntil(lambda: EDUCATION not in [it.relative for it in panel.model.items()])


def test_send_back_keeps_the_draft_and_adds_a_message(
    qtbot, git_site: Path, settings, monkeypatch
) -> None:
    path = git_site / BRAND
    before = path.read_bytes()
    panel = open_panel(qtbot, git_site, settings)
    panel.select_path(path)
    monkeypatch.setattr(
        ReviewPanel, "ask_send_back_note", classmethod(lambda cls, p: "Please shorten it.")
    )
    with qtbot.waitSignal(panel.sentBack, timeout=5000):
        qtbot.mouseClick(panel.send_back_button, Qt.MouseButton.LeftButton)
    assert path.read_bytes() == before
    assert [n.text for n in review.NoteStore(path).notes] == ["Please shorten it."]
    assert "Please shorten it." in panel.notes.list.item(0).text()
    assert BRAND in [it.relative for it in panel.model.items()]


def test_queue_sorts_and_filters(qtbot, git_site: Path, settings) -> None:
    replace_in(git_site / BRAND, "author: Jonathan Smith", "author: Nobody Known")
    panel = open_panel(qtbot, git_site, settings)
    assert len(queue_titles(panel)) == 3
    qtbot.keyClicks(panel.filter_edit, "jeni")
    assert queue_titles(panel) == ["Legitimate interests briefing paper"]
    panel.filter_edit.clear()
    panel.problems_only.setChecked(True)
    assert queue_titles(panel) == ["Brand narrative"]  # the unknown author is a problem
    panel.problems_only.setChecked(False)
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = queue_titles(panel)
    assert titles == sorted(titles, key=str.casefold)
    panel.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    assert panel.proxy.index(0, 0).data(ITEM_ROLE).relative == BRAND


def test_unpublished_page_is_in_the_queue_and_approve_publishes_it(
    qtbot, site_copy: Path, settings
) -> None:
    # A final page kept off the site with Jekyll's `published: false`.
    original = (site_copy / EDUCATION).read_bytes()
    replace_in(site_copy / EDUCATION, "status: final", "status: final\npublished: false")
    panel = open_panel(qtbot, site_copy, settings)
    assert panel.select_path(site_copy / EDUCATION)
    row = panel.table.currentIndex().row()
    assert panel.proxy.index(row, 2).data() == "unpublished"
    before = (site_copy / EDUCATION).read_bytes()
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    after = (site_copy / EDUCATION).read_bytes()
    # The line was added for the review (the copy is not in git): approving takes it away.
    assert before != original and after == original
    assert EDUCATION not in [it.relative for it in panel.model.items()]


def test_without_git_the_editor_marks_a_version_as_reviewed(
    qtbot, site_copy: Path, settings
) -> None:
    path = site_copy / BRAND
    panel = open_panel(qtbot, site_copy, settings)
    panel.select_path(path)
    modes = [panel.compare_combo.itemText(i) for i in range(panel.compare_combo.count())]
    assert modes == ["Since I last marked it reviewed"]
    assert "not marked this page as reviewed" in panel.diff_view.toPlainText()
    qtbot.mouseClick(panel.mark_button, Qt.MouseButton.LeftButton)
    assert "No changes" in panel.diff_view.toPlainText()
    replace_in(path, "quite a challenge", "quite a puzzle")
    panel.show_diff()
    text = panel.diff_view.toPlainText()
    assert "Last reviewed" in text and "challenge" in text and "puzzle" in text
    # The snapshot is in the user's data folder; the site holds only the author's files.
    assert not any(".review" in p.parts for p in site_copy.rglob("*"))


def test_report_is_shown_and_saved_as_pdf_and_html(
    qtbot, git_site: Path, settings, tmp_path
) -> None:
    path = git_site / BRAND
    body = Document.load(path).body
    i = body.index("brand narrative")
    review.NoteStore(path).add(review.make_note(body, i, i + 15, "Capitalise?", "Ada"))
    panel = open_panel(qtbot, git_site, settings)
    panel.select_path(path)
    assert not panel.pdf_button.isEnabled()
    qtbot.mouseClick(panel.report_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.pdf_button.isEnabled(), timeout=20000)
    shown = panel.report_view.toPlainText()
    assert "the whole queue" in shown and "Capitalise?" in shown
    assert "Brand narrative" in shown and "Legitimate interests briefing paper" in shown
    pdf = panel.save_report_pdf(str(tmp_path / "report.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    page = panel.save_report_html(str(tmp_path / "report.html"))
    assert "Capitalise?" in page.read_text(encoding="utf-8")


def test_notes_panel_for_the_author(qtbot, site_copy: Path, monkeypatch) -> None:
    """What the main window shows when the author opens a page with notes."""
    path = site_copy / BRAND
    body = Document.load(path).body
    i = body.index("a short public facing story")
    review.NoteStore(path).add(review.make_note(body, i, i + 27, "Who?", "Ada"))
    review.NoteStore(path).add(review.make_note(body, 0, 0, "Nice.", "Ada"))
    panel = NotesPanel()
    qtbot.addWidget(panel)
    # The author has since edited the first paragraph: the note still finds its words.
    edited = body.replace("Over the last month or so", "Lately", 1)
    panel.set_document(path, edited)
    assert panel.list.count() == 2 and "2 open notes" in panel.summary.text()
    with qtbot.waitSignal(panel.passageRequested) as asked:
        panel.list.setCurrentRow(0)
        panel.list.itemClicked.emit(panel.list.item(0))
    start, end = asked.args
    assert edited[start:end] == "a short public facing story"
    # Resolve it: hidden unless asked for, and saved.
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert review.NoteStore(path).notes[0].resolved
    assert panel.list.count() == 1
    panel.show_resolved.setChecked(True)
    assert panel.list.count() == 2
    # Editing the quoted words themselves: the note stays, marked as changed.
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)  # reopen
    panel.set_body(edited.replace("a short public facing story", "a brief story", 1))
    assert "changed" in panel.list.item(0).text()
    monkeypatch.setattr(NotesPanel, "confirm_delete", classmethod(lambda cls, p: True))
    panel.list.setCurrentRow(1)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert [n.text for n in review.NoteStore(path).notes] == ["Who?"]


def test_review_window_opens_on_a_site(qtbot, git_site: Path, settings) -> None:
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=20000):
        window.set_site(Site.open(git_site))
    assert window.windowTitle() == "Review queue – Connected by data"  # the site's title
    assert window.panel.model.rowCount() == 3
    window.close()


# -- inside the main window -----------------------------------------------------------------


@pytest.fixture
def main_window(qtbot, settings, monkeypatch):  # noqa: ANN001, ANN201
    yield from review_main_window(qtbot, settings, monkeypatch)


def test_author_sees_the_notes_when_opening_the_page(qtbot, git_site: Path, main_window) -> None:
    path = git_site / BRAND
    body = Document.load(path).body
    i = body.index("a short public facing story")
    review.NoteStore(path).add(review.make_note(body, i, i + 27, "Who is the public?", "Ada"))
    with qtbot.waitSignal(main_window.siteOpened, timeout=30000):
        main_window.open_folder(git_site)
    assert main_window.open_document(path)
    hook = main_window.review
    qtbot.waitUntil(lambda: hook.notes_dock.isVisible())
    assert hook.notes.list.count() == 1
    assert "Who is the public?" in hook.notes.list.item(0).text()
    hook.notes.list.itemClicked.emit(hook.notes.list.item(0))
    assert main_window.editor.textCursor().selectedText() == "a short public facing story"
    # The Review menu sits in the menu bar with its shortcut.
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert "&Review" in titles
    assert hook.queue_action.shortcut().toString() == "Ctrl+Shift+R"


def test_approve_from_the_queue_updates_the_open_page(qtbot, git_site: Path, main_window) -> None:
    path = git_site / BRIEFING
    with qtbot.waitSignal(main_window.siteOpened, timeout=30000):
        main_window.open_folder(git_site)
    assert main_window.open_document(path)
    hook = main_window.review
    hook.queue_action.trigger()
    rw = hook.review_window
    assert rw is not None and rw.isVisible()
    assert rw.isWindow() and rw.parent() is main_window  # its own window, closed with the main one
    qtbot.waitUntil(lambda: rw.panel.model.rowCount() == 3, timeout=20000)
    assert rw.panel.select_path(path)
    before = path.read_bytes()
    assert rw.panel.approve_current()
    assert path.read_bytes() == before.replace(b"status: draft", b"status: final", 1)
    assert main_window.current_document().get("status") == "final"
    # "Open in editor" brings a page from the queue into the main window.
    rw.panel.select_path(git_site / BRAND)
    qtbot.mouseClick(rw.panel.open_button, Qt.MouseButton.LeftButton)
    assert Path(main_window.current_document().path).resolve() == (git_site / BRAND).resolve()


def test_approving_a_page_with_unsaved_edits_asks_first(
    qtbot, git_site: Path, main_window, monkeypatch
) -> None:
    from editor_app.ui.dialogs import Choice, UnsavedChangesDialog

    path = git_site / BRIEFING
    with qtbot.waitSignal(main_window.siteOpened, timeout=30000):
        main_window.open_folder(git_site)
    assert main_window.open_document(path)
    main_window.editor.moveCursor(main_window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(main_window.editor, " Unsaved words.")
    qtbot.waitUntil(lambda: main_window.current_document().is_modified)
    rw = main_window.review.open_queue()
    qtbot.waitUntil(lambda: rw.panel.model.rowCount() == 3, timeout=20000)
    rw.panel.select_path(path)
    before = path.read_bytes()

    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.CANCEL))
    assert not rw.panel.approve_current()
    assert path.read_bytes() == before
    assert "Unsaved words." in main_window.editor.toPlainText()

    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.SAVE))
    assert rw.panel.approve_current()
    saved = path.read_text(encoding="utf-8")
    assert "Unsaved words." in saved and "status: final" in saved
    # The open page shows the approved file, and saving again keeps the decision.
    assert main_window.current_document().get("status") == "final"
    assert not main_window.current_document().is_modified


def test_a_note_on_words_cut_by_the_drag_takes_the_whole_words(
    qtbot, git_site: Path, settings, monkeypatch
) -> None:
    path = git_site / EDUCATION
    panel = open_panel(qtbot, git_site, settings)
    assert panel.select_path(path)
    body = Document.load(path).body
    whole = "provides adaptable resources"
    start = body.index(whole)
    # The drag starts on the first word's second letter and ends before the last one's end.
    cursor = panel.text_view.textCursor()
    cursor.setPosition(start + 1)
    cursor.setPosition(start + len(whole) - 1, cursor.MoveMode.KeepAnchor)
    panel.text_view.setTextCursor(cursor)
    asked: list[str] = []
    monkeypatch.setattr(
        ReviewPanel, "ask_note_text", classmethod(lambda cls, p, q: asked.append(q) or "Why?")
    )
    panel.author_edit.setText("Ada Editor")
    qtbot.mouseClick(panel.add_note_button, Qt.MouseButton.LeftButton)
    assert asked == [whole]
    assert [n.quote for n in review.NoteStore(path).notes] == [whole]
