"""The questions of Rename or Merge a Value: go ahead and change the pages? save the open page
first? Each a classmethod tests answer; `site_tools` and `rename_value` name them too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from editor_app.ui.dialogs import ask_to_go_on
from editor_app.ui.translation import translator

tr = translator("rename_questions")


class ConfirmRename:
    """Asks before pages are changed; a classmethod so tests can answer it."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        """Ask the user; only the Rename button says yes."""
        return ask_to_go_on(
            parent,
            icon=QMessageBox.Icon.Question,
            title=tr("Rename or merge a value"),
            text=text,
            go_on=tr("Change the pages"),
            go_on_is_default=False,
        )


class SaveFirstQuestion:
    """Asks to save the open page before a rename may change it; a classmethod for tests."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> bool:
        """True to save and go on; False leaves everything as it is."""
        return ask_to_go_on(
            parent,
            icon=QMessageBox.Icon.Warning,
            title=tr("Unsaved changes"),
            text=tr("“{name}” has changes that are not saved.").format(name=name),
            informative=tr(
                "Save them before the rename? The rename may change this page too, and your "
                "changes must be saved first so none are lost.",
            ),
            go_on=tr("Save and go on"),
            go_on_is_default=True,
        )
