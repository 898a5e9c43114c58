"""The box after Export Review Pack… ("Review pack written") is as wide as its title: at its
width the window manager showed "Review pack w…"."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from editor_app.ui.dialogs import title_width
from editor_app.ui.word_files import WordFiles


def test_the_review_pack_box_fits_its_title(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[int, int]] = []

    def measure() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, measure)
            return
        seen.append((box.width(), title_width(box, box.windowTitle())))
        box.accept()

    QTimer.singleShot(0, measure)
    WordFiles.tell(parent, "Review pack written", "1 page, 0 notes.")
    [(width, needed)] = seen
    assert width >= needed
