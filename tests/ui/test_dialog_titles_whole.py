"""Short questions and messages are as wide as their titles: a window manager cut "Unsaved
changes — editor-app" to "Unsaved chan… — editor-app" on a box sized to its few words."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from editor_app.ui import dialogs


def _width_when_shown(qtbot, ask) -> tuple[int, str]:  # noqa: ANN001
    seen: dict[str, object] = {}

    def read() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, read)
            return
        seen["width"] = box.width()
        seen["title"] = box.windowTitle()
        seen["font"] = box.font()
        box.reject()

    QTimer.singleShot(20, read)
    ask()
    font = seen["font"]
    font.setBold(True)
    shown = f"{seen['title']} — {QApplication.applicationDisplayName()}"
    return int(seen["width"]), QFontMetrics(font).horizontalAdvance(shown) + 100


def test_a_short_question_shows_its_title_whole(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    width, needed = _width_when_shown(
        qtbot,
        lambda: dialogs.ask_to_go_on(
            parent,
            icon=QMessageBox.Icon.Warning,
            title="Unsaved changes in the page",
            text="Go?",
            go_on="Yes",
            go_on_is_default=True,
        ),
    )
    assert width >= needed


def test_a_short_message_shows_its_title_whole(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    width, needed = _width_when_shown(
        qtbot, lambda: dialogs.show_info(parent, "The page could not be saved", "No room.")
    )
    assert width >= needed
