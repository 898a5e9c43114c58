"""File > New's dialog: the kind of page, its title (and folder, archetype, language, or a new
Hugo section), and the file name that will be created, as the core proposes it.

`NewDocumentDialog.ask()` is a classmethod so tests can replace it (monkeypatch) without a person.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.page_create import NewPageRequest
from editor_app.ui.new_page_question import (
    NewPageQuestion,
    fill_translations,
    picked_folder,
    proposed_name,
    show_language_place,
    translation_box,
)
from editor_app.ui.screen_fit import available_area, keep_on_screen
from editor_app.ui.translation import translator

# The dialog's words keep the context they were translated under beside the other questions.
tr = translator("dialogs")

_BREAK = "\u200b"  # zero-width space: a place where a file name may wrap


def _breakable(name: str) -> str:
    return re.sub(r"([-/_.])", r"\1" + _BREAK, name)


class NewDocumentDialog(QDialog):
    """Asks for the collection and the title, and shows the file name that will be created."""

    def __init__(self, question: NewPageQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        q = question
        # Whether a collection's pages all live in its subfolders (hugo-docs' methods): its
        # own folder is not offered, a subfolder must be picked (or followed from the title).
        self._must_pick = q.must_pick
        self._picking = False
        # The folder of the pages sharing the title's namespace (`cast.ToBool`), followed
        # while typing until the author picks a folder.
        self._folder_for = q.folder_for
        self._folder_chosen = False
        # A Hugo site: the page may be a new section's own (`slug/_index.md`), the folder
        # under which the section's pages will go.
        self.section_box = QCheckBox(tr("A new section: its own folder, with _index.md"))
        self.setWindowTitle(tr("New document"))
        # A Hugo site telling its languages by file name (`about.fr.md`): the page's language,
        # the default's first (None: a plain name); the row is shown only for several.
        self.lang_box = QComboBox()
        self.lang_box.setAccessibleName(tr("Language"))
        for code, label in q.languages:
            self.lang_box.addItem(label, code)
        if q.language is not None and self.lang_box.findData(q.language) >= 0:
            self.lang_box.setCurrentIndex(self.lang_box.findData(q.language))  # the open page's
        # A Hugo site's archetypes that are no section's own (`hugo new --kind`: Hugo's docs'
        # glossary terms); the row is shown only when the site has such archetypes.
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(tr("Archetype"))
        self.kind_box.addItem(tr("The section's own"), None)
        for kind, label in q.kinds:  # (name, as listed)
            self.kind_box.addItem(label, kind)
        # The archetype made for the folder's pages (hugo-docs' glossary terms), offered first
        # while the author has not picked one.
        self._kind_for = q.kind_for
        self._kind_chosen = False
        # The page of the kind that already has the title typed (a second 'Jeni Tennison'
        # would leave pages naming her by her title unable to tell the two apart).
        self._same_title = q.same_title
        self.same_label = QLabel()
        self.same_label.setWordWrap(True)
        self.same_label.setAccessibleName(tr("A page with this title"))
        # The open page's folder, picked first when the collection has it: an editor working
        # on the French articles starts the next one there.
        self._near = q.near
        self._propose = q.propose
        # The folders holding each collection's pages (its own first): a French article goes
        # in the guide's _articles/fr. Offered only when a collection has more than one.
        self._folders = q.folders
        self.folder_box = QComboBox()
        self.folder_box.setAccessibleName(tr("Folder"))
        # A Hugo site keeping each language in a content folder: the box shows the folder of
        # the language picked, where the File line's page goes.
        self._folder_in = q.folder_in
        # A Hugo site in several languages: the new page may be a translation of a page, named
        # as Hugo pairs the two (a French title's own name pairs with nothing).
        self._translations = q.translations
        self.translation_box = translation_box()

        self.collection_box = QComboBox()
        self.collection_box.setAccessibleName(tr("Collection"))
        for name, label in q.collections:
            self.collection_box.addItem(label, name)
        if q.current is not None and self.collection_box.findData(q.current) >= 0:
            self.collection_box.setCurrentIndex(self.collection_box.findData(q.current))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(tr("Title"))
        # An example from the chosen kind's own titles (one site's example read oddly on
        # another's), or none.
        self._example = q.example
        # Room for a whole title and its file name on one line each.
        self.title_edit.setMinimumWidth(self.title_edit.fontMetrics().averageCharWidth() * 48)
        self.file_label = QLabel()
        self.file_label.setAccessibleName(tr("File name"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long name wraps after its dashes and slashes instead of widening the dialog.
        self.file_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("&Kind of page:"), self.collection_box)
        form.addRow(tr("&Title:"), self.title_edit)
        form.addRow(tr("In &folder:"), self.folder_box)
        form.addRow(tr("&Archetype:"), self.kind_box)
        form.setRowVisible(self.kind_box, bool(q.kinds))
        form.addRow(tr("&Language:"), self.lang_box)
        form.setRowVisible(self.lang_box, len(q.languages) > 1)
        form.addRow(tr("T&ranslation of:"), self.translation_box)
        form.addRow("", self.section_box)
        form.setRowVisible(self.section_box, q.sections)
        form.addRow(tr("File:"), self.file_label)
        form.addRow("", self.same_label)
        self._form = form
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.collection_box.currentIndexChanged.connect(self._list_folders)
        self.collection_box.currentIndexChanged.connect(self._list_translations)
        self.translation_box.currentIndexChanged.connect(self._update)
        self.lang_box.currentIndexChanged.connect(self._follow_language)
        # Connected before _update: the name is proposed from the page still chosen.
        self.lang_box.currentIndexChanged.connect(self._list_translations)
        self.folder_box.currentIndexChanged.connect(self._list_translations)
        self.folder_box.currentIndexChanged.connect(self._offer_kind)
        self.collection_box.currentIndexChanged.connect(self._show_example)
        self.collection_box.currentIndexChanged.connect(self._update)
        self.folder_box.currentIndexChanged.connect(self._update)
        self.kind_box.currentIndexChanged.connect(self._update)
        self.lang_box.currentIndexChanged.connect(self._update)
        self.section_box.toggled.connect(self._update)
        # Any change but the dialog's own (made with signals blocked) is a folder picked.
        self.folder_box.currentIndexChanged.connect(lambda _i: setattr(self, "_folder_chosen", True))
        self.kind_box.currentIndexChanged.connect(lambda _i: setattr(self, "_kind_chosen", True))
        self.title_edit.textChanged.connect(self._fold_title)
        self.title_edit.textChanged.connect(self._follow_title)
        self.title_edit.textChanged.connect(self._update)
        self.title_edit.setFocus()
        self._list_folders()
        self._list_translations()
        self._show_example()
        self._update()

    def _show_example(self) -> None:
        title = None
        if self._example is not None and self.collection_box.currentData() is not None:
            try:
                title = self._example(self.collection())
            except (KeyError, ValueError, OSError):
                title = None
        self.title_edit.setPlaceholderText(tr("e.g. {title}").format(title=title) if title else "")

    def collection(self) -> str:
        return str(self.collection_box.currentData())

    def folder(self) -> str | None:
        """The folder picked from the site root, or None for the collection's own."""
        return picked_folder(self.folder_box)

    def _follow_language(self) -> None:
        if self._folder_in is not None:
            show_language_place(self.folder_box, self._folder_in, self.lang())

    def kind(self) -> str | None:
        """The archetype picked (`hugo new --kind`), or None for the section's own."""
        kind = self.kind_box.currentData()
        return str(kind) if kind else None

    def lang(self) -> str | None:
        """The language picked for the file name (`fr`), or None for the default's."""
        lang = self.lang_box.currentData()
        return str(lang) if lang else None

    def translation_of(self) -> str | None:
        """The page the new one translates (from the site root), or None for a new page."""
        page = self.translation_box.currentData()
        return str(page) if page else None

    def _list_translations(self) -> None:
        """The pages that may be translated into the language picked (or the folder's): those
        in any other; the page chosen stays chosen while listed."""
        pages: list[tuple[str, str]] = []
        if self._translations is not None and self.collection_box.currentData() is not None:
            try:
                pages = self._translations(self.collection(), self.lang(), self.folder())
            except (KeyError, ValueError, OSError):
                pages = []
        chosen = self.translation_of()
        fill_translations(self.translation_box, pages)
        if chosen is not None and self.translation_box.findData(chosen) > 0:
            self.translation_box.setCurrentIndex(self.translation_box.findData(chosen))
        self._form.setRowVisible(self.translation_box, bool(pages))

    def _list_folders(self) -> None:
        names: list[str] = []
        if self._folders is not None and self.collection_box.currentData() is not None:
            try:
                names = self._folders(self.collection())
            except (KeyError, ValueError, OSError):
                names = []
        self._folder_chosen = False
        try:
            self._picking = bool(names) and self._must_pick is not None and self._must_pick(
                self.collection()
            )
        except (KeyError, ValueError, OSError):
            self._picking = False
        if self._picking:  # the own folder (first) holds no page: not offered
            names = [tr("Pick a folder..."), *names[1:]]
        self.folder_box.blockSignals(True)
        self.folder_box.clear()
        self.folder_box.addItems(names)
        if self._near in names:
            self.folder_box.setCurrentIndex(names.index(self._near))
        self.folder_box.blockSignals(False)
        self._form.setRowVisible(self.folder_box, len(names) > 1)
        self._follow_language()
        self._offer_kind()

    def _offer_kind(self) -> None:
        if self._kind_for is None or self._kind_chosen:
            return
        try:
            kind = self._kind_for(self.folder())
        except (KeyError, ValueError, OSError):
            kind = None
        self.kind_box.blockSignals(True)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)) if kind else 0)
        self.kind_box.blockSignals(False)

    def title(self) -> str:
        return self.title_edit.text().strip()

    def _fold_title(self, text: str) -> None:
        """Lines pasted into the Title box become one line, as a title is (the box would
        keep the line breaks and the page's header would hold `"a\\nb"`)."""
        from editor_app.core.new_page_name import fold_title_lines

        folded = fold_title_lines(text)
        if folded != text:
            self.title_edit.setText(folded)

    def _follow_title(self) -> None:
        if self._folder_for is None or self._folder_chosen or self.collection_box.currentData() is None:
            return
        try:
            wanted = self._folder_for(self.collection(), self.title())
        except (KeyError, ValueError, OSError):
            wanted = None
        index = self.folder_box.findText(wanted) if wanted else -1
        if index < 0:  # back to where the dialog opened on
            index = max(0, self.folder_box.findText(self._near)) if self._near else 0
        if index == self.folder_box.currentIndex():
            return  # the same folder (most keys typed): its archetype is offered already
        self.folder_box.blockSignals(True)
        self.folder_box.setCurrentIndex(index)
        self.folder_box.blockSignals(False)
        self._follow_language()
        self._offer_kind()

    def _update(self) -> None:
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        title = self.title()
        if not title or self.collection_box.currentData() is None:
            self.file_label.setText(tr("(type a title)"))
            ok_button.setEnabled(False)
            self._say_same_title("")
            return
        folder, kind, lang = self.folder(), self.kind(), self.lang()
        if self._picking and folder is None and not self.section_box.isChecked():
            self.file_label.setText(tr("(pick a folder: this kind's pages are all in folders)"))
            ok_button.setEnabled(False)
            self._say_same_title("")
            return
        try:
            name = proposed_name(
                self._propose, self.collection(), title, folder, kind, lang,
                self.section_box.isChecked(), self.translation_of(),
            )  # fmt: skip
        except (ValueError, OSError) as exc:
            self.file_label.setText(str(exc))
            ok_button.setEnabled(False)
            return
        self.file_label.setText(_breakable(name))
        ok_button.setEnabled(True)
        self._say_same_title(title)
        self._show_whole(name)

    def _say_same_title(self, title: str) -> None:
        other = (
            self._same_title(self.collection(), title, self.lang(), folder=self.folder())  # type: ignore[call-arg]
            if self._same_title and title
            else None
        )
        self.same_label.setText(
            tr("A page with this title is already there: {page}.").format(page=other)
            if other
            else ""
        )
        self._form.setRowVisible(self.same_label, bool(other))

    def file_name(self) -> str:
        """The file name shown (as the core proposed it)."""
        return self.file_label.text().replace(_BREAK, "")

    def _show_whole(self, name: str) -> None:
        """Room for the name on one line when the screen has it, else wrapped; the dialog
        stays within the screen either way."""
        area = available_area(self)
        wanted = self.file_label.fontMetrics().horizontalAdvance(name) + 8
        self.file_label.setMinimumWidth(min(wanted, area.width() * 3 // 4))
        self.setMaximumWidth(area.width())
        width = self.width()
        self.adjustSize()
        if self.isVisible() and self.width() != width:
            # Grown or shrunk about its middle (it grew to the right, off a small screen).
            self.move(self.x() - (self.width() - width) // 2, self.y())
            keep_on_screen(self)
        self.file_label.setToolTip(name)

    @classmethod
    def ask(cls, parent: QWidget | None, question: NewPageQuestion) -> NewPageRequest | None:
        """What was chosen, or None when cancelled."""
        dialog = cls(question, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return NewPageRequest(
            dialog.collection(), dialog.title(), dialog.folder(), dialog.kind(), dialog.lang(),
            dialog.section_box.isChecked(), dialog.translation_of(),
        )  # fmt: skip
