"""Qt's own Save box (shown where the system has none, e.g. on a bare X server), as its Open
box: the Size and Type columns show their words whole, not cut to "229...KiB" / "PN...ge".
File > Save As and File > Open Folder take the same fitting (dialogs.ask_file_to_save,
dialogs.ask_folder). Its own file: Qt keeps the columns a box was left with for the next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView, QWidget


def _columns_seen_while(ask, qtbot) -> dict[str, object]:  # noqa: ANN001
    seen: dict[str, object] = {}

    def read_columns() -> None:
        box = QApplication.activeModalWidget()
        tree = box.findChild(QTreeView, "treeView") if isinstance(box, QFileDialog) else None
        if tree is None or tree.model().rowCount(tree.rootIndex()) == 0 or not tree.isVisible():
            QTimer.singleShot(50, read_columns)
            return
        QApplication.processEvents()
        header = tree.header()
        seen["widths"] = [header.sectionSize(c) for c in (1, 2, 3)]
        seen["needed"] = [tree.sizeHintForColumn(c) for c in (1, 2, 3)]
        box.reject()

    QTimer.singleShot(50, read_columns)
    assert ask() is None
    return seen


def test_the_save_box_shows_its_columns_whole(qtbot, tmp_path: Path) -> None:
    # The review report's Save (and File > Save As, File > Open Folder): Qt's own box there
    # cut Size and Type as the Open box did.
    from editor_app.ui.review.report import ReportView

    (tmp_path / ("a-picture-with-a-long-descriptive-name-from-the-site-" * 3 + ".png")).write_bytes(
        b"\x89PNG\r\n\x1a\n" + bytes(234_000)
    )
    parent = QWidget()
    parent.resize(600, 400)
    qtbot.addWidget(parent)
    seen = _columns_seen_while(
        lambda: ReportView.ask_save_path(
            parent, "Save the report", str(tmp_path / "report.pdf"), "All files (*)"
        ),
        qtbot,
    )
    assert "widths" in seen, "Qt's own Save box was shown"
    for width, needed in zip(seen["widths"], seen["needed"], strict=True):
        assert width >= needed, seen
