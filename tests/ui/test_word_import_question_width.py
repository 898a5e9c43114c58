"""File > Import Word Document asks which kind of page to add in a box wide enough for its
title: at the question's own size the title bar read "Impor… or-app"."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget

from editor_app.ui.word_files import WordFiles


def test_the_question_is_as_wide_as_its_title_and_answers_the_kind(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: dict[str, object] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QDialog):
            QTimer.singleShot(20, answer)
            return
        title = box.windowTitle() + " — editor-app"  # the system adds the app's name
        seen["room"] = box.width() - box.fontMetrics().horizontalAdvance(title)
        kinds = box.findChild(QComboBox)
        kinds.setCurrentIndex(kinds.findText("Docs"))
        box.accept()

    QTimer.singleShot(20, answer)
    chosen = WordFiles.ask_collection(parent, [("blog", "Blog"), ("docs", "Docs")], "blog")
    assert chosen == "docs"
    assert seen["room"] >= 100  # the title, the window's icon and its three buttons
