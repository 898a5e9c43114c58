"""The list and the open page stay in step; the list shows what tells pages apart; the
window opens on the collection authors write in."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from window_helpers import open_site

from editor_app.core.validate import Problem
from editor_app.ui import dialogs
from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
from editor_app.ui.library import name_date
from editor_app.ui.main_window import MainWindow

DRAFT = "_resources/brand-narrative.md"


def make(qtbot, settings: QSettings) -> MainWindow:  # noqa: ANN001 - qtbot
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


def test_a_problem_in_another_collection_clears_the_title_filter(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    open_site(qtbot, window, site_copy)
    window.library.set_collection("resources")
    window.library.search.setText("governance")
    assert "of" in window.library.count_label.text()
    person = next(p for p in (site_copy / "_people").glob("*.md"))
    window.jump_to_problem(
        Problem(path=str(person), line=None, field="title", severity="error", code="x", message="")
    )
    assert window.library.current_collection() == "people"
    assert window.library.search.text() == ""
    assert " of " not in window.library.count_label.text()
    assert person.resolve() in window.library.paths()


def test_a_page_changed_on_disk_shows_its_new_status_in_the_list(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    open_site(qtbot, window, site_copy)
    path = (site_copy / DRAFT).resolve()
    assert window.open_document(path)
    row = window.library.paths().index(path)
    assert window.library.proxy.index(row, 2).data() == "draft"
    # As Review > Approve does: the file is rewritten, then the page read again.
    path.write_text(path.read_text(encoding="utf-8").replace("status: draft", "status: final"))
    assert window.reload_document()
    row = window.library.paths().index(path)
    assert window.library.proxy.index(row, 2).data() == "final"


def test_approving_in_the_review_window_shows_final_in_the_list(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    open_site(qtbot, window, site_copy)
    path = (site_copy / DRAFT).resolve()
    assert window.open_document(path)
    window.review.queue_action.trigger()
    review_window = window.review.review_window
    qtbot.waitUntil(lambda: review_window.panel.model.rowCount() > 0, timeout=20000)
    assert review_window.panel.select_path(path)
    assert review_window.panel.approve_current()
    row = window.library.paths().index(path)
    assert window.library.proxy.index(row, 2).data().startswith("final")
    review_window.close()


def test_the_collection_count_follows_new_pages(qtbot, window: MainWindow, site_copy: Path) -> None:
    open_site(qtbot, window, site_copy)
    window.library.set_collection("resources")
    box = window.library.collection_box
    assert box.currentText().endswith("(50)")
    (site_copy / "_resources" / "a-new-page.md").write_text("---\ntitle: A new page\n---\nText\n")
    window.site.update_entry(site_copy / "_resources" / "a-new-page.md")
    window.library.refresh()
    assert len(window.library.paths()) == 51
    assert box.currentText().endswith("(51)")


def test_dates_from_file_names_and_repeated_titles_told_apart(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    folder = site_copy / "_resources"
    for day in ("2024-05-03", "2024-05-10"):
        (folder / f"{day}-weeknotes.md").write_text("---\ntitle: Weeknotes\n---\nText\n")
    open_site(qtbot, window, site_copy)
    window.library.set_collection("resources")
    proxy = window.library.proxy
    rows = {
        path.name: row
        for row, path in enumerate(window.library.paths())
        if path.name.endswith("-weeknotes.md")
    }
    assert proxy.index(rows["2024-05-03-weeknotes.md"], 1).data() == "2024-05-03"
    assert proxy.index(rows["2024-05-10-weeknotes.md"], 1).data() == "2024-05-10"
    titles = {proxy.index(r, 0).data() for r in rows.values()}
    assert titles == {"Weeknotes · 2024-05-03-weeknotes.md", "Weeknotes · 2024-05-10-weeknotes.md"}
    assert name_date(Path("2024-13-40-x.md")) == ""  # not a real date


def test_opens_on_the_dated_collection_then_on_the_last_one_used(
    qtbot, settings: QSettings, site_copy: Path, monkeypatch
) -> None:
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD))
    for i in range(20):  # people becomes the biggest collection, with no dated page
        (site_copy / "_people" / f"extra-{i}.md").write_text(f"---\ntitle: P{i}\n---\n")
    first = make(qtbot, settings)
    open_site(qtbot, first, site_copy)
    assert first.library.current_collection() == "resources"  # where authors write
    first.library.set_collection("projects")  # the author's own choice
    first.close()
    again = make(qtbot, settings)
    open_site(qtbot, again, site_copy)
    assert again.library.current_collection() == "projects"


def test_new_page_is_like_the_others_and_written_on_first_save(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch
) -> None:
    from editor_app.ui.dialogs import NewDocumentDialog, NewPageRequest

    open_site(qtbot, window, site_copy)
    monkeypatch.setattr(
        NewDocumentDialog, "ask", classmethod(lambda cls, *a, **k: NewPageRequest("resources", "Bus stops"))
    )
    window.new_document()
    doc = window.current_document()
    path = Path(doc.path)
    assert not path.exists()
    # Unsaved work is covered by a recovery copy before the file exists.
    assert window.guard.autosave_now(wait=True)
    copy = window.guard.recovery.get(path)
    assert copy is not None and b"Bus stops" in copy.data
    keys = list(doc.front_matter)
    assert keys.index("title") < keys.index("date") < keys.index("link")
    # Picking a project writes one value, as the other case studies have it, in its place.
    window.form.widgets["project"].edited.emit(["Our Data Futures"])
    assert doc.get("project") == "Our Data Futures"
    assert [k for k in doc.front_matter if k != "project"] == keys
    assert window.save_document()
    text = path.read_text(encoding="utf-8")
    assert "project: Our Data Futures\n" in text
    assert text.index("title:") < text.index("project:") < text.index("status:")


def test_fields_the_new_page_lacked_go_where_and_as_the_other_pages_have_them(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch
) -> None:
    from editor_app.ui.dialogs import NewDocumentDialog, NewPageRequest

    open_site(qtbot, window, site_copy)
    monkeypatch.setattr(
        NewDocumentDialog, "ask", classmethod(lambda cls, *a, **k: NewPageRequest("resources", "Bus stops"))
    )
    window.new_document()
    doc = window.current_document()
    assert "subtitle" not in doc.front_matter  # few pages of the collection have one
    # The case studies write `subtitle` right after the title, in quotes; `link` plainly.
    window.form.widgets["subtitle"].edited.emit("Case study bus stops")
    window.form.widgets["link"].edited.emit("https://example.org/bus-stops")
    window.form.widgets["reference"].edited.emit("BUS")
    keys = list(doc.front_matter)
    assert keys[: keys.index("subtitle") + 2] == ["layout", "title", "subtitle", "reference"]
    assert keys[-1] == "image"  # nothing was added after the last field
    assert window.save_document()
    text = Path(doc.path).read_text(encoding="utf-8")
    assert 'title: "Bus stops"\nsubtitle: "Case study bus stops"\nreference: BUS\n' in text
    assert "link: https://example.org/bus-stops\n" in text
    # The list and the collection box count the new page once it is saved.
    assert Path(doc.path).resolve() in window.library.paths()
    assert window.library.collection_box.currentText().endswith("(51)")


def test_docks_start_closed_and_are_all_in_the_view_menu(
    qtbot, settings: QSettings, monkeypatch
) -> None:
    from PySide6.QtWidgets import QDockWidget

    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD))
    first = make(qtbot, settings)
    docks = first.findChildren(QDockWidget)
    names = {d.objectName() for d in docks}
    assert {"problemsDock", "siteSearchDock", "reviewNotesDock"} <= names
    view = set(first.view_menu.actions())
    assert all(d.toggleViewAction() in view for d in docks)
    for dock in docks:
        dock.show()
    first.close()  # the layout, docks shown, is remembered
    again = make(qtbot, settings)
    assert not any(d.isVisible() for d in again.findChildren(QDockWidget))


def test_site_search_opens_on_one_click_marks_the_match_and_keeps_the_layout(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    from PySide6.QtCore import Qt

    window.resize(1000, 600)
    open_site(qtbot, window, site_copy)
    editor_x = window.centre.mapTo(window, window.centre.rect().topLeft()).x()
    hook = window.site_tools
    hook.show_search()
    qtbot.waitUntil(hook.dock.isVisible)
    qtbot.wait(50)
    assert not window.library.isVisible()  # the search stands where the list was
    assert abs(window.centre.mapTo(window, window.centre.rect().topLeft()).x() - editor_x) < 40
    hook.panel.set_query("Trustopia")
    qtbot.waitUntil(lambda: bool(hook.panel.hits()), timeout=10000)
    row = next(i for i, h in enumerate(hook.panel.hits()) if h.field == "body")
    item = hook.panel.results.item(row)
    rect = hook.panel.results.visualItemRect(item)
    with qtbot.waitSignal(window.documentOpened, timeout=5000):
        qtbot.mouseClick(
            hook.panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
    assert window.editor.textCursor().selectedText() == "Trustopia"
    hook.dock.close()
    qtbot.waitUntil(window.library.isVisible)


def test_editor_app_page_opens_its_site_with_the_page_open(
    qtbot, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    import PySide6.QtCore
    from PySide6.QtWidgets import QApplication

    import editor_app.ui.main_window as main_window
    from editor_app.ui import app as app_module

    made: list[MainWindow] = []

    class Recorded(MainWindow):
        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
            super().__init__(*args, **kwargs)
            made.append(self)
            qtbot.addWidget(self)

    ini = str(tmp_path / "app.ini")
    monkeypatch.setattr(main_window, "MainWindow", Recorded)
    monkeypatch.setattr(
        PySide6.QtCore, "QSettings", lambda: QSettings(ini, QSettings.Format.IniFormat)
    )
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD))
    page = site_copy / DRAFT
    assert app_module.run_app(str(page)) == 0
    window = made[0]
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=30000)
    assert window.site.root == site_copy.resolve()
    assert Path(window.current_document().path) == page.resolve()


def test_a_page_that_cannot_be_changed_safely_opens_read_only_saying_why(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    page = site_copy / "_resources" / "binary.md"
    page.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd9\x00 a picture named .md")
    open_site(qtbot, window, site_copy)
    assert window.open_document(page)
    doc = window.current_document()
    if doc.read_only_reason is None:
        pytest.skip("this page reads as ordinary text here")
    assert window.editor.isReadOnly() and not window.form.isEnabled()
    assert window.banner.isVisible() or not window.isVisible()
    assert "cannot be changed" in window.banner_label.text()


def test_a_page_that_is_a_link_out_of_the_site_is_not_written_through(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text("---\ntitle: Outside\n---\nText.\n")
    link = site_copy / "_resources" / "linked.md"
    link.symlink_to(outside)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: told.append(text))
    open_site(qtbot, window, site_copy)
    assert not window.open_document(link)  # refused, in words
    assert told and window.current_document() is None
    assert outside.read_text() == "---\ntitle: Outside\n---\nText.\n"


def test_a_header_of_aliases_standing_for_billions_of_values_opens_at_once(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    bomb = Path(__file__).resolve().parents[1] / "data" / "hostile" / "alias-bomb-deep.md"
    page = site_copy / "_resources" / "bomb.md"
    page.write_bytes(bomb.read_bytes())
    open_site(qtbot, window, site_copy)
    assert window.open_document(page)  # a hang here would be the freeze
    shown = [w for w in window.form.widgets.values()]
    assert shown
    assert all(len(getattr(w, "text", lambda: "")() or "") < 10_000 for w in shown)


def test_what_the_editor_noticed_about_the_site_is_offered(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch
) -> None:
    from editor_app.ui import site_notes_dialog

    shown: list[str] = []
    monkeypatch.setattr(
        site_notes_dialog, "show_site_notes", lambda _p, title, text: shown.append(text)
    )
    (site_copy / "_resources" / "pipe.md").unlink(missing_ok=True)
    import os

    os.mkfifo(site_copy / "_resources" / "pipe.md")  # skipped, and said so
    open_site(qtbot, window, site_copy)
    notes = window.sites.site_notes()
    if not notes:
        pytest.skip("nothing noticed about this copy of the site")
    assert window.site_notes_action.isEnabled()
    assert "noticed" in window.statusBar().currentMessage()
    window.site_notes_action.trigger()
    assert shown and notes[0] in shown[0]


def test_the_review_notes_dock_closes_when_another_site_opens(
    qtbot, window: MainWindow, site_copy: Path, sample_copy: Path
) -> None:
    from PySide6.QtWidgets import QDockWidget

    open_site(qtbot, window, site_copy)
    notes = next(d for d in window.findChildren(QDockWidget) if d.objectName() == "reviewNotesDock")
    notes.show()
    open_site(qtbot, window, sample_copy)
    assert not notes.isVisible()
