"""Small window gaps: Save As, the New document name, images by collection, deleted pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from window_helpers import click_document, open_site

from editor_app.ui import safety
from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
from editor_app.ui.main_window import MainWindow

CASE_STUDY = "_resources/case-study-cag.md"


@pytest.fixture
def window(quiet_window, monkeypatch):  # noqa: ANN001, ANN201
    yield quiet_window
    # Whatever a test answered, the window closes with its page unsaved.
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD))


def open_page(qtbot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        click_document(qtbot, window, path)


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.editor, key, modifiers)


def test_save_as_writes_a_copy_and_edits_the_new_file(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch
) -> None:
    original = site_copy / CASE_STUDY
    before = original.read_bytes()
    target = site_copy / "_resources" / "case-study-copy.md"
    asked: list[Path] = []

    def pick(cls, parent, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(safety.SaveAsDialog, "ask_path", classmethod(pick))
    open_site(qtbot, window, site_copy)
    open_page(qtbot, window, original)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor, " Zebra")
    assert window.isWindowModified()

    with qtbot.waitSignal(window.documentSaved, timeout=5000):
        press(
            qtbot,
            window,
            Qt.Key.Key_S,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )

    # The dialog started from the page's own file; the copy holds the edit, the old file not.
    assert asked == [original.resolve()]
    assert original.read_bytes() == before
    assert target.read_bytes().rstrip().endswith(b"Zebra")
    assert target.read_bytes().replace(b" Zebra", b"") == before
    # The window now edits the new file, saved, and the list shows it.
    assert window.current_document().path == target.resolve()
    assert not window.isWindowModified()
    assert not window.save_action.isEnabled()
    assert target.resolve() in window.library.paths()
    assert "case-study-copy.md" in window.windowTitle() or window.current_document().get("title")

    # Further saves go to the new file only.
    qtbot.keyClicks(window.editor, " again")
    with qtbot.waitSignal(window.documentSaved, timeout=5000):
        press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.read_bytes().rstrip().endswith(b"Zebra again")
    assert original.read_bytes() == before


def test_save_as_cancelled_changes_nothing(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch
) -> None:
    monkeypatch.setattr(safety.SaveAsDialog, "ask_path", classmethod(lambda cls, p, s: None))
    original = site_copy / CASE_STUDY
    open_site(qtbot, window, site_copy)
    open_page(qtbot, window, original)
    qtbot.keyClicks(window.editor, "Zebra ")
    assert window.save_as_action.isEnabled()
    assert window.save_document_as() is False
    assert window.current_document().path == original.resolve()
    assert window.isWindowModified()
    assert b"Zebra" not in original.read_bytes()


def test_failed_save_offers_the_same_save_as(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch
) -> None:
    """A page that cannot be written where it is: Save As from the failure box moves the window."""
    original = site_copy / CASE_STUDY
    target = site_copy / "_resources" / "case-study-elsewhere.md"
    monkeypatch.setattr(safety.SaveAsDialog, "ask_path", classmethod(lambda cls, p, s: target))
    offered: list[bool] = []

    def failed(cls, parent, message: str, offer: bool) -> bool:
        offered.append(offer)
        return True

    monkeypatch.setattr(safety.SaveFailedDialog, "ask", classmethod(failed))
    open_site(qtbot, window, site_copy)
    open_page(qtbot, window, original)
    qtbot.keyClicks(window.editor, "Zebra ")

    def refuse(path, data) -> None:
        if Path(path).resolve() == original.resolve():
            raise PermissionError(13, "Permission denied", str(path))
        real_write(path, data)

    from editor_app.core import document as document_module

    real_write = document_module.atomic_write
    monkeypatch.setattr(document_module, "atomic_write", refuse)
    assert window.save_document() is True
    assert offered == [True]
    assert b"Zebra" not in original.read_bytes()
    assert b"Zebra" in target.read_bytes()
    assert window.current_document().path == target.resolve()
    assert not window.isWindowModified()
    assert target.resolve() in window.library.paths()


def test_new_document_dialog_names_the_file_the_core_will_create(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch
) -> None:
    """The name shown is the one created: '-2' when the title's file is taken."""
    from editor_app.ui.dialogs import NewDocumentDialog, NewPageRequest
    from editor_app.ui.new_page_dialog import NewPageQuestion

    open_site(qtbot, window, site_copy)
    collections = [(n, c.label) for n, c in window.site.collections.items()]
    shown: list[str] = []

    def fake_exec(dialog) -> int:
        qtbot.keyClicks(dialog.title_edit, "Health")
        shown.append(dialog.file_name())
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fake_exec)
    question = NewPageQuestion(collections, window._propose_name, "topics")
    answer = NewDocumentDialog.ask(window, question)
    assert answer == NewPageRequest("topics", "Health")
    assert (site_copy / "_topics" / "health.md").is_file()
    assert shown == ["_topics/health-2.md"]

    monkeypatch.setattr(NewDocumentDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    with qtbot.waitSignal(window.documentOpened, timeout=5000) as opened:
        window.new_document()
    assert opened.args[0] == (site_copy / shown[0]).resolve()


def test_rename_offers_renaming_pages_named_by_another_field(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch
) -> None:
    """Author pages named by `name:`: renaming an author can rename the person's page too."""
    from editor_app.ui.site_tools import ConfirmRename

    for page in (site_copy / "_people").glob("*.md"):  # as on sites whose people have no title
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace("\ntitle:", "\nname:", 1), encoding="utf-8")
    person = site_copy / "_people" / "gavin-freeguard.md"
    assert "\nname: Gavin Freeguard\n" in person.read_text(encoding="utf-8")
    monkeypatch.setattr(ConfirmRename, "ask", classmethod(lambda cls, parent, text: True))
    open_site(qtbot, window, site_copy)
    assert window.open_document(site_copy / CASE_STUDY)
    dialog = window.site_tools.open_rename()
    dialog.field_box.setCurrentIndex(dialog.field_box.findData("author"))
    assert dialog.target_check.isVisible()
    assert dialog.set_choice("author", "Gavin Freeguard", "Gavin F. Freeguard", True)
    assert "Gavin Freeguard" in dialog.target_check.text()
    assert "People" in dialog.target_check.text()

    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10000)
    assert dialog.report.targets == [person.resolve()] or dialog.report.targets == [person]
    assert "\nname: Gavin F. Freeguard\n" in person.read_text(encoding="utf-8")
    dialog.close()


