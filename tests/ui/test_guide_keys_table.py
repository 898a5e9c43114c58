"""The guide's Keys table: each key stands clear of what it does. 'Ctrl+F / Ctrl+H' ran into
'Find / replace in the text' (the key boxes are wider than the column Qt gave them)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from editor_app.ui.guide import GuideWindow

GAP = 6  # pixels at least between a key's last box and the words beside it


def test_each_key_stands_clear_of_what_it_does(qtbot) -> None:  # noqa: ANN001
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.resize(900, 600)
    guide.show()
    qtbot.waitExposed(guide)
    browser = guide.browser
    tables = [
        frame
        for frame in browser.document().rootFrame().childFrames()
        if hasattr(frame, "cellAt")
    ]
    keys = tables[-1]
    assert keys.cellAt(0, 1).firstCursorPosition().block().text() == "Save"
    for row in range(keys.rows()):
        key_end = QTextCursor(keys.cellAt(row, 0).lastCursorPosition())
        words = QTextCursor(keys.cellAt(row, 1).firstCursorPosition())
        said = words.block().text()
        assert browser.cursorRect(words).left() - browser.cursorRect(key_end).right() >= GAP, said
