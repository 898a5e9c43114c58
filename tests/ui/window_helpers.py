"""Driving the main window as a person would: open a site, click a page in the list; and a
shown window for a module's `window` fixture (`shown_window`, `freed_shown_window`)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
from editor_app.ui.main_window import MainWindow


def shown_window(
    qtbot,  # noqa: ANN001
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    """A shown window on `settings`; after the test its page is closed unsaved (no "Save
    changes?" box waits) and the window freed."""
    w = MainWindow(settings)
    w.show()
    yield w
    monkeypatch.setattr(
        UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD)
    )
    w.close_document()
    w.close()
    qtbot.wait(50)
    w.deleteLater()


def freed_shown_window(
    qtbot,  # noqa: ANN001
    settings: QSettings,
    size: tuple[int, int] | None = None,
    exposed: bool = False,
) -> Iterator[MainWindow]:
    """A main window on `settings`, resized to `size` when given, shown (and waited for on
    screen when `exposed`); after the test closed, given 50 ms to finish what closing starts,
    and freed. For a fixture to `yield from`."""
    w = MainWindow(settings)
    if size is not None:
        w.resize(*size)
    w.show()
    if exposed:
        qtbot.waitExposed(w)
    yield w
    w.close()
    qtbot.wait(50)
    w.deleteLater()
    qtbot.wait(10)


def open_site(qtbot, window: MainWindow, folder: Path) -> None:  # noqa: ANN001 - qtbot
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(folder)


def open_writable_page(qtbot, window: MainWindow, site: Path, page: str) -> Path:  # noqa: ANN001
    """`site` open in `window` and its `page` (made writable first) open in the editor; the
    page's path."""
    path = site / page
    os.chmod(path, 0o644)
    open_site(qtbot, window, site)
    assert window.open_document(path)
    return path


def new_shown_window(
    qtbot,  # noqa: ANN001
    settings: QSettings,
    size: tuple[int, int] | None = None,
) -> MainWindow:
    """A main window on `settings` (freed by qtbot after the test), resized to `size` when
    given, and shown."""
    w = MainWindow(settings)
    qtbot.addWidget(w)
    if size is not None:
        w.resize(*size)
    w.show()
    return w


def window_on_site(
    qtbot,  # noqa: ANN001
    settings: QSettings,
    site: Path,
    page: Path | None = None,
    size: tuple[int, int] | None = None,
) -> MainWindow:
    """`new_shown_window` with `site` open in it and `page`, when given, clicked in its list."""
    w = new_shown_window(qtbot, settings, size)
    open_site(qtbot, w, site)
    if page is not None:
        click_document(qtbot, w, page)
    return w


def check_disk_now(window: MainWindow) -> None:
    """The window looks at the open page's file on disk now, as its timer would (the timer
    stopped first, so that it does not look again by itself)."""
    window.guard.disk.timer.stop()
    window.guard.check_disk()


def tab_from_field(qtbot, window: MainWindow, site: Path, page: Path, field: str) -> None:  # noqa: ANN001
    """`site` open in `window`, `page` clicked in its list, the keyboard put in the form's
    `field`, then Tab pressed there."""
    from PySide6.QtWidgets import QApplication

    open_site(qtbot, window, site)
    click_document(qtbot, window, page)
    box = window.form.widgets[field]

    def in_box() -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is box or box.isAncestorOf(focus))

    window.form.focus_field(field)
    qtbot.waitUntil(in_box)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def open_page_with_its_site(qtbot, window: MainWindow, site: Path, page: Path) -> None:  # noqa: ANN001
    """`site` opened in `window` with `page` open, as File > Open of the page does; waits for
    the page."""
    assert window.open_folder(site, then_open=page)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)


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
