"""Qt's own Save box for a review pack (File > Export a review pack) shows Size and Type whole,
as the Open box does (dialogs.ask_file_to_save). Its own file: Qt keeps the columns a box
was left with for the next one shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from test_save_box_columns_fit import _columns_seen_while

from editor_app.ui.word_files import WordFiles


def test_the_pack_s_save_box_shows_its_columns_whole(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / ("a-pack-with-a-long-descriptive-name-from-the-site-" * 3 + ".docx")).write_bytes(
        b"PK\x03\x04" + bytes(234_000)
    )
    parent = QWidget()
    parent.resize(600, 400)
    qtbot.addWidget(parent)
    seen = _columns_seen_while(
        lambda: WordFiles.ask_export_target(parent, tmp_path / "post.docx"), qtbot
    )
    assert "widths" in seen, "Qt's own Save box was shown"
    for width, needed in zip(seen["widths"], seen["needed"], strict=True):
        assert width >= needed, seen
