"""The question before the first Share my changes: your name, and an e-mail if you like.

Asked once (when neither the app nor the copy's git knows a name and an e-mail); the name is
the app's name setting (the review window's "Your name" too), the e-mail is remembered beside
it and written on the changes shared. Left empty, the name alone is written, as before.
Tools > Your Name and E-mail… shows the same dialog at any time to change them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import sync, sync_identity
from editor_app.ui.dialogs import REVIEWER_KEY
from editor_app.ui.translation import translator

tr = translator("SharingName")

EMAIL_KEY = "sharing/email"
ASKED_KEY = "sharing/asked"  # the question was answered once: not asked again


class SharingNameDialog(QDialog):
    """Name and optional e-mail, as others will see them on the changes shared."""

    def __init__(
        self, name: str, email: str, parent: QWidget | None = None, ok_text: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Your name on shared changes"))
        intro = QLabel(
            tr(
                "Others see your name on the changes you share. An e-mail lets them write to "
                "you; leave it empty to share your name alone."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(tr("Ana Author"))
        self.name_edit.setAccessibleName(tr("Your name"))
        self.email_edit = QLineEdit(email)
        self.email_edit.setPlaceholderText(tr("ana@example.org"))
        self.email_edit.setAccessibleName(tr("E-mail (optional)"))
        form = QFormLayout()
        form.addRow(tr("Your name:"), self.name_edit)
        form.addRow(tr("E-mail (optional):"), self.email_edit)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text or tr("Share"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.email_edit.textChanged.connect(self._check)
        self._check()
        self.resize(460, self.sizeHint().height())
        (self.email_edit if name.strip() else self.name_edit).setFocus()

    def _check(self) -> None:
        """A mistyped e-mail is said at once, and Share waits until it is right or empty."""
        problem = sync_identity.email_problem(self.email_edit.text())
        self.problem.setText(tr(problem) if problem else "")
        self.problem.setVisible(bool(problem))
        self.ok.setEnabled(not problem)

    def answer(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.email_edit.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, email: str) -> tuple[str, str] | None:
        """The name and e-mail given (either may be ""), or None when cancelled; tests
        replace this."""
        dialog = cls(name, email, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()


def remembered(settings: Any) -> tuple[str, str]:
    """The name and e-mail the app remembers ("" for each it has not)."""
    name = str(settings.value(REVIEWER_KEY, "") or "").strip()
    return name, str(settings.value(EMAIL_KEY, "") or "").strip()


def sharing_email(settings: Any) -> str | None:
    """The e-mail Share signs its commits with (the app's), None when none was given: a
    change shared under it is one's own."""
    return remembered(settings)[1] or None


def before_first_share(settings: Any, root: Path, parent: QWidget | None) -> bool:
    """Ask the name and e-mail once, before the first share; False when the person cancels
    (nothing is shared then)."""
    name, email = remembered(settings)
    try:
        repo = sync.open_repo(root)
        asked = str(settings.value(ASKED_KEY, "") or "") == "true"
        if not sync_identity.needs_asking(repo, asked, name, email):
            return True
        git_name, git_email = sync_identity.git_identity(repo)
    except sync.GitError:
        return True  # Share itself says why it cannot run
    answer = SharingNameDialog.ask(parent, name or git_name, email or git_email)
    if answer is None:
        return False
    remember_answer(settings, *answer)
    return True


def remember_answer(settings: Any, name: str, email: str) -> None:
    """Keep the dialog's answer for Share, Get latest and the review window, and never ask
    again. A name left empty is forgotten: git's name (else the login name) is used then."""
    if name:
        settings.setValue(REVIEWER_KEY, name)
    else:
        settings.remove(REVIEWER_KEY)
    settings.setValue(EMAIL_KEY, email)
    settings.setValue(ASKED_KEY, "true")


def install_identity_action(window: Any) -> QAction:
    """Tools > Your Name and E-mail…: the first-share question's dialog, to change them later
    (once answered, the window had no way to)."""
    action = QAction(tr("Your Name and &E-mail…"), window)
    action.setToolTip(tr("The name and e-mail others see on the changes you share"))
    action.triggered.connect(lambda: change_identity(window))
    window.tools_menu.addSeparator()
    window.tools_menu.addAction(action)
    window.identity_action = action
    return action


def change_identity(window: Any) -> SharingNameDialog:
    """Open the dialog with what the app (else the open copy's git) knows; Save remembers the
    answer for Share, Get latest and the review window, Cancel keeps what was there."""
    settings = window.settings
    name, email = remembered(settings)
    root = getattr(getattr(window, "sync_bar", None), "root", None)
    if root is not None and not (name and email):
        try:
            git_name, git_email = sync_identity.git_identity(sync.open_repo(root))
        except sync.GitError:
            git_name, git_email = "", ""
        name, email = name or git_name, email or git_email
    dialog = SharingNameDialog(name, email, window, ok_text=tr("Save"))

    def save() -> None:
        new_name, new_email = dialog.answer()
        remember_answer(settings, new_name, new_email)
        window.statusBar().showMessage(
            tr("Your changes will be shared as {who}.").format(who=signed(new_name, new_email)),
            8000,
        )

    dialog.accepted.connect(save)
    window.identity_dialog = dialog
    dialog.open()
    return dialog


def signed(name: str, email: str) -> str:
    """How a change is signed, in the status bar's words: "Ana <ana@example.org>", "Ana"."""
    who = name or tr("your name from git")
    return f"{who} <{email}>" if email else who
