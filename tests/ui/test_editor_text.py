"""The editor's text, taken from the part changed since last time, is always the whole text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor

from editor_app.ui.editor import MarkdownEditor

# Characters with a meaning for the editor's text: line and paragraph breaks, a no-break
# space (kept as typed), a character outside the basic plane (two positions in Qt), Qt's
# frame marks, tabs and accents.
PIECES = st.text(alphabet="ab \n\t\xa0\u2028\u2029\r\U0001f600\ufdd0é-#*", min_size=0, max_size=12)
EDIT = st.one_of(
    st.tuples(st.just("insert"), st.floats(0, 1), st.floats(0, 1), PIECES),
    st.tuples(st.just("undo"), st.just(0.0), st.just(0.0), st.just("")),
    st.tuples(st.just("redo"), st.just(0.0), st.just(0.0), st.just("")),
    st.tuples(st.just("take"), st.just(0.0), st.just(0.0), st.just("")),
)


def whole_text(editor: MarkdownEditor) -> str:
    """The text read whole out of the document: what `markdown()` must equal."""
    return editor.document().toRawText().replace("\u2029", "\n")


@given(start=PIECES.map(lambda s: s * 3), edits=st.lists(EDIT, max_size=12))
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_the_text_taken_is_the_whole_text_after_any_edits(
    editor: MarkdownEditor, start: str, edits: list
) -> None:
    editor.set_markdown(start)
    assert editor.markdown() == whole_text(editor)
    for kind, where, span, piece in edits:
        if kind == "undo":
            editor.undo()
        elif kind == "redo":
            editor.redo()
        elif kind == "take":
            assert editor.markdown() == whole_text(editor)
        else:
            length = editor.document().characterCount() - 1
            cursor = QTextCursor(editor.document())
            at = int(where * length)
            cursor.setPosition(at)
            cursor.setPosition(min(length, at + int(span * 4)), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(piece)
    assert editor.markdown() == whole_text(editor)


def test_a_long_page_gives_back_its_text_with_each_edit(qtbot, editor: MarkdownEditor) -> None:  # noqa: ANN001
    page = "".join(f"Line {i} with a no-break\xa0space.\n" for i in range(20_000))
    editor.set_markdown(page)
    assert editor.markdown() is editor.markdown()  # nothing typed: the same text, not a copy
    cursor = editor.textCursor()
    cursor.setPosition(len(page) // 2)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "typed ")
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "end")
    half = len(page) // 2
    assert editor.markdown() == page[:half] + "typed " + page[half:] + "end"
    editor.undo()
    assert editor.markdown() == whole_text(editor)
