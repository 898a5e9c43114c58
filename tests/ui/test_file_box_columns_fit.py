"""Qt's own Open box (shown where the system has none, e.g. on a bare X server): the Size and
Type columns show their words whole, not cut to "229...KiB" / "PN...ge"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView, QWidget

from editor_app.ui.editor_images import EditorImages


def test_size_and_type_columns_show_their_words_whole(qtbot, tmp_path: Path) -> None:
    # A long name takes the Name column's room, as a site's picture names do.
    (tmp_path / ("a-picture-with-a-long-descriptive-name-from-the-site-" * 3 + ".png")).write_bytes(
        b"\x89PNG\r\n\x1a\n" + bytes(234_000)
    )
    parent = QWidget()
    parent.resize(600, 400)
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def read_columns() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QFileDialog):
            QTimer.singleShot(50, read_columns)
            return
        tree = box.findChild(QTreeView, "treeView")
        if tree is None or tree.model().rowCount(tree.rootIndex()) == 0 or not tree.isVisible():
            QTimer.singleShot(50, read_columns)
            return
        QApplication.processEvents()
        header = tree.header()
        seen["widths"] = [header.sectionSize(c) for c in (1, 2)]
        seen["needed"] = [tree.sizeHintForColumn(c) for c in (1, 2)]
        box.reject()

    QTimer.singleShot(50, read_columns)
    # The Open box Insert Image shows for a picture from outside the site's image folders.
    assert EditorImages.ask_outside_file(parent, tmp_path) is None
    assert "widths" in seen, "Qt's own Open box was shown"
    for width, needed in zip(seen["widths"], seen["needed"], strict=True):
        assert width >= needed, (seen, "Size and Type shown whole")
