"""The window of the Word-files tests (File > Import Word Document…, Export Review Pack…): what
it would tell in a box is kept in `window.told`; a module's `window` fixture yields it. Also: a
page opened ready to export, a pack exported, and one imported back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from window_helpers import click_document, open_site

from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
from editor_app.ui.main_window import MainWindow
from editor_app.ui.word_files import WordFiles


def word_window(
    qtbot,  # noqa: ANN001
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    **attributes: object,
) -> Iterator[MainWindow]:
    """A shown window on `settings` whose Word-files messages are kept in `window.told`
    ("Save changes?" answered Don't save), with `attributes` set on it; closed and freed
    after the test."""
    monkeypatch.setattr(
        UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD)
    )
    told: list[str] = []
    monkeypatch.setattr(WordFiles, "tell", classmethod(lambda cls, p, t, text: told.append(text)))
    w = MainWindow(settings)
    w.told = told
    for name, value in attributes.items():
        setattr(w, name, value)
    w.show()
    yield w
    w.close()
    qtbot.wait(100)
    w.deleteLater()
    qtbot.wait(10)


def open_page_to_export(qtbot, window: MainWindow, site: Path, page: Path) -> None:  # noqa: ANN001
    """`site` open in `window` and `page` clicked in its list, Export Review Pack… enabled."""
    open_site(qtbot, window, site)
    click_document(qtbot, window, page)
    qtbot.waitUntil(window.word_files.export_action.isEnabled)


def export_pack(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    target: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Export Review Pack… of the open page to `target`; waits for what the window tells
    (`window.told`)."""
    monkeypatch.setattr(WordFiles, "ask_export_target", classmethod(lambda cls, p, s: target))
    window.word_files.export_action.trigger()
    qtbot.waitUntil(lambda: bool(window.told), timeout=30000)


def import_pack(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    source: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Import Word Document… of `source` (a returned pack); waits for what the window tells
    of it (`window.told`, emptied first)."""
    monkeypatch.setattr(WordFiles, "ask_import_file", classmethod(lambda cls, p, s: source))
    window.told.clear()
    window.word_files.import_action.trigger()
    qtbot.waitUntil(lambda: bool(window.told), timeout=30000)
