"""The suggest questions: new words for the words selected, or which page setting to suggest
a change to (a text one) and its new value. Their button says what it does, "Suggest"."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from editor_app.ui.send_keys import press_ok_on_send_keys, press_on_send_keys


class SettingSuggestionDialog(QDialog):
    """A page setting (chosen among the page's text settings) and the value suggested for it."""

    def __init__(
        self, values: dict[str, str], labels: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggest a change to a page setting"))
        self.setMinimumWidth(480)
        self.values = values
        self.field_box = QComboBox()
        self.field_box.setAccessibleName(self.tr("Page setting"))
        for name in values:
            self.field_box.addItem(labels.get(name, name), name)
        self.value_edit = QLineEdit()
        self.value_edit.setAccessibleName(self.tr("Suggested value"))
        self.field_box.currentIndexChanged.connect(self._show_value)
        hint = QLabel(self.tr("Select words in the text first to suggest a change to them."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Setting:"), self.field_box)
        form.addRow(self.tr("Suggested:"), self.value_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.suggest_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.suggest_button.setText(self.tr("Suggest"))
        press_on_send_keys(self, self.suggest_button)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if "title" in values:
            self.field_box.setCurrentIndex(self.field_box.findData("title"))
        self._show_value()

    def _show_value(self, *_args: object) -> None:
        self.value_edit.setText(self.values.get(self.field_box.currentData(), ""))
        self.value_edit.selectAll()
        self.value_edit.setFocus()

    def choice(self) -> tuple[str, str]:
        return str(self.field_box.currentData()), self.value_edit.text()


def words_suggestion_dialog(parent: QWidget, quote: str) -> QInputDialog:
    """The new words for the words selected (`quote` written in it to edit; empty: delete
    them)."""
    box = QInputDialog(parent)
    box.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    box.setWindowTitle(parent.tr("Suggest an edit"))
    box.setLabelText(
        parent.tr("Change the selected words to (leave empty to suggest deleting them):")
    )
    box.setTextValue(quote)
    box.setOkButtonText(parent.tr("Suggest"))
    press_ok_on_send_keys(box)  # Enter starts a new line in the words
    return box
