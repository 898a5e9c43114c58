"""After a dialog or another window of the app closes, what the user types goes where it went
before it opened: with no window manager to activate the window again (a bare X server, and
offscreen), the keyboard belonged to no window and the letters were lost."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout
from window_helpers import open_site

from editor_app.paths import sample_site_dir
from editor_app.ui.dialog_focus import return_focus_after_dialogs
from editor_app.ui.guide import GuideWindow
from editor_app.ui.main_window import MainWindow


@pytest.fixture
def focus_return() -> Iterator[None]:
    helper = return_focus_after_dialogs(QApplication.instance())
    yield
    shiboken6.delete(helper)  # other tests run as before


@pytest.fixture
def window(qtbot, settings: QSettings, focus_return) -> Iterator[MainWindow]:  # noqa: ANN001
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def _cancel_the_dialog_once_open(qtbot) -> None:  # noqa: ANN001 - qtbot
    """Escape in the dialog, once it is open and has the keyboard."""
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or QApplication.focusWindow() is not dialog.windowHandle():
            QTimer.singleShot(20, cancel)
            return
        dialog.reject()

    QTimer.singleShot(20, cancel)


def _type(qtbot, text: str) -> None:  # noqa: ANN001 - qtbot
    """Keys as the keyboard sends them: to whichever widget has the keyboard."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    qtbot.keyClicks(QApplication.focusWidget(), text)


@pytest.mark.parametrize("action", ["new_action", "open_action"])
def test_typing_after_a_cancelled_dialog_goes_on_in_the_page(
    qtbot, window: MainWindow, tmp_path: Path, action: str
) -> None:
    _open_page(qtbot, window, tmp_path)
    _cancel_the_dialog_once_open(qtbot)
    getattr(window, action).trigger()  # File > New Document…, File > Open Folder…
    _type(qtbot, " typed after")

    assert window.editor.toPlainText().endswith(" typed after")


def _open_page(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001 - qtbot
    site = tmp_path / "site"
    shutil.copytree(sample_site_dir(), site)
    open_site(qtbot, window, site)
    window.open_document(window.library.paths()[0])
    window.activateWindow()
    window.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)


def test_typing_after_the_guide_is_closed_goes_on_in_the_page(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _open_page(qtbot, window, tmp_path)
    window.guide_action.trigger()  # Help > Guide (F1): a window of its own
    guide = window.findChild(GuideWindow)
    qtbot.waitUntil(lambda: QApplication.focusWindow() is guide.windowHandle())
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()
    _type(qtbot, " after the guide")

    assert window.editor.toPlainText().endswith(" after the guide")


def test_closing_a_dialog_opened_from_a_dialog_gives_the_keyboard_back_to_the_first(
    qtbot, focus_return
) -> None:
    outer = QDialog()
    qtbot.addWidget(outer)
    field = QLineEdit()
    QVBoxLayout(outer).addWidget(field)
    outer.show()
    outer.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)

    inner = QDialog(outer)
    _cancel_the_dialog_once_open(qtbot)
    inner.exec()
    _type(qtbot, "still here")

    assert field.text() == "still here"
