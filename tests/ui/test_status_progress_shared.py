"""One progress in the status bar serves every long job: the site being read and a Word pack
imported showed two bars side by side; now one label and bar show the job started last, and
stay while another is still running."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QProgressBar
from window_helpers import open_site


def test_one_bar_serves_the_site_read_and_the_word_import(
    qtbot, quiet_window, site_copy: Path
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    status = window.statusBar()
    assert len(status.findChildren(QProgressBar)) == 1
    shared = window.status_progress
    assert shared.bar.isHidden() and shared.label.isHidden()  # nothing running after the read

    window.site_progress.show()
    window.site_progress.set_progress(3, 10)
    assert not shared.bar.isHidden() and shared.bar.maximum() == 10 and shared.bar.value() == 3
    window.word_files.progress.show("Reading “back.docx”…")
    assert shared.label.text() == "Reading “back.docx”…" and shared.bar.maximum() == 0
    window.site_progress.set_progress(4, 10)  # behind the import, kept for when it ends
    window.word_files.progress.hide()
    assert not shared.bar.isHidden() and shared.bar.value() == 4
    assert shared.label.isHidden() and window.site_progress.shown
    window.site_progress.hide()
    assert shared.bar.isHidden() and not window.word_files.progress.shown
