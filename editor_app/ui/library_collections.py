"""The page list's collection chooser: each collection with its count of pages, "Other pages"
last, the one authors write in chosen on opening a site. A part of `DocumentList`
(ui/library.py), which gives it the counts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QComboBox

from editor_app.core.collection_choice import collection_label, writing_collection
from editor_app.ui.library_keys import OTHER_PAGES
from editor_app.ui.translation import translator

tr = translator("DocumentList")  # the list's own messages


class CollectionChooser:
    """Fills and reads the list's collection box (`box`)."""

    def __init__(self, box: QComboBox, counts: Callable[[], dict[str, int]]) -> None:
        self.box = box
        self._counts = counts  # pages per collection, as the list has them now
        self.site: Any = None

    def label(self, name: str, count: int) -> str:
        if name == OTHER_PAGES:
            return tr("Other pages ({n})").format(n=count)
        return f"{collection_label(self.site, name)} ({count})"

    def fill(self, site: Any) -> None:
        """One item per collection of `site` (none for None); the first chosen, silently."""
        self.site = site
        box = self.box
        box.blockSignals(True)
        box.clear()
        if site is not None:
            counts = self._counts()
            for name in site.collections:
                box.addItem(self.label(name, counts.get(name, 0)), name)
            if counts.get(OTHER_PAGES):
                box.addItem(self.label(OTHER_PAGES, counts[OTHER_PAGES]), OTHER_PAGES)
        # The first collection is shown without telling anyone: it is not the author's choice.
        box.setCurrentIndex(0)
        box.blockSignals(False)

    def update_counts(self) -> None:
        """The numbers in the chooser, after a page was added or removed."""
        if self.site is None:
            return
        counts = self._counts()
        for i in range(self.box.count()):
            name = str(self.box.itemData(i))
            text = self.label(name, counts.get(name, 0))
            if self.box.itemText(i) != text:
                self.box.setItemText(i, text)

    def current(self) -> str | None:
        """The chosen collection's name ('' for pages outside collections), None when empty."""
        data = self.box.currentData()
        return None if data is None else str(data)

    def choose(self, name: str) -> bool:
        """Choose a collection by name; False when the site has none by that name."""
        index = self.box.findData(name)
        if index < 0:
            return False
        self.box.setCurrentIndex(index)
        return True

    def choose_writing(self, dated: Mapping[str, int], counts: Mapping[str, int]) -> None:
        """Choose the collection authors write in (`core.collection_choice`)."""
        names = [str(self.box.itemData(i)) for i in range(self.box.count())]
        self.choose(writing_collection(names, dated, counts))
