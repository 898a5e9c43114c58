"""Search Site and Rename or Merge a Value, used in the main window as an author would,
on a copy of the real site."""

from __future__ import annotations

import difflib
import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from editor_app.core.document import Document
from editor_app.ui import site_search, site_tools
from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
from editor_app.ui.main_window import MainWindow
from editor_app.ui.site_tools import ConfirmRename, SaveFirstQuestion, SiteSearchPanel

CAG = "_resources/case-study-cag.md"  # topics: Public sector, Health
BODY_ONLY = "_resources/2026-05-30-un-global-dialogue-ai-consultation.md"  # "sortition", line 110


@pytest.fixture
def window(qtbot, settings: QSettings, errors, monkeypatch, site_copy: Path):
    # pytest-qt closes the window before this fixture ends: unsaved edits left by a test are
    # dropped then without a person to answer.
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD))
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.siteOpened, timeout=30000):
        w.open_folder(site_copy)
    yield w
    dialog = w.site_tools.dialog
    if dialog is not None:
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10000)
    w.close()
    qtbot.wait(100)


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".git" not in p.parts
    }


def changed_lines(before: bytes, after: bytes) -> list[tuple[str, str]]:
    """(old line, new line) pairs of a change that replaced lines one for one."""
    old, new = before.decode().splitlines(True), after.decode().splitlines(True)
    pairs = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        assert tag == "replace" and i2 - i1 == j2 - j1, (tag, old[i1:i2], new[j1:j2])
        pairs += list(zip(old[i1:i2], new[j1:j2], strict=True))
    return pairs


def words_in(path: Path) -> str:
    return path.read_text(encoding="utf-8").casefold()


# -- Search Site ---------------------------------------------------------------------------------


def test_search_site_is_in_the_tools_menu_with_ctrl_shift_f(window: MainWindow, qtbot) -> None:
    hook = window.site_tools
    assert hook.search_action in window.tools_menu.actions()
    assert hook.rename_action in window.tools_menu.actions()
    assert hook.search_action.shortcut() == QKeySequence("Ctrl+Shift+F")
    assert hook.rename_action.isEnabled()
    assert not hook.dock.isVisible()
    hook.search_action.trigger()
    assert hook.dock.isVisible()
    qtbot.waitUntil(lambda: hook.panel.box.hasFocus())


def test_typing_lists_pages_and_enter_opens_one(window: MainWindow, qtbot) -> None:
    hook = window.site_tools
    hook.show_search()
    panel = hook.panel
    qtbot.keyClicks(panel.box, "public procurement")
    qtbot.waitUntil(lambda: bool(panel.hits()) and "found" in panel.status.text(), timeout=10000)
    hits = panel.hits()
    assert panel.results.count() == len(hits)
    titles = [h.title for h in hits]
    assert "Principles for Public Participation in AI Procurement" in titles
    for hit in hits:  # every page listed holds both words
        text = words_in(hit.path)
        assert "public" in text and "procurement" in text
    # Title matches come first, and each result says where it matched.
    ranks = [0 if h.field == "title" else 1 if h.field != "body" else 2 for h in hits]
    assert ranks == sorted(ranks)
    assert hits[0].field == "title"
    # Down moves into the list, Enter opens the page.
    qtbot.keyClick(panel.box, Qt.Key.Key_Down)
    assert panel.results.currentRow() == 0
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    doc = window.current_document()
    assert doc is not None and doc.path == hits[1].path.resolve()


def test_double_click_opens_a_body_match_at_its_line(window: MainWindow, qtbot, site_copy) -> None:
    panel = window.site_tools.panel
    window.site_tools.show_search()
    qtbot.keyClicks(panel.box, "sortition")
    qtbot.waitUntil(lambda: len(panel.hits()) == 1, timeout=10000)
    hit = panel.hits()[0]
    assert hit.field == "body" and "sortition" in hit.snippet
    item = panel.results.item(0)
    rect = panel.results.visualItemRect(item)
    # One click opens it (issue 16); a double-click, a click then a second one, too.
    qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_document() is not None
    qtbot.mouseDClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    doc = window.current_document()
    assert doc is not None and doc.path == (site_copy / BODY_ONLY).resolve()
    line = window.editor.textCursor().block().text()
    assert "sortition" in line


