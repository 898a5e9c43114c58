"""What File > New's dialog is asked with (`NewPageQuestion`), and the small parts of it kept
apart from the dialog: the file name asked of the core with only the choices made, and the
"Translation of" choice."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from editor_app.ui.translation import translator

# The dialog's words keep the context they were translated under beside the other questions.
tr = translator("dialogs")


@dataclass(frozen=True)
class NewPageQuestion:
    """What File > New's dialog is asked with: the kinds of page (`(name, label)`), the
    file name the core proposes for `(collection, title, folder=, kind=, lang=, section=)`,
    and what the site offers besides, each None or empty when it offers nothing.

    `current`: the kind picked first; `folders(collection)`: the folders holding its pages,
    its own first; `near`: the open page's folder, picked first when offered;
    `same_title(collection, title, lang, folder=)`: a page of that kind already titled so;
    `kinds`: Hugo archetypes that are no section's (`(name, label)`); `example(collection)`:
    an example title; `languages`: languages told by file name (`(code or None, label)`),
    `language` the one picked first; `sections`: whether a new Hugo section may be asked for;
    `folder_for(collection, title)`: the folder the title's namespace is in;
    `must_pick(collection)`: whether its pages all live in subfolders (one must be picked);
    `kind_for(folder)`: the archetype offered first for a page in that folder;
    `translations(collection, lang, folder)`: the pages a translation into the language
    picked (or the folder's) may be made of, those in any other (`(path, title)`); none on a
    site in one language; `folder_in(folder, lang)`: the folder a page picked in `folder`
    goes in, written in `lang` (its language's content folder), None when it stays there.
    """

    collections: Sequence[tuple[str, str]]
    propose: Callable[..., str]
    current: str | None = None
    folders: Callable[[str], list[str]] | None = None
    near: str | None = None
    same_title: Callable[..., str | None] | None = None
    kinds: Sequence[tuple[str, str]] = ()
    example: Callable[[str], str | None] | None = None
    languages: Sequence[tuple[str | None, str]] = ()
    language: str | None = None
    sections: bool = False
    folder_for: Callable[[str, str], str | None] | None = None
    must_pick: Callable[[str], bool] | None = None
    kind_for: Callable[[str | None], str | None] | None = None
    translations: Callable[[str, str | None, str | None], list[tuple[str, str]]] | None = None
    folder_in: Callable[[str, str | None], str | None] | None = None


def translation_box() -> QComboBox:
    """The "Translation of" choice: a page's title (its file the tooltip), narrow enough for
    long titles."""
    box = QComboBox()
    box.setAccessibleName(tr("Translation of"))
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(24)
    return box


def fill_translations(box: QComboBox, pages: Sequence[tuple[str, str]]) -> None:
    box.blockSignals(True)
    box.clear()
    box.addItem(tr("(none: a page of its own)"), None)
    for path, title in pages:
        box.addItem(title, path)
        box.setItemData(box.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
    box.blockSignals(False)


def proposed_name(
    propose: Callable[..., str],
    collection: str,
    title: str,
    folder: str | None,
    kind: str | None,
    lang: str | None,
    section: bool,
    original: str | None,
) -> str:
    """The file name the core proposes, asked with only the choices made (a caller's
    `propose` may take fewer)."""
    if original is not None:  # where Hugo pairs it with the page it translates
        return propose(collection, title, folder, lang=lang, translation_of=original)
    if section:  # a new section: `slug/_index.md`
        return propose(collection, title, folder, kind=kind, lang=lang, section=True)
    if lang is not None:  # a language told by file name: `slug.fr.md`
        return propose(collection, title, folder, kind=kind, lang=lang)
    if kind is not None:  # a bundle archetype names a folder: `pics/index.md`
        return propose(collection, title, folder, kind=kind)
    if folder is None:
        return propose(collection, title)
    return propose(collection, title, folder)


# The role of a folder-box item that shows where a page in the language picked goes (a
# folder not listed: not made yet): it holds the index of the listed folder it stands for.
STANDS_FOR = Qt.ItemDataRole.UserRole + 1


def _listed_index(box: QComboBox) -> int:
    """The index of the listed folder picked: the one the current item stands for, if any."""
    index = box.currentIndex()
    stands_for = box.itemData(index, STANDS_FOR) if index >= 0 else None
    return index if stands_for is None else int(stands_for)


def picked_folder(box: QComboBox) -> str | None:
    """The folder picked in the New dialog's folder box, from the site root; None for the
    collection's own (the first)."""
    index = _listed_index(box)
    return None if index <= 0 else box.itemText(index)


def show_language_place(
    box: QComboBox, folder_in: Callable[[str, str | None], str | None], lang: str | None
) -> None:
    """The folder box showing the folder a page in `lang` goes in (`content/fr/posts` picked
    French in `content/en/posts`: the File line's folder), with its signals blocked (no
    folder is picked by this); one not listed yet is shown standing for the folder it came
    from, and taken away when another language is picked."""
    box.blockSignals(True)
    try:
        index = _listed_index(box)
        for i in reversed(range(box.count())):
            if box.itemData(i, STANDS_FOR) is not None:
                box.removeItem(i)
        box.setCurrentIndex(index)
        if index < 0:
            return
        try:
            place = folder_in(box.itemText(index), lang)
        except (KeyError, ValueError, OSError):
            place = None
        if place is None:
            return
        found = box.findText(place)
        if found < 0:
            box.addItem(place)
            found = box.count() - 1
            box.setItemData(found, index, STANDS_FOR)
        box.setCurrentIndex(found)
    finally:
        box.blockSignals(False)
