"""The +/− of a changed Arabic, Persian or Hebrew line stays in the left column of the
difference (recovery, the safety questions): such a line was laid out from the right, its mark
pushed out of sight past the view's right edge, and nothing told a changed line from the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor_app.ui.difference import Difference, DifferenceView

OLD = "---\nlang: fa\n---\n## چیستی و چرایی متن باز\n\nשלום עולם\n"
NEW = "---\nlang: fa\n---\n## چیستی و چرایی متن منبع باز\n\nשלום לכולם\n"


def test_a_right_to_left_line_keeps_its_mark_at_the_left(qtbot) -> None:  # noqa: ANN001
    view = DifferenceView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.show_difference(Difference(OLD, NEW, "the file", "the recovered text"))
    doc = view.document()
    block = doc.begin()
    seen = 0
    while block.isValid():
        text = block.text()
        if text[:1] in ("+", "−") and any("\u0590" <= c <= "\u06ff" for c in text):
            seen += 1
            assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
            line = block.layout().lineAt(0)
            mark_x = line.cursorToX(0)[0]
            assert mark_x < 40, (text, mark_x)  # the mark where the eye finds the others
        block = block.next()
    assert seen == 4