def test_a_match_in_a_setting_puts_the_cursor_in_that_field(window: MainWindow, qtbot) -> None:
    panel = window.site_tools.panel
    window.site_tools.show_search()
    qtbot.keyClicks(panel.box, "Gavin Freeguard")
    qtbot.waitUntil(lambda: any(h.field == "author" for h in panel.hits()), timeout=10000)
    row = next(i for i, h in enumerate(panel.hits()) if h.field == "author")
    assert "Author" in panel.results.item(row).data(site_tools.DETAIL_ROLE)
    panel.results.setCurrentRow(row)
    panel.results.setFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    doc = window.current_document()
    assert doc is not None and doc.get("author") == "Gavin Freeguard"
    focused = QApplication.focusWidget()
    assert focused is not None and window.form.isAncestorOf(focused)


def test_no_words_no_results_and_nothing_found_is_said(window: MainWindow, qtbot) -> None:
    panel = window.site_tools.panel
    qtbot.keyClicks(panel.box, "health")
    qtbot.waitUntil(lambda: bool(panel.hits()), timeout=10000)
    panel.box.clear()
    assert panel.hits() == [] and panel.results.count() == 0
    qtbot.keyClicks(panel.box, "zzqxv")
    qtbot.waitUntil(lambda: "No page" in panel.status.text(), timeout=10000)
    assert panel.results.count() == 0


def test_results_for_older_text_are_never_shown(qtbot, site_copy, monkeypatch) -> None:
    """A slow search for text since changed is dropped: what is shown matches the box."""
    from editor_app.core.site import Site

    site = Site.open(site_copy)
    site.entries()
    started: list[str] = []
    real_search = site_tools.search
    gate = threading.Event()

    def slow_search(s, query, limit=None):
        started.append(query)
        gate.wait(5)  # held until the test has typed on
        return real_search(s, query, limit=limit)

    monkeypatch.setattr(site_search, "search", slow_search)
    panel = SiteSearchPanel(delay_ms=0)
    qtbot.addWidget(panel)
    panel.set_site(site)
    shown: list[tuple[str, list]] = []
    panel.searchFinished.connect(lambda: shown.append((panel.query(), panel.hits())))
    panel.set_query("health")
    qtbot.waitUntil(lambda: started == ["health"])
    panel.set_query("justice")  # while "health" is still being searched
    qtbot.wait(50)
    assert started == ["health"]  # one search at a time: "justice" waits its turn
    gate.set()
    qtbot.waitUntil(lambda: started == ["health", "justice"] and bool(shown), timeout=10000)
    qtbot.waitUntil(lambda: bool(panel.hits()) and panel.query() == "justice", timeout=10000)
    assert all(query == "justice" for query, _ in shown)
    assert all("justice" in words_in(h.path) for h in panel.hits())


# -- Rename or merge a value ---------------------------------------------------------------------


def choose(dialog, field: str, old: str, new: str, qtbot, rename_target=False) -> None:
    """Pick the field and the old value in the boxes, type the new value."""
    dialog.field_box.setCurrentIndex(dialog.field_box.findData(field))
    index = dialog.old_box.findData(old)
    assert index >= 0, [dialog.old_box.itemText(i) for i in range(dialog.old_box.count())]
    dialog.old_box.setCurrentIndex(index)
    dialog.new_edit.clear()
    qtbot.keyClicks(dialog.new_edit, new)
    dialog.target_check.setChecked(rename_target)


def listed_pages(dialog) -> list[str]:
    """The pages the dialog lists (each item's tooltip is the page's file in the site)."""
    items = [dialog.files.item(i) for i in range(dialog.files.count())]
    return [item.toolTip() for item in items if item.toolTip().endswith(".md")]


