"""The recovery question stays above the window while Qt makes the window's native window anew
(as it does when the preview's Chromium view first comes in, about half a second after a site
opens). The new window came up over the question, which hid behind it still holding the
keyboard: after a kill, the app restarted showing no page and asking nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtOpenGLWidgets import QOpenGLWidget
from PySide6.QtWidgets import QApplication
from window_helpers import open_site

from editor_app.core.store import RecoveryStore
from editor_app.ui.recovery import RecoveryDialog

PAGE = "_resources/case-study-cag.md"
UNSAVED = "Unsaved words typed just before the app was killed."


def test_the_question_stays_on_top_when_the_window_is_made_anew(
    qtbot, site_copy: Path, quiet_window  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    page = site_copy / PAGE
    original = page.read_bytes()
    RecoveryStore().save(page, original + f"\n{UNSAVED}\n".encode())  # left by a killed app
    seen: dict = {}

    def while_asked() -> None:
        dialog = QApplication.activeModalWidget()
        seen["asked"] = isinstance(dialog, RecoveryDialog)
        if not seen["asked"]:
            return
        old_handle = window.windowHandle()
        # A view drawn by the GPU, as the preview's Chromium view is: Qt remakes the window.
        QOpenGLWidget(window).show()
        qtbot.wait(200)
        seen["window_made_anew"] = window.windowHandle() is not old_handle
        seen["question_active"] = QApplication.activeWindow() is dialog
        seen["question_belongs_to_window"] = (
            dialog.windowHandle().transientParent() is window.windowHandle()
        )
        dialog.restore_button.click()

    QTimer.singleShot(0, while_asked)
    assert window.guard.offer_recovery() is not None
    assert seen == {
        "asked": True,
        "window_made_anew": True,
        "question_active": True,
        "question_belongs_to_window": True,
    }
    doc = window.current_document()
    assert doc is not None and doc.path == page.resolve()
    assert UNSAVED in window.editor.toPlainText() and doc.is_modified, "back, unsaved"
    assert page.read_bytes() == original
