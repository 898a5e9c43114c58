"""The form's "More fields" section: fields only a few pages of the collection use, folded
away on a page without them so the fields an author fills in come first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from editor_app.ui.form_fields import tr
from editor_app.ui.form_rows import rows_layout


class MoreFields(QWidget):
    """A "More fields (N)" button that opens a form layout of the rarely used fields."""

    def __init__(self, count: int, opened: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("more-fields")
        self.toggle.setText(tr("More fields ({count})").format(count=count))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setToolTip(tr("Fields only a few pages of this kind use."))
        column.addWidget(self.toggle)
        self.box = QWidget(self)
        inner = QVBoxLayout(self.box)
        inner.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            tr("Fields only a few pages of this kind use. Fill one in to add it to this page.")
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        inner.addWidget(note)
        self.rows: QFormLayout = rows_layout()
        inner.addLayout(self.rows)
        column.addWidget(self.box)
        self.toggle.toggled.connect(self._show)
        self.toggle.setChecked(opened)
        self._show(opened)

    @property
    def opened(self) -> bool:
        """Whether the rarely used fields are shown."""
        return self.toggle.isChecked()

    def open(self) -> None:
        """Show the rarely used fields (a problem or a search leads to one of them)."""
        self.toggle.setChecked(True)

    def _show(self, opened: bool) -> None:
        self.box.setVisible(opened)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
