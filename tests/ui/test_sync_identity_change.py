"""Tools > Your Name and E-mail… changes the name and e-mail on shared changes at any time
(once the first-share question was answered, the window had no way to): the same dialog,
filled with what the app remembers; Save puts them on the next share, Cancel keeps them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sharing_helpers import shown_window  # noqa: E402
from sync_site import git, isolate_git, make_synthetic_site, share  # noqa: E402
from test_sync_share_email import open_and_share, signed  # noqa: E402


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    isolate_git(monkeypatch)
    monkeypatch.delenv("EMAIL", raising=False)
    _server, _author, clone = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    for key in ("user.name", "user.email"):
        git(clone, "config", "--unset", key)
    return clone


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, errors):  # noqa: ANN001, ANN201
    settings.setValue("review/author", "Ana Author")
    settings.setValue("sharing/email", "ana@example.org")
    settings.setValue("sharing/asked", "true")
    yield from shown_window(qtbot, settings, monkeypatch)


def open_the_dialog(qtbot, window: MainWindow):  # noqa: ANN001, ANN201
    titles = [a.text().replace("&", "") for a in window.tools_menu.actions()]
    assert "Your Name and E-mail…" in titles
    window.identity_action.trigger()
    dialog = window.identity_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_name_and_email_can_be_changed_after_the_first_share(
    qtbot, window: MainWindow, editor: Path
) -> None:
    open_and_share(qtbot, window, editor, " First.")
    assert signed(editor) == "Ana Author <ana@example.org>"
    dialog = open_the_dialog(qtbot, window)
    assert dialog.answer() == ("Ana Author", "ana@example.org")
    assert dialog.ok.text() == "Save"
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Ana Bell")
    dialog.email_edit.selectAll()
    qtbot.keyClicks(dialog.email_edit, "ana at home")
    assert not dialog.ok.isEnabled()  # mistyped: said, and Save waits
    dialog.email_edit.selectAll()
    qtbot.keyClicks(dialog.email_edit, "ana@bell.example")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Ana Bell <ana@bell.example>" in window.statusBar().currentMessage()
    open_and_share(qtbot, window, editor, " Second.")
    assert signed(editor) == "Ana Bell <ana@bell.example>"


def test_cancel_keeps_them(qtbot, window: MainWindow, editor: Path) -> None:
    dialog = open_the_dialog(qtbot, window)
    dialog.email_edit.selectAll()
    qtbot.keyClicks(dialog.email_edit, "other@example.org")
    dialog.reject()
    open_and_share(qtbot, window, editor, " First.")
    assert signed(editor) == "Ana Author <ana@example.org>"