def test_rename_a_topic_across_the_site(window: MainWindow, qtbot, site_copy, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        ConfirmRename, "ask", classmethod(lambda cls, parent, text: asked.append(text) or True)
    )
    assert window.open_document(site_copy / CAG)
    before = snapshot(site_copy)
    dialog = window.site_tools.open_rename()
    assert dialog is not None and dialog.isVisible()
    # The fields are those of the open page's collection that hold names or choices.
    fields = [dialog.field_box.itemData(i) for i in range(dialog.field_box.count())]
    assert "topics" in fields and "author" in fields and "date" not in fields
    dialog.field_box.setCurrentIndex(dialog.field_box.findData("topics"))
    labels = [dialog.old_box.itemText(i) for i in range(dialog.old_box.count())]
    assert "Health  (3 pages)" in labels
    assert dialog.target_check.isVisible()
    choose(dialog, "topics", "Health", "Health and care", qtbot, rename_target=True)
    assert "Health" in dialog.target_check.text() and "Topics" in dialog.target_check.text()

    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert len(asked) == 1 and "4 page" in asked[0]  # three pages and the topic page
    report = dialog.report
    assert not report.dry_run and not report.skipped
    expected = {
        "_people/anna-steere.md",
        "_people/nicola-hamilton.md",
        CAG,
        "_topics/health.md",
    }
    after = snapshot(site_copy)
    differing = {name for name in before if before[name] != after.get(name)}
    assert differing == expected
    assert {p.relative_to(site_copy).as_posix() for p in report.files} == expected
    assert set(after) == set(before)  # no file added or removed
    for name in expected:  # only the value's lines changed
        for old_line, new_line in changed_lines(before[name], after[name]):
            assert old_line.replace("Health", "Health and care") == new_line
    assert "Changed 4 pages" in dialog.summary.text()
    assert set(listed_pages(dialog)) == expected

    # The open page is shown again as it is now on disk, and is not marked changed.
    qtbot.waitUntil(
        lambda: "Health and care" in (window.current_document().get("topics") or []),
        timeout=10000,
    )
    doc = window.current_document()
    assert doc.get("topics") == ["Public sector", "Health and care"] and not doc.is_modified
    # The index and the dialog's counts know the new value.
    titles = window.site.titles("topics")
    assert "Health and care" in titles and "Health" not in titles
    labels = [dialog.old_box.itemText(i) for i in range(dialog.old_box.count())]
    assert "Health and care  (3 pages)" in labels
    assert not any(label.startswith("Health  (") for label in labels)


def test_merge_two_spellings_of_a_topic(window: MainWindow, qtbot, site_copy, monkeypatch) -> None:
    monkeypatch.setattr(ConfirmRename, "ask", classmethod(lambda cls, parent, text: True))
    before = snapshot(site_copy)
    dialog = window.site_tools.open_rename()
    dialog.field_box.setCurrentIndex(dialog.field_box.findData("topics"))
    # Completion offers the value in use, so merging is picking it.
    choose(dialog, "topics", "Public Sector", "Public sec", qtbot)
    completer = dialog.new_edit.completer()
    qtbot.waitUntil(lambda: completer.completionCount() > 0)
    assert completer.currentCompletion() == "Public sector"
    dialog.new_edit.setText(completer.currentCompletion())
    assert "merged" in dialog.hint.text()
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    after = snapshot(site_copy)
    differing = {name for name in before if before[name] != after[name]}
    assert differing == {"_people/anna-dent.md", "_people/kaelynn-narita.md"}
    for name in differing:
        doc = Document.from_bytes(after[name])
        topics = doc.get("topics")
        assert "Public sector" in topics and "Public Sector" not in topics
        assert len(topics) == len(set(topics))
    assert dialog.old_box.findData("Public Sector") < 0


