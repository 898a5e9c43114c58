"""Driving the main window as a person would: open a site, click a page in the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from editor_app.ui.main_window import MainWindow


def open_site(qtbot, window: MainWindow, folder: Path) -> None:  # noqa: ANN001 - qtbot
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(folder)


def click_document(qtbot, window: MainWindow, path: Path) -> None:  # noqa: ANN001 - qtbot
    """Click the document's row in the list, as a person would."""
    lst = window.library
    lst.set_collection(window.site.collection_of(path))
    row = [p.resolve() for p in lst.paths()].index(path.resolve())
    lst.view.scrollTo(lst.proxy.index(row, 0))
    rect = lst.view.visualRect(lst.proxy.index(row, 0))
    qtbot.mouseClick(lst.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def make_form(qtbot, site, schema, path: Path):  # noqa: ANN001, ANN201 - qtbot, core objects
    """The page settings form alone, showing the page at `path` as the window would."""
    from editor_app.core.document import Document
    from editor_app.ui.form import FrontMatterForm

    form = FrontMatterForm()
    qtbot.addWidget(form)
    form.set_site(site, schema)
    doc = Document.load(path)
    form.load(
        doc.front_matter,
        schema.for_collection(site.collection_of(path)),
        list(doc.front_matter),
    )
    form.resize(700, 900)
    form.show()
    return form, doc
