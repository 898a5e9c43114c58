"""The "Save changes?" question for a new page never saved says the page will not be created
(there are no earlier words to lose); for a page that exists it says the changes will be lost."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from window_helpers import click_document, open_site

import editor_app.ui.dialogs as dialogs_module
from editor_app.ui.dialogs import Choice, NewDocumentDialog, NewPageRequest, UnsavedChangesDialog

OTHER_PAGE = "_resources/case-study-dfe.md"


def _real_dialog_class() -> type:
    """The dialog class as written (the tests' session answers `ask` itself): read afresh
    from its file under another name, leaving the loaded module as it is."""
    spec = importlib.util.spec_from_file_location("dialogs_as_written", dialogs_module.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.UnsavedChangesDialog


def _words_of_the_box(qtbot, **kwargs: bool) -> tuple[str, str, object]:  # noqa: ANN001
    """Show the real question, read its words and press Cancel, as a person would."""
    seen: list[tuple[str, str]] = []

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.informativeText()))
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, read_and_cancel)
    answer = _real_dialog_class().ask(None, "Bus stops", **kwargs)
    (text, informative), = seen
    return text, informative, answer.value


def test_the_question_for_a_new_page_says_it_will_not_be_created(qtbot) -> None:  # noqa: ANN001
    assert _words_of_the_box(qtbot, new_page=True) == (
        "Save the new page “Bus stops”?",
        "If you don't save, the page will not be created.",
        "cancel",
    )


def test_the_question_for_a_page_that_exists_is_unchanged(qtbot) -> None:  # noqa: ANN001
    assert _words_of_the_box(qtbot) == (
        "Save the changes to “Bus stops”?",
        "If you don't save, your changes will be lost.",
        "cancel",
    )


def test_the_window_asks_about_a_new_page_as_one(
    qtbot, quiet_window, site_copy: Path, monkeypatch  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    monkeypatch.setattr(
        NewDocumentDialog, "ask", classmethod(lambda cls, *a, **k: NewPageRequest("resources", "Bus stops"))
    )
    asked: list[tuple[str, dict]] = []

    def ask(cls, parent, name, **kwargs):  # noqa: ANN001, ANN003, ANN202 - the dialog's stand-in
        asked.append((name, kwargs))
        return Choice.DISCARD

    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(ask))
    window.new_document()
    click_document(qtbot, window, site_copy / OTHER_PAGE)
    qtbot.waitUntil(lambda: window.current_document().path == (site_copy / OTHER_PAGE).resolve())
    assert asked == [("Bus stops", {"new_page": True})]
    # The page that exists, changed: asked as a page that is there.
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor, " Extra words.")
    assert window.current_document().is_modified
    window.new_document()
    assert asked[1][1] == {"new_page": False}
