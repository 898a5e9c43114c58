"""A Persian send back message or review note reads from the right as it is typed, an English
line beside it from the left: the boxes aligned every line at the left (a reviewer of the
guide's Persian pages writes to its translator in Persian)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from editor_app.ui.dialogs import NoteDialog
from editor_app.ui.review.approve_dialog import send_back_dialog

PERSIAN = "لطفا عنوان را بررسی کنید."


def line_starts(qtbot, edit: QPlainTextEdit) -> list[float]:  # noqa: ANN001
    """Where each line's words start, from the box's left edge, once typed."""
    edit.insertPlainText(PERSIAN)  # as typed: at the cursor
    edit.appendPlainText("Please check the title.")
    qtbot.wait(10)
    starts = []
    block = edit.document().firstBlock()
    while block.isValid():
        starts.append(block.layout().lineAt(0).naturalTextRect().x())
        block = block.next()
    return starts


def test_a_persian_send_back_message_reads_from_the_right(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    box = send_back_dialog(parent)
    box.show()
    edit = box.findChild(QPlainTextEdit)
    persian, english = line_starts(qtbot, edit)
    assert persian > edit.viewport().width() / 3 and english < 10


def test_a_persian_note_reads_from_the_right(qtbot) -> None:  # noqa: ANN001
    dialog = NoteDialog("Add review note on “سنجه‌ها”", "داده‌ها")
    qtbot.addWidget(dialog)
    dialog.show()
    persian, english = line_starts(qtbot, dialog.text_edit)
    assert persian > dialog.text_edit.viewport().width() / 3 and english < 10
