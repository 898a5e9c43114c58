"""Suggested edits and the approval gate in the window: an editor suggests in the review
screen, the author sees the suggestions marked and accepts or rejects them with one click."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from review_helpers import open_panel, review_main_window

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.ui.review import ITEM_ROLE, ReviewPanel
from editor_app.ui.review.approve_dialog import ApproveDialog

BRAND = "_resources/brand-narrative.md"  # status: draft, no validation error
OLD = "a short public facing story"
NEW = "a short public story"
GONE = "You might call it a "


def select_words(view, body: str, words: str) -> None:
    start = body.index(words)
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


@pytest.fixture
def main_window(qtbot, settings, monkeypatch):  # noqa: ANN001, ANN201
    yield from review_main_window(qtbot, settings, monkeypatch)


def test_editor_suggests_and_author_accepts_one_and_rejects_the_other(
    qtbot, site_copy: Path, settings, main_window, monkeypatch
) -> None:
    path = site_copy / BRAND
    original = path.read_bytes()
    body = Document.load(path).body
    assert body.count(OLD) == 1 and body.count(GONE) == 1

    # The editor, in the review screen: two suggestions on selected words.
    panel = open_panel(qtbot, site_copy, settings)
    assert panel.select_path(path)
    panel.author_edit.setText("Ada Editor")
    select_words(panel.text_view, body, OLD)
    assert panel.text_notes.suggest_button.isEnabled()
    monkeypatch.setattr(ReviewPanel, "ask_suggestion", classmethod(lambda cls, p, q: NEW))
    qtbot.mouseClick(panel.text_notes.suggest_button, Qt.MouseButton.LeftButton)
    select_words(panel.text_view, body, GONE)
    monkeypatch.setattr(ReviewPanel, "ask_suggestion", classmethod(lambda cls, p, q: ""))
    qtbot.mouseClick(panel.text_notes.suggest_button, Qt.MouseButton.LeftButton)
    store = review.NoteStore(path)
    assert [(s.quote, s.replacement, s.kind, s.author) for s in store.suggestions] == [
        (OLD, NEW, "replace", "Ada Editor"),
        (GONE, "", "delete", "Ada Editor"),
    ]
    assert path.read_bytes() == original  # suggesting never touches the page
    assert panel.notes.suggestions.list.count() == 2
    struck = [s for s in panel.text_view.extraSelections() if s.format.fontStrikeOut()]
    assert len(struck) == 2

    # Approve is refused while they are open: the button says so, the dialog lists them;
    # cancelling changes nothing.
    assert panel.approve_button.text() == "Approve… (2 open)"
    asked: list[list[str]] = []

    def ask_approval(cls, parent, title, findings):
        asked.append([b.text for b in findings.blockers + findings.warnings])

    monkeypatch.setattr(ReviewPanel, "ask_approval", classmethod(ask_approval))
    assert not panel.approve_current()
    assert len(asked) == 1 and all("Open suggestion by Ada Editor" in t for t in asked[0])
    assert path.read_bytes() == original

    # The author opens the page: the suggestions are listed, struck through in the editor,
    # and marked in the preview.
    with qtbot.waitSignal(main_window.siteOpened, timeout=30000):
        main_window.open_folder(site_copy)
    assert main_window.open_document(path)
    hook = main_window.review
    qtbot.waitUntil(hook.notes_dock.isVisible)
    shown = hook.notes.suggestions
    assert shown.list.count() == 2 and shown.accept_button.isEnabled()
    struck = [s for s in main_window.editor.extraSelections() if s.format.fontStrikeOut()]
    assert sorted(s.cursor.selectedText() for s in struck) == sorted([OLD, GONE])
    qtbot.waitUntil(lambda: review.MARK_ATTRIBUTE in main_window.preview.html(), timeout=20000)
    assert f">{NEW}</ins>" in main_window.preview.html()

    # A click in the struck words chooses that suggestion; Accept makes it: only those words
    # change in the file, and the editor shows them.
    def click_in(words: str) -> None:
        cursor = main_window.editor.textCursor()
        cursor.setPosition(main_window.editor.toPlainText().index(words) + 3)
        main_window.editor.setTextCursor(cursor)

    assert shown.current().id == store.suggestions[0].id
    click_in(GONE)
    assert shown.current().id == store.suggestions[1].id
    click_in(OLD)
    assert shown.current().id == store.suggestions[0].id
    qtbot.mouseClick(shown.accept_button, Qt.MouseButton.LeftButton)
    assert path.read_bytes() == original.replace(OLD.encode(), NEW.encode(), 1)
    qtbot.waitUntil(lambda: NEW in main_window.editor.toPlainText())
    assert not main_window.current_document().is_modified

    # Reject the second: the file stays byte for byte as it is.
    accepted = path.read_bytes()
    assert shown.select(store.suggestions[1].id)
    qtbot.mouseClick(shown.reject_button, Qt.MouseButton.LeftButton)
    assert path.read_bytes() == accepted
    assert [s.status for s in review.NoteStore(path).suggestions] == ["accepted", "rejected"]
    assert not [s for s in main_window.editor.extraSelections() if s.format.fontStrikeOut()]


def test_approve_dialog_lists_what_is_open_and_needs_a_reason_to_approve_anyway(qtbot) -> None:
    blockers = [
        review.Blocker("error", "Error on line 3: The date is not a date.", 3),
        review.Blocker("note", "Open note by Ada: Who is the public?"),
    ]
    dialog = ApproveDialog("Brand narrative", review.ApprovalFindings(blockers, []))
    qtbot.addWidget(dialog)
    rows = [dialog.checklist.item(i).text() for i in range(dialog.checklist.count())]
    assert rows[0].startswith("✓") and "No open suggested edits" in rows[0]
    assert [r[0] for r in rows[1:]] == ["✗", "✗"] and "The date is not a date" in rows[1]
    assert not dialog.approve_button.isEnabled() and not dialog.anyway_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Checked by phone")
    assert dialog.anyway_button.isEnabled()
    qtbot.mouseClick(dialog.anyway_button, Qt.MouseButton.LeftButton)
    assert dialog.result_choice() == (True, "Checked by phone")

    clear = ApproveDialog("Brand narrative", review.ApprovalFindings([], []))
    qtbot.addWidget(clear)
    assert clear.approve_button.isEnabled() and not clear.anyway_box.isVisibleTo(clear)


def test_undo_brings_an_approved_page_back_byte_for_byte(qtbot, site_copy: Path, settings) -> None:
    path = site_copy / BRAND
    original = path.read_bytes()
    panel = open_panel(qtbot, site_copy, settings)
    assert panel.select_path(path)
    assert not panel.undo_button.isEnabled() and panel.approve_button.text() == "Approve"
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        assert panel.approve_current()  # nothing open: approved at once
    assert path.read_bytes() == original.replace(b"status: draft", b"status: final", 1)
    assert BRAND not in [it.relative for it in panel.model.items()]
    assert panel.undo_button.isEnabled() and "Brand narrative" in panel.undo_button.toolTip()
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert path.read_bytes() == original
    assert panel.current is not None and panel.current.relative == BRAND
    assert [(d.decision, d.undone) for d in review.NoteStore(path).decisions] == [
        ("approved", True)
    ]


def test_a_page_sent_back_shows_it_in_the_queue(qtbot, site_copy: Path, settings, monkeypatch):
    path = site_copy / BRAND
    panel = open_panel(qtbot, site_copy, settings)
    assert panel.select_path(path)
    monkeypatch.setattr(
        ReviewPanel, "ask_send_back_note", classmethod(lambda cls, p: "Please shorten it.")
    )
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        qtbot.mouseClick(panel.send_back_button, Qt.MouseButton.LeftButton)

    def review_column(role=Qt.ItemDataRole.DisplayRole):
        for r in range(panel.proxy.rowCount()):
            if panel.proxy.index(r, 0).data(ITEM_ROLE).relative == BRAND:
                return panel.proxy.index(r, 7).data(role)
        return None

    assert review_column() == "sent back"
    assert "Please shorten it." in review_column(Qt.ItemDataRole.ToolTipRole)
    # The author changes the page: the queue says so.
    doc = Document.load(path)
    doc.body = doc.body.replace(OLD, NEW, 1)
    doc.save()
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        panel.refresh()
    assert review_column() == "changed since sent back"


def test_the_main_list_shows_a_page_sent_back(qtbot, site_copy: Path, main_window, monkeypatch):
    from editor_app.ui.library import PATH_ROLE

    path = site_copy / BRAND
    with qtbot.waitSignal(main_window.siteOpened, timeout=30000):
        main_window.open_folder(site_copy)
    library = main_window.library
    assert library.set_collection("resources")

    def status_cell() -> tuple[str, str]:
        model = library.model
        for r in range(model.rowCount()):
            if Path(model.item(r, 0).data(PATH_ROLE)) == path:
                item = model.item(r, 2)
                return item.text(), item.toolTip()
        raise AssertionError("the page is not listed")

    assert status_cell()[0] == "draft"
    rw = main_window.review.open_queue()
    qtbot.waitUntil(lambda: rw.panel.model.rowCount() > 0, timeout=20000)
    assert rw.panel.select_path(path)
    monkeypatch.setattr(
        ReviewPanel, "ask_send_back_note", classmethod(lambda cls, p: "Please shorten it.")
    )
    assert rw.panel.send_back_current()
    text, tip = status_cell()
    assert text == "draft · sent back" and "Please shorten it." in tip
    rw.close()


def test_a_better_title_suggested_and_accepted(qtbot, site_copy: Path, settings, monkeypatch):
    path = site_copy / BRAND
    original = path.read_bytes()
    panel = open_panel(qtbot, site_copy, settings)
    assert panel.select_path(path)
    assert panel.text_notes.suggest_button.text() == "Suggest a better setting…"
    offered: list[dict[str, str]] = []

    def ask(cls, parent, values, labels):
        offered.append(values)
        return "title", "Our brand narrative"

    monkeypatch.setattr(ReviewPanel, "ask_setting_suggestion", classmethod(ask))
    qtbot.mouseClick(panel.text_notes.suggest_button, Qt.MouseButton.LeftButton)
    assert offered[0]["title"] == "Brand narrative" and "status" in offered[0]
    (made,) = review.NoteStore(path).suggestions
    assert (made.field, made.quote, made.replacement) == (
        "title",
        "Brand narrative",
        "Our brand narrative",
    )
    shown = panel.notes.suggestions
    assert shown.select(made.id) and "(in Title)" in shown.list.currentItem().text()
    qtbot.mouseClick(shown.accept_button, Qt.MouseButton.LeftButton)
    assert path.read_bytes() == original.replace(
        b"title: Brand narrative", b"title: Our brand narrative", 1
    )


def test_a_setting_is_named_by_the_label_the_schema_gives(
    qtbot, site_copy: Path, settings, monkeypatch
):
    # The form shows a `label:` the site's schema declares; the suggestion named the setting
    # by its key in plain words ("Title") instead.
    (site_copy / "_schema.yml").write_text(
        "version: 1\ncollections:\n  resources:\n    fields:\n"
        "      - name: title\n        type: text\n        label: Headline\n"
        "      - name: status\n        type: choice\n        choices: [draft, published]\n",
        encoding="utf-8",
    )
    path = site_copy / BRAND
    panel = open_panel(qtbot, site_copy, settings)
    assert panel.select_path(path)
    offered: list[dict[str, str]] = []

    def ask(cls, parent, values, labels):
        offered.append(labels)
        return "title", "Our brand narrative"

    monkeypatch.setattr(ReviewPanel, "ask_setting_suggestion", classmethod(ask))
    qtbot.mouseClick(panel.text_notes.suggest_button, Qt.MouseButton.LeftButton)
    assert offered[0]["title"] == "Headline"
    (made,) = review.NoteStore(path).suggestions
    shown = panel.notes.suggestions
    assert shown.select(made.id) and "(in Headline)" in shown.list.currentItem().text()
