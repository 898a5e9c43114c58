"""The questions that ask for a file to open: what the system's Open box is given, and what
comes back when a file is picked or the box is cancelled."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from editor_app.ui.editor_images import EditorImages
from editor_app.ui.word_files import WordFiles


class OpenBox:
    """Stands in for the system's Open box: keeps what it was given, answers `picked`."""

    def __init__(self) -> None:
        self.asked: list[tuple[object, ...]] = []
        self.picked = ""  # what the box gives back: "" when it is cancelled

    def __call__(self, *args: object) -> tuple[str, str]:
        self.asked.append(args)
        return self.picked, "the filter chosen"


@pytest.mark.parametrize(
    ("ask", "title", "filters"),
    [
        (
            EditorImages.ask_image_file,
            "Insert an image",
            "Images (*.png *.jpg *.jpeg *.gif *.svg *.webp);;All files (*)",
        ),
        (WordFiles.ask_import_file, "Import a Word document", "Word documents (*.docx)"),
    ],
)
def test_a_file_picked_comes_back_as_a_path_and_cancel_as_none(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ask: Callable[[QWidget, Path], Path | None],
    title: str,
    filters: str,
) -> None:
    box = OpenBox()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(box))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert ask(parent, tmp_path) is None, "cancelled"
    assert box.asked == [(parent, title, str(tmp_path), filters)]
    box.picked = str(tmp_path / "picked file.docx")
    assert ask(parent, tmp_path) == tmp_path / "picked file.docx"