def test_rename_has_no_page_renaming_for_plain_fields(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    open_site(qtbot, window, site_copy)
    assert window.open_document(site_copy / CASE_STUDY)
    dialog = window.site_tools.open_rename()
    assert dialog.field_box.findData("status") >= 0
    dialog.field_box.setCurrentIndex(dialog.field_box.findData("status"))
    assert dialog.field() is not None and dialog.field().name == "status"
    assert not dialog.target_check.isVisible()
    dialog.field_box.setCurrentIndex(dialog.field_box.findData("author"))
    assert dialog.target_check.isVisible()  # title-named people on the real site
    dialog.close()


def test_insert_image_on_a_resources_page_copies_into_assets_resources(
    qtbot, window: MainWindow, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    """The window tells the editor the page's collection, even when the page shows a
    person's photo (which alone would send new images to assets/people)."""
    from editor_app.ui.editor import MarkdownEditor

    page = site_copy / "_resources" / "2024-02-29-governance-board-minutes.md"  # no images
    with page.open("a", encoding="utf-8") as handle:
        handle.write("\n![Adam](/assets/people/adam.jpeg)\n")
    source = tmp_path / "bus stop.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\n picture")
    monkeypatch.setattr(MarkdownEditor, "ask_image_file", classmethod(lambda cls, p, s: source))
    open_site(qtbot, window, site_copy)
    open_page(qtbot, window, page)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.editor.imageInserted, timeout=5000) as inserted:
        press(
            qtbot,
            window,
            Qt.Key.Key_I,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    copied = site_copy / "assets" / "resources" / "bus-stop.png"
    assert inserted.args[0] == "/assets/resources/bus-stop.png"
    assert copied.read_bytes() == source.read_bytes()
    assert not (site_copy / "assets" / "people" / "bus-stop.png").exists()
    assert window.current_document().body.rstrip().endswith("(/assets/resources/bus-stop.png)")


def test_a_deleted_untouched_page_can_be_saved_back(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        safety.FileDeletedNotice, "tell", classmethod(lambda cls, p, name: told.append(name))
    )
    page = site_copy / CASE_STUDY
    before = page.read_bytes()
    open_site(qtbot, window, site_copy)
    open_page(qtbot, window, page)
    assert not window.save_action.isEnabled()  # nothing to save yet

    with qtbot.waitSignal(window.guard.fileDeleted, timeout=5000):
        page.unlink()
    assert told == [page.name]
    # The author has not typed anything, yet the page can be saved to put the file back,
    # and the window shows the text is not on disk.
    assert window.save_action.isEnabled()
    assert window.isWindowModified()
    with qtbot.waitSignal(window.documentSaved, timeout=5000):
        press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.read_bytes() == before
    assert not window.save_action.isEnabled()
    assert not window.isWindowModified()


def test_closing_a_deleted_untouched_page_asks_first(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch
) -> None:
    monkeypatch.setattr(safety.FileDeletedNotice, "tell", classmethod(lambda cls, p, n: None))
    asked: list[str] = []

    def answer(cls, parent, name: str, **_: bool) -> Choice:
        asked.append(name)
        return Choice.SAVE

    page = site_copy / CASE_STUDY
    before = page.read_bytes()
    open_site(qtbot, window, site_copy)
    open_page(qtbot, window, page)
    with qtbot.waitSignal(window.guard.fileDeleted, timeout=5000):
        page.unlink()
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(answer))
    assert window.close_document()
    assert len(asked) == 1
    assert page.read_bytes() == before  # "Save" put the file back
