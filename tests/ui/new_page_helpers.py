"""Making a new page as an author does, for the New page tests: fill in File > New's dialog,
wait for the page to open (the same page made by `editor-app new`, to compare:
`tests/new_command_helpers.py`)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from shared_sites import shared_site_path
from window_helpers import open_site

from editor_app.ui.main_window import MainWindow
from editor_app.ui.new_page_dialog import NewDocumentDialog


def open_shared_copy(qtbot, window: MainWindow, site_name: str, folder: Path) -> Path:  # noqa: ANN001
    """`window` open on a copy at `folder` of the shared site `site_name` (skips when it is
    absent); the copy's folder."""
    shutil.copytree(shared_site_path(site_name), folder)
    open_site(qtbot, window, folder)
    return folder


def new_page_from_dialog(
    qtbot,  # noqa: ANN001 - pytest-qt's qtbot
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    fill_in: Callable[[NewDocumentDialog], int],
) -> None:
    """File > New with `fill_in` answering the dialog; waits for the new page to open (so
    `fill_in` must accept)."""
    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
