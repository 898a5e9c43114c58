"""File > Export Review Pack…: a pack stopped by a problem nobody planned for is told in plain
words, where its details are, never as a Python error's name."""

from __future__ import annotations

from pathlib import Path

from word_window_helpers import open_page_to_export

from editor_app.core import docx_export_pdf
from editor_app.ui import dialogs

PAGE = "_resources/brand-narrative.md"


def test_an_unexpected_failure_is_told_plainly_its_details_in_the_log(
    qtbot, quiet_window, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("EDITOR_APP_DATA_DIR", str(tmp_path / "data"))
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: shown.append(text))

    def stops(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - the PDF library's own failure
        raise AssertionError

    monkeypatch.setattr(docx_export_pdf, "export_pdf", stops)
    window = quiet_window
    open_page_to_export(qtbot, window, site_copy, site_copy / PAGE)
    window.word_files.export_pack(tmp_path / "pack.pdf")
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    log = tmp_path / "data" / "logs" / "errors.log"
    assert shown == [
        "The review pack could not be written: an unexpected problem stopped it. "
        f"The details are in {log}."
    ]
    assert "AssertionError" in log.read_text(encoding="utf-8")
    assert not (tmp_path / "pack.pdf").exists()
