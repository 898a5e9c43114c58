"""The approve dialog: what is still open on the page (a checklist), and "Approve anyway";
the question before approving a change of one's own; the send back question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import review
from editor_app.ui.dialogs import ask_to_go_on
from editor_app.ui.send_keys import press_ok_on_send_keys
from editor_app.ui.text_direction import align_each_line_as_it_reads

OK_MARK, OPEN_MARK, WARNING_MARK = "✓", "✗", "⚠"
WARNING_COLOUR = "#8a5300"  # amber: said, not holding the approval back (red)
_KIND_NAMES = {
    "error": "No errors found by Check",  # the words of the Check button, not "validation"
    "note": "No open review notes",
    "suggestion": "No open suggested edits",
}


class ApproveDialog(QDialog):
    """Lists the checks an approval stands for; approving with something open needs a reason.

    `findings`: what holds the approval back and what Check warns about, apart
    (`review.ApprovalFindings`, as `review.approval_findings` and the Drafts' `draft_findings`
    give them). `result_choice()` after exec: None (cancelled), or (anyway, reason).
    """

    def __init__(
        self, title: str, findings: review.ApprovalFindings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve “%1”").replace("%1", title))
        self.setMinimumWidth(560)
        self._choice: tuple[bool, str] | None = None
        # Check's warnings are said, not held against the approval (errors, notes and
        # suggestions are).
        blockers, warnings = findings.blockers, findings.warnings
        count = len(blockers)
        if count:
            words = self.tr("Approving says the page has been checked. Still to deal with:")
        elif warnings:
            words = (
                self.tr("Check warns about one thing on this page (below). Approve it anyway?")
                if len(warnings) == 1
                else self.tr(
                    "Check warns about %1 things on this page (below). Approve it anyway?"
                ).replace("%1", str(len(warnings)))
            )
        else:
            words = self.tr("Everything has been checked.")
        intro = QLabel(words)
        intro.setWordWrap(True)
        self.checklist = QListWidget()
        self.checklist.setAccessibleName(self.tr("What approving checks"))
        self.checklist.setWordWrap(True)
        self.checklist.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        for kind, passed in _KIND_NAMES.items():
            mine = [b for b in blockers if b.kind == kind]
            if not mine:
                self._add(OK_MARK, self.tr(passed), ok=True)
        for b in blockers:  # `said`: Persian words in their order, among English ones
            self._add(OPEN_MARK, b.said, ok=False)
        for b in warnings:
            self._add(WARNING_MARK, b.said, ok=False, colour=QColor(WARNING_COLOUR))

        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why approve it now? (kept with the page)"))
        self.reason_edit.setAccessibleName(self.tr("Reason for approving anyway"))
        self.anyway_button = QPushButton(self.tr("Approve anyway"))
        self.anyway_button.setEnabled(False)
        self.anyway_button.clicked.connect(self._approve_anyway)
        self.reason_edit.textChanged.connect(
            lambda text: self.anyway_button.setEnabled(bool(text.strip()))
        )
        anyway_row = QHBoxLayout()
        anyway_row.addWidget(self.reason_edit, 1)
        anyway_row.addWidget(self.anyway_button)
        self.anyway_box = QWidget()
        self.anyway_box.setLayout(anyway_row)
        anyway_row.setContentsMargins(0, 0, 0, 0)
        self.anyway_box.setVisible(bool(count))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button = self.buttons.addButton(
            self.tr("Approve"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.approve_button.setEnabled(not count)
        if warnings and not count:
            self.approve_button.setText(
                self.tr("Approve with 1 warning")
                if len(warnings) == 1
                else self.tr("Approve with %1 warnings").replace("%1", str(len(warnings)))
            )
        self.approve_button.clicked.connect(self._approve)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.checklist, 1)
        if count:
            hint = QLabel(
                self.tr(
                    "Resolve them first (notes: Mark as resolved; suggestions: accept or "
                    "reject), or approve anyway and say why:"
                )
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(self.anyway_box)
        layout.addWidget(self.buttons)
        if count:
            self.reason_edit.setFocus()
            # Enter after the reason approves anyway, as the box asks (it did nothing: the
            # dialog's default, Approve, is off while something is open).
            self.approve_button.setAutoDefault(False)
            self.anyway_button.setDefault(True)

    def _add(self, mark: str, text: str, ok: bool, colour: QColor | None = None) -> None:
        item = QListWidgetItem(f"{mark}  {text}")
        item.setForeground(colour or (Qt.GlobalColor.darkGreen if ok else Qt.GlobalColor.darkRed))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.checklist.addItem(item)

    def _approve(self) -> None:
        self._choice = (False, "")
        self.accept()

    def _approve_anyway(self) -> None:
        reason = self.reason_edit.text().strip()
        if reason:
            self._choice = (True, reason)
            self.accept()

    def result_choice(self) -> tuple[bool, str] | None:
        return self._choice


def ask_own_change_approval(parent: QWidget, title: str) -> bool:
    """ "Approve your own change?": True once the reviewer says they approve it themselves."""
    return ask_to_go_on(
        parent,
        icon=QMessageBox.Icon.Question,
        title=parent.tr("Approve your own change?"),
        text=parent.tr("The last change of “%1” is your own. Approve it yourself?").replace(
            "%1", title
        ),
        informative=parent.tr(
            "Usually someone else reviews a change before it is approved: its author misses "
            "what a fresh reader sees."
        ),
        go_on=parent.tr("Approve it myself"),
        go_on_is_default=False,
    )


def ask_publish_draft(parent: QWidget, title: str, target: str) -> bool:
    """ "Publish the draft?" after approving a Jekyll draft: True to move it to `target` now."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.tr("Publish the draft?"))
    box.setText(
        parent.tr(
            "“%1” is approved. Jekyll puts a draft on the site only once it is in _posts.\n\n"
            "Move it there now, as %2? Its review notes go with it."
        )
        .replace("%1", title)
        .replace("%2", target)
    )
    publish = box.addButton(parent.tr("&Publish"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(parent.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(publish)
    box.exec()
    return box.clickedButton() is publish


def send_back_dialog(parent: QWidget, text: str = "") -> QInputDialog:
    """The send back question (review window and Drafts): an optional message to the author,
    `text` written in it (words not sent before); its button says what it does, "Send back",
    not "OK"."""
    box = QInputDialog(parent)
    box.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    box.setWindowTitle(parent.tr("Send back to the author"))
    box.setLabelText(parent.tr("The page stays a draft with your notes. Add a message (optional):"))
    box.setTextValue(text)
    message = box.findChild(QPlainTextEdit)
    if message is not None:  # a Persian message from the right, as it reads
        align_each_line_as_it_reads(message)
    box.setOkButtonText(parent.tr("Send back"))
    press_ok_on_send_keys(box)  # Enter starts a new line in the message
    return box
