"""Get latest with unsaved words in the open page: the file watch does not ask "changed on
disk" while Get latest runs (it looked whenever the page was written before Get latest had
ended, a box up over the author's own Get latest, seen on a loaded machine); the Sharing bar
merges the words when done, and a change it did not take in is looked at once it ends."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor

from editor_app.ui.main_window import MainWindow
from editor_app.ui.safety import ChangedOnDiskDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from shared_sites import shared_site_path  # noqa: E402
from sharing_helpers import open_clone, shown_window  # noqa: E402
from sync_site import copy_real_site, isolate_git, share  # noqa: E402

PAGE = "_resources/ai-white-paper-2023.md"


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, errors):  # noqa: ANN001, ANN201
    yield from shown_window(qtbot, settings, monkeypatch)


def test_no_question_while_sharing_writes_the_open_page(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    isolate_git(monkeypatch)
    _server, ana, _ben = share(
        copy_real_site(shared_site_path("connectedbydata"), tmp_path / "site"), tmp_path
    )
    asked: list[str] = []
    monkeypatch.setattr(
        ChangedOnDiskDialog,
        "ask",
        classmethod(lambda cls, parent, name, difference: asked.append(name) or cls.MINE),
    )
    open_clone(qtbot, window, ana)
    assert window.open_document(ana / PAGE)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "Typed, not saved.")
    bar, disk = window.sync_bar, window.guard.disk
    bar._sharing(True)  # as Get latest runs
    page = ana / PAGE
    page.write_bytes(page.read_bytes().replace(b"status: final", b"status: archived"))
    disk.check()  # the watch's look, before Get latest ended
    assert asked == []
    bar._sharing(False)  # ended without taking it in: looked at now, as any change
    qtbot.waitUntil(lambda: asked == [Path(PAGE).name], timeout=5000)
