"""The main window driven as an author would: open, edit with the form and the editor, save."""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QWidget
from window_helpers import click_document, open_site

from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
from editor_app.ui.main_window import MainWindow

CASE_STUDY = "_resources/case-study-cag.md"
OTHER_CASE_STUDY = "_resources/case-study-dfe.md"


@pytest.fixture
def window(quiet_window, monkeypatch):  # noqa: ANN001, ANN201
    # Nobody answers questions in tests: unsaved changes are dropped unless a test says so,
    # and at the end whatever a test answered (so the window closes).
    yield quiet_window
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD))


def preview_text(window: MainWindow) -> str:
    seen: list[str] = []
    window.preview.to_plain_text(seen.append)
    return seen[-1] if seen else ""


def wait_preview_contains(qtbot, window: MainWindow, text: str) -> None:
    box: dict[str, str] = {}

    def check() -> bool:
        window.preview.to_plain_text(lambda t: box.__setitem__("text", t))
        return text in box.get("text", "")

    qtbot.waitUntil(check, timeout=15000)


def field_widget(form: QWidget, name: str) -> QWidget:
    """The widget a person uses for a field (the drop-down of a choice, ...)."""
    return form.widgets[name].focus_target()


def test_edit_with_form_and_editor_then_save_changes_only_those_lines(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    path = site_copy / CASE_STUDY
    before = path.read_text(encoding="utf-8")
    open_site(qtbot, window, site_copy)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        click_document(qtbot, window, path)
    assert window.current_document().path == path.resolve()
    old_status = window.current_document().get("status")
    assert old_status in ("draft", "final")
    new_status = "final" if old_status == "draft" else "draft"

    # Change the status with the form's drop-down, by keyboard.
    combo = field_widget(window.form, "status")
    combo = combo if isinstance(combo, QComboBox) else combo.findChild(QComboBox)
    combo.setFocus()
    index = combo.findText(new_status)
    assert index >= 0
    key = Qt.Key.Key_Down if index > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentText() != new_status:
        qtbot.keyClick(combo, key)
    assert window.current_document().get("status") == new_status
    assert window.isWindowModified()
    assert window.library.is_marked_modified(path.resolve())

    # Type a new paragraph at the end of the body.
    editor = window.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Zebra crossings matter")
    wait_preview_contains(qtbot, window, "Zebra crossings matter")
    assert (
        "words" in window.stats_label.text()
        or qtbot.waitUntil(lambda: "words" in window.stats_label.text()) is None
    )

    # Ctrl+S saves.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.documentSaved, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert not window.library.is_marked_modified(path.resolve())

    after = path.read_text(encoding="utf-8")
    removed = [
        line for line in difflib.ndiff(before.splitlines(), after.splitlines()) if line[:2] == "- "
    ]
    added = [
        line for line in difflib.ndiff(before.splitlines(), after.splitlines()) if line[:2] == "+ "
    ]
    assert removed == [f"- status: {old_status}"]
    assert added[0] == f"+ status: {new_status}"
    assert added[-1] == "+ Zebra crossings matter"
    assert all(line in ("+ ", "+ Zebra crossings matter") for line in added[1:])
    # The list shows the new status after the save.
    window.library.set_collection("resources")
    row = [p for p in window.library.paths()].index(path.resolve())
    assert window.library.proxy.index(row, 2).data() == new_status


def _make_change(qtbot, window: MainWindow) -> None:
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor, " Extra words.")
    assert window.current_document().is_modified


