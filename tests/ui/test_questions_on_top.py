"""Every question that can be asked during or just after a site opens stays above the window
while Qt makes the window's native window anew (as it does when the preview's Chromium view
first comes in, about half a second after a site opens). The new window came up over the
question, which hid behind it still holding the keyboard: the window looked open, answered
no key, and nothing seemed asked. One guard on the window (ui/questions_on_top.py) keeps them
all above, message boxes made by a static QMessageBox call and boxes with no parent too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtOpenGLWidgets import QOpenGLWidget
from PySide6.QtWidgets import QApplication, QMessageBox
from window_helpers import freed_shown_window, open_site

from editor_app.ui import dialogs, site_notes_dialog
from editor_app.ui.difference import Difference
from editor_app.ui.main_window import MainWindow
from editor_app.ui.recovery import RecoveryDialog
from editor_app.ui.safety_questions import (
    ChangedOnDiskDialog,
    FileDeletedNotice,
    SaveFailedDialog,
)

Ask = Callable[[MainWindow], object]


def _changed_on_disk(window: MainWindow) -> object:
    difference = Difference.of(b"on disk\n", b"typed here\n", "the file on disk", "your text")
    return ChangedOnDiskDialog.ask(window, "about.md", difference)


def _discard_asked_over_a_dialog(window: MainWindow) -> object:
    # A question asked by a dialog of the window: both come back, the question on top.
    box = QMessageBox(window)
    box.setWindowTitle("Recover unsaved work")
    box.show()
    try:
        return RecoveryDialog.confirm_discard(box, "about.md")
    finally:
        box.close()


QUESTIONS: dict[str, Ask] = {
    "the site cannot be read": lambda w: dialogs.show_error(
        w, "Cannot open the folder", "This folder cannot be opened as a site."
    ),
    "save changes": lambda w: dialogs.ask_to_go_on(
        w,
        icon=QMessageBox.Icon.Warning,
        title="Unsaved changes",
        text="Save the changes?",
        go_on="Save",
        go_on_is_default=True,
    ),
    "a page changed on disk": _changed_on_disk,
    "a page deleted on disk": lambda w: FileDeletedNotice.tell(w, "about.md"),
    "not saved": lambda w: SaveFailedDialog.ask(w, "The disk is full.", True),
    "notes about the site": lambda w: site_notes_dialog.show_site_notes(
        w, "About this site", "• The schema file could not be read."
    ),
    "a box with no parent": lambda _w: QMessageBox.question(None, "Sharing", "Get latest?"),
    "a question over a dialog": _discard_asked_over_a_dialog,
}


@pytest.fixture
def window(qtbot, settings):  # noqa: ANN001, ANN201 - pytest fixtures
    yield from freed_shown_window(qtbot, settings, exposed=True)


@pytest.mark.parametrize("name", list(QUESTIONS))
def test_a_question_stays_on_top_when_the_window_is_made_anew(
    qtbot, site_copy: Path, window: MainWindow, name: str  # noqa: ANN001
) -> None:
    open_site(qtbot, window, site_copy)
    seen: dict = {}

    def while_asked() -> None:
        question = QApplication.activeModalWidget()
        seen["asked"] = question is not None
        if question is None:
            return
        old_handle = window.windowHandle()
        # A view drawn by the GPU, as the preview's Chromium view is: Qt remakes the window.
        QOpenGLWidget(window).show()
        qtbot.wait(200)
        seen["window_made_anew"] = window.windowHandle() is not old_handle
        seen["question_active"] = QApplication.activeWindow() is question
        owner = question.parentWidget().window() if question.parentWidget() else window
        seen["question_belongs_to_its_window"] = (
            question.windowHandle().transientParent() is owner.windowHandle()
        )
        question.done(0)

    QTimer.singleShot(0, while_asked)
    QUESTIONS[name](window)
    assert seen == {
        "asked": True,
        "window_made_anew": True,
        "question_active": True,
        "question_belongs_to_its_window": True,
    }
