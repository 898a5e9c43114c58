"""A long page being underlined again in slices still gets every line done when edited meanwhile.

Re-underlining a long page (the dictionary has just arrived, spelling is turned on, a word
is added) goes through its lines a few at a time. An author typing meanwhile adds or removes
lines; the lines still to do must then still be done, down to the last one.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from spelling_helpers import underlined

from editor_app.ui.editor import MarkdownEditor
from editor_app.ui.spell import SpellService


def _long_page() -> str:
    return "\n".join(f"Paragraph {i}: we recieve the programme.\n" for i in range(2000))


@pytest.mark.parametrize("removed", [True, False])
def test_lines_added_or_removed_while_underlining_leave_none_undone(
    qtbot, editor: MarkdownEditor, spell: SpellService, removed: bool
) -> None:
    editor.set_spellcheck(False)
    editor.set_markdown(_long_page())
    document = editor.document()
    assert document.blockCount() > editor.RESPELL_AT_ONCE_BLOCKS
    editor.set_spellcheck(True)  # the first slice is done now, the rest later
    assert editor._respell_queue  # still under way
    cursor = QTextCursor(document)
    if removed:  # the author deletes the first three paragraphs
        cursor.movePosition(QTextCursor.MoveOperation.Down, QTextCursor.MoveMode.KeepAnchor, 6)
        cursor.removeSelectedText()
    else:  # or starts three new ones at the top
        cursor.insertText("New.\n\nNew.\n\nNew.\n\n")
    editor.setTextCursor(cursor)
    qtbot.waitUntil(lambda: not editor._respell_queue, timeout=30000)
    undone = [
        n
        for n in range(document.blockCount())
        if "recieve" in document.findBlockByNumber(n).text()
        and underlined(editor, n) != ["recieve"]
    ]
    assert undone == []
