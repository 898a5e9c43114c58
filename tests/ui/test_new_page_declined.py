"""A new page the author chose not to save leaves nothing behind: no file, and no recovery
copy that the next start would offer as if the editor had crashed."""

from __future__ import annotations

from pathlib import Path

from window_helpers import click_document, open_site

from editor_app.core.store import RecoveryStore
from editor_app.ui.dialogs import Choice, NewDocumentDialog, NewPageRequest, UnsavedChangesDialog


def _start_new_page(qtbot, window, site_copy: Path, monkeypatch) -> Path:  # noqa: ANN001
    open_site(qtbot, window, site_copy)
    monkeypatch.setattr(
        NewDocumentDialog, "ask", classmethod(lambda cls, *a, **k: NewPageRequest("resources", "Bus stops"))
    )
    window.new_document()
    path = Path(window.current_document().path)
    assert not path.exists()
    assert window.guard.autosave_now(wait=True)  # as the timer does after a few seconds
    assert window.guard.recovery.get(path) is not None
    return path


def test_dont_save_on_a_new_page_then_opening_another_leaves_no_copy(
    qtbot, quiet_window, site_copy: Path, monkeypatch
) -> None:
    window = quiet_window
    path = _start_new_page(qtbot, window, site_copy, monkeypatch)
    asked: list[str] = []

    def dont_save(cls, parent, name, **_):  # noqa: ANN001, ANN003, ANN202 - stands in for the dialog
        asked.append(name)
        return Choice.DISCARD

    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(dont_save))
    click_document(qtbot, window, site_copy / "_resources/case-study-dfe.md")
    qtbot.waitUntil(lambda: window.current_document().path != path)
    assert asked == ["Bus stops"]
    assert not path.exists()
    assert RecoveryStore().pending() == []


def test_dont_save_on_a_new_page_when_closing_the_window_leaves_no_copy(
    qtbot, quiet_window, site_copy: Path, monkeypatch
) -> None:
    window = quiet_window
    path = _start_new_page(qtbot, window, site_copy, monkeypatch)
    window.close()
    assert not path.exists()
    assert RecoveryStore().pending() == []


def test_a_new_page_left_open_at_a_crash_keeps_its_copy(
    qtbot, quiet_window, site_copy: Path, monkeypatch
) -> None:
    window = quiet_window
    path = _start_new_page(qtbot, window, site_copy, monkeypatch)
    (rec,) = RecoveryStore().pending()  # nothing declined: a crash now would offer it
    assert rec.path == path and b"Bus stops" in rec.data
