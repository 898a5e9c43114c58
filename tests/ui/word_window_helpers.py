"""The window of the Word-files tests (File > Import Word Document…, Export Review Pack…): what
it would tell in a box is kept in `window.told`; a module's `window` fixture yields it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

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