@pytest.mark.parametrize("answer", [Choice.CANCEL, Choice.DISCARD, Choice.SAVE])
def test_switching_with_unsaved_changes_asks(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch, answer: Choice
) -> None:
    first, second = site_copy / CASE_STUDY, site_copy / OTHER_CASE_STUDY
    original = first.read_bytes()
    open_site(qtbot, window, site_copy)
    assert window.open_document(first)
    _make_change(qtbot, window)
    asked: list[str] = []

    def ask(cls, parent, name, **_):  # noqa: ANN001, ANN003, ANN202 - the dialog's stand-in
        asked.append(name)
        return answer

    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(ask))
    click_document(qtbot, window, second)
    assert len(asked) == 1
    current = window.current_document().path
    if answer is Choice.CANCEL:
        assert current == first.resolve()
        assert window.current_document().is_modified
        assert (
            window.library.view.currentIndex()
            .siblingAtColumn(0)
            .data()
            .endswith(window.current_document().get("title"))
        )
        assert first.read_bytes() == original
    else:
        assert current == second.resolve()
        assert not window.library.is_marked_modified(first.resolve())
        if answer is Choice.DISCARD:
            assert first.read_bytes() == original
        else:
            assert first.read_text(encoding="utf-8").rstrip().endswith("Extra words.")


def test_closing_the_window_with_unsaved_changes_can_be_cancelled(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch
) -> None:
    open_site(qtbot, window, site_copy)
    window.open_document(site_copy / CASE_STUDY)
    _make_change(qtbot, window)
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda c, p, n, **_: Choice.CANCEL))
    window.close()
    assert window.isVisible()
    assert window.current_document().is_modified


def test_validate_site_then_click_jumps_to_field_and_line(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    # A body problem on a known line: an unclosed Liquid tag at the end of a case study.
    path = site_copy / CASE_STUDY
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + "\n\n{% if x %} open\n", encoding="utf-8")
    broken_line = len(path.read_text(encoding="utf-8").splitlines())
    open_site(qtbot, window, site_copy)

    with qtbot.waitSignal(window.problemsShown, timeout=30000) as shown:
        qtbot.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert window.problems_dock.isVisible()
    tree = window.problems.tree
    assert sorted(map(repr, window.problems.problems())) == sorted(map(repr, shown.args[0]))
    problems = window.problems.problems()  # as listed: errors, then warnings, then suggestions
    assert tree.topLevelItemCount() == len(problems) > 0

    def click_row(match) -> object:
        row = next(i for i, p in enumerate(problems) if match(p))
        item = tree.topLevelItem(row)
        tree.scrollToItem(item)
        qtbot.mouseClick(
            tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
        )
        return problems[row]

    # A field problem opens its file and focuses the field in the form.
    problem = click_row(lambda p: p.field == "date" and p.code == "date-mismatch")
    assert window.current_document().path == (site_copy / problem.path).resolve()
    focused = QApplication_focus()
    assert focused is not None and window.form.isAncestorOf(focused)

    # A body problem opens the other file and puts the cursor on the line.
    problem = click_row(lambda p: p.code == "liquid-unbalanced")
    assert window.current_document().path == path.resolve()
    body_line = broken_line - window.current_document().body_start_line + 1
    assert window.editor.textCursor().blockNumber() + 1 == body_line
    assert "{% if x %}" in window.editor.textCursor().block().text()


def QApplication_focus():  # noqa: N802 - reads like the Qt call it wraps
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def test_f7_checks_the_open_page(qtbot, window: MainWindow, site_copy: Path) -> None:
    open_site(qtbot, window, site_copy)
    window.open_document(site_copy / "_resources/2023-03-31-governance-board-minutes.md")
    with qtbot.waitSignal(window.problemsShown, timeout=5000) as shown:
        qtbot.keyClick(window.editor, Qt.Key.Key_F7)
    assert [p.code for p in shown.args[0]] == ["date-mismatch"]
    assert "This page" in window.problems.summary.text()


