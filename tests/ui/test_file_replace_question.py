"""The question asked when a file copied into the site has the name of a different file there,
shown for real: from the form's file picker and from the editor's Insert Image alike, Keep
Both keeps both, Replace It replaces, Cancel (or closing the box) does neither."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from answer_questions import Answerer
from PySide6.QtWidgets import QWidget

from editor_app.ui.editor_images import EditorImages
from editor_app.ui.form import FilePicker


@pytest.mark.parametrize("ask", [FilePicker.ask_replace, EditorImages.ask_replace])
@pytest.mark.parametrize(
    ("button", "answer"), [("Keep Both", False), ("Replace It", True), ("Cancel", None)]
)
def test_the_question_names_the_file_and_each_button_answers(
    qtbot, ask: Callable[[QWidget, str], bool | None], button: str, answer: bool | None
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answerer = Answerer(button, read=lambda box: (box.text(), box.informativeText()))
    said = ask(parent, "cag.png")
    assert answerer.answered() == ["File already there"]
    assert answerer.read == [
        (
            "The site already has a different file called “cag.png”.",
            "Keep both (the new one gets another name)?",
        )
    ]
    assert said is answer
