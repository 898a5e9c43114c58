"""File > Open Recent on a folder deleted or moved since: the page open was closed first, then
the folder could not be read, leaving the author with no page. Now it is said at once, the
page stays open, and the folder is no longer offered."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSettings
from window_helpers import open_site, window_on_site

from editor_app.ui import dialogs

PAGE = "_resources/case-study-cag.md"


def test_a_folder_gone_is_said_and_the_page_stays_open(
    qtbot, settings: QSettings, site_copy: Path, tmp_path: Path, monkeypatch  # noqa: ANN001
) -> None:
    said: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _title, text: said.append(text))
    gone = tmp_path / "old-copy"
    gone.mkdir()
    (gone / "_config.yml").write_text("title: Old copy\n")  # a site: remembered once opened
    window = window_on_site(qtbot, settings, gone)
    shutil.rmtree(gone)
    open_site(qtbot, window, site_copy)
    assert str(gone) in window.recent_folders()
    assert window.open_document(site_copy / PAGE)

    assert window.open_folder(str(gone)) is False  # as File > Open Recent does
    assert said and "no such folder" in said[-1] and str(gone) in said[-1]
    doc = window.current_document()
    assert doc is not None and doc.path == (site_copy / PAGE).resolve()
    assert window.editor.toPlainText()  # still shown
    assert str(gone) not in window.recent_folders()
    window.close()