def test_broken_front_matter_opens_as_text_with_a_message(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    path = site_copy / "_resources" / "broken.md"
    original = "---\ntitle: Broken page\nstatus: [draft\n---\nThe body stays.\n"
    path.write_text(original, encoding="utf-8")
    open_site(qtbot, window, site_copy)
    assert window.open_document(path)
    assert window.banner.isVisible()
    assert window.banner_label.text().startswith("Line 3: ")
    assert "nothing has been changed or lost" in window.banner_label.text()
    assert not window.form.isEnabled()
    assert not window.form_area.isVisible()
    assert window.editor.markdown() == original  # the whole file, nothing lost
    assert not window.current_document().is_modified

    # The author repairs the header in the editor and saves: the form comes back.
    cursor = window.editor.document().find("[draft")
    cursor.insertText("draft")
    assert window.current_document().is_modified
    assert window.save_document()
    assert path.read_text(encoding="utf-8") == original.replace("[draft", "draft")
    assert window.form.isEnabled()
    assert window.form_area.isVisible()
    assert not window.banner.isVisible()
    assert window.editor.markdown() == "The body stays.\n"


def test_layout_is_remembered(qtbot, settings: QSettings, errors) -> None:
    def new_window() -> MainWindow:
        w = MainWindow(settings)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        return w

    first = new_window()
    first.resize(780, 560)  # the offscreen screen is small
    first.splitter.setSizes([150, 300, 300])
    sizes = first.splitter.sizes()
    first.close()
    second = new_window()
    assert second.size().width() == 780
    assert second.splitter.sizes() == sizes
    second.toggle_preview_action.setChecked(False)  # View > Preview off
    second.close()
    third = new_window()
    assert not third.toggle_preview_action.isChecked()
    assert not third.preview.isVisible()
    third.close()
    qtbot.wait(50)


def test_recent_folders_and_last_folder(
    qtbot, window: MainWindow, site_copy: Path, sample_copy: Path
) -> None:
    open_site(qtbot, window, sample_copy)
    open_site(qtbot, window, site_copy)
    assert window.recent_folders()[:2] == [str(site_copy.resolve()), str(sample_copy.resolve())]
    assert window.settings.value("lastFolder") == str(site_copy.resolve())
    window._fill_recent_menu()
    assert [a.text() for a in window.recent_menu.actions()][:2] == window.recent_folders()[:2]


def test_self_test_exits_zero() -> None:
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "editor_app", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "self-test: ok" in result.stdout


def test_no_display_is_a_clear_message() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "editor_app"], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 3
    assert "no display" in result.stderr


def test_new_document_dialog_shows_the_file_name(
    qtbot, window: MainWindow, sample_copy: Path
) -> None:
    open_site(qtbot, window, sample_copy)
    collections = [(n, c.label) for n, c in window.site.collections.items()]
    shown: list[str] = []

    def fake_exec(dialog) -> int:
        qtbot.keyClicks(dialog.title_edit, "Bus stops: what riders said")
        shown.append(dialog.file_name())
        return NewDocumentDialog.DialogCode.Accepted

    from editor_app.ui.dialogs import NewDocumentDialog, NewPageRequest
    from editor_app.ui.new_page_dialog import NewPageQuestion

    original_exec = NewDocumentDialog.exec
    NewDocumentDialog.exec = fake_exec
    try:
        question = NewPageQuestion(collections, window._propose_name, "resources")
        answer = NewDocumentDialog.ask(window, question)
    finally:
        NewDocumentDialog.exec = original_exec
    assert answer == NewPageRequest("resources", "Bus stops: what riders said")
    assert shown == ["_resources/bus-stops-what-riders-said.md"]


