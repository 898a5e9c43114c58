"""The suggest questions' button says what it does, "Suggest", not "OK" (as Add note and Send
back say theirs); the words to change come written in, to edit."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from editor_app.ui.review.setting_dialog import SettingSuggestionDialog, words_suggestion_dialog


def test_the_words_question_says_suggest(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    box = words_suggestion_dialog(parent, "wanted")
    box.show()
    assert box.textValue() == "wanted"
    buttons = [b.text() for b in box.findChildren(QPushButton)]
    assert "Suggest" in buttons and "OK" not in buttons and "&OK" not in buttons
    box.close()


def test_the_setting_question_says_suggest(qtbot) -> None:  # noqa: ANN001
    dialog = SettingSuggestionDialog({"title": "Introduction"}, {"title": "Title"})
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Suggest"
    assert dialog.choice() == ("title", "Introduction")