def test_preview_lists_the_pages_and_changes_nothing(
    window: MainWindow, qtbot, site_copy, monkeypatch
) -> None:
    monkeypatch.setattr(
        ConfirmRename, "ask", classmethod(lambda cls, p, t: pytest.fail("asked on preview"))
    )
    before = snapshot(site_copy)
    dialog = window.site_tools.open_rename()
    choose(dialog, "topics", "Health", "Care", qtbot)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "would change" in dialog.summary.text(), timeout=10000)
    assert dialog.summary.text() == "3 pages would change:"
    assert sorted(listed_pages(dialog)) == sorted(
        ["_people/anna-steere.md", "_people/nicola-hamilton.md", CAG]
    )
    # Pages are named by their titles, as authors know them.
    shown = [dialog.files.item(i).text() for i in range(dialog.files.count())]
    assert "How can we ensure public data is shared in the public interest? (Resources)" in shown
    assert snapshot(site_copy) == before
    assert dialog.report is None


def test_cancelling_the_confirmation_changes_nothing(
    window: MainWindow, qtbot, site_copy, monkeypatch
) -> None:
    monkeypatch.setattr(ConfirmRename, "ask", classmethod(lambda cls, p, t: False))
    before = snapshot(site_copy)
    dialog = window.site_tools.open_rename()
    choose(dialog, "author", "Jeni Tennison", "Jeni T.", qtbot)
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "would change" in dialog.summary.text(), timeout=10000)
    qtbot.wait(100)
    assert snapshot(site_copy) == before and dialog.report is None


def type_in_editor(window: MainWindow, qtbot, text: str) -> None:
    editor = window.editor
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, text)


def test_unsaved_edits_are_kept_when_the_author_does_not_save(
    window: MainWindow, qtbot, site_copy, monkeypatch
) -> None:
    monkeypatch.setattr(ConfirmRename, "ask", classmethod(lambda cls, p, t: True))
    monkeypatch.setattr(SaveFirstQuestion, "ask", classmethod(lambda cls, p, name: False))
    assert window.open_document(site_copy / CAG)
    type_in_editor(window, qtbot, " My new words.")
    assert window.current_document().is_modified
    before = snapshot(site_copy)
    dialog = window.site_tools.open_rename()
    choose(dialog, "topics", "Health", "Care", qtbot)
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing was changed" in dialog.summary.text(), timeout=10000)
    qtbot.wait(100)
    assert snapshot(site_copy) == before
    assert "My new words." in window.editor.toPlainText()
    assert window.current_document().is_modified


def test_unsaved_edits_are_saved_first_then_the_page_reloads(
    window: MainWindow, qtbot, site_copy, monkeypatch
) -> None:
    monkeypatch.setattr(ConfirmRename, "ask", classmethod(lambda cls, p, t: True))
    names: list[str] = []
    monkeypatch.setattr(
        SaveFirstQuestion, "ask", classmethod(lambda cls, p, name: names.append(name) or True)
    )
    assert window.open_document(site_copy / CAG)
    type_in_editor(window, qtbot, " My new words.")
    dialog = window.site_tools.open_rename()
    choose(dialog, "topics", "Health", "Care", qtbot)
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert names == ["case-study-cag.md"]
    qtbot.waitUntil(lambda: "Care" in (window.current_document().get("topics") or []))
    on_disk = (site_copy / CAG).read_text(encoding="utf-8")
    assert "My new words." in on_disk and re.search(r"^  - Care$", on_disk, re.M)
    assert "My new words." in window.editor.toPlainText()
    assert not window.current_document().is_modified


def test_fields_of_the_listed_collection_come_first(window: MainWindow, qtbot) -> None:
    assert window.current_document() is None
    window.library.set_collection("people")
    dialog = window.site_tools.open_rename()
    fields = [dialog.field_box.itemData(i) for i in range(dialog.field_box.count())]
    own, others = fields[: fields.index(None)], fields[fields.index(None) + 1 :]
    assert "topics" in own and "role" in own and "email" not in fields
    assert "author" in others and "topics" not in others  # other lists' fields come after
    dialog.field_box.setCurrentIndex(dialog.field_box.findData("role"))
    assert not dialog.target_check.isVisible()  # role is plain text, not a page of its own
    dialog.close()