def test_file_new_creates_and_opens_the_document(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:
    from editor_app.ui.dialogs import NewDocumentDialog, NewPageRequest

    open_site(qtbot, window, sample_copy)
    monkeypatch.setattr(
        NewDocumentDialog, "ask", classmethod(lambda cls, *a, **k: NewPageRequest("resources", "Bus stops"))
    )
    with qtbot.waitSignal(window.documentOpened, timeout=5000) as opened:
        qtbot.keyClick(window.editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    path = opened.args[0]
    assert path == (sample_copy / "_resources" / "bus-stops.md").resolve()
    assert not path.exists()  # created by the first Save, not by New
    assert window.current_document().get("title") == "Bus stops"
    assert window.library.current_collection() == "resources"
    assert window.save_action.isEnabled()
    assert window.save_document()
    assert path.is_file()
    assert path in window.library.paths()


def test_live_check_marks_fields_and_counts_words(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch
) -> None:
    shown: list[list] = []
    original = window.form.show_problems
    monkeypatch.setattr(
        window.form, "show_problems", lambda ps: (shown.append(list(ps)), original(ps))
    )
    open_site(qtbot, window, site_copy)
    window.open_document(site_copy / "_resources/2023-03-31-governance-board-minutes.md")
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert [p.field for p in shown[-1]] == ["date"]
    words = int(window.stats_label.text().split()[0])
    assert words > 0 and "min read" in window.stats_label.text()
    # Typing more words updates the count after a pause.
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor, " one two three")
    qtbot.waitUntil(lambda: window.stats_label.text().startswith(f"{words + 3} "), timeout=5000)


def test_title_bar_shows_unsaved_changes(qtbot, window: MainWindow, site_copy: Path) -> None:
    open_site(qtbot, window, site_copy)
    window.open_document(site_copy / CASE_STUDY)
    assert "[*]" in window.windowTitle() and not window.isWindowModified()
    _make_change(qtbot, window)
    assert window.isWindowModified()
    assert window.save_action.isEnabled()


def test_editor_scrolling_moves_the_preview(qtbot, window: MainWindow, site_copy: Path) -> None:
    open_site(qtbot, window, site_copy)
    window.open_document(site_copy / CASE_STUDY)
    window.editor.scrollFractionChanged.emit(0.5)
    assert window.preview.scroll_fraction() == 0.5


def test_panels_are_named_and_reachable_by_keyboard(window: MainWindow) -> None:
    for widget in (
        window.library.collection_box,
        window.library.search,
        window.library.view,
        window.form,
        window.editor,
        window.preview.view,
        window.problems.tree,
    ):
        assert widget.accessibleName(), widget
    for widget in (window.library.search, window.library.view, window.editor):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Tab from the list goes on to the form's fields, then the text (with a page open:
    # test_tab_through_form.py); the form's scrolling frame takes no focus of its own.
    assert window.form_area.focusPolicy() == Qt.FocusPolicy.NoFocus
    widget = window.library.view.nextInFocusChain()
    while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        widget = widget.nextInFocusChain()
    assert widget is window.editor  # no page open: no fields between


def test_start_folder_is_the_given_one_else_the_last_else_the_sample(
    tmp_path: Path, settings: QSettings, sample_copy: Path
) -> None:
    from editor_app.ui.app import sample_to_try, start_folder

    assert start_folder(None, settings) == sample_to_try()
    settings.setValue("lastFolder", str(sample_copy))
    assert start_folder(None, settings) == sample_copy
    assert start_folder(str(tmp_path), settings) == tmp_path.resolve()
    settings.setValue("lastFolder", str(tmp_path / "gone"))  # deleted since: fall back
    assert start_folder(None, settings) == sample_to_try()


def test_checking_the_whole_site_shows_progress_and_can_be_stopped(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:
    import threading

    import editor_app.core.validate as validate  # the window loads it at the first check

    release = threading.Event()

    def slow_validate_site(site, schema=None, progress=None):
        for i in range(10_000):
            progress(i, 10_000)
            release.wait(0.01)
        return []

    monkeypatch.setattr(validate, "validate_site", slow_validate_site)
    open_site(qtbot, window, sample_copy)
    window.validate_site_action.trigger()
    problems = window.problems
    qtbot.waitUntil(lambda: problems.progress.maximum() == 10_000, timeout=5000)
    assert problems.cancel_button.isVisible()
    assert not window.validate_site_action.isEnabled()  # one check at a time
    qtbot.mouseClick(problems.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not problems.progress.isVisible(), timeout=5000)
    assert problems.summary.text() == "Checking stopped."
    assert window.validate_site_action.isEnabled()
