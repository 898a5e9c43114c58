"""A site opens again on the page that was open when the window closed (an editor reviewing
drafts came back to the list's top and had to find the page again); a page closed on purpose
before quitting stays closed; a page gone since is not looked for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from window_helpers import click_document, window_on_site

from editor_app.ui.main_window import MainWindow

CASE_STUDY = "_resources/case-study-cag.md"


def _window(qtbot, settings: QSettings, site: Path) -> MainWindow:  # noqa: ANN001
    return window_on_site(qtbot, settings, site, size=(1024, 700))


def _open_path(w: MainWindow) -> Path | None:
    doc = w.current_document()
    return None if doc is None else Path(doc.path).resolve()


def test_the_page_open_at_closing_opens_again_with_its_site(
    qtbot, settings: QSettings, site_copy: Path
) -> None:
    page = (site_copy / CASE_STUDY).resolve()
    w = _window(qtbot, settings, site_copy)
    click_document(qtbot, w, page)
    w.close()

    again = _window(qtbot, settings, site_copy)
    qtbot.waitUntil(lambda: _open_path(again) == page, timeout=3000)
    again.close_document()  # closed on purpose (Ctrl+W), then the window closes
    again.close()

    third = _window(qtbot, settings, site_copy)
    qtbot.wait(100)
    assert _open_path(third) is None
    click_document(qtbot, third, page)
    third.close()
    key = third.sites.setting_key("openPage")
    assert settings.value(key) == CASE_STUDY
    settings.setValue(key, "_resources/gone-since.md")  # removed since, by another program
    fourth = _window(qtbot, settings, site_copy)
    qtbot.wait(100)
    assert _open_path(fourth) is None
