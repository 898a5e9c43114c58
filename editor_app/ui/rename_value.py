"""Rename or Merge a Value: a dialog that changes one value (a topic, an author's name...) in
every page that uses it, with a preview of the pages first.

What it offers is the core's (`core/rename_choices.py`); its list of pages is drawn by
`rename_report.py`, its questions are `rename_questions.py`'s (named here too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.rename_choices import (
    CAPITALS,
    MERGE,
    RENAMEABLE_TYPES,
    SAME,
    names_a_page,
    offered_names,
    pair_meaning,
    rename_fields,
    renames_target,
)
from editor_app.core.rename_value import RenameReport, rename_value
from editor_app.core.schema import field_label
from editor_app.core.tool_support import ValueUse, value_uses
from editor_app.ui.form_fields import contains_completer
from editor_app.ui.rename_questions import ConfirmRename, SaveFirstQuestion
from editor_app.ui.rename_report import show_report
from editor_app.ui.site_search import pages_text
from editor_app.ui.workers import JobRunner

__all__ = ["RENAMEABLE_TYPES", "ConfirmRename", "RenameValueDialog", "SaveFirstQuestion"]


class RenameValueDialog(QDialog):
    """Rename or merge a value across the site: choose the field, the old value and the new.

    Preview lists the pages that would change (a dry run); Rename asks, changes them (each with
    the smallest edit, through the lossless document model) and lists what changed. Set
    `before_change` to a function returning False to stop a rename (e.g. unsaved edits).
    """

    renamed = Signal(object)  # the RenameReport of a rename that changed files

    def __init__(
        self,
        site: Any,
        schema: Any,
        collection: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename or merge a value"))
        self.setObjectName("renameValueDialog")
        self.site = site
        self.schema = schema
        self.before_change: Callable[[], bool] = lambda: True
        self.report: RenameReport | None = None
        own, others = rename_fields(schema, collection)
        self._fields: dict[str, Any] = {f.name: f for f in own + others}
        self._uses: list[ValueUse] = []
        self._names: list[str] = []  # values offered as the new one
        self._busy = False
        self._jobs = JobRunner(1, self)

        intro = QLabel(
            self.tr(
                "Change a value in every page of the site that uses it, for example a topic or "
                "an author's name. To merge two values, choose one as the old value and the "
                "other as the new one."
            )
        )
        intro.setWordWrap(True)

        self.field_box = QComboBox()
        self.field_box.setAccessibleName(self.tr("Field"))
        for f in own:
            self.field_box.addItem(f.label or field_label(f.name), f.name)
        if own and others:
            self.field_box.insertSeparator(self.field_box.count())
        for f in others:  # fields only other collections have, e.g. topics seen from a topic
            self.field_box.addItem(f.label or field_label(f.name), f.name)
        self.old_box = QComboBox()
        self.old_box.setAccessibleName(self.tr("Old value"))
        self.old_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.new_edit = QLineEdit()
        self.new_edit.setAccessibleName(self.tr("New value"))
        self.new_edit.setPlaceholderText(self.tr("Type the new value, or pick one in use"))
        self._completion = QStringListModel(self)
        # Any case, anywhere in a value; the first click on Preview previews.
        self.new_edit.setCompleter(contains_completer(self._completion, self))
        self.target_check = QCheckBox()
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Field:"), self.field_box)
        form.addRow(self.tr("&Old value:"), self.old_box)
        form.addRow(self.tr("&New value:"), self.new_edit)
        form.addRow("", self.target_check)
        form.addRow("", self.hint)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Result"))
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Pages"))
        self.files.setMinimumHeight(140)
        self.files.setWordWrap(True)  # notes are sentences: read whole, not scrolled sideways
        self.files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.buttons = QDialogButtonBox()
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setToolTip(self.tr("List the pages that would change, change none"))
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.rename_button.setToolTip(self.tr("Change every page that uses the old value"))
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.rename_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.rename_button.clicked.connect(self.rename)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 520)

        self.field_box.currentIndexChanged.connect(self._on_field)
        self.old_box.currentIndexChanged.connect(self._on_old)
        self.new_edit.textChanged.connect(self._on_inputs)
        self.target_check.toggled.connect(self._on_inputs)
        if not self._fields:
            self.summary.setText(self.tr("This site has no field whose values can be renamed."))
        self._on_field()

    # -- the choices -------------------------------------------------------------------------
    def field(self) -> Any:
        """The schema field chosen, or None."""
        return self._fields.get(str(self.field_box.currentData() or ""))

    def old_value(self) -> str | None:
        """The old value chosen, as written in the pages."""
        data = self.old_box.currentData()
        return None if data is None else str(data)

    def new_value(self) -> str:
        """The new value typed (spaces at the ends dropped)."""
        return self.new_edit.text().strip()

    def set_choice(self, field: str, old: str, new: str, rename_target: bool = False) -> bool:
        """Choose a field and values, as a person would with the boxes; False if not offered."""
        i = self.field_box.findData(field)
        if i < 0:
            return False
        self.field_box.setCurrentIndex(i)
        j = self.old_box.findData(old)
        if j < 0:
            return False
        self.old_box.setCurrentIndex(j)
        self.new_edit.setText(new)
        self.target_check.setChecked(rename_target)
        return True

    def _target_label(self, f: Any) -> str:
        collection = self.site.collections.get(f.collection) if self.site is not None else None
        return str(getattr(collection, "label", "") or f.collection)

    def _on_field(self) -> None:
        f = self.field()
        self._uses = value_uses(self.site, f.name) if f is not None and self.site else []
        self.old_box.blockSignals(True)
        self.old_box.clear()
        for use in self._uses:
            pages = pages_text(use.count)
            self.old_box.addItem(f"{use.text}  ({pages})", use.text)
        self.old_box.blockSignals(False)
        # Pages of the related collection not used yet are fine new values too.
        self._names = offered_names(self.site, f, self._uses)
        self.target_check.setChecked(False)
        self._on_old()

    def _on_old(self) -> None:
        # Every value in use is offered as the new one (merging is picking it), but the old.
        old = self.old_value()
        self._completion.setStringList([n for n in self._names if n != old])
        self._on_inputs()

    def _on_inputs(self) -> None:
        f, old, new = self.field(), self.old_value(), self.new_value()
        # Offered only when a page goes by the old value: a value no page is called (a topic
        # mistyped) has no page to rename.
        page_named = names_a_page(self.site, f, old) if self.site is not None else False
        if not page_named:
            self.target_check.setChecked(False)
        self.target_check.setVisible(page_named)
        if renames_target(f):
            self.target_check.setText(
                self.tr("Also rename the page “{old}” in {collection} itself").format(
                    old=old or "…", collection=self._target_label(f)
                )
            )
        used = {use.text: use.count for use in self._uses}
        meaning = pair_meaning(old, new, self._uses)
        hint = ""
        if meaning == SAME:
            hint = self.tr("The new value is the same as the old one.")
        elif meaning == MERGE:
            hint = self.tr(
                "“{new}” is already used by {pages}: the two values will be merged into it."
            ).format(new=new, pages=pages_text(used[new]))
        elif meaning == CAPITALS:
            hint = self.tr("A value differing only in capitals is already in use.")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        ready = not self._busy and f is not None and old is not None and bool(new) and new != old
        self.preview_button.setEnabled(ready)
        self.rename_button.setEnabled(ready)
        for w in (self.field_box, self.old_box, self.new_edit, self.target_check):
            w.setEnabled(not self._busy)

    # -- running -----------------------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            self.summary.setText(text)
        self._on_inputs()
        self.close_button.setEnabled(not busy)

    def _run(self, dry_run: bool, on_done: Callable[[RenameReport], None]) -> None:
        f, old, new = self.field(), self.old_value(), self.new_value()
        if f is None or old is None or not new:
            return
        self._set_busy(
            True, self.tr("Looking for pages…") if dry_run else self.tr("Changing pages…")
        )
        self._jobs.start(
            rename_value,
            self.site,
            f.name,
            old,
            new,
            dry_run=dry_run,
            rename_target=self.target_check.isVisible() and self.target_check.isChecked(),
            on_done=on_done,
            on_error=self._on_failed,
        )

    def preview(self) -> None:
        """List the pages that would change; nothing is written."""
        self._run(True, self._on_preview)

    def rename(self) -> None:
        """Find the pages, ask, then change them and list what changed."""
        self._run(True, self._on_rename_checked)

    def _on_preview(self, report: RenameReport) -> None:
        self._set_busy(False)
        self._show_report(report)

    def _on_rename_checked(self, report: RenameReport) -> None:
        self._set_busy(False)
        self._show_report(report)
        if not report.files:
            return
        n = len(report.files)
        question = self.tr("Change “{old}” to “{new}” in {pages}?").format(
            old=report.old, new=report.new, pages=pages_text(n)
        )
        if not ConfirmRename.ask(self, question):
            return
        if not self.before_change():
            self.summary.setText(self.tr("Nothing was changed."))
            return
        self._run(False, self._on_renamed)

    def _on_renamed(self, report: RenameReport) -> None:
        self._set_busy(False)
        self.report = report
        self._show_report(report)
        # The counts of the values changed: show them as they are now, with the new value chosen.
        field, new = self.field(), self.new_value()
        self._on_field()
        if field is not None:
            i = self.old_box.findData(new)
            if i >= 0:
                self.old_box.setCurrentIndex(i)
        self.new_edit.clear()
        if report.files:
            self.renamed.emit(report)

    def _on_failed(self, reason: str) -> None:
        self._set_busy(False)
        self.summary.setText(
            self.tr("Something went wrong; pages already changed stay changed: {reason}").format(
                reason=reason
            )
        )

    def _show_report(self, report: RenameReport) -> None:
        quiet = self.palette().color(self.palette().ColorRole.PlaceholderText)
        show_report(report, self.site, self.summary, self.files, quiet)

    def reject(self) -> None:
        # A rename half done must finish: closing waits until the pages are written.
        if not self._busy:
            super().reject()

    def is_busy(self) -> bool:
        """True while pages are being looked for or changed."""
        return self._busy
